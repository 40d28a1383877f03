#include "core/schema/SearchSchema.h"

#include <QByteArray>

namespace vigil::schema {

namespace {

// What each searchable table contributes: a title, a body and a category,
// as SQL expressions over the row (NEW.x in triggers, x in the backfill).
struct Indexed
{
    const char* table;
    const char* title;
    const char* body;
    const char* category;
};

constexpr Indexed kIndexed[] = {
    {"interview", "$.pseudonym", "concat_ws(char(10), $.topics, $.notes)", "NULL"},
    {"observation", "$.title", "$.notes", "NULL"},
    {"register_check", "$.register_type", "$.notes", "NULL"},
    {"access_event", "$.kind", "concat_ws(char(10), $.area, $.official, $.description)", "NULL"},
    {"finding", "$.title", "concat_ws(char(10), $.subcategory, $.facts, $.analysis, $.standards)",
     "$.category"},
    {"recommendation", "'#' || $.number", "$.text", "NULL"},
};

QByteArray expr(const char* pattern, const char* row)
{
    return QByteArray(pattern).replace("$", row);
}

QByteArray build()
{
    QByteArray sql = R"sql(
CREATE TABLE search_doc (
    docid     INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_index USING fts5(
    entity UNINDEXED, entity_id UNINDEXED, visit_id UNINDEXED, category UNINDEXED,
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
)sql";
    for (const Indexed& t : kIndexed) {
        const QByteArray table(t.table);
        const auto values = [&](const char* row) {
            return "'" + table + "', " + row + ".id, " + row + ".visit_id, " +
                   expr(t.category, row) + ", " + expr(t.title, row) + ", " + expr(t.body, row);
        };
        // docid comes from search_doc so that updates find the FTS row by
        // rowid instead of scanning the UNINDEXED entity_id column.
        sql += "CREATE TRIGGER " + table + "_search_insert AFTER INSERT ON " + table +
               " WHEN NEW.deleted = 0 BEGIN\n"
               "  INSERT INTO search_doc(entity_id) VALUES (NEW.id);\n"
               "  INSERT INTO search_index(rowid, entity, entity_id, visit_id, category, title, body)"
               " VALUES (last_insert_rowid(), " + values("NEW") + ");\nEND;\n";
        sql += "CREATE TRIGGER " + table + "_search_update AFTER UPDATE ON " + table +
               " BEGIN\n"
               "  DELETE FROM search_index WHERE rowid = "
               "(SELECT docid FROM search_doc WHERE entity_id = OLD.id);\n"
               "  DELETE FROM search_doc WHERE entity_id = OLD.id;\n"
               "  INSERT INTO search_doc(entity_id) SELECT NEW.id WHERE NEW.deleted = 0;\n"
               "  INSERT INTO search_index(rowid, entity, entity_id, visit_id, category, title, body)"
               " SELECT last_insert_rowid(), " + values("NEW") + " WHERE NEW.deleted = 0;\nEND;\n";
        // Backfill rows written before this migration.
        sql += "INSERT INTO search_doc(entity_id) SELECT id FROM " + table + " WHERE deleted = 0;\n";
        sql += "INSERT INTO search_index(rowid, entity, entity_id, visit_id, category, title, body) "
               "SELECT d.docid, " + values("r") + " FROM " + table +
               " r JOIN search_doc d ON d.entity_id = r.id WHERE r.deleted = 0;\n";
    }
    return sql;
}

} // namespace

const char* searchSchema()
{
    static const QByteArray sql = build();
    return sql.constData();
}

} // namespace vigil::schema
