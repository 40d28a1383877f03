#pragma once

#include "core/repo/EntitySpec.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <span>
#include <vector>

namespace vigil {

// Checks ops that come from another device before anything is stored: a
// known entity and field, a well-formed identity and stamps, and a value
// that passes the field's rule (WriteTx::normalise), normalised to the type
// a local write stores. One bad op refuses the whole batch.
class OpValidator
{
    Q_DECLARE_TR_FUNCTIONS(vigil::OpValidator)
public:
    struct Checked
    {
        Op op; // value normalised
        const EntitySpec* spec = nullptr;
        const FieldSpec* field = nullptr; // null for the tombstone field "deleted"
    };

    static Result<std::vector<Checked>> check(std::span<const Op> ops);

    static bool isDeviceId(const QString& text);
};

} // namespace vigil
