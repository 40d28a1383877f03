#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/exchange/Coverage.h"
#include "core/util/Result.h"

#include <QCborMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace vigil {

// A run of one origin's ops in one bundle: the ops with seq in [from, to]
// that the recipient is entitled to. A normal span is vouched for by the
// bundle's coverage; a whole-visits span carries only ops of visits newly in
// the recipient's entitlement, below what was already covered, and vouches
// for nothing.
struct ExportSpan
{
    QString originId;
    qint64 from = 1;
    qint64 to = 0;
    bool wholeVisits = false;
};

// An attachment file to stream after the bundle's ops (the encrypted file
// as stored).
struct PlannedBlob
{
    QString attachmentId;
    QString path;
    qint64 size = 0;

    // The blob meta: {1: "attachment", 2: attachment id}.
    QCborMap meta() const;
};

struct PlannedBundle
{
    bool roster = false; // the first bundle of an export carries the roster
    std::vector<ExportSpan> spans;
    std::vector<PlannedBlob> blobs;
    qint64 ops = 0;

    std::vector<CoverageRange> coverage() const;
};

// Cuts an export into bundles before anything is written, because a bundle's
// coverage item precedes its ops (docs/sync-protocol.md "What a bundle
// carries"). It counts the exact encoded size of every item, as
// BundleWriter does, against the limits, with the header's largest size, so
// the writer never reports BundleFull for a planned bundle.
class ExportPlanner
{
public:
    struct Fixed
    {
        qint64 headerEnd = 0;   // prefix + header, an upper bound
        qint64 ackBytes = 0;    // the ack item, in every bundle
        qint64 rosterBytes = 0; // the roster items, in the first bundle
        qint64 rosterItems = 0;
    };

    ExportPlanner(const BundleLimits& limits, const Fixed& fixed);

    // Starts a span of `originId` over [from, to].
    Status beginSpan(const QString& originId, qint64 from, qint64 to, bool wholeVisits);
    // An op of the open span that the recipient is entitled to, its encoded
    // item size, and the attachment file its record brings, if any. A file
    // that cannot fit in any bundle is left out (see skippedBlobs()).
    Status addOp(qint64 seq, qint64 itemBytes, const std::optional<PlannedBlob>& blob);
    // Ends the open span at `to` (at most its planned end: a span may stop
    // early, where this vault can no longer vouch for it).
    void endSpan(qint64 to);

    std::vector<PlannedBundle> finish();
    const QStringList& skippedBlobs() const { return m_skipped; }

private:
    qint64 coverageBytes(const std::vector<CoverageRange>& ranges) const;
    void refreshCoverage();
    bool fits(qint64 plain, qint64 items) const;
    bool fitsHere(qint64 extraPlain, qint64 extraItems) const;
    bool fitsEmpty(qint64 seq, qint64 extraPlain, qint64 extraItems) const;
    void openPortion(qint64 from);
    void closePortion(qint64 to);
    void nextBundle(qint64 resumeAt);

    BundleLimits m_limits;
    Fixed m_fixed;
    std::vector<PlannedBundle> m_done;
    PlannedBundle m_current;
    qint64 m_plain = 0; // roster, ops and blobs of m_current
    qint64 m_items = 0;
    qint64 m_coverageBytes = 0;       // m_current's coverage item, the open span at its largest
    std::optional<ExportSpan> m_span; // the open span (to = its end)
    qint64 m_portionFrom = 1;         // where the open span's part in m_current starts
    QStringList m_skipped;
};

} // namespace vigil
