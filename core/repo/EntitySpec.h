#pragma once

#include <QLatin1StringView>

#include <initializer_list>
#include <span>

namespace vigil {

// What a field may hold; the generic writer validates against it.
enum class FieldType {
    Text,    // UTF-8 text, at most maxLength characters
    Prose,   // long free text; concurrent edits become conflicts (DESIGN.md §6.2)
    Integer, // whole number within [min, max]
    Boolean, // 0 or 1
    Enum,    // one of `values`
    Flags,   // comma-separated subset of `values`, stored sorted
    Date,    // 'YYYY-MM-DD'
    Instant, // Unix milliseconds
    Ref,     // id of a live row in table `refTable`
    Blob,    // bytes (ciphertext, hashes)
};

struct FieldSpec
{
    const char* name;
    FieldType type;
    bool required = false;
    std::span<const char* const> values = {}; // Enum, Flags
    const char* refTable = nullptr;           // Ref
    qint64 min = 0;                           // Integer
    qint64 max = 0;                           // Integer (0: no upper bound)
};

// A record table and its user-editable fields (the conventional columns id,
// created_*, updated_hlc, deleted and scope are implied).
struct EntitySpec
{
    const char* entity; // name in change-log ops and audit events
    const char* table;
    const char* defaultScope;
    std::span<const FieldSpec> fields;

    const FieldSpec* field(QLatin1StringView name) const
    {
        for (const FieldSpec& f : fields) {
            if (name == QLatin1StringView(f.name))
                return &f;
        }
        return nullptr;
    }
};

} // namespace vigil
