// AttachmentStore on a real vault: import writes one encrypted file named by
// the row id and one row; export verifies; damage, swapped files, failures
// and cancellation leave nothing half-done.
#include "core/attachments/AttachmentStore.h"
#include "core/attachments/Thumbnailer.h"
#include "core/store/Statement.h"
#include "core/util/Uuid7.h"

#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/resource.h>

using namespace vigil;

namespace {

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 7) & 0xff);
    return data;
}

// Uppercases the input as its "thumbnail", for plain PNG-typed files only.
struct FakeThumbnailer : Thumbnailer
{
    mutable int calls = 0;
    bool accepts(const QString& mimeType) const override
    {
        return mimeType == QStringLiteral("image/png");
    }
    qint64 maxInputBytes() const override { return 10; }
    std::optional<QByteArray> thumbnail(const QByteArray& head, const QString&) const override
    {
        ++calls;
        return QByteArrayLiteral("thumb:") + head;
    }
};

struct Store : test::VaultFixture
{
    FakeThumbnailer thumbnailer;
    AttachmentStore store{*vault, &thumbnailer};
    QString owner = Uuid7::generate();

    NewAttachment meta(const char* name = "photo.jpg", const char* mime = "image/jpeg")
    {
        return {QStringLiteral("observation"), owner, QString::fromUtf8(name), QString::fromUtf8(mime)};
    }
    Attachment import(const QByteArray& bytes, NewAttachment m)
    {
        QByteArray copy = bytes;
        QBuffer in(&copy);
        REQUIRE(in.open(QIODevice::ReadOnly));
        auto a = store.import(in, m);
        if (!a.ok())
            FAIL(a.error().message.toStdString() << " [" << a.error().detail.toStdString() << "]");
        return *a;
    }
    Attachment import(const QByteArray& bytes) { return import(bytes, meta()); }
    Result<QByteArray> read(const QString& id)
    {
        QByteArray out;
        QBuffer buffer(&out);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        auto status = store.exportTo(id, buffer);
        if (!status)
            return status.error();
        return out;
    }
    QStringList files() const
    {
        return QDir(vault->attachmentsPath()).entryList(QDir::Files | QDir::Hidden);
    }
    void flipByte(const QString& id, qint64 offset)
    {
        QFile f(store.filePath(id));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(offset));
        char c = 0;
        REQUIRE(f.getChar(&c));
        REQUIRE(f.seek(offset));
        REQUIRE(f.putChar(char(c ^ 0x20)));
    }
};

} // namespace

TEST_CASE("an imported attachment reads back and is stored only encrypted", "[attachment]")
{
    Store s;
    const QByteArray plain = pattern(3'200'000);
    const Attachment a = s.import(plain);
    CHECK(Uuid7::isValid(a.id));
    CHECK(a.size == plain.size());
    CHECK(a.sha256 == QCryptographicHash::hash(plain, QCryptographicHash::Sha256));
    CHECK(a.ownerKind == QStringLiteral("observation"));
    CHECK(a.ownerId == s.owner);
    CHECK(a.fileName == QStringLiteral("photo.jpg"));
    CHECK_FALSE(a.hasThumbnail);
    CHECK(s.files() == QStringList{a.id}); // named by the row id, no .part left
    CHECK(QFile(s.store.filePath(a.id)).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    QFile raw(s.store.filePath(a.id));
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains(plain.mid(1'000'000, 64)));

    auto back = s.read(a.id);
    REQUIRE(back.ok());
    CHECK(*back == plain);
    CHECK(s.store.verify(a.id).ok());
    CHECK(s.count("SELECT count(*) FROM attachment") == 1);
    CHECK(s.count("SELECT length(file_key) FROM attachment") == 32);
    CHECK(s.count("SELECT count(*) FROM audit_event WHERE entity = 'attachment'") == 1);
    auto listed = s.store.forOwner(s.owner);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == a.id);
}

TEST_CASE("empty and chunk-sized attachments round trip", "[attachment]")
{
    Store s;
    for (qsizetype size : {qsizetype(0), qsizetype(65536), qsizetype(65537)}) {
        CAPTURE(size);
        const QByteArray plain = pattern(size);
        const Attachment a = s.import(plain);
        CHECK(a.size == size);
        auto back = s.read(a.id);
        REQUIRE(back.ok());
        CHECK(*back == plain);
    }
}

TEST_CASE("importFile names the attachment after the file and detects its type", "[attachment]")
{
    Store s;
    auto tmp = test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("register page.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n% a register extract\n");
    f.close();
    NewAttachment m = s.meta("", "");
    auto a = s.store.importFile(path, m);
    REQUIRE(a.ok());
    CHECK(a->fileName == QStringLiteral("register page.pdf"));
    CHECK(a->mimeType == QStringLiteral("application/pdf"));
    CHECK_FALSE(a->hasThumbnail);
    CHECK(s.thumbnailer.calls == 0);

    auto missing = s.store.importFile(tmp->filePath(QStringLiteral("nope")), s.meta());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("a thumbnail is made from the head, stored sealed and decrypted on request",
          "[attachment]")
{
    Store s;
    const Attachment a = s.import(QByteArray("0123456789abcdef"), s.meta("x.png", "image/png"));
    CHECK(a.hasThumbnail);
    CHECK(s.thumbnailer.calls == 1);
    auto thumb = s.store.thumbnail(a.id);
    REQUIRE(thumb.ok());
    CHECK(*thumb == QByteArray("thumb:0123456789"));
    auto stored = s.db().prepare("SELECT thumbnail FROM attachment");
    REQUIRE(stored.ok());
    REQUIRE(*stored->step());
    CHECK_FALSE(stored->columnBlob(0).contains("thumb:"));

    const Attachment plain = s.import(QByteArray("no preview"));
    auto none = s.store.thumbnail(plain.id);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("a changed byte in the file is an Integrity error", "[attachment]")
{
    Store s;
    const Attachment a = s.import(pattern(200'000));
    s.flipByte(a.id, 100'000);
    auto r = s.read(a.id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Integrity);
    CHECK(s.store.verify(a.id).error().kind == ErrorKind::Integrity);
}

TEST_CASE("a file truncated or swapped for another attachment's is an Integrity error",
          "[attachment]")
{
    Store s;
    const Attachment a = s.import(pattern(200'000));
    const Attachment b = s.import(pattern(200'000));
    const QString pathA = s.store.filePath(a.id), pathB = s.store.filePath(b.id);

    SECTION("swapped")
    {
        REQUIRE(QFile::rename(pathA, pathA + QStringLiteral(".tmp")));
        REQUIRE(QFile::rename(pathB, pathA));
        REQUIRE(QFile::rename(pathA + QStringLiteral(".tmp"), pathB));
        CHECK(s.read(a.id).error().kind == ErrorKind::Integrity);
        CHECK(s.read(b.id).error().kind == ErrorKind::Integrity);
    }
    SECTION("truncated at a chunk boundary")
    {
        REQUIRE(QFile::resize(pathA, 34 + 2 * (65536 + 17)));
        CHECK(s.read(a.id).error().kind == ErrorKind::Integrity);
    }
    SECTION("truncated mid-chunk")
    {
        REQUIRE(QFile::resize(pathA, 34 + 65536 + 500));
        CHECK(s.read(a.id).error().kind == ErrorKind::Integrity);
    }
    SECTION("missing")
    {
        REQUIRE(QFile::remove(pathA));
        CHECK(s.read(a.id).error().kind == ErrorKind::NotFound);
    }
}

TEST_CASE("an invalid owner is refused before anything is written", "[attachment]")
{
    Store s;
    NewAttachment m = s.meta();
    m.ownerKind = QStringLiteral("sandwich");
    QByteArray bytes = pattern(1000);
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto r = s.store.import(in, m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Validation);
    CHECK(r.error().message.contains(QStringLiteral("owner_kind")));
    CHECK(in.pos() == 0);
    CHECK(s.files().isEmpty());
    CHECK(s.count("SELECT count(*) FROM attachment") == 0);
}

TEST_CASE("a cancelled import leaves no file and no row", "[attachment]")
{
    Store s;
    QByteArray bytes = pattern(1'000'000);
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    std::atomic_bool cancel = false;
    AttachmentStore::Control control;
    control.cancel = &cancel;
    control.progress = [&cancel](qint64 done, qint64 total) {
        CHECK(total == 1'000'000);
        if (done >= 300'000)
            cancel = true;
    };
    auto r = s.store.import(in, s.meta(), control);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Cancelled);
    CHECK(s.files().isEmpty());
    CHECK(s.count("SELECT count(*) FROM attachment") == 0);
}

TEST_CASE("a full disk during import is DiskFull and leaves nothing", "[attachment]")
{
    Store s;
    const Attachment before = s.import(pattern(10)); // the database is warm
    QByteArray bytes = pattern(3'000'000);
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    // A file-size limit makes write() fail with EFBIG, as a full disk would fail with ENOSPC.
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 1'000'000;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto r = s.store.import(in, s.meta());
    REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, previous);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::DiskFull);
    CHECK(s.files() == QStringList{before.id});
    CHECK(s.count("SELECT count(*) FROM attachment") == 1);
}

TEST_CASE("removing an attachment forgets its key and deletes its file", "[attachment]")
{
    Store s;
    const Attachment a = s.import(pattern(1000), s.meta("x.png", "image/png"));
    CHECK(s.count("SELECT count(*) FROM change_op WHERE field = 'file_key' AND value IS NOT NULL "
                  "AND value <> zeroblob(32)") == 1);
    REQUIRE(s.store.remove(a.id).ok());
    CHECK(s.files().isEmpty());
    // Nor does the key survive in the change log, where a copy would keep the file readable.
    CHECK(s.count("SELECT count(*) FROM change_op WHERE field = 'file_key' AND value IS NOT NULL "
                  "AND value <> zeroblob(32)") == 0);
    CHECK(s.count("SELECT deleted FROM attachment") == 1);
    CHECK(s.count("SELECT count(*) FROM attachment WHERE file_key = zeroblob(32)") == 1);
    CHECK(s.count("SELECT count(*) FROM attachment WHERE thumbnail IS NULL") == 1);
    CHECK(s.store.get(a.id).error().kind == ErrorKind::NotFound);
    CHECK(s.read(a.id).error().kind == ErrorKind::NotFound);
    CHECK(s.store.remove(a.id).error().kind == ErrorKind::NotFound);
    CHECK(s.store.get(QStringLiteral("../vigil.db")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("orphaned and partial files are swept", "[attachment]")
{
    Store s;
    const Attachment kept = s.import(pattern(1000));
    const Attachment gone = s.import(pattern(1000));
    REQUIRE(s.store.remove(gone.id).ok());
    const QString dir = s.vault->attachmentsPath();
    for (const QString& name : {QStringLiteral("0011.part"), Uuid7::generate(), gone.id}) {
        QFile f(dir + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    auto n = s.store.removeOrphans();
    REQUIRE(n.ok());
    CHECK(*n == 3);
    CHECK(s.files() == QStringList{kept.id});
}

TEST_CASE("a file that arrived by sync before its record was written is kept", "[attachment]")
{
    Store s;
    const QString pending = Uuid7::generate();
    // Its ops are in the change log (the record waits for its owner's ops).
    REQUIRE(s.db()
                .exec(QStringLiteral("INSERT INTO change_op(device_id, seq, hlc, entity, "
                                     "entity_id, field, value, base_hlc, scope) VALUES "
                                     "('00000000000000000000000000000001', 1, 1, 'attachment', "
                                     "'%1', 'file_name', 'cell.jpg', 0, 'team')")
                          .arg(pending)
                          .toUtf8()
                          .constData())
                .ok());
    QFile f(s.vault->attachmentsPath() + QLatin1Char('/') + pending);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto n = s.store.removeOrphans();
    REQUIRE(n.ok());
    CHECK(*n == 0);
    CHECK(s.files().contains(pending));
}

TEST_CASE("when the row cannot be written the encrypted file is removed", "[attachment]")
{
    Store s;
    REQUIRE(s.db()
                .exec("CREATE TEMP TRIGGER refuse_attachment BEFORE INSERT ON attachment "
                      "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
                .ok());
    QByteArray bytes = pattern(300'000);
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto r = s.store.import(in, s.meta());
    REQUIRE_FALSE(r.ok());
    CHECK(s.files().isEmpty());
    CHECK(s.count("SELECT count(*) FROM attachment") == 0);
    CHECK(s.count("SELECT count(*) FROM change_op WHERE entity = 'attachment'") == 0);
}
