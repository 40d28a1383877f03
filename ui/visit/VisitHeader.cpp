#include "ui/visit/VisitHeader.h"

#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitLifecycle.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "core/model/VocabularyLabels.h"
#include "ui/undo/RecordCommand.h"
#include "ui/LocaleFormat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace vigil {

namespace {

} // namespace

VisitHeader::VisitHeader(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_place(new QLabel(this)),
      m_type(new QLabel(this)), m_dates(new QLabel(this)), m_unannounced(new QLabel(this)),
      m_state(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    m_place->setObjectName(QStringLiteral("placeLabel"));
    QFont big = m_place->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_place->setFont(big);
    m_type->setObjectName(QStringLiteral("visitTypeLabel"));
    m_dates->setObjectName(QStringLiteral("visitDatesLabel"));
    m_unannounced->setObjectName(QStringLiteral("unannouncedBadge"));
    m_unannounced->setText(tr("Unannounced"));
    m_unannounced->setAccessibleName(tr("Unannounced visit"));
    // A badge: a frame and bold text, so it reads without colour too.
    m_unannounced->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(highlight); border-radius: 3px; padding: 1px 6px;"
        " font-weight: bold; }"));
    m_state->setObjectName(QStringLiteral("visitStateLabel"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto* title = new QHBoxLayout;
    title->addWidget(m_place);
    title->addWidget(m_unannounced);
    title->addStretch();
    title->addWidget(m_state);
    auto* details = new QHBoxLayout;
    details->addWidget(m_type);
    details->addWidget(m_dates);
    details->addStretch();
    details->addLayout(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addLayout(details);

    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("visit") || entity == QLatin1StringView("place"))
            reload();
    });
    reload();
}

void VisitHeader::reload()
{
    auto visit = VisitRepository(m_ctx.records()).get(m_visitId);
    if (!visit) {
        m_ctx.report(visit.error());
        return;
    }
    auto place = PlaceRepository(m_ctx.records()).get(visit->placeId);
    m_place->setText(place ? place->name : tr("Unknown place"));
    m_type->setText(VocabularyLabels::visitType(visit->type));
    m_unannounced->setVisible(visit->unannounced);
    QStringList dates;
    if (const QString planned = localeformat::span(visit->plannedStart, visit->plannedEnd); !planned.isEmpty())
        dates << tr("Planned %1").arg(planned);
    if (const QString actual = localeformat::span(visit->actualStart, visit->actualEnd); !actual.isEmpty())
        dates << tr("On site %1").arg(actual);
    m_dates->setText(dates.join(QStringLiteral(" · ")));
    m_state->setText(tr("State: %1").arg(VisitLifecycle::stateLabel(visit->state)));
    m_state->setAccessibleName(m_state->text());
    rebuildButtons(visit->state);
}

void VisitHeader::rebuildButtons(const QString& state)
{
    // Later: this may run inside the clicked() of one of these buttons.
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    for (const QString& next : VisitLifecycle::allowedTransitions(state)) {
        auto* button =
            new QPushButton(tr("Move to %1").arg(VisitLifecycle::stateLabel(next)), this);
        button->setObjectName(QStringLiteral("transitionButton_") + next);
        button->setAccessibleName(tr("Move the visit to %1").arg(VisitLifecycle::stateLabel(next)));
        button->setToolTip(button->accessibleName());
        connect(button, &QPushButton::clicked, this, [this, state, next] { moveTo(state, next); });
        m_buttons->addWidget(button);
    }
}

void VisitHeader::moveTo(const QString& fromState, const QString& toState)
{
    const QString text = tr("Move visit to %1").arg(VisitLifecycle::stateLabel(toState));
    const QString visitId = m_visitId;
    UiContext& ctx = m_ctx;
    if (VisitLifecycle::isAllowed(toState, fromState)) {
        // The lifecycle has a way back (postponed, back on site, review sent
        // back), so the step is undoable. Undo does not erase the step: it is
        // a second step, back, and both stay in the visit's history.
        RecordCommand::push(
            ctx,
            new RecordCommand(
                ctx, text, QStringLiteral("visit"), visitId,
                [&ctx, visitId, toState]() -> Status {
                    auto step = VisitLifecycle(ctx.records()).transition(visitId, toState);
                    return step ? Status() : Status(step.error());
                },
                [&ctx, visitId, fromState]() -> Status {
                    auto step =
                        VisitLifecycle(ctx.records()).transition(visitId, fromState, tr("Undone"));
                    return step ? Status() : Status(step.error());
                }));
        return;
    }
    // No way back (arrival on site, issuing, closing): transitions are history
    // and the lifecycle refuses the reverse, so nothing is pushed on the undo
    // stack; the user confirms instead.
    QString note;
    if (!confirmFinal(fromState, toState, &note))
        return;
    auto step = VisitLifecycle(ctx.records()).transition(visitId, toState, note);
    if (!step) {
        ctx.report(step.error());
        return;
    }
    Q_EMIT ctx.recordsChanged(QStringLiteral("visit"), visitId);
}

bool VisitHeader::confirmFinal(const QString& fromState, const QString& toState, QString* note)
{
    const QString from = VisitLifecycle::stateLabel(fromState);
    const QString to = VisitLifecycle::stateLabel(toState);
    if (toState == QLatin1StringView("closed") && (fromState == QLatin1StringView("planned") ||
                                                   fromState == QLatin1StringView("preparing"))) {
        bool ok = false;
        *note = QInputDialog::getText(this, tr("Cancel the visit"),
                                      tr("The visit will be closed without taking place. This "
                                         "cannot be undone.\nWhy is it cancelled?"),
                                      QLineEdit::Normal, QString(), &ok);
        return ok;
    }
    QMessageBox box(QMessageBox::Question, tr("Move the visit to %1").arg(to),
                    tr("Move the visit from %1 to %2?").arg(from, to), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmTransitionBox"));
    box.setInformativeText(tr("This step cannot be undone."));
    QPushButton* yes = box.addButton(tr("Move to %1").arg(to), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace vigil
