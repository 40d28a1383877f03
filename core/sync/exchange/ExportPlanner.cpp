#include "core/sync/exchange/ExportPlanner.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleItems.h"

#include <QCborMap>
#include <QCborValue>
#include <algorithm>

namespace vigil {

namespace {

namespace F = BundleFormat;

// BundleWriter's own measure: every chunk adds its overhead, and there is
// always one.
qint64 bundleSize(qint64 headerEnd, qint64 plain)
{
    const qint64 chunks =
        std::max<qint64>(1, (plain + F::kChunkPlainSize - 1) / F::kChunkPlainSize);
    return headerEnd + plain + chunks * F::kChunkOverhead + F::kTrailerSize;
}

qint64 blobBytes(const PlannedBlob& blob)
{
    // Its begin item as the writer makes it.
    QCborMap begin;
    begin.insert(qint64(F::BlobMeta), blob.meta());
    begin.insert(qint64(F::BlobSize), blob.size);
    const qint64 beginItem = BundleItems::encode(BundleItemKind::BlobBegin, begin).size();
    return BundleItems::blobEncodedSize(blob.size, beginItem);
}

} // namespace

QCborMap PlannedBlob::meta() const
{
    QCborMap map;
    map.insert(1, QStringLiteral("attachment"));
    map.insert(2, attachmentId);
    return map;
}

std::vector<CoverageRange> PlannedBundle::coverage() const
{
    std::vector<CoverageRange> ranges;
    for (const ExportSpan& span : spans) {
        if (!span.wholeVisits)
            ranges.push_back(CoverageRange{span.originId, span.from, span.to});
    }
    return ranges;
}

ExportPlanner::ExportPlanner(const BundleLimits& limits, const Fixed& fixed)
    : m_limits(limits), m_fixed(fixed)
{
    m_current.roster = true;
    m_plain = fixed.rosterBytes;
    m_items = fixed.rosterItems;
    refreshCoverage();
}

qint64 ExportPlanner::coverageBytes(const std::vector<CoverageRange>& ranges) const
{
    return BundleItems::encode(BundleItemKind::Config, CoverageItem::encode(ranges)).size();
}

void ExportPlanner::refreshCoverage()
{
    std::vector<CoverageRange> ranges = m_current.coverage();
    // The open span's part, up to its end: the largest its range can become.
    if (m_span && !m_span->wholeVisits)
        ranges.push_back(CoverageRange{m_span->originId, m_portionFrom, m_span->to});
    m_coverageBytes = coverageBytes(ranges);
}

bool ExportPlanner::fits(qint64 plain, qint64 items) const
{
    // Every bundle also carries its coverage and the ack.
    return bundleSize(m_fixed.headerEnd, plain + m_fixed.ackBytes) <= m_limits.maxBundleSize &&
           items + 2 <= m_limits.maxItems;
}

bool ExportPlanner::fitsHere(qint64 extraPlain, qint64 extraItems) const
{
    return fits(m_plain + m_coverageBytes + extraPlain, m_items + extraItems);
}

bool ExportPlanner::fitsEmpty(qint64 seq, qint64 extraPlain, qint64 extraItems) const
{
    std::vector<CoverageRange> ranges;
    if (m_span && !m_span->wholeVisits)
        ranges.push_back(CoverageRange{m_span->originId, seq, m_span->to});
    return fits(coverageBytes(ranges) + extraPlain, extraItems);
}

Status ExportPlanner::beginSpan(const QString& originId, qint64 from, qint64 to, bool wholeVisits)
{
    m_span = ExportSpan{originId, from, to, wholeVisits};
    m_portionFrom = from;
    refreshCoverage();
    if (!fitsHere(0, 0)) {
        if (!fitsEmpty(from, 0, 0))
            return BundleError::make(BundleErrorCode::ItemTooLarge,
                                     QStringLiteral("the bundle limit leaves no room for ops"));
        nextBundle(from);
    }
    return {};
}

Status ExportPlanner::addOp(qint64 seq, qint64 itemBytes, const std::optional<PlannedBlob>& blob)
{
    qint64 plain = itemBytes;
    qint64 items = 1;
    std::optional<PlannedBlob> carried = blob;
    if (carried) {
        const qint64 bytes = blobBytes(*carried);
        const qint64 pieces = BundleItems::blobItemCount(carried->size);
        if (fitsEmpty(seq, plain + bytes, items + pieces)) {
            plain += bytes;
            items += pieces;
        } else {
            // Larger than any bundle: the record travels, the file cannot.
            m_skipped.append(carried->attachmentId);
            carried.reset();
        }
    }
    if (!fitsHere(plain, items)) {
        if (!fitsEmpty(seq, plain, items))
            return BundleError::make(BundleErrorCode::ItemTooLarge,
                                     QStringLiteral("op %1 does not fit in any bundle").arg(seq));
        nextBundle(seq);
    }
    m_plain += plain;
    m_items += items;
    ++m_current.ops;
    if (carried)
        m_current.blobs.push_back(*carried);
    return {};
}

void ExportPlanner::endSpan(qint64 to)
{
    if (!m_span)
        return;
    closePortion(std::min(to, m_span->to));
    m_span.reset();
    refreshCoverage();
}

void ExportPlanner::closePortion(qint64 to)
{
    if (m_span && to >= m_portionFrom)
        m_current.spans.push_back(
            ExportSpan{m_span->originId, m_portionFrom, to, m_span->wholeVisits});
}

void ExportPlanner::nextBundle(qint64 resumeAt)
{
    closePortion(resumeAt - 1);
    m_done.push_back(std::move(m_current));
    m_current = PlannedBundle{};
    m_plain = 0;
    m_items = 0;
    m_portionFrom = resumeAt;
    refreshCoverage();
}

std::vector<PlannedBundle> ExportPlanner::finish()
{
    if (m_span)
        endSpan(m_span->to);
    const bool empty = m_current.spans.empty() && m_current.blobs.empty() && !m_current.roster;
    if (!empty || m_done.empty())
        m_done.push_back(std::move(m_current));
    m_current = PlannedBundle{};
    return std::move(m_done);
}

} // namespace vigil
