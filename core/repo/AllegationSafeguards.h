#pragma once

#include "core/repo/WriteTx.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

class Database;
struct EntitySpec;

// The writer's rules for allegations and reprisal allegations (part of
// RecordSafeguards, which calls it; see the rules listed there).
class AllegationSafeguards
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AllegationSafeguards)
public:
    // `id` is empty for an insert; `values` are the normalised fields written;
    // `scope` is the record's scope on insert, empty on update.
    static Status check(Database& db, const EntitySpec& spec, const QString& id,
                        const FieldValues& values, const QString& scope);

private:
    static Status checkAllegation(Database& db, const QString& id, const FieldValues& values);
    static Status checkReprisal(Database& db, const QString& id, const FieldValues& values,
                                const QString& scope);
};

} // namespace vigil
