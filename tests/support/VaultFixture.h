#pragma once

#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

// A fresh vault (fast KDF, passphrase "pass") in a temporary folder.
struct VaultFixture
{
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    std::unique_ptr<Vault> vault;

    VaultFixture()
    {
        auto created = Vault::create(dir->filePath(QStringLiteral("vault")), secret("pass"),
                                     fastKdf());
        REQUIRE(created.ok());
        vault = std::move(created->vault);
    }
    RecordContext& records() { return vault->records(); }
    Database& db() { return vault->database(); }
    QString vaultPath() const { return dir->filePath(QStringLiteral("vault")); }
    qint64 count(const char* sql)
    {
        auto n = vault->database().scalarInt(sql);
        REQUIRE(n.ok());
        return *n;
    }
};

} // namespace vigil::test
