#pragma once

#include <QVariant>

namespace vigil {

class Statement;

// Field values between QVariant and SQLite, with the types WriteTx stores
// (integer, text, blob, null), so merged rows compare equal to local ones.
namespace SqlValue {

void bind(Statement& stmt, int index, const QVariant& value);
QVariant column(const Statement& stmt, int column);
// Same type and same content; null equals only null.
bool same(const QVariant& a, const QVariant& b);

} // namespace SqlValue
} // namespace vigil
