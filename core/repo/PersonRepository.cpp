#include "core/repo/PersonRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

FieldValues personFields(const Person& p)
{
    return {{"name", p.name},
            {"role", p.role},
            {"gender", fields::text(p.gender)},
            {"languages", fields::text(p.languages.join(QLatin1Char(',')))},
            {"device_id", fields::text(p.deviceId)},
            {"body_id", fields::text(p.bodyId)}};
}

constexpr const char* kColumns = "id, name, role, gender, languages, device_id, body_id";

Person readPerson(const Statement& s)
{
    Person p;
    p.id = s.columnText(0);
    p.name = s.columnText(1);
    p.role = s.columnText(2);
    p.gender = s.columnText(3);
    p.languages = s.columnText(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.deviceId = s.columnText(5);
    p.bodyId = s.columnText(6);
    return p;
}

} // namespace

Result<QString> PersonRepository::create(const Person& person)
{
    return m_ctx.insertOne(catalog::kPerson, personFields(person));
}

Status PersonRepository::update(const Person& person)
{
    return m_ctx.updateOne(catalog::kPerson, person.id, personFields(person));
}

Status PersonRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kPerson, id);
}

Result<Person> PersonRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM person WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The team member does not exist or was deleted."));
    Person p = readPerson(**stmt);
    (void)(*stmt)->reset();
    return p;
}

Result<QList<Person>> PersonRepository::list()
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM person WHERE deleted = 0 ORDER BY name COLLATE NOCASE";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    QList<Person> people;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        people.append(readPerson(**stmt));
    }
    return people;
}

} // namespace vigil
