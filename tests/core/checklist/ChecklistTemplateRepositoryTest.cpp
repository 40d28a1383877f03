// Installing checklist templates: idempotent, versioned by key, and read back
// (and re-validated) from the definition column.
#include "core/checklist/TemplateLoader.h"
#include "core/repo/ChecklistTemplateRepository.h"
#include "core/util/Uuid7.h"

#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

ChecklistTemplate builtIn(const char* placeType)
{
    auto all = TemplateLoader::builtIn();
    REQUIRE(all.ok());
    for (const ChecklistTemplate& t : *all) {
        if (t.placeType == QLatin1StringView(placeType))
            return t;
    }
    FAIL("no built-in template for " << placeType);
    return {};
}

} // namespace

TEST_CASE("installing the built-in templates twice writes them once", "[checklist]")
{
    test::VaultFixture f;
    ChecklistTemplateRepository repo(f.records());
    auto first = repo.installBuiltIns();
    REQUIRE(first.ok());
    CHECK(*first == 6);
    CHECK(f.count("SELECT count(*) FROM checklist_template") == 6);
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    const qint64 events = f.count("SELECT count(*) FROM audit_event");
    CHECK(events == 6);

    auto second = repo.installBuiltIns();
    REQUIRE(second.ok());
    CHECK(*second == 0);
    CHECK(f.count("SELECT count(*) FROM checklist_template") == 6);
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM audit_event") == events);
}

TEST_CASE("templates are found by place type and read back whole", "[checklist]")
{
    test::VaultFixture f;
    ChecklistTemplateRepository repo(f.records());
    REQUIRE(repo.installBuiltIns().ok());
    auto prison = repo.forPlaceType(QStringLiteral("prison"));
    REQUIRE(prison.ok());
    REQUIRE(prison->size() == 1);
    const ChecklistTemplate& t = prison->first();
    CHECK(Uuid7::isValid(t.id));
    CHECK(t.questions == builtIn("prison").questions);
    auto byId = repo.get(t.id);
    REQUIRE(byId.ok());
    CHECK(byId->key == t.key);
    CHECK(byId->questions == t.questions);
    CHECK(repo.forPlaceType(QStringLiteral("transport"))->isEmpty());
    CHECK(repo.get(Uuid7::generate()).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a new version is added beside the old; the same version is updated", "[checklist]")
{
    test::VaultFixture f;
    ChecklistTemplateRepository repo(f.records());
    ChecklistTemplate v1 = builtIn("police_custody");
    auto installed = repo.install(v1);
    REQUIRE(installed.ok());
    CHECK(installed->changed);

    ChecklistTemplate v2 = v1;
    v2.version = 2;
    v2.questions.removeLast();
    auto second = repo.install(v2);
    REQUIRE(second.ok());
    CHECK(second->id != installed->id);
    auto latest = repo.forPlaceType(QStringLiteral("police_custody"));
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    CHECK(latest->first().version == 2);
    CHECK(latest->first().questions.size() == v1.questions.size() - 1);
    CHECK(repo.get(installed->id)->questions.size() == v1.questions.size()); // answers keep their version

    v2.title = QStringLiteral("Police custody (revised wording)");
    auto updated = repo.install(v2);
    REQUIRE(updated.ok());
    CHECK(updated->changed);
    CHECK(updated->id == second->id);
    CHECK(repo.get(second->id)->title == v2.title);
    CHECK(f.count("SELECT count(*) FROM checklist_template") == 2);
}

TEST_CASE("an invalid template is not installed", "[checklist]")
{
    test::VaultFixture f;
    ChecklistTemplateRepository repo(f.records());
    ChecklistTemplate t = builtIn("prison");
    t.questions[3].category = QStringLiteral("cooking");
    auto r = repo.install(t);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Validation);
    CHECK(r.error().message.contains(QStringLiteral("category")));
    CHECK(f.count("SELECT count(*) FROM checklist_template") == 0);
}
