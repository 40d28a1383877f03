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

// lupdate reads QT_TRANSLATE_NOOP only when written out, never through a macro.

constexpr Label kRoles[] = {
    {"lead", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Team lead")},         {"monitor", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Monitor")},
    {"medical", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Medical doctor")}, {"interpreter", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Interpreter")},
    {"expert", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Expert")},          {"coordinator", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Coordinator")},
};
constexpr Label kAccessKinds[] = {
    {"refusal", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Refusal")}, {"delay", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Delay")}, {"obstruction", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Obstruction")}};
constexpr Label kObservationKinds[] = {
    {"observation", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Observation")},
    {"photo", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Photo")},
    {"sketch", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Sketch")},
    {"measurement", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Measurement")},
    {"register_extract", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Register extract")},
    {"document", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Document")},
};
constexpr Label kRegisterTypes[] = {
    {"custody", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Custody and admission")},
    {"disciplinary", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Disciplinary")},
    {"use_of_force", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Use of force and restraint")},
    {"segregation", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Segregation")},
    {"medical", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Medical")},
    {"complaints", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Complaints")},
    {"incidents_deaths", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Incidents and deaths")},
};
constexpr Label kAnomalies[] = {
    {"gaps", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Gaps")},
    {"erasures", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Erasures")},
    {"late_entries", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Late entries")},
    {"unsigned_sanctions", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Unsigned sanctions")},
    {"missing", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Register missing")},
    {"inconsistent", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Inconsistent with other sources")},
};
constexpr Label kSeverities[] = {
    {"low", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Low")}, {"medium", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Medium")}, {"high", QT_TRANSLATE_NOOP("vigil::VisitLabels", "High")}, {"urgent", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Urgent")}};
constexpr Label kLevels[] = {{"place", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Place-specific")}, {"systemic", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Systemic")}};
constexpr Label kEvidenceKinds[] = {
    {"interview", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Interview")},           {"observation", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Observation")},
    {"register_check", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Register check")}, {"access_event", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Access event")},
    {"attachment", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Attachment")},         {"checklist_response", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Checklist answer")},
};
constexpr Label kAnswers[] = {{"yes", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Yes")}, {"no", QT_TRANSLATE_NOOP("vigil::VisitLabels", "No")}, {"partly", QT_TRANSLATE_NOOP("vigil::VisitLabels", "Partly")}};


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
