#pragma once

#include "core/store/Statement.h"

#include <QString>
#include <QVariant>

#include <optional>

// Small conversions shared by the repositories' typed reads and writes.
namespace vigil::fields {

inline QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

inline QVariant number(const std::optional<qint64>& n)
{
    return n ? QVariant(*n) : QVariant();
}

inline QVariant flag(bool b)
{
    return QVariant(qint64(b ? 1 : 0));
}

inline std::optional<qint64> optionalInt(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.columnInt(column));
}

} // namespace vigil::fields
