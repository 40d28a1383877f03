#include "core/repo/VisitLifecycle.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

using Step = VisitLifecycle::Step;

// Mirrors the table in the header; keep both in step.
constexpr Step kSteps[] = {
    {"planned", "preparing"},
    {"preparing", "on_site"},
    {"on_site", "fieldwork_closed"},
    {"fieldwork_closed", "drafting"},
    {"drafting", "internal_review"},
    {"internal_review", "sent_to_authorities"},
    {"sent_to_authorities", "issued"},
    {"issued", "published"},
    {"issued", "follow_up"},
    {"published", "follow_up"},
    {"follow_up", "closed"},
    {"preparing", "planned"},
    {"fieldwork_closed", "on_site"},
    {"internal_review", "drafting"},
    {"planned", "closed"},
    {"preparing", "closed"},
};

struct Label
{
    const char* state;
    const char* text;
};

constexpr Label kLabels[] = {
    {"planned", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Planned")},
    {"preparing", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Preparing")},
    {"on_site", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "On site")},
    {"fieldwork_closed", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Fieldwork closed")},
    {"drafting", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Drafting")},
    {"internal_review", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Internal review")},
    {"sent_to_authorities", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Sent to authorities")},
    {"issued", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Issued")},
    {"published", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Published")},
    {"follow_up", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Follow-up")},
    {"closed", QT_TRANSLATE_NOOP("vigil::VisitLifecycle", "Closed")},
};

} // namespace

std::span<const Step> VisitLifecycle::steps()
{
    return kSteps;
}

bool VisitLifecycle::isAllowed(const QString& from, const QString& to)
{
    for (const Step& step : kSteps) {
        if (from == QLatin1StringView(step.from) && to == QLatin1StringView(step.to))
            return true;
    }
    return false;
}

QStringList VisitLifecycle::allowedTransitions(const QString& state)
{
    QStringList next;
    for (const Step& step : kSteps) {
        if (state == QLatin1StringView(step.from))
            next.append(QLatin1StringView(step.to));
    }
    return next;
}

QString VisitLifecycle::stateLabel(const QString& state)
{
    for (const Label& label : kLabels) {
        if (state == QLatin1StringView(label.state))
            return tr(label.text);
    }
    return state;
}

Result<VisitTransition> VisitLifecycle::transition(const QString& visitId, const QString& toState,
                                                   const QString& note)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    // Read inside the write transaction, so the state checked is the state changed.
    auto stmt = m_ctx.db().cached(
        "SELECT state, actual_start IS NULL FROM visit WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The visit does not exist or was deleted."));
    const QString fromState = (*stmt)->columnText(0);
    const bool neverOnSite = (*stmt)->columnInt(1) != 0;
    (void)(*stmt)->reset();

    if (!isAllowed(fromState, toState))
        return Error::make(
            ErrorKind::Validation,
            tr("A visit cannot go from \"%1\" to \"%2\".")
                .arg(stateLabel(fromState), stateLabel(toState)),
            QStringLiteral("visit transition %1 -> %2 refused").arg(fromState, toState.left(40)));

    // The hybrid clock keeps a visit's history in order even if the device's
    // clock steps back between two steps.
    const qint64 now = Hlc::millis(m_ctx.clock().tick());
    FieldValues changes{{"state", toState}};
    if (toState == QLatin1StringView("on_site")) {
        if (neverOnSite)
            changes.emplace_back("actual_start", QVariant(now));
        changes.emplace_back("actual_end", QVariant()); // back on site: not over yet
    } else if (toState == QLatin1StringView("fieldwork_closed")) {
        changes.emplace_back("actual_end", QVariant(now));
    }
    VIGIL_TRY(tx->update(catalog::kVisit, visitId, changes));

    VisitTransition step{QString(), visitId, fromState, toState, now, note};
    auto id = tx->insert(catalog::kVisitTransition, {{"visit_id", visitId},
                                                     {"from_state", fromState},
                                                     {"to_state", toState},
                                                     {"at", QVariant(now)},
                                                     {"note", note.isEmpty() ? QVariant() : note}});
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    step.id = *id;
    return step;
}

Result<QList<VisitTransition>> VisitLifecycle::history(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(
        "SELECT id, visit_id, from_state, to_state, at, note FROM visit_transition "
        "WHERE visit_id = ? AND deleted = 0 ORDER BY at, rowid");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<VisitTransition> steps;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement& s = **stmt;
        steps.append({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                      s.columnInt(4), s.columnText(5)});
    }
    return steps;
}

} // namespace vigil
