#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "core/schema/OrgSchema.h"
#include "core/schema/RecordSchema.h"
#include "core/schema/ReportSchema.h"
#include "core/schema/SearchSchema.h"
#include "core/schema/StatisticsSchema.h"
#include "core/schema/SyncSchema.h"

#include <QCoreApplication>

namespace vigil::Migrations {

namespace {

// Append only: a released migration never changes.
const Migration kVaultSchema[] = {
    {1, R"sql(
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql"},
    {2, schema::kRecordSchema},
    {3, schema::searchSchema()},
    {4, schema::kReportSchema},
    {5, schema::kStatisticsSchema},
    {6, schema::kSyncSchema},
    {7, schema::kOrgSchema},
};

} // namespace

std::span<const Migration> vaultSchema()
{
    return kVaultSchema;
}

Status apply(Database& db, std::span<const Migration> migrations)
{
    auto current = db.userVersion();
    if (!current)
        return current.error();
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > newest)
        return Error::make(ErrorKind::Integrity,
                           QCoreApplication::translate("vigil::Migrations",
                                                       "This vault was written by a newer version "
                                                       "of Vigil. Update Vigil to open it."),
                           QStringLiteral("schema %1 > %2").arg(*current).arg(newest));
    for (const Migration& m : migrations) {
        if (m.version <= *current)
            continue;
        auto tx = db.beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(db.exec(m.sql));
        VIGIL_TRY(db.setUserVersion(m.version));
        VIGIL_TRY(tx->commit());
    }
    return {};
}

} // namespace vigil::Migrations
