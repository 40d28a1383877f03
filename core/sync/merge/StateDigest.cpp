#include "core/sync/merge/StateDigest.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/MergeCatalog.h"

#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace vigil {

namespace {

class Hasher
{
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES); }

    void raw(const void* data, std::size_t size)
    {
        crypto_generichash_update(&m_state, static_cast<const unsigned char*>(data), size);
    }
    void tag(char t) { raw(&t, 1); }
    void bytes(char t, const QByteArray& b)
    {
        tag(t);
        const quint32 size = qToBigEndian(quint32(b.size()));
        raw(&size, sizeof size);
        raw(b.constData(), std::size_t(b.size()));
    }
    // One column, tagged by storage class so 1 and '1' differ.
    void column(const Statement& s, int i)
    {
        switch (s.columnType(i)) {
        case 1: {
            tag('i');
            const qint64 big = qToBigEndian(s.columnInt(i));
            raw(&big, sizeof big);
            break;
        }
        case 2:
            bytes('r', QByteArray::number(s.columnDouble(i), 'g', 17));
            break;
        case 3:
            bytes('t', s.columnText(i).toUtf8());
            break;
        case 4:
            bytes('b', s.columnBlob(i));
            break;
        default:
            tag('n');
            break;
        }
    }
    QByteArray finish()
    {
        QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                                 std::size_t(out.size()));
        return out;
    }

private:
    crypto_generichash_state m_state;
};

Status hashQuery(Database& db, Hasher& h, const QByteArray& sql)
{
    auto stmt = db.cached(sql); // tests compute digests often; preparing is the costly part
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    const int columns = s.columnCount();
    while (true) {
        auto row = s.step();
        if (!row) {
            (void)s.reset();
            return row.error();
        }
        if (!*row)
            break;
        h.tag('R');
        for (int i = 0; i < columns; ++i)
            h.column(s, i);
    }
    return s.reset();
}

} // namespace

Result<QByteArray> StateDigest::compute(Database& db)
{
    std::vector<const EntitySpec*> specs = MergeCatalog::all();
    std::sort(specs.begin(), specs.end(), [](const EntitySpec* a, const EntitySpec* b) {
        return qstrcmp(a->table, b->table) < 0;
    });
    Hasher h;
    h.bytes('V', QByteArrayLiteral("vigil-state-v1"));
    for (const EntitySpec* spec : specs) {
        h.bytes('T', spec->table);
        QByteArray sql = "SELECT id, created_at, created_by, updated_hlc, deleted, scope";
        for (const FieldSpec& field : spec->fields)
            sql += QByteArray(", ") + field.name;
        sql += QByteArray(" FROM ") + spec->table + " ORDER BY id";
        VIGIL_TRY(hashQuery(db, h, sql));
    }
    h.bytes('T', QByteArrayLiteral("sync_conflict"));
    VIGIL_TRY(hashQuery(db, h,
                        "SELECT id, kind, entity, entity_id, field, winner_device, winner_seq, "
                        "loser_device, loser_seq, losing_value, scope, created_at, "
                        "NOT EXISTS (SELECT 1 FROM sync_resolution r WHERE r.conflict_id = c.id "
                        "AND r.deleted = 0) FROM sync_conflict c ORDER BY id"));
    return h.finish();
}

} // namespace vigil
