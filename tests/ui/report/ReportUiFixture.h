#pragma once

// A demo vault (fictional data) for the report screens, a UiContext on it
// and the visit whose report has the most in it: the newest that made
// recommendations and checked earlier ones (so it has a follow-up table).
// The demo is generated once per run; each fixture works on its own copy.

#include "core/demo/DemoVault.h"
#include "core/report/ReportEditRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "ui/UiContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace vigil::test {

inline void copyTree(const QString& from, const QString& to)
{
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir())
            REQUIRE(QDir().mkpath(target));
        else
            REQUIRE(QFile::copy(path, target));
    }
}

struct ReportUiFixture
{
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    std::unique_ptr<Vault> vault;
    std::unique_ptr<UiContext> ctx;
    QString visitId;
    QStringList errors; // everything the screens reported

    ReportUiFixture()
    {
        const QString path = dir->filePath(QStringLiteral("vault"));
        copyTree(templateVault(), path);
        auto opened = Vault::open(path, secret("demo"));
        REQUIRE(opened.ok());
        vault = std::move(*opened);
        ctx = std::make_unique<UiContext>(*vault);
        QObject::connect(ctx.get(), &UiContext::errorReported, ctx.get(),
                         [this](const Error& e) { errors << e.message; });
        auto stmt = vault->database().prepare(
            "SELECT v.id FROM visit v WHERE v.deleted = 0 "
            "AND EXISTS (SELECT 1 FROM recommendation r WHERE r.visit_id = v.id AND r.deleted = 0) "
            "AND EXISTS (SELECT 1 FROM recommendation_event e WHERE e.visit_id = v.id) "
            "ORDER BY coalesce(v.actual_start, v.planned_start) DESC LIMIT 1");
        REQUIRE(stmt.ok());
        auto row = stmt->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        visitId = stmt->columnText(0);
    }

    ~ReportUiFixture()
    {
        ctx.reset();
        vault.reset();
    }

    RecordContext& records() { return vault->records(); }
    QUndoStack& undo() { return *ctx->undoStack(); }

    // The newest stored edit of a key of the visit's report, if any.
    std::optional<report::ReportItem> edit(const QString& key)
    {
        auto items = report::ReportEditRepository(records()).list(visitId);
        REQUIRE(items.ok());
        std::optional<report::ReportItem> newest;
        for (const report::ReportItem& item : *items) {
            if (item.key() == key)
                newest = item;
        }
        return newest;
    }

    static QString templateVault()
    {
        static std::unique_ptr<QTemporaryDir> holder = tempDir();
        static const QString path = [] {
            const QString dir = holder->filePath(QStringLiteral("demo"));
            auto created = DemoVault::create(dir, secret("demo"), fastKdf(), false);
            REQUIRE(created.ok());
            created->vault->lock();
            return dir;
        }();
        return path;
    }
};

} // namespace vigil::test
