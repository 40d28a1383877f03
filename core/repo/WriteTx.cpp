#include "core/repo/WriteTx.h"

#include "core/repo/RecordContext.h"
#include "core/repo/RecordSafeguards.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/ConflictDetector.h"
#include "core/util/Uuid7.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace vigil {

namespace {

constexpr qsizetype kMaxText = 10'000;
constexpr qsizetype kMaxProse = 1'000'000;

void bindValue(Statement& stmt, int index, const QVariant& value)
{
    if (value.isNull()) {
        stmt.bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong: stmt.bind(index, value.toLongLong()); break;
    case QMetaType::QByteArray: stmt.bindBlob(index, value.toByteArray()); break;
    default: stmt.bind(index, value.toString()); break;
    }
}

QVariant columnValue(Statement& stmt, int column)
{
    if (stmt.isNull(column))
        return {};
    switch (stmt.columnType(column)) {
    case 1: return QVariant(stmt.columnInt(column));
    case 4: return QVariant(stmt.columnBlob(column));
    default: return QVariant(stmt.columnText(column));
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() != b.typeId())
        return false;
    return a == b;
}

QString fieldList(const std::vector<const char*>& names)
{
    QStringList out;
    for (const char* n : names)
        out.append(QString::fromLatin1(n));
    return out.join(QStringLiteral(", "));
}

} // namespace

WriteTx::WriteTx(RecordContext& ctx, Transaction tx, qint64 nextSeq, AuditLog::Head head)
    : m_ctx(ctx), m_tx(std::move(tx)), m_nextSeq(nextSeq), m_auditHead(std::move(head))
{
}

Result<QVariant> WriteTx::normalise(const EntitySpec& spec, const FieldSpec& field,
                                    const QVariant& value)
{
    const QString name = QStringLiteral("%1.%2").arg(QLatin1StringView(spec.entity),
                                                    QLatin1StringView(field.name));
    auto invalid = [&name](const QString& rule) {
        return Error::make(ErrorKind::Validation, tr("%1: %2").arg(name, rule),
                           QStringLiteral("validation %1").arg(name));
    };
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                           field.type != FieldType::Text && field.type != FieldType::Prose)) {
        if (field.required)
            return invalid(tr("is required"));
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Prose: {
        const QString text = value.toString();
        if (field.required && text.trimmed().isEmpty())
            return invalid(tr("is required"));
        const qsizetype limit = field.type == FieldType::Text ? kMaxText : kMaxProse;
        if (text.size() > limit)
            return invalid(tr("is longer than %n characters", nullptr, int(limit)));
        return QVariant(text);
    }
    case FieldType::Integer:
    case FieldType::Instant: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || value.typeId() == QMetaType::QString)
            return invalid(tr("must be a whole number"));
        if (field.type == FieldType::Integer && (n < field.min || (field.max > 0 && n > field.max)))
            return invalid(field.max > 0 ? tr("must be from %1 to %2").arg(field.min).arg(field.max)
                                         : tr("must be at least %1").arg(field.min));
        if (field.type == FieldType::Instant && n < 0)
            return invalid(tr("must be a time after 1970"));
        return QVariant(n);
    }
    case FieldType::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return QVariant(qint64(value.toBool() ? 1 : 0));
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || (n != 0 && n != 1) || value.typeId() == QMetaType::QString)
            return invalid(tr("must be yes or no"));
        return QVariant(n);
    }
    case FieldType::Enum: {
        const QString code = value.toString();
        const bool known = std::any_of(field.values.begin(), field.values.end(),
                                       [&code](const char* v) { return code == QLatin1StringView(v); });
        if (!known)
            return invalid(tr("'%1' is not one of: %2")
                               .arg(code.left(40))
                               .arg(fieldList({field.values.begin(), field.values.end()})));
        return QVariant(code);
    }
    case FieldType::Flags: {
        QStringList items = value.typeId() == QMetaType::QStringList
                                ? value.toStringList()
                                : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& item : items) {
            item = item.trimmed();
            const bool known =
                std::any_of(field.values.begin(), field.values.end(),
                            [&item](const char* v) { return item == QLatin1StringView(v); });
            if (!known)
                return invalid(tr("'%1' is not one of: %2")
                                   .arg(item.left(40))
                                   .arg(fieldList({field.values.begin(), field.values.end()})));
        }
        items.sort();
        items.removeDuplicates();
        if (items.isEmpty())
            return field.required ? Result<QVariant>(invalid(tr("is required"))) : QVariant();
        return QVariant(items.join(QLatin1Char(',')));
    }
    case FieldType::Date: {
        const QString text = value.toString();
        if (!QDate::fromString(text, Qt::ISODate).isValid() || text.size() != 10)
            return invalid(tr("must be a date written YYYY-MM-DD"));
        return QVariant(text);
    }
    case FieldType::Ref: {
        const QString id = value.toString();
        if (!Uuid7::isValid(id))
            return invalid(tr("must be the id of a record"));
        return QVariant(id);
    }
    case FieldType::Blob:
        if (value.typeId() != QMetaType::QByteArray)
            return invalid(tr("must be binary data"));
        return value;
    }
    return invalid(tr("has an unknown type"));
}

Status WriteTx::checkReference(const EntitySpec& spec, const FieldSpec& field, const QVariant& value)
{
    if (field.type != FieldType::Ref || value.isNull())
        return {};
    const QByteArray sql = QByteArray("SELECT deleted FROM ") + field.refTable + " WHERE id = ?";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, value.toString());
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool live = *row && (*stmt)->columnInt(0) == 0;
    (void)(*stmt)->reset();
    if (!live)
        return Error::make(ErrorKind::Validation,
                           tr("%1.%2: refers to a %3 that does not exist or was deleted")
                               .arg(QLatin1StringView(spec.entity), QLatin1StringView(field.name),
                                    QLatin1StringView(field.refTable)));
    return {};
}

Status WriteTx::appendOp(const EntitySpec& spec, const QString& id, const char* field,
                         const QVariant& value, qint64 hlc, qint64 baseHlc, const QString& scope)
{
    auto stmt = m_ctx.db().cached("INSERT INTO change_op(device_id, seq, hlc, entity, entity_id, "
                                  "field, value, base_hlc, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, m_ctx.deviceId())
        .bind(2, m_nextSeq)
        .bind(3, hlc)
        .bind(4, spec.entity)
        .bind(5, id)
        .bind(6, field);
    bindValue(s, 7, value);
    s.bind(8, baseHlc).bind(9, scope);
    VIGIL_TRY(s.run());
    ++m_nextSeq;
    return {};
}

Result<QString> WriteTx::insert(const EntitySpec& spec, const FieldValues& values, const char* scope)
{
    std::vector<std::pair<const char*, QVariant>> checked;
    checked.reserve(values.size());
    for (const auto& [name, value] : values) {
        const FieldSpec* field = spec.field(QLatin1StringView(name));
        if (!field)
            return Error::make(ErrorKind::Internal, QStringLiteral("unknown field %1.%2")
                                                        .arg(QLatin1StringView(spec.entity),
                                                             QLatin1StringView(name)));
        auto v = normalise(spec, *field, value);
        if (!v)
            return v.error();
        VIGIL_TRY(checkReference(spec, *field, *v));
        checked.emplace_back(field->name, std::move(*v));
    }
    for (const FieldSpec& field : spec.fields) {
        if (!field.required)
            continue;
        const bool present = std::any_of(checked.begin(), checked.end(), [&field](const auto& p) {
            return p.first == field.name && !p.second.isNull();
        });
        if (!present)
            return Error::make(ErrorKind::Validation,
                               tr("%1.%2: is required")
                                   .arg(QLatin1StringView(spec.entity), QLatin1StringView(field.name)));
    }

    const QString recordScope = QString::fromLatin1(scope ? scope : spec.defaultScope);
    // The interview safeguards (DOMAIN.md §4) hold for every writer, not only the repositories.
    VIGIL_TRY(RecordSafeguards::checkInsert(m_ctx.db(), spec, checked, recordScope));

    const QString id = Uuid7::generate();
    const qint64 hlc = m_ctx.clock().tick();
    QByteArray sql = QByteArray("INSERT INTO ") + spec.table +
                     "(id, created_at, created_by, updated_hlc, deleted, scope";
    QByteArray params = "?, ?, ?, ?, 0, ?";
    for (const auto& [name, value] : checked) {
        sql += ", ";
        sql += name;
        params += ", ?";
    }
    sql += ") VALUES (" + params + ")";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, id)
        .bind(2, Hlc::millis(hlc))
        .bind(3, m_ctx.deviceId())
        .bind(4, hlc)
        .bind(5, recordScope);
    int index = 6;
    for (const auto& [name, value] : checked)
        bindValue(s, index++, value);
    VIGIL_TRY(s.run());

    std::vector<const char*> written;
    for (const auto& [name, value] : checked) {
        if (value.isNull())
            continue;
        VIGIL_TRY(appendOp(spec, id, name, value, hlc, 0, recordScope));
        written.push_back(name);
    }
    AuditLog::Event event;
    event.at = Hlc::millis(hlc);
    event.deviceId = m_ctx.deviceId();
    event.action = QStringLiteral("insert");
    event.entity = QLatin1StringView(spec.entity);
    event.entityId = id;
    event.detail = fieldList(written);
    VIGIL_TRY(AuditLog::append(m_ctx.db(), m_auditHead, std::move(event)));
    return id;
}

Status WriteTx::update(const EntitySpec& spec, const QString& id, const FieldValues& changes)
{
    // Current values of the fields being written.
    QByteArray select = "SELECT deleted, scope";
    std::vector<const FieldSpec*> fields;
    for (const auto& [name, value] : changes) {
        const FieldSpec* field = spec.field(QLatin1StringView(name));
        if (!field)
            return Error::make(ErrorKind::Internal, QStringLiteral("unknown field %1.%2")
                                                        .arg(QLatin1StringView(spec.entity),
                                                             QLatin1StringView(name)));
        fields.push_back(field);
        select += ", ";
        select += name;
    }
    select += QByteArray(" FROM ") + spec.table + " WHERE id = ?";
    auto current = m_ctx.db().cached(select);
    if (!current)
        return current.error();
    Statement& cur = **current;
    cur.bind(1, id);
    auto row = cur.step();
    if (!row)
        return row.error();
    if (!*row || cur.columnInt(0) != 0)
        return Error::make(ErrorKind::NotFound,
                           tr("The %1 being changed does not exist or was deleted.")
                               .arg(QLatin1StringView(spec.entity)));
    const QString scope = cur.columnText(1);

    std::vector<std::pair<const FieldSpec*, QVariant>> changed;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto v = normalise(spec, *fields[i], changes[i].second);
        if (!v)
            return v.error();
        if (sameValue(columnValue(cur, int(i) + 2), *v))
            continue;
        changed.emplace_back(fields[i], std::move(*v));
    }
    (void)cur.reset();
    if (changed.empty())
        return {};
    for (const auto& [field, value] : changed)
        VIGIL_TRY(checkReference(spec, *field, value));
    FieldValues changedValues;
    for (const auto& [field, value] : changed)
        changedValues.emplace_back(field->name, value);
    VIGIL_TRY(RecordSafeguards::checkUpdate(m_ctx.db(), spec, id, changedValues));

    const qint64 hlc = m_ctx.clock().tick();
    QByteArray sql = QByteArray("UPDATE ") + spec.table + " SET updated_hlc = ?";
    for (const auto& [field, value] : changed) {
        sql += ", ";
        sql += field->name;
        sql += " = ?";
    }
    sql += " WHERE id = ?";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, hlc);
    int index = 2;
    for (const auto& [field, value] : changed)
        bindValue(s, index++, value);
    s.bind(index, id);
    VIGIL_TRY(s.run());

    std::vector<const char*> written;
    for (const auto& [field, value] : changed) {
        auto base = m_ctx.db().cached(
            "SELECT coalesce(max(hlc), 0) FROM change_op WHERE entity_id = ? AND field = ?");
        if (!base)
            return base.error();
        (*base)->bind(1, id).bind(2, field->name);
        auto baseRow = (*base)->step();
        if (!baseRow)
            return baseRow.error();
        const qint64 baseHlc = (*base)->columnInt(0);
        (void)(*base)->reset();
        VIGIL_TRY(appendOp(spec, id, field->name, value, hlc, baseHlc, scope));
        // Sync conflicts are a function of the change log (docs/sync-merge.md).
        VIGIL_TRY(ConflictDetector::afterLocalEdit(m_ctx.db(), spec, id, field->name, baseHlc));
        written.push_back(field->name);
    }
    AuditLog::Event event;
    event.at = Hlc::millis(hlc);
    event.deviceId = m_ctx.deviceId();
    event.action = QStringLiteral("update");
    event.entity = QLatin1StringView(spec.entity);
    event.entityId = id;
    event.detail = fieldList(written);
    return AuditLog::append(m_ctx.db(), m_auditHead, std::move(event));
}

Status WriteTx::remove(const EntitySpec& spec, const QString& id)
{
    const QByteArray select = QByteArray("SELECT deleted, scope FROM ") + spec.table + " WHERE id = ?";
    auto current = m_ctx.db().cached(select);
    if (!current)
        return current.error();
    (*current)->bind(1, id);
    auto row = (*current)->step();
    if (!row)
        return row.error();
    if (!*row || (*current)->columnInt(0) != 0)
        return Error::make(ErrorKind::NotFound,
                           tr("The %1 being deleted does not exist or was already deleted.")
                               .arg(QLatin1StringView(spec.entity)));
    const QString scope = (*current)->columnText(1);
    (void)(*current)->reset();
    VIGIL_TRY(RecordSafeguards::checkRemove(m_ctx.db(), spec, id));
    const qint64 hlc = m_ctx.clock().tick();
    const QByteArray sql =
        QByteArray("UPDATE ") + spec.table + " SET deleted = 1, updated_hlc = ? WHERE id = ?";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, hlc).bind(2, id);
    VIGIL_TRY((*stmt)->run());
    VIGIL_TRY(appendOp(spec, id, "deleted", QVariant(qint64(1)), hlc, 0, scope));
    return audit("delete", spec, id, QString());
}

Status WriteTx::restore(const EntitySpec& spec, const QString& id)
{
    const QByteArray select = QByteArray("SELECT deleted, scope FROM ") + spec.table + " WHERE id = ?";
    auto current = m_ctx.db().cached(select);
    if (!current)
        return current.error();
    (*current)->bind(1, id);
    auto row = (*current)->step();
    if (!row)
        return row.error();
    if (!*row || (*current)->columnInt(0) == 0)
        return Error::make(ErrorKind::NotFound,
                           tr("The %1 being restored does not exist or was not deleted.")
                               .arg(QLatin1StringView(spec.entity)));
    const QString scope = (*current)->columnText(1);
    (void)(*current)->reset();
    VIGIL_TRY(RecordSafeguards::checkRestore(m_ctx.db(), spec, id));
    const qint64 hlc = m_ctx.clock().tick();
    const QByteArray sql =
        QByteArray("UPDATE ") + spec.table + " SET deleted = 0, updated_hlc = ? WHERE id = ?";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, hlc).bind(2, id);
    VIGIL_TRY((*stmt)->run());
    auto base = m_ctx.db().cached(
        "SELECT coalesce(max(hlc), 0) FROM change_op WHERE entity_id = ? AND field = 'deleted'");
    if (!base)
        return base.error();
    (*base)->bind(1, id);
    auto baseRow = (*base)->step();
    if (!baseRow)
        return baseRow.error();
    const qint64 baseHlc = (*base)->columnInt(0);
    (void)(*base)->reset();
    VIGIL_TRY(appendOp(spec, id, "deleted", QVariant(qint64(0)), hlc, baseHlc, scope));
    return audit("restore", spec, id, QString());
}

Status WriteTx::scrubSupersededValues(const EntitySpec& spec, const QString& id, const char* field)
{
    auto stmt = m_ctx.db().cached(
        "UPDATE change_op SET value = NULL WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND hlc < (SELECT max(hlc) FROM change_op WHERE entity = ?1 AND entity_id = ?2 AND field = ?3)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, spec.entity).bind(2, id).bind(3, field);
    return (*stmt)->run();
}

Status WriteTx::audit(const char* action, const EntitySpec& spec, const QString& id,
                      const QString& detail)
{
    AuditLog::Event event;
    event.at = Hlc::millis(m_ctx.clock().tick()); // the context's clock, like every other stamp
    event.deviceId = m_ctx.deviceId();
    event.action = QLatin1StringView(action);
    event.entity = QLatin1StringView(spec.entity);
    event.entityId = id;
    event.detail = detail;
    return AuditLog::append(m_ctx.db(), m_auditHead, std::move(event));
}

Status WriteTx::commit()
{
    auto stmt = m_ctx.db().cached("INSERT OR REPLACE INTO local_state(key, value) VALUES ('hlc', ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, m_ctx.clock().last());
    VIGIL_TRY((*stmt)->run());
    return m_tx.commit();
}

} // namespace vigil
