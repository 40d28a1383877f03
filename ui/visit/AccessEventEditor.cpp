#include "ui/visit/AccessEventEditor.h"

#include "core/model/Vocabulary.h"
#include "core/repo/AccessLogRepository.h"
#include "core/repo/EntityCatalog.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"
#include "ui/LocaleFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace vigil {

AccessEventEditor::AccessEventEditor(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_kindCombo(new QComboBox(this)),
      m_time(new QDateTimeEdit(this)), m_area(new QLineEdit(this)), m_official(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_delay(new QSpinBox(this)),
      m_remove(new QPushButton(tr("&Delete event"), this))
{
    m_kindCombo->setObjectName(QStringLiteral("accessKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of access event"));
    VisitLabels::fill(m_kindCombo, vocab::kAccessEventKinds, &VisitLabels::accessKind);
    m_time->setObjectName(QStringLiteral("accessTimeEdit"));
    m_time->setAccessibleName(tr("When it happened"));
    m_time->setCalendarPopup(true);
    m_time->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    // The minimum stands for "not recorded" (FieldCommitter stores it as null).
    m_time->setSpecialValueText(tr("Time not recorded"));
    m_time->setDisplayFormat(localeformat::dateTimePattern());
    m_area->setObjectName(QStringLiteral("accessAreaEdit"));
    m_area->setAccessibleName(tr("Area concerned"));
    m_area->setPlaceholderText(tr("e.g. segregation unit"));
    m_official->setObjectName(QStringLiteral("accessOfficialEdit"));
    m_official->setAccessibleName(tr("Official responsible"));
    m_official->setPlaceholderText(tr("Name or function"));
    m_description->setObjectName(QStringLiteral("accessDescriptionEdit"));
    m_description->setAccessibleName(tr("What happened"));
    m_description->setTabChangesFocus(true);
    m_delay->setObjectName(QStringLiteral("accessDelayEdit"));
    m_delay->setAccessibleName(tr("Delay in minutes"));
    m_delay->setRange(0, 24 * 60 * 7);
    m_delay->setSpecialValueText(tr("—"));
    m_delay->setSuffix(tr(" min"));
    m_remove->setObjectName(QStringLiteral("deleteAccessEventButton"));
    m_remove->setAccessibleName(tr("Delete the selected access event"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Official:"), m_official);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("D&elay:"), m_delay);
    form->addRow(m_remove);

    m_timeCommit = new FieldCommitter(m_time);
    m_areaCommit = new FieldCommitter(m_area);
    m_officialCommit = new FieldCommitter(m_official);
    m_descriptionCommit = new FieldCommitter(m_description);
    m_delayCommit = new FieldCommitter(m_delay);
    bind(m_timeCommit, "occurred_at", tr("time of access event"),
         [](AccessEvent& e, const QVariant& v) {
             e.occurredAt = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
         });
    bind(m_areaCommit, "area", tr("area"),
         [](AccessEvent& e, const QVariant& v) { e.area = v.toString(); });
    bind(m_officialCommit, "official", tr("official"),
         [](AccessEvent& e, const QVariant& v) { e.official = v.toString(); });
    bind(m_descriptionCommit, "description", tr("description of access event"),
         [](AccessEvent& e, const QVariant& v) { e.description = v.toString(); });
    bind(m_delayCommit, "delay_minutes", tr("delay"), [](AccessEvent& e, const QVariant& v) {
        e.delayMinutes = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    });
    connect(m_kindCombo, &QComboBox::activated, this, &AccessEventEditor::commitKind);
    connect(m_remove, &QPushButton::clicked, this, &AccessEventEditor::removeEvent);
    setEvent(AccessEvent());
}

template <typename Apply>
void AccessEventEditor::bind(FieldCommitter* committer, const char* field, const QString& what,
                             Apply apply)
{
    committer->setCommit(
        [this, committer, field, what, apply](const QVariant& old, const QVariant& now) {
            if (m_id.isEmpty())
                return false;
            return visitcmd::pushEdit(
                m_ctx, tr("Edit %1").arg(what), catalog::kAccessEvent, m_id,
                m_id + QLatin1StringView(field) + committer->sessionKey(), old, now,
                visitcmd::fieldWriter<AccessLogRepository, AccessEvent>(m_ctx, m_id, apply));
        });
}

void AccessEventEditor::flush()
{
    for (FieldCommitter* c :
         {m_timeCommit, m_areaCommit, m_officialCommit, m_descriptionCommit, m_delayCommit})
        c->flush();
}

void AccessEventEditor::setEvent(AccessEvent event)
{
    flush();
    m_id = event.id;
    m_kind = event.kind;
    setEnabled(!m_id.isEmpty());
    VisitLabels::select(m_kindCombo, event.kind);
    m_timeCommit->reset(event.occurredAt ? QVariant(*event.occurredAt) : QVariant());
    m_areaCommit->reset(event.area);
    m_officialCommit->reset(event.official);
    m_descriptionCommit->reset(event.description);
    m_delayCommit->reset(event.delayMinutes ? QVariant(*event.delayMinutes) : QVariant());
}

void AccessEventEditor::refresh(AccessEvent event)
{
    if (event.id != m_id)
        return setEvent(event);
    m_kind = event.kind;
    VisitLabels::select(m_kindCombo, event.kind);
    m_timeCommit->setStoredValue(event.occurredAt ? QVariant(*event.occurredAt) : QVariant());
    m_areaCommit->setStoredValue(event.area);
    m_officialCommit->setStoredValue(event.official);
    m_descriptionCommit->setStoredValue(event.description);
    m_delayCommit->setStoredValue(event.delayMinutes ? QVariant(*event.delayMinutes) : QVariant());
}

void AccessEventEditor::focusDescription()
{
    m_description->setFocus(Qt::OtherFocusReason);
}

void AccessEventEditor::commitKind()
{
    const QString kind = m_kindCombo->currentData().toString();
    if (m_id.isEmpty() || kind == m_kind)
        return;
    visitcmd::pushEdit(
        m_ctx, tr("Change kind of access event"), catalog::kAccessEvent, m_id, QString(), m_kind,
        kind,
        visitcmd::fieldWriter<AccessLogRepository, AccessEvent>(
            m_ctx, m_id, [](AccessEvent& e, const QVariant& v) { e.kind = v.toString(); }));
}

void AccessEventEditor::removeEvent()
{
    if (m_id.isEmpty())
        return;
    flush();
    UiContext& ctx = m_ctx;
    visitcmd::pushRemoveEvidence(
        ctx, tr("Delete access event"), catalog::kAccessEvent, QStringLiteral("access_event"), m_id,
        [&ctx](const QString& id) { return AccessLogRepository(ctx.records()).remove(id); });
}

} // namespace vigil
