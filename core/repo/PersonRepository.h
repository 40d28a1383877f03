#pragma once

#include "core/model/Person.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Team members of the monitoring body. The only writer of the person table.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::PersonRepository)
public:
    explicit PersonRepository(RecordContext& ctx) : m_ctx(ctx) {}

    Result<QString> create(const Person& person);
    // Writes every editable field of `person` (identified by person.id).
    Status update(const Person& person);
    // A tombstone: past visits keep showing the person in their team.
    Status remove(const QString& id);
    Result<Person> get(const QString& id);
    // Live team members, by name.
    Result<QList<Person>> list();

private:
    RecordContext& m_ctx;
};

} // namespace vigil
