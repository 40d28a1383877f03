#include "core/repo/ChecklistTemplateRepository.h"

#include "core/checklist/TemplateLoader.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QSet>

#include <algorithm>

namespace vigil {

namespace {

// A stored definition is re-validated on every read: it may have arrived
// from another device.
Result<ChecklistTemplate> fromRow(const Statement& s)
{
    auto t = TemplateLoader::parse(s.columnText(1).toUtf8());
    if (!t)
        return Error::make(ErrorKind::Integrity, t.error().message,
                           QStringLiteral("checklist_template %1: %2").arg(s.columnText(0), t.error().detail));
    t->id = s.columnText(0);
    return t;
}

} // namespace

Result<ChecklistTemplateRepository::Installed> ChecklistTemplateRepository::install(
    const ChecklistTemplate& checklist)
{
    // Serialising and parsing again validates a template built in code, too.
    const QByteArray definition = TemplateLoader::serialize(checklist);
    auto valid = TemplateLoader::parse(definition);
    if (!valid)
        return valid.error();
    const FieldValues values = {{"template_key", checklist.key},
                                {"place_type", checklist.placeType},
                                {"title", checklist.title},
                                {"version", QVariant(qint64(checklist.version))},
                                {"definition", QString::fromUtf8(definition)}};

    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto stmt = m_ctx.db().cached("SELECT id, place_type = ? AND title = ? AND definition = ? "
                                  "FROM checklist_template "
                                  "WHERE template_key = ? AND version = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, checklist.placeType)
        .bind(2, checklist.title)
        .bind(3, QString::fromUtf8(definition))
        .bind(4, checklist.key)
        .bind(5, qint64(checklist.version));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString existing = *row ? (*stmt)->columnText(0) : QString();
    const bool same = *row && (*stmt)->columnInt(1) == 1;
    (void)(*stmt)->reset();
    if (same)
        return Installed{existing, false}; // nothing to write; the transaction rolls back
    if (!existing.isEmpty()) {
        VIGIL_TRY(tx->update(catalog::kChecklistTemplate, existing, values));
        VIGIL_TRY(tx->commit());
        return Installed{existing, true};
    }
    auto id = tx->insert(catalog::kChecklistTemplate, values);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return Installed{*id, true};
}

Result<int> ChecklistTemplateRepository::installBuiltIns()
{
    auto templates = TemplateLoader::builtIn();
    if (!templates)
        return templates.error();
    int changed = 0;
    for (const ChecklistTemplate& t : *templates) {
        auto installed = install(t);
        if (!installed)
            return installed.error();
        changed += installed->changed ? 1 : 0;
    }
    return changed;
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::forPlaceType(const QString& placeType)
{
    auto stmt = m_ctx.db().cached("SELECT id, definition, template_key FROM checklist_template "
                                  "WHERE place_type = ? AND deleted = 0 "
                                  "ORDER BY template_key, version DESC");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, placeType);
    QList<ChecklistTemplate> out;
    QSet<QString> keys;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (keys.contains((*stmt)->columnText(2)))
            continue; // an older version
        keys.insert((*stmt)->columnText(2));
        auto t = fromRow(**stmt);
        if (!t) {
            (void)(*stmt)->reset();
            return t.error();
        }
        out.append(std::move(*t));
    }
    std::sort(out.begin(), out.end(), [](const ChecklistTemplate& a, const ChecklistTemplate& b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return out;
}

Result<ChecklistTemplate> ChecklistTemplateRepository::get(const QString& id)
{
    auto stmt = m_ctx.db().cached(
        "SELECT id, definition FROM checklist_template WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The checklist template does not exist or was deleted."));
    auto t = fromRow(**stmt);
    (void)(*stmt)->reset();
    return t;
}

} // namespace vigil
