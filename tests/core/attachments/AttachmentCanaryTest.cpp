// No plaintext at rest: a canary inside an imported (and exported) file must
// not appear in the vault folder or in the temporary folder, nor may the
// per-file key appear anywhere after the vault is locked.
#include "core/attachments/AttachmentStore.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/util/Uuid7.h"
#include "core/vault/Vault.h"

#include "tests/support/CanaryScan.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace vigil;

namespace {

// Sets TMPDIR for the scope of a test, so "the temporary folder" is one we can scan.
struct ScopedTmpDir
{
    QByteArray old = qgetenv("TMPDIR");
    bool had = qEnvironmentVariableIsSet("TMPDIR");
    explicit ScopedTmpDir(const QString& dir) { qputenv("TMPDIR", QFile::encodeName(dir)); }
    ~ScopedTmpDir()
    {
        if (had)
            qputenv("TMPDIR", old);
        else
            qunsetenv("TMPDIR");
    }
};

QStringList filesContainingBytes(const QStringList& dirs, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits.append(f.fileName());
        }
    }
    return hits;
}

} // namespace

TEST_CASE("attachment canaries: nothing readable in the vault or temp folder", "[attachment]")
{
    auto root = test::tempDir();
    // scanned/ holds the vault and TMPDIR; source/ (outside it) the file to import.
    const QString scanned = root->filePath(QStringLiteral("scanned"));
    const QString tmp = scanned + QStringLiteral("/tmp");
    const QString vaultDir = scanned + QStringLiteral("/vault");
    const QString sourceDir = root->filePath(QStringLiteral("source"));
    REQUIRE(QDir().mkpath(tmp));
    REQUIRE(QDir().mkpath(sourceDir));
    ScopedTmpDir scopedTmp(tmp);
    REQUIRE(QDir::tempPath() == tmp);

    const QByteArray canary = test::makeCanary("attachment-body");
    const QByteArray nameCanary = test::makeCanary("attachment-name");
    const QString source = sourceDir + QLatin1Char('/') + QString::fromUtf8(nameCanary) +
                           QStringLiteral(".txt");
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // Repeated across several chunks, in UTF-8 and UTF-16 like a text document might hold it.
        for (int i = 0; i < 300; ++i) {
            f.write("interview notes ... " + canary + " ... ");
            f.write(reinterpret_cast<const char*>(QString::fromUtf8(canary).utf16()),
                    canary.size() * 2);
        }
    }

    QByteArray fileKey;
    {
        auto created = Vault::create(vaultDir, test::secret("pass"), test::fastKdf());
        REQUIRE(created.ok());
        std::unique_ptr<Vault> vault = std::move(created->vault);
        AttachmentStore store(*vault);
        auto a = store.importFile(source, {QStringLiteral("interview"), Uuid7::generate(), {}, {}});
        REQUIRE(a.ok());
        QByteArray out;
        QBuffer buffer(&out);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(store.exportTo(a->id, buffer).ok());
        CHECK(out.contains(canary));
        auto stmt = vault->database().prepare("SELECT file_key FROM attachment");
        REQUIRE(stmt.ok());
        REQUIRE(*stmt->step());
        fileKey = stmt->columnBlob(0);
        REQUIRE(fileKey.size() == 32);
        vault->lock();
    }

    CHECK(test::scanForCanaries({scanned}, {canary, nameCanary}) == QStringList());
    CHECK(filesContainingBytes({scanned}, fileKey) == QStringList());
    // The scan would have seen it: the source (outside the scanned folders) has it.
    CHECK(test::scanForCanaries({sourceDir}, {canary}).size() == 1);
}
