#include "ui/visit/AccessLogPanel.h"

#include "core/repo/AccessLogRepository.h"
#include "core/repo/EntityCatalog.h"
#include "ui/visit/AccessEventEditor.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"
#include "ui/LocaleFormat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigil {

AccessLogPanel::AccessLogPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_editor(new AccessEventEditor(ctx, this))
{
    struct Button
    {
        const char* kind;
        const char* name;
        QString text;
        QString accessible;
    };
    const Button buttons[] = {
        {"refusal", "recordRefusalButton", tr("Record &refusal"),
         tr("Record a refusal of access now")},
        {"delay", "recordDelayButton", tr("Record de&lay"), tr("Record a delay of access now")},
        {"obstruction", "recordObstructionButton", tr("Record o&bstruction"),
         tr("Record an obstruction now")},
    };
    auto* row = new QHBoxLayout;
    for (const Button& b : buttons) {
        auto* button = new QPushButton(b.text, this);
        button->setObjectName(QLatin1StringView(b.name));
        button->setAccessibleName(b.accessible);
        button->setToolTip(b.accessible);
        // Big targets: pressed in a hurry, at the gate, on a small screen.
        button->setMinimumHeight(button->sizeHint().height() * 2);
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        const QString kind = QLatin1StringView(b.kind);
        connect(button, &QPushButton::clicked, this, [this, kind] { record(kind); });
        row->addWidget(button);
    }
    m_list->setObjectName(QStringLiteral("accessList"));
    m_list->setAccessibleName(tr("Access events, by time"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addWidget(m_editor, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccessLogPanel::currentChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("access_event"))
            reload();
    });
    reload();
}

void AccessLogPanel::flush()
{
    m_editor->flush();
}

QString AccessLogPanel::record(const QString& kind)
{
    m_editor->flush();
    AccessEvent event;
    event.visitId = m_visitId;
    event.kind = kind;
    event.occurredAt = QDateTime::currentMSecsSinceEpoch();
    UiContext& ctx = m_ctx;
    const QString id = visitcmd::pushCreate(
        ctx, tr("Record %1").arg(VisitLabels::accessKind(kind)), catalog::kAccessEvent,
        [&ctx, event] { return AccessLogRepository(ctx.records()).record(event); },
        [&ctx](const QString& eventId) {
            return AccessLogRepository(ctx.records()).remove(eventId);
        });
    if (!id.isEmpty()) {
        select(id);
        m_editor->focusDescription();
    }
    return id;
}

void AccessLogPanel::reload()
{
    auto events = AccessLogRepository(m_ctx.records()).forVisit(m_visitId);
    if (!events) {
        m_ctx.report(events.error());
        return;
    }
    m_events = *events;
    const QString keep = m_editor->eventId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const AccessEvent& e : m_events) {
            const QString when =
                e.occurredAt ? localeformat::dateTime(e.occurredAt) : tr("time not recorded");
            const QString first = e.description.section(QLatin1Char('\n'), 0, 0).left(80);
            //: An access event in the list: time, kind, start of its description
            auto* item = new QListWidgetItem(
                tr("%1 — %2 %3").arg(when, VisitLabels::accessKind(e.kind), first).trimmed(),
                m_list);
            item->setData(Qt::UserRole, e.id);
        }
    }
    select(keep);
}

void AccessLogPanel::select(const QString& id)
{
    // Typing in the event shown before is committed first; that reloads the list.
    if (id != m_editor->eventId())
        m_editor->flush();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
            m_editor->refresh(m_events.at(row));
            return;
        }
    }
    m_editor->setEvent(AccessEvent());
}

void AccessLogPanel::currentChanged()
{
    const int row = m_list->currentRow();
    select(row >= 0 && row < m_events.size() ? m_events.at(row).id : QString());
}

} // namespace vigil
