#include "core/report/ReportEditRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/RecordSafeguards.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <algorithm>

namespace vigil::report {

namespace {

constexpr qsizetype kMaxKey = 200;
constexpr QLatin1StringView kItemPrefix("item:");

Error invalid(const QString& message, const char* detail)
{
    return Error::make(ErrorKind::Validation, message, QString::fromLatin1(detail));
}

ReportItem::Type typeFromCode(const QString& code)
{
    if (code == u"quote")
        return ReportItem::Type::Quote;
    if (code == u"paragraph")
        return ReportItem::Type::Paragraph;
    return ReportItem::Type::Edit;
}

constexpr const char* kColumns = "id, visit_id, kind, item_key, text, excluded_kinds, position, "
                                 "interview_id, anchor_key, updated_hlc";

ReportItem readItem(const Statement& s)
{
    ReportItem item;
    item.id = s.columnText(0);
    item.visitId = s.columnText(1);
    item.type = typeFromCode(s.columnText(2));
    item.itemKey = s.columnText(3);
    if (!s.isNull(4))
        item.text = s.columnText(4);
    item.excludedKinds = ReportEditRepository::kindsFromCodes(s.columnText(5));
    if (!s.isNull(6))
        item.position = s.columnInt(6);
    item.interviewId = s.columnText(7);
    item.anchorKey = s.columnText(8);
    item.updatedHlc = s.columnInt(9);
    return item;
}

// '@' separates a section's key from the kind of its text edit (textKeyOf).
Status checkKey(const QString& key)
{
    if (key.trimmed().isEmpty() || key.size() > kMaxKey || key.contains(QLatin1Char('@')))
        return invalid(ReportEditRepository::tr("The report has no such part."), "report key");
    return {};
}

} // namespace

QStringList ReportEditRepository::kindCodes(const QList<Kind>& kinds)
{
    QStringList codes;
    for (Kind kind : kinds)
        codes.append(kindCode(kind));
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

QList<Kind> ReportEditRepository::kindsFromCodes(const QString& stored)
{
    QList<Kind> kinds;
    for (const QString& code : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto kind = kindFromCode(code))
            kinds.append(*kind);
    }
    return kinds;
}

Result<ReportEditRepository::Current> ReportEditRepository::current(const QString& visitId,
                                                                    const QString& itemKey)
{
    const bool added = itemKey.startsWith(kItemPrefix);
    static const QByteArray byId = QByteArray("SELECT ") + kColumns +
                                   " FROM report_item WHERE id = ? AND visit_id = ? AND "
                                   "kind != 'edit' AND deleted = 0";
    // Every row of the key, newest first: two devices may each have created one.
    static const QByteArray byKey = QByteArray("SELECT ") + kColumns +
                                    " FROM report_item WHERE visit_id = ? AND item_key = ? AND "
                                    "kind = 'edit' AND deleted = 0 "
                                    "ORDER BY updated_hlc DESC, id DESC";
    auto stmt = m_ctx.db().cached(added ? byId : byKey);
    if (!stmt)
        return stmt.error();
    if (added)
        (*stmt)->bind(1, itemKey.mid(kItemPrefix.size())).bind(2, visitId);
    else
        (*stmt)->bind(1, visitId).bind(2, itemKey);
    QList<ReportItem> rows;
    while (true) {
        auto row = (*stmt)->step();
        if (!row) {
            (void)(*stmt)->reset();
            return row.error();
        }
        if (!*row)
            break;
        rows.append(readItem(**stmt));
    }
    (void)(*stmt)->reset();
    if (added && rows.isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("The quote or paragraph does not exist or was deleted."));
    Current out;
    if (rows.isEmpty())
        return out;
    std::reverse(rows.begin(), rows.end()); // merged() wants the oldest first
    const ReportItem item = ReportItem::merged(rows).constLast();
    rows.removeLast();
    std::reverse(rows.begin(), rows.end());
    out = {item.id, item.text, item.excludedKinds, item.position, item.type, rows};
    return out;
}

namespace {

// What an older row of a key must hold once the newest holds `value`, if it
// must change: a cleared text or position, or a kind no longer excluded,
// must not come back through ReportItem::merged.
std::optional<QVariant> clearedOn(const ReportItem& row, const char* field, const QVariant& value)
{
    const QByteArrayView name(field);
    if (name == "excluded_kinds") {
        const QList<Kind> kept =
            ReportEditRepository::kindsFromCodes(value.toStringList().join(QLatin1Char(',')));
        QList<Kind> now;
        for (Kind kind : row.excludedKinds) {
            if (kept.contains(kind))
                now.append(kind);
        }
        if (now.size() == row.excludedKinds.size())
            return std::nullopt;
        const QStringList codes = ReportEditRepository::kindCodes(now);
        return codes.isEmpty() ? QVariant() : QVariant(codes);
    }
    if (!value.isNull())
        return std::nullopt; // the newest row's value wins the merge
    if ((name == "text" && row.text) || (name == "position" && row.position))
        return QVariant();
    return std::nullopt;
}

} // namespace

Status ReportEditRepository::write(const QString& visitId, const QString& itemKey,
                                   const Current& now, const char* field, const QVariant& value)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    if (now.id.isEmpty()) {
        auto id = tx->insert(catalog::kReportItem, {{"visit_id", visitId},
                                                    {"kind", QStringLiteral("edit")},
                                                    {"item_key", itemKey},
                                                    {field, value}});
        if (!id)
            return id.error();
    } else {
        VIGIL_TRY(tx->update(catalog::kReportItem, now.id, {{field, value}}));
        for (const ReportItem& row : now.older) {
            if (auto cleared = clearedOn(row, field, value))
                VIGIL_TRY(tx->update(catalog::kReportItem, row.id, {{field, *cleared}}));
        }
    }
    return tx->commit();
}

Result<std::optional<QString>> ReportEditRepository::setText(const QString& visitId,
                                                             const QString& itemKey, Kind kind,
                                                             const std::optional<QString>& text)
{
    VIGIL_TRY(checkKey(itemKey));
    if (itemKey.startsWith(QLatin1StringView("recommendation:")) ||
        itemKey.startsWith(QLatin1StringView("photo:")))
        return invalid(tr("A recommendation's text is changed in the recommendation itself, so "
                          "that the report and the follow-up say the same."),
                       "report text of a block");
    const QString key =
        itemKey.startsWith(kItemPrefix) ? itemKey : ReportItem::textKeyOf(itemKey, kind);
    auto now = current(visitId, key);
    if (!now)
        return now.error();
    if (now->type != ReportItem::Type::Edit && (!text || text->trimmed().isEmpty()))
        return invalid(tr("A quote or paragraph cannot be empty; remove it instead."),
                       "report item text");
    VIGIL_TRY(write(visitId, key, *now, "text", text ? QVariant(*text) : QVariant()));
    return now->text;
}

Result<QList<Kind>> ReportEditRepository::setExcluded(const QString& visitId,
                                                      const QString& itemKey,
                                                      const QList<Kind>& kinds)
{
    VIGIL_TRY(checkKey(itemKey));
    auto now = current(visitId, itemKey);
    if (!now)
        return now.error();
    const QStringList codes = kindCodes(kinds);
    VIGIL_TRY(write(visitId, itemKey, *now, "excluded_kinds",
                    codes.isEmpty() ? QVariant() : QVariant(codes)));
    return now->excluded;
}

Result<std::optional<qint64>> ReportEditRepository::move(const QString& visitId,
                                                         const QString& itemKey,
                                                         std::optional<qint64> position)
{
    VIGIL_TRY(checkKey(itemKey));
    auto now = current(visitId, itemKey);
    if (!now)
        return now.error();
    VIGIL_TRY(
        write(visitId, itemKey, *now, "position", position ? QVariant(*position) : QVariant()));
    return now->position;
}

Result<QString> ReportEditRepository::addQuote(const QString& visitId, const QString& interviewId,
                                               const QString& anchorKey, const QString& excerpt)
{
    VIGIL_TRY(checkKey(anchorKey));
    if (excerpt.trimmed().isEmpty())
        return invalid(tr("Type or paste the words to quote."), "report quote text");
    auto stmt =
        m_ctx.db().cached("SELECT visit_id, scope FROM interview WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, interviewId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString interviewVisit = *row ? (*stmt)->columnText(0) : QString();
    // The quote is shared exactly as widely as the interview it comes from.
    const QByteArray scope = *row ? (*stmt)->columnText(1).toLatin1() : QByteArray();
    (void)(*stmt)->reset();
    if (interviewVisit.isEmpty() || interviewVisit != visitId)
        return invalid(tr("Quotes come from the interviews of the report's own visit."),
                       "report quote interview");
    auto consent = RecordSafeguards::consentOf(m_ctx.db(), interviewId);
    if (!consent)
        return consent.error();
    if (consent->state == Consent::State::Withdrawn)
        return invalid(tr("The interviewee withdrew consent: nothing said in this interview can "
                          "be quoted."),
                       "report quote consent withdrawn");
    if (!consent->allows("quote_anonymously") && !consent->allows("use_name"))
        return invalid(tr("The interviewee did not agree to be quoted."),
                       "report quote without consent");
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto id = tx->insert(catalog::kReportItem,
                         {{"visit_id", visitId},
                          {"kind", QStringLiteral("quote")},
                          {"text", excerpt},
                          {"interview_id", interviewId},
                          {"anchor_key", anchorKey}},
                         scope.constData());
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Result<QString> ReportEditRepository::addParagraph(const QString& visitId, const QString& anchorKey,
                                                   const QString& text)
{
    VIGIL_TRY(checkKey(anchorKey));
    if (text.trimmed().isEmpty())
        return invalid(tr("A paragraph cannot be empty."), "report paragraph text");
    return m_ctx.insertOne(catalog::kReportItem, {{"visit_id", visitId},
                                                  {"kind", QStringLiteral("paragraph")},
                                                  {"text", text},
                                                  {"anchor_key", anchorKey}});
}

Status ReportEditRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kReportItem, id);
}

Status ReportEditRepository::restore(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->restore(catalog::kReportItem, id));
    return tx->commit();
}

Result<ReportItem> ReportEditRepository::get(const QString& id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM report_item WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The report edit does not exist or was deleted."));
    ReportItem item = readItem(**stmt);
    (void)(*stmt)->reset();
    return item;
}

Result<QList<ReportItem>> ReportEditRepository::list(const QString& visitId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
                                  " FROM report_item WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY updated_hlc, id";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<ReportItem> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return ReportItem::merged(out);
        out.append(readItem(**stmt));
    }
}

} // namespace vigil::report
