#include "core/sync/merge/SqlValue.h"

#include "core/store/Statement.h"

namespace vigil::SqlValue {

void bind(Statement& stmt, int index, const QVariant& value)
{
    if (value.isNull()) {
        stmt.bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        stmt.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        stmt.bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        stmt.bindBlob(index, value.toByteArray());
        break;
    default:
        stmt.bind(index, value.toString());
        break;
    }
}

QVariant column(const Statement& stmt, int column)
{
    switch (stmt.columnType(column)) {
    case 1:
        return QVariant(stmt.columnInt(column));
    case 2:
        return QVariant(stmt.columnDouble(column));
    case 3:
        return QVariant(stmt.columnText(column));
    case 4:
        return QVariant(stmt.columnBlob(column));
    default:
        return {};
    }
}

bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.typeId() == b.typeId() && a == b;
}

} // namespace vigil::SqlValue
