#include "core/sync/merge/MergeCatalog.h"

#include "core/repo/EntityCatalog.h"

namespace vigil::MergeCatalog {

namespace {

// kept_current: the current text stays; chose_text: the user's text (either
// version or a merge of both) was written; restored: a deleted record came back.
constexpr const char* kChoices[] = {"kept_current", "chose_text", "restored"};

constexpr FieldSpec kSyncResolutionFields[] = {
    {"conflict_id", FieldType::Text, true},
    {"choice", FieldType::Enum, true, kChoices},
    {"resolved_at", FieldType::Instant, true},
};

} // namespace

const EntitySpec kSyncResolution{"sync_resolution", "sync_resolution", "team",
                                 kSyncResolutionFields};

const EntitySpec* byEntity(QStringView entity)
{
    if (entity == QLatin1StringView(kSyncResolution.entity))
        return &kSyncResolution;
    for (const EntitySpec* spec : catalog::all()) {
        if (entity == QLatin1StringView(spec->entity))
            return spec;
    }
    return nullptr;
}

std::vector<const EntitySpec*> all()
{
    std::vector<const EntitySpec*> specs(catalog::all().begin(), catalog::all().end());
    specs.push_back(&kSyncResolution);
    return specs;
}

} // namespace vigil::MergeCatalog
