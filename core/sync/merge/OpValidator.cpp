#include "core/sync/merge/OpValidator.h"

#include "core/model/Vocabulary.h"
#include "core/repo/WriteTx.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/util/Uuid7.h"

#include <algorithm>

namespace vigil {

namespace {

const FieldSpec kDeleted{MergeCatalog::kDeletedField, FieldType::Boolean, true};

bool isScope(const QString& scope)
{
    return std::any_of(std::begin(vocab::kScopes), std::end(vocab::kScopes),
                       [&scope](const char* s) { return scope == QLatin1StringView(s); });
}

} // namespace

bool OpValidator::isDeviceId(const QString& text)
{
    return text.size() == 32 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

Result<std::vector<OpValidator::Checked>> OpValidator::check(std::span<const Op> ops)
{
    std::vector<Checked> out;
    out.reserve(ops.size());
    for (const Op& op : ops) {
        const auto malformed = [&op](const char* what) {
            return Error::make(ErrorKind::Integrity,
                               tr("A received change is malformed; nothing was imported."),
                               QStringLiteral("merge/malformed: %1 (op %2/%3)")
                                   .arg(QLatin1StringView(what), op.deviceId.left(32))
                                   .arg(op.seq));
        };
        if (!isDeviceId(op.deviceId))
            return malformed("device id");
        if (op.seq < 1)
            return malformed("seq");
        // A base is the stamp of an older value, so it is below the op's own.
        if (op.hlc <= 0 || op.baseHlc < 0 || op.baseHlc >= op.hlc)
            return malformed("stamps");
        if (!Uuid7::isValid(op.entityId))
            return malformed("record id");
        if (!isScope(op.scope))
            return malformed("scope");

        Checked checked{op, MergeCatalog::byEntity(op.entity), nullptr};
        if (!checked.spec)
            return Error::make(ErrorKind::Validation,
                               tr("A received change is for a kind of record this version of "
                                  "Vigil does not know (%1); nothing was imported. Update Vigil "
                                  "and import it again.")
                                   .arg(op.entity.left(40)),
                               QStringLiteral("merge/unknown-entity: %1").arg(op.entity.left(40)));
        const bool tombstone = op.field == QLatin1StringView(MergeCatalog::kDeletedField);
        checked.field =
            tombstone ? nullptr : checked.spec->field(QLatin1StringView(op.field.toLatin1()));
        if (!tombstone && !checked.field)
            return Error::make(
                ErrorKind::Validation,
                tr("A received change is for a field this version of Vigil does "
                   "not know (%1.%2); nothing was imported. Update Vigil and "
                   "import it again.")
                    .arg(op.entity, op.field.left(40)),
                QStringLiteral("merge/unknown-field: %1.%2").arg(op.entity, op.field.left(40)));
        // A null in a required field is an op whose value was blanked on
        // its device (WriteTx::scrubSupersededValues); it never wins a field.
        if (!op.value.isNull() || tombstone) {
            auto value =
                WriteTx::normalise(*checked.spec, tombstone ? kDeleted : *checked.field, op.value);
            if (!value)
                return Error::make(
                    ErrorKind::Integrity,
                    tr("A received change holds an invalid value (%1); nothing "
                       "was imported.")
                        .arg(value.error().message),
                    QStringLiteral("merge/invalid-value: %1.%2").arg(op.entity, op.field));
            checked.op.value = std::move(*value);
        }
        out.push_back(std::move(checked));
    }
    return out;
}

} // namespace vigil
