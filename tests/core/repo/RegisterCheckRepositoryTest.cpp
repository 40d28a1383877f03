#include "core/repo/RegisterCheckRepository.h"

#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

RegisterCheck sampleCheck(const QString& visitId)
{
    RegisterCheck c;
    c.visitId = visitId;
    c.registerType = QStringLiteral("segregation");
    c.periodFrom = QDate(2024, 1, 1);
    c.periodTo = QDate(2024, 3, 31);
    c.anomalies = {QStringLiteral("unsigned_sanctions"), QStringLiteral("gaps")};
    c.notes = QStringLiteral("Three placements beyond 15 days without review.");
    return c;
}

} // namespace

TEST_CASE("register checks are created, read, listed, changed and removed", "[observation]")
{
    test::VaultFixture f;
    const QString place = test::seedPlace(f.records());
    const QString visit = test::seedVisit(f.records(), place, 10);
    RegisterCheckRepository repo(f.records());

    auto id = repo.create(sampleCheck(visit));
    REQUIRE(id.ok());
    RegisterCheck custody = sampleCheck(visit);
    custody.registerType = QStringLiteral("custody");
    custody.periodFrom = QDate();
    custody.periodTo = QDate();
    custody.anomalies.clear();
    REQUIRE(repo.create(custody).ok());

    auto read = repo.get(*id);
    REQUIRE(read.ok());
    CHECK(read->registerType == QStringLiteral("segregation"));
    CHECK(read->periodFrom == QDate(2024, 1, 1));
    CHECK(read->periodTo == QDate(2024, 3, 31));
    // Stored sorted, as the catalog normalises flags.
    CHECK(read->anomalies ==
          QStringList{QStringLiteral("gaps"), QStringLiteral("unsigned_sanctions")});

    auto list = repo.listForVisit(visit);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).registerType == QStringLiteral("custody"));
    CHECK(list->at(0).periodFrom.isNull());
    CHECK(list->at(0).anomalies.isEmpty());

    read->periodTo = QDate(2024, 1, 1); // a one-day period is fine
    read->anomalies.append(QStringLiteral("late_entries"));
    REQUIRE(repo.update(*read).ok());
    CHECK(repo.get(*id)->anomalies.size() == 3);

    REQUIRE(repo.remove(*id).ok());
    CHECK(repo.listForVisit(visit)->size() == 1);
    CHECK(repo.remove(*id).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a register period that ends before it starts is refused", "[observation]")
{
    test::VaultFixture f;
    const QString place = test::seedPlace(f.records());
    const QString visit = test::seedVisit(f.records(), place, 10);
    RegisterCheckRepository repo(f.records());
    auto id = repo.create(sampleCheck(visit));
    REQUIRE(id.ok());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");

    RegisterCheck reversed = sampleCheck(visit);
    reversed.periodFrom = QDate(2024, 4, 1);
    auto refused = repo.create(reversed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("register_check.period_to")));
    CHECK(refused.error().message.contains(QStringLiteral("2024-04-01")));

    RegisterCheck changed = *repo.get(*id);
    changed.periodTo = QDate(2023, 12, 31);
    CHECK(repo.update(changed).error().kind == ErrorKind::Validation);
    CHECK(repo.get(*id)->periodTo == QDate(2024, 3, 31));

    RegisterCheck badFlag = sampleCheck(visit);
    badFlag.anomalies = {QStringLiteral("coffee_stains")};
    CHECK(
        repo.create(badFlag).error().message.contains(QStringLiteral("register_check.anomalies")));
    RegisterCheck badType = sampleCheck(visit);
    badType.registerType = QStringLiteral("canteen");
    CHECK(repo.create(badType).error().message.contains(
        QStringLiteral("register_check.register_type")));

    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM register_check") == 1);
}
