#include "core/report/ReportItem.h"

#include <algorithm>

namespace vigil::report {

QList<ReportItem> ReportItem::merged(const QList<ReportItem>& rows)
{
    QList<ReportItem> out;
    out.reserve(rows.size());
    for (const ReportItem& row : rows) {
        const auto same = row.type != Type::Edit
                              ? out.end()
                              : std::find_if(out.begin(), out.end(), [&row](const ReportItem& e) {
                                    return e.type == Type::Edit && e.itemKey == row.itemKey;
                                });
        if (same == out.end()) {
            out.append(row);
            continue;
        }
        // `row` is the newer of the two (oldest change first).
        ReportItem item = row;
        if (!item.text)
            item.text = same->text;
        if (!item.position)
            item.position = same->position;
        for (Kind kind : same->excludedKinds) {
            if (!item.excludedKinds.contains(kind))
                item.excludedKinds.append(kind);
        }
        out.erase(same);
        out.append(item); // where the newest row sorts
    }
    return out;
}

} // namespace vigil::report
