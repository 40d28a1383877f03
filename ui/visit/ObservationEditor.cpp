#include "ui/visit/ObservationEditor.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/ObservationRepository.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"
#include "ui/LocaleFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace vigil {

namespace {

QVariant timeValue(const Observation& o)
{
    return o.observedAt ? QVariant(*o.observedAt) : QVariant();
}

} // namespace

ObservationEditor::ObservationEditor(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_kind(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_time(new QDateTimeEdit(this)), m_title(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    m_kind->setObjectName(QStringLiteral("observationKindCombo"));
    m_kind->setAccessibleName(tr("Kind of observation"));
    VisitLabels::fill(m_kind, vocab::kObservationKinds, &VisitLabels::observationKind);
    m_unit->setObjectName(QStringLiteral("observationUnitCombo"));
    m_unit->setAccessibleName(tr("Unit where it was observed"));
    m_time->setObjectName(QStringLiteral("observationTimeEdit"));
    m_time->setAccessibleName(tr("When it was observed"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(localeformat::dateTimePattern());
    // The minimum stands for "not recorded" (FieldCommitter reads it as null).
    m_time->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_time->setSpecialValueText(tr("Time not recorded"));
    m_title->setObjectName(QStringLiteral("observationTitleEdit"));
    m_title->setAccessibleName(tr("Observation title"));
    m_title->setPlaceholderText(tr("What was observed, in a few words"));
    m_notes->setObjectName(QStringLiteral("observationNotesEdit"));
    m_notes->setAccessibleName(tr("Observation notes"));
    m_notes->setTabChangesFocus(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Notes:"), m_notes);

    m_timeCommit = new FieldCommitter(m_time);
    m_titleCommit = new FieldCommitter(m_title);
    m_notesCommit = new FieldCommitter(m_notes);
    bind(m_timeCommit, "observed_at", tr("observation time"),
         [](Observation& o, const QVariant& v) {
             o.observedAt = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
         });
    bind(m_titleCommit, "title", tr("observation title"),
         [](Observation& o, const QVariant& v) { o.title = v.toString(); });
    bind(m_notesCommit, "notes", tr("observation notes"),
         [](Observation& o, const QVariant& v) { o.notes = v.toString(); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        commitCombo(m_kind, m_current.kind, tr("observation kind"),
                    [](Observation& o, const QVariant& v) { o.kind = v.toString(); });
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        commitCombo(m_unit, m_current.unitId, tr("observation unit"),
                    [](Observation& o, const QVariant& v) { o.unitId = v.toString(); });
    });
    setUnits({});
    setObservation(Observation());
}

template <typename Apply>
void ObservationEditor::bind(FieldCommitter* committer, const char* field, const QString& what,
                             Apply apply)
{
    committer->setCommit(
        [this, committer, field, what, apply](const QVariant& old, const QVariant& now) {
            const QString id = m_current.id;
            if (id.isEmpty())
                return false;
            return visitcmd::pushEdit(
                m_ctx, tr("Edit %1").arg(what), catalog::kObservation, id,
                id + QLatin1StringView(field) + committer->sessionKey(), old, now,
                visitcmd::fieldWriter<ObservationRepository, Observation>(m_ctx, id, apply));
        });
}

void ObservationEditor::commitCombo(QComboBox* combo, const QString& old, const QString& what,
                                    void (*apply)(Observation&, const QVariant&))
{
    const QString id = m_current.id;
    const QString now = combo->currentData().toString();
    if (id.isEmpty() || now == old)
        return;
    if (!visitcmd::pushEdit(
            m_ctx, tr("Change %1").arg(what), catalog::kObservation, id, QString(), old, now,
            visitcmd::fieldWriter<ObservationRepository, Observation>(m_ctx, id, apply)))
        VisitLabels::select(combo, old);
}

void ObservationEditor::setUnits(const QList<PlaceUnit>& units)
{
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("No particular unit"), QString());
    for (const PlaceUnit& u : units)
        m_unit->addItem(u.name, u.id);
    VisitLabels::select(m_unit, m_current.unitId);
}

void ObservationEditor::setObservation(Observation observation)
{
    flush();
    m_current = observation;
    setEnabled(!observation.id.isEmpty());
    VisitLabels::select(m_kind, observation.kind);
    VisitLabels::select(m_unit, observation.unitId);
    m_timeCommit->reset(timeValue(observation));
    m_titleCommit->reset(observation.title);
    m_notesCommit->reset(observation.notes);
}

void ObservationEditor::refresh(Observation observation)
{
    if (observation.id != m_current.id)
        return setObservation(observation);
    m_current = observation;
    VisitLabels::select(m_kind, observation.kind);
    VisitLabels::select(m_unit, observation.unitId);
    m_timeCommit->setStoredValue(timeValue(observation));
    m_titleCommit->setStoredValue(observation.title);
    m_notesCommit->setStoredValue(observation.notes);
}

void ObservationEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void ObservationEditor::flush()
{
    for (FieldCommitter* c : {m_timeCommit, m_titleCommit, m_notesCommit})
        c->flush();
}

} // namespace vigil
