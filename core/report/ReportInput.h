#pragma once

#include "core/model/AccessEvent.h"
#include "core/model/Finding.h"
#include "core/model/Interview.h"
#include "core/model/Observation.h"
#include "core/model/Place.h"
#include "core/model/Recommendation.h"
#include "core/model/RegisterCheck.h"
#include "core/model/Visit.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportItem.h"
#include "core/util/Result.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace vigil {
class RecordContext;
}

namespace vigil::report {

// Everything one report is built from, read once through the repositories
// (never identity entries), plus the kind and language it is built for.
struct ReportInput
{
    Kind kind = Kind::Authorities;
    QString language;
    QLocale locale;
    QString bodyName;

    Visit visit;
    Place place;
    QList<PlaceUnit> units;
    QList<VisitMember> team;
    QList<Interview> interviews;
    QList<Observation> observations;
    QList<RegisterCheck> registers;
    QList<AccessEvent> access;
    QList<Finding> findings; // in taxonomy order
    QList<Recommendation> recommendations;
    QList<ReportItem> items; // the lead's edits, oldest change first, merged per key

    static Result<ReportInput> load(RecordContext& ctx, const QString& visitId);

    QString unitName(const QString& unitId) const;
    const Interview* interview(const QString& id) const;
    // The edit of a key, if any (`items` come merged per key: ReportItem::merged).
    const ReportItem* edit(const QString& key) const;
    // The lead's replacement for a section's text in this kind of report, if any.
    const ReportItem* textEdit(const QString& key) const;
    // Whether the lead left the item with this key out of this kind of report.
    bool excluded(const QString& key) const;
};

} // namespace vigil::report
