#pragma once

#include "core/checklist/ChecklistTemplate.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Checklist templates installed in a vault: the only writer of the
// checklist_template table. A row is identified by (template key, version);
// older versions stay, because checklist responses point at the row they were
// answered against. The definition column holds TemplateLoader::serialize().
class ChecklistTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ChecklistTemplateRepository)
public:
    explicit ChecklistTemplateRepository(RecordContext& ctx) : m_ctx(ctx) {}

    struct Installed
    {
        QString id;
        bool changed = false; // false: the same key, version and content were already there
    };

    // Inserts the template, or updates the row with the same key and version
    // when its title, place type or questions differ. Installing the same
    // template again writes nothing (no change ops, no audit events).
    Result<Installed> install(const ChecklistTemplate& checklist);
    // Installs every built-in template; returns how many rows changed (0 when
    // they were all installed already).
    Result<int> installBuiltIns();
    // The newest version of each template for one type of place, by title.
    Result<QList<ChecklistTemplate>> forPlaceType(const QString& placeType);
    // One installed template (any version), parsed again from its definition.
    Result<ChecklistTemplate> get(const QString& id);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
