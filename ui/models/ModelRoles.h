#pragma once

#include "ui/LocaleFormat.h"

#include <QString>
#include <optional>

namespace vigil {

// Item data roles shared by Vigil's list models, so views and proxies can
// open a row's record and sort by raw values rather than display text.
namespace roles {
inline constexpr int Sort = Qt::UserRole + 1;    // the raw value to sort by
inline constexpr int Id = Qt::UserRole + 2;      // the row's record id
inline constexpr int VisitId = Qt::UserRole + 3; // the visit a row opens
inline constexpr int PlaceId = Qt::UserRole + 4;
inline constexpr int Code = Qt::UserRole + 5; // a vocabulary code (status, type) for filters
} // namespace roles

// A visit's day in the user's locale, from Unix ms; empty when unknown.
inline QString displayDate(std::optional<qint64> ms)
{
    return localeformat::date(ms);
}

} // namespace vigil
