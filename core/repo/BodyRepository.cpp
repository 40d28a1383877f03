#include "core/repo/BodyRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

// Deeper than any real hierarchy (SPT > NPM > member body); a guard against
// a cycle that a merge might have produced.
constexpr int kMaxDepth = 32;

FieldValues bodyFields(const Body& b)
{
    return {{"name", b.name},
            {"kind", b.kind},
            {"parent_id", fields::text(b.parentId)},
            {"country", fields::text(b.country)},
            {"languages", fields::text(b.languages.join(QLatin1Char(',')))}};
}

constexpr const char* kColumns = "id, name, kind, parent_id, country, languages";

Body readBody(const Statement& s)
{
    Body b;
    b.id = s.columnText(0);
    b.name = s.columnText(1);
    b.kind = s.columnText(2);
    b.parentId = s.columnText(3);
    b.country = s.columnText(4);
    b.languages = s.columnText(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return b;
}

} // namespace

Result<QString> BodyRepository::create(const Body& body)
{
    return m_ctx.insertOne(catalog::kBody, bodyFields(body));
}

Status BodyRepository::update(const Body& body)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    // Walk up from the new parent: meeting this body again means a cycle.
    QString ancestor = body.parentId;
    for (int depth = 0; !ancestor.isEmpty() && depth < kMaxDepth; ++depth) {
        if (ancestor == body.id)
            return Error::make(
                ErrorKind::Validation,
                tr("A body cannot be placed under itself or one of its member bodies."));
        auto stmt = m_ctx.db().cached("SELECT parent_id FROM body WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, ancestor);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        ancestor = *row ? (*stmt)->columnText(0) : QString();
        (void)(*stmt)->reset();
    }
    VIGIL_TRY(tx->update(catalog::kBody, body.id, bodyFields(body)));
    return tx->commit();
}

Status BodyRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kBody, id);
}

Result<Body> BodyRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM body WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The body does not exist or was deleted."));
    Body b = readBody(**stmt);
    (void)(*stmt)->reset();
    return b;
}

Result<QList<Body>> BodyRepository::list()
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM body WHERE deleted = 0 ORDER BY name COLLATE NOCASE";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    QList<Body> bodies;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        bodies.append(readBody(**stmt));
    }
    return bodies;
}

} // namespace vigil
