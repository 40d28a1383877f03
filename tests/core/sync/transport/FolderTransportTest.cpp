#include "core/sync/transport/FolderTransport.h"

#include "tests/core/sync/transport/TransportTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::mailbox;

namespace {

const QString kMe = deviceId('a');
const QString kPeer = deviceId('b');

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// root ignores file modes: for as long as this lives, the process acts as
// nobody (effective ids only, so it can come back).
class ActAsUnprivileged
{
public:
    ActAsUnprivileged()
    {
        if (::geteuid() != 0)
            return;
        REQUIRE(::setegid(65534) == 0);
        REQUIRE(::seteuid(65534) == 0);
        m_active = true;
    }
    ~ActAsUnprivileged()
    {
        if (m_active && (::seteuid(0) != 0 || ::setegid(0) != 0))
            std::abort(); // a test process stuck as nobody would only mislead
    }
    ActAsUnprivileged(const ActAsUnprivileged&) = delete;
    ActAsUnprivileged& operator=(const ActAsUnprivileged&) = delete;

private:
    bool m_active = false;
};

} // namespace

TEST_CASE("FolderTransport: put, list, fetch and remove a multi-megabyte file", "[transport]")
{
    auto tmp = tempDir();
    const QString root = tmp->filePath(QStringLiteral("stick/vigil"));
    REQUIRE(QDir().mkpath(tmp->filePath(QStringLiteral("stick"))));
    FolderTransport transport(root);
    REQUIRE_OK(transport.prepare(kMe));
    CHECK(QFileInfo(root + QStringLiteral("/to-") + kMe).isDir());
    CHECK(transport.describe().contains(QStringLiteral("stick")));

    const QString name = bundleName(kMe, 1);
    const QByteArray bytes = writeRandomFile(tmp->filePath(QStringLiteral("out.vgb")), 5'300'000);
    REQUIRE(bytes.size() == 5'300'000);
    // The recipient never prepared its mailbox: put creates it.
    REQUIRE_OK(transport.put(kPeer, name, tmp->filePath(QStringLiteral("out.vgb"))));
    const QString mailbox = root + QStringLiteral("/to-") + kPeer;
    CHECK(filesIn(mailbox) == QStringList{name}); // no .part left behind
    CHECK(readFile(mailbox + QLatin1Char('/') + name) == bytes);

    const auto listed = transport.list(kPeer);
    REQUIRE_OK(listed);
    CHECK(*listed == QStringList{name});
    const auto empty = transport.list(deviceId('c')); // nothing was ever sent there
    REQUIRE_OK(empty);
    CHECK(empty->isEmpty());

    const QString local = tmp->filePath(QStringLiteral("in.vgb"));
    REQUIRE_OK(transport.fetch(kPeer, name, local));
    CHECK(readFile(local) == bytes);
    CHECK(filesIn(tmp->path()).filter(QStringLiteral("in.vgb")) ==
          QStringList{QStringLiteral("in.vgb")});

    // put replaces a file of the same name (a bundle sent again).
    const QByteArray again = writeRandomFile(tmp->filePath(QStringLiteral("out.vgb")), 1000);
    REQUIRE_OK(transport.put(kPeer, name, tmp->filePath(QStringLiteral("out.vgb"))));
    CHECK(readFile(mailbox + QLatin1Char('/') + name) == again);

    REQUIRE_OK(transport.remove(kPeer, name));
    CHECK(filesIn(mailbox).isEmpty());
    REQUIRE_OK(transport.remove(kPeer, name)); // already gone is fine
    CHECK_KIND(transport.fetch(kPeer, name, local), ErrorKind::NotFound);
    CHECK(readFile(local) == bytes); // a failed fetch leaves the old local file
}

TEST_CASE("FolderTransport: only finished mailbox files are listed, in name order", "[transport]")
{
    auto tmp = tempDir();
    FolderTransport transport(tmp->path());
    REQUIRE_OK(transport.prepare(kMe));
    const QString mailbox = tmp->filePath(QStringLiteral("to-") + kMe);
    const QString later = bundleName(kPeer, 2);
    const QString earlier = bundleName(kPeer, 1);
    const QString enrol = QStringLiteral("enrol-") + kPeer + QStringLiteral(".vge");
    for (const QString& name :
         {later, earlier, enrol, bundleName(kPeer, 3) + QStringLiteral(".part"),
          QStringLiteral("README.txt"), QStringLiteral(".hidden.vgb"),
          kPeer + QStringLiteral("-1-1-1.vgb")})
        REQUIRE(!writeRandomFile(mailbox + QLatin1Char('/') + name, 10).isNull());
    // A folder with a bundle's name is not a bundle.
    REQUIRE(QDir(mailbox).mkdir(bundleName(kPeer, 4)));

    const auto listed = transport.list(kMe);
    REQUIRE_OK(listed);
    CHECK(*listed == QStringList{earlier, later, enrol});
}

TEST_CASE("FolderTransport: crafted names and ids are refused before touching the disk",
          "[transport]")
{
    auto tmp = tempDir();
    const QString root = tmp->filePath(QStringLiteral("mailbox"));
    FolderTransport transport(root);
    REQUIRE_OK(transport.prepare(kMe));
    const QString source = tmp->filePath(QStringLiteral("out.vgb"));
    REQUIRE(!writeRandomFile(source, 100).isNull());
    const QString valid = bundleName(kMe, 1);

    for (const QString& name :
         {QStringLiteral("../escape.vgb"), QStringLiteral(".."), QStringLiteral("a/b.vgb"),
          QStringLiteral("/etc/passwd"), QString(), valid + QStringLiteral(".part"),
          QStringLiteral("../../") + valid, valid + QStringLiteral("/.."),
          QStringLiteral("enrol-") + kMe + QStringLiteral(".vge/../../x")}) {
        INFO(name.toStdString());
        CHECK_KIND(transport.put(kPeer, name, source), ErrorKind::Usage);
        CHECK_KIND(transport.fetch(kPeer, name, tmp->filePath(QStringLiteral("in"))),
                   ErrorKind::Usage);
        CHECK_KIND(transport.remove(kPeer, name), ErrorKind::Usage);
    }
    for (const QString& id :
         {QStringLiteral(".."), QStringLiteral("../") + kPeer.left(29), kPeer.toUpper(),
          kPeer + QStringLiteral("/.."), QString(), kPeer.left(31)}) {
        INFO(id.toStdString());
        CHECK_KIND(transport.prepare(id), ErrorKind::Usage);
        CHECK_KIND(transport.list(id), ErrorKind::Usage);
        CHECK_KIND(transport.put(id, valid, source), ErrorKind::Usage);
        CHECK_KIND(transport.fetch(id, valid, tmp->filePath(QStringLiteral("in"))),
                   ErrorKind::Usage);
        CHECK_KIND(transport.remove(id, valid), ErrorKind::Usage);
    }
    CHECK(filesIn(tmp->path()) ==
          (QStringList{QStringLiteral("mailbox"), QStringLiteral("out.vgb")}));
    CHECK(filesIn(root) == QStringList{QStringLiteral("to-") + kMe});
    CHECK(filesIn(root + QStringLiteral("/to-") + kMe).isEmpty());
}

TEST_CASE("FolderTransport: an unplugged stick is NotFound and nothing is created", "[transport]")
{
    auto tmp = tempDir();
    const QString root = tmp->filePath(QStringLiteral("media/STICK/vigil"));
    FolderTransport transport(root);
    const QString source = tmp->filePath(QStringLiteral("out.vgb"));
    REQUIRE(!writeRandomFile(source, 100).isNull());

    CHECK_KIND(transport.prepare(kMe), ErrorKind::NotFound);
    CHECK_KIND(transport.list(kMe), ErrorKind::NotFound);
    CHECK_KIND(transport.put(kPeer, bundleName(kMe, 1), source), ErrorKind::NotFound);
    CHECK_KIND(transport.fetch(kMe, bundleName(kPeer, 1), tmp->filePath(QStringLiteral("in"))),
               ErrorKind::NotFound);
    CHECK_KIND(transport.remove(kMe, bundleName(kPeer, 1)), ErrorKind::NotFound);
    const auto listed = transport.list(kMe);
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().message.contains(QStringLiteral("USB stick")));
    CHECK_FALSE(QFileInfo::exists(tmp->filePath(QStringLiteral("media"))));

    // A root that is a file, not a folder.
    REQUIRE(!writeRandomFile(tmp->filePath(QStringLiteral("plain")), 10).isNull());
    FolderTransport onFile(tmp->filePath(QStringLiteral("plain")));
    CHECK_KIND(onFile.list(kMe), ErrorKind::NotFound);
    CHECK_KIND(onFile.put(kPeer, bundleName(kMe, 1), source), ErrorKind::NotFound);
}

TEST_CASE("FolderTransport: a read-only medium is ReadOnly and keeps no partial file",
          "[transport]")
{
    auto tmp = tempDir();
    // The unprivileged identity must reach the folder.
    REQUIRE(::chmod(QFile::encodeName(tmp->path()).constData(), 0755) == 0);
    const QString root = tmp->filePath(QStringLiteral("vigil"));
    FolderTransport transport(root);
    REQUIRE_OK(transport.prepare(kMe));
    const QString source = tmp->filePath(QStringLiteral("out.vgb"));
    REQUIRE(!writeRandomFile(source, 200'000).isNull());
    REQUIRE(::chmod(QFile::encodeName(source).constData(), 0644) == 0);
    REQUIRE(::chmod(QFile::encodeName(root + QStringLiteral("/to-") + kMe).constData(), 0555) == 0);
    REQUIRE(::chmod(QFile::encodeName(root).constData(), 0555) == 0);
    {
        ActAsUnprivileged nobody;
        CHECK_KIND(transport.put(kPeer, bundleName(kMe, 1), source), ErrorKind::ReadOnly);
        CHECK_KIND(transport.put(kMe, bundleName(kPeer, 1), source), ErrorKind::ReadOnly);
        CHECK_KIND(transport.prepare(kPeer), ErrorKind::ReadOnly);
        const auto listed = transport.list(kMe); // reading still works
        REQUIRE_OK(listed);
        CHECK(listed->isEmpty());
    }
    CHECK(filesIn(root) == QStringList{QStringLiteral("to-") + kMe});
    CHECK(filesIn(root + QStringLiteral("/to-") + kMe).isEmpty());
    REQUIRE(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(root + QStringLiteral("/to-") + kMe).constData(), 0755) == 0);
}

TEST_CASE("FolderTransport: a full medium is DiskFull and leaves neither the file nor a part",
          "[transport]")
{
    auto tmp = tempDir();
    const QString root = tmp->filePath(QStringLiteral("vigil"));
    FolderTransport transport(root);
    REQUIRE_OK(transport.prepare(kMe));
    const QString source = tmp->filePath(QStringLiteral("out.vgb"));
    const QByteArray bytes = writeRandomFile(source, 3'000'000);
    REQUIRE(bytes.size() == 3'000'000);
    const QString name = bundleName(kMe, 1);
    {
        FileSizeLimit limit(1'000'000);
        CHECK_KIND(transport.put(kPeer, name, source), ErrorKind::DiskFull);
    }
    CHECK(filesIn(root + QStringLiteral("/to-") + kPeer).isEmpty());

    // Fetching onto a full disk: no local file, the mailbox file stays.
    REQUIRE_OK(transport.put(kPeer, name, source));
    const QString local = tmp->filePath(QStringLiteral("in.vgb"));
    {
        FileSizeLimit limit(1'000'000);
        CHECK_KIND(transport.fetch(kPeer, name, local), ErrorKind::DiskFull);
    }
    CHECK_FALSE(QFileInfo::exists(local));
    CHECK(filesIn(tmp->path()) ==
          (QStringList{QStringLiteral("out.vgb"), QStringLiteral("vigil")}));
    REQUIRE_OK(transport.fetch(kPeer, name, local));
    CHECK(readFile(local) == bytes);
}

TEST_CASE("FolderTransport: links planted on a shared drive are not followed", "[transport]")
{
    auto tmp = tempDir();
    const QString root = tmp->filePath(QStringLiteral("shared"));
    FolderTransport transport(root);
    REQUIRE_OK(transport.prepare(kMe));
    REQUIRE_OK(transport.prepare(kPeer));
    const QString victim = tmp->filePath(QStringLiteral("victim.txt"));
    const QByteArray original = writeRandomFile(victim, 64);
    const QString source = tmp->filePath(QStringLiteral("out.vgb"));
    const QByteArray bytes = writeRandomFile(source, 4096);
    const QString name = bundleName(kMe, 1);
    const QString peerBox = root + QStringLiteral("/to-") + kPeer;

    // A .part that links elsewhere is replaced, not written through.
    REQUIRE(QFile::link(victim, peerBox + QLatin1Char('/') + name + QStringLiteral(".part")));
    REQUIRE_OK(transport.put(kPeer, name, source));
    CHECK(readFile(victim) == original);
    CHECK(readFile(peerBox + QLatin1Char('/') + name) == bytes);
    CHECK(filesIn(peerBox) == QStringList{name});

    // A "bundle" that links to another file is neither listed nor fetched.
    const QString planted = bundleName(kPeer, 1);
    REQUIRE(QFile::link(victim, root + QStringLiteral("/to-") + kMe + QLatin1Char('/') + planted));
    const auto listed = transport.list(kMe);
    REQUIRE_OK(listed);
    CHECK(listed->isEmpty());
    const QString local = tmp->filePath(QStringLiteral("in.vgb"));
    CHECK_KIND(transport.fetch(kMe, planted, local), ErrorKind::Io);
    CHECK_FALSE(QFileInfo::exists(local));
}
