#include "core/sync/exchange/Coverage.h"

#include "core/sync/bundle/BundleHeader.h"

#include <QCborArray>
#include <QCoreApplication>

namespace vigil::CoverageItem {

namespace {

constexpr int kType = 1;
constexpr int kRanges = 2;
const QString kCoverage = QStringLiteral("coverage");

Error invalid(const QString& detail)
{
    return Error::make(ErrorKind::Validation,
                       QCoreApplication::translate("vigil::CoverageItem",
                                                   "A bundle's list of what it carries is "
                                                   "malformed."),
                       QStringLiteral("coverage item: ") + detail);
}

} // namespace

QCborMap encode(const std::vector<CoverageRange>& ranges)
{
    QCborArray list;
    for (const CoverageRange& r : ranges) {
        list.append(QCborArray{DeviceIdCodec::toBytes(r.originId).value_or(QByteArray()), r.from,
                               r.to});
    }
    QCborMap map;
    map.insert(kType, kCoverage);
    map.insert(kRanges, list);
    return map;
}

bool isCoverage(const QCborMap& body)
{
    return body.value(kType).toString() == kCoverage;
}

Result<std::vector<CoverageRange>> decode(const QCborMap& body)
{
    if (!isCoverage(body) || body.size() != 2 || !body.value(kRanges).isArray())
        return invalid(QStringLiteral("shape"));
    std::vector<CoverageRange> out;
    for (const QCborValue& v : body.value(kRanges).toArray()) {
        const QCborArray r = v.toArray();
        if (!v.isArray() || r.size() != 3 || !r.at(0).isByteArray()
            || r.at(0).toByteArray().size() != 16 || !r.at(1).isInteger() || !r.at(2).isInteger())
            return invalid(QStringLiteral("range"));
        CoverageRange range{DeviceIdCodec::fromBytes(r.at(0).toByteArray()), r.at(1).toInteger(),
                            r.at(2).toInteger()};
        if (range.from < 1 || range.to < range.from - 1)
            return invalid(QStringLiteral("range bounds"));
        out.push_back(range);
    }
    return out;
}

} // namespace vigil::CoverageItem
