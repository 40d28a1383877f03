#include "ui/visit/VisitLabels.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace vigil {

namespace {

struct Label
{
    const char* code;
    const char* text; // source text in the vigil::VisitLabels context
};

#define VL(text) QT_TRANSLATE_NOOP("vigil::VisitLabels", text)

constexpr Label kRoles[] = {
    {"lead", VL("Team lead")},         {"monitor", VL("Monitor")},
    {"medical", VL("Medical doctor")}, {"interpreter", VL("Interpreter")},
    {"expert", VL("Expert")},          {"coordinator", VL("Coordinator")},
};
constexpr Label kAccessKinds[] = {
    {"refusal", VL("Refusal")}, {"delay", VL("Delay")}, {"obstruction", VL("Obstruction")}};
constexpr Label kObservationKinds[] = {
    {"observation", VL("Observation")},
    {"photo", VL("Photo")},
    {"sketch", VL("Sketch")},
    {"measurement", VL("Measurement")},
    {"register_extract", VL("Register extract")},
    {"document", VL("Document")},
};
constexpr Label kRegisterTypes[] = {
    {"custody", VL("Custody and admission")},
    {"disciplinary", VL("Disciplinary")},
    {"use_of_force", VL("Use of force and restraint")},
    {"segregation", VL("Segregation")},
    {"medical", VL("Medical")},
    {"complaints", VL("Complaints")},
    {"incidents_deaths", VL("Incidents and deaths")},
};
constexpr Label kAnomalies[] = {
    {"gaps", VL("Gaps")},
    {"erasures", VL("Erasures")},
    {"late_entries", VL("Late entries")},
    {"unsigned_sanctions", VL("Unsigned sanctions")},
    {"missing", VL("Register missing")},
    {"inconsistent", VL("Inconsistent with other sources")},
};
constexpr Label kSeverities[] = {
    {"low", VL("Low")}, {"medium", VL("Medium")}, {"high", VL("High")}, {"urgent", VL("Urgent")}};
constexpr Label kLevels[] = {{"place", VL("Place-specific")}, {"systemic", VL("Systemic")}};
constexpr Label kEvidenceKinds[] = {
    {"interview", VL("Interview")},           {"observation", VL("Observation")},
    {"register_check", VL("Register check")}, {"access_event", VL("Access event")},
    {"attachment", VL("Attachment")},         {"checklist_response", VL("Checklist answer")},
};
constexpr Label kAnswers[] = {{"yes", VL("Yes")}, {"no", VL("No")}, {"partly", VL("Partly")}};

#undef VL

template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& code)
{
    for (const Label& label : labels) {
        if (code == QLatin1StringView(label.code))
            return QCoreApplication::translate("vigil::VisitLabels", label.text);
    }
    return code; // a newer device's code is shown rather than hidden
}

} // namespace

QString VisitLabels::role(const QString& code)
{
    return lookup(kRoles, code);
}

QString VisitLabels::accessKind(const QString& code)
{
    return lookup(kAccessKinds, code);
}

QString VisitLabels::observationKind(const QString& code)
{
    return lookup(kObservationKinds, code);
}

QString VisitLabels::registerType(const QString& code)
{
    return lookup(kRegisterTypes, code);
}

QString VisitLabels::anomaly(const QString& code)
{
    return lookup(kAnomalies, code);
}

QString VisitLabels::severity(const QString& code)
{
    return lookup(kSeverities, code);
}

QString VisitLabels::level(const QString& code)
{
    return lookup(kLevels, code);
}

QString VisitLabels::evidenceKind(const QString& code)
{
    return lookup(kEvidenceKinds, code);
}

QString VisitLabels::answer(const QString& code)
{
    return lookup(kAnswers, code);
}

void VisitLabels::fill(QComboBox* combo, std::span<const char* const> codes, LabelFn label,
                       const QString& emptyLabel)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!emptyLabel.isEmpty())
        combo->addItem(emptyLabel, QString());
    for (const char* code : codes) {
        const QString c = QLatin1StringView(code);
        combo->addItem(label(c), c);
    }
}

void VisitLabels::select(QComboBox* combo, const QString& code)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findData(code);
    if (index < 0) {
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace vigil
