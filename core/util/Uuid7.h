#pragma once

#include <QString>

namespace vigil::Uuid7 {

// A new UUIDv7 (RFC 9562) as 36 lowercase characters: 48-bit Unix
// milliseconds first, so ids generated on a device sort by time and keep
// B-tree inserts local.
QString generate();
// Whether `text` is a well-formed UUIDv7.
bool isValid(const QString& text);

} // namespace vigil::Uuid7
