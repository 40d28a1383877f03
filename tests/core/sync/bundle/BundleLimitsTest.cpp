// Size and structure limits: each is checked without building huge files
// (a sparse file for the 64 MiB limit, tighter reader limits for the rest).
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <vector>

using namespace vigil;
using namespace vigil::test;

namespace F = BundleFormat;

namespace {

QByteArray prefix(quint16 version, quint32 headerLength)
{
    QByteArray p(F::kMagic, sizeof F::kMagic);
    char numbers[6];
    qToBigEndian<quint16>(version, numbers);
    qToBigEndian<quint32>(headerLength, numbers + 2);
    return p.append(numbers, sizeof numbers);
}

QCborValue nested(int depth)
{
    QCborValue v(1);
    for (int i = 0; i < depth; ++i)
        v = QCborMap{{QStringLiteral("n"), v}};
    return v;
}

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    TestDevice sender = TestDevice::generate();
    TestDevice me = TestDevice::generate();
    QString path = dir->filePath(QStringLiteral("b.vgb"));

    std::optional<BundleErrorCode> read(const BundleLimits& limits = {}) const
    {
        RecordingSink sink;
        const auto code = codeOf(me.reader(rosterOf({&sender}), limits).read(path, sink));
        return code;
    }
};

} // namespace

TEST_CASE("frame limits: size, header length, version, magic", "[bundle][limits]")
{
    Fixture f;
    SECTION("a file over 64 MiB is refused before it is read")
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(prefix(1, 100)) == F::kPrefixSize);
        REQUIRE(file.resize(BundleLimits().maxBundleSize + 1)); // sparse: no 64 MiB written
        file.close();
        CHECK(f.read() == BundleErrorCode::TooLarge);
        REQUIRE(QFile::resize(f.path, BundleLimits().maxBundleSize));
        CHECK(f.read() != BundleErrorCode::TooLarge); // exactly 64 MiB passes this check
    }
    SECTION("a header length beyond the limit")
    {
        writeFile(f.path, prefix(1, 64 * 1024 + 1) + pattern(4000));
        CHECK(f.read() == BundleErrorCode::TooLarge);
        writeFile(f.path, prefix(1, 0xffffffffu) + pattern(4000));
        CHECK(f.read() == BundleErrorCode::TooLarge);
    }
    SECTION("a header length beyond the end of the file")
    {
        writeFile(f.path, prefix(1, 60000) + pattern(4000));
        CHECK(f.read() == BundleErrorCode::Truncated);
    }
    SECTION("another version, another magic, another kind of file")
    {
        writeBundle(f.path, f.sender, {&f.me}, [](BundleWriter&) {});
        QByteArray bytes = readFile(f.path);
        bytes[9] = 2;
        writeFile(f.path, bytes);
        CHECK(f.read() == BundleErrorCode::UnsupportedVersion);
        bytes[0] = 'X';
        writeFile(f.path, bytes);
        CHECK(f.read() == BundleErrorCode::NotABundle);
        writeFile(f.path, QByteArray("PK\x03\x04 a zip file"));
        CHECK(f.read() == BundleErrorCode::NotABundle);
        writeFile(f.path, QByteArray("VIGIL"));
        CHECK(f.read() == BundleErrorCode::Truncated);
        REQUIRE(QDir(f.dir->path()).mkdir(QStringLiteral("folder.vgb")));
        RecordingSink sink;
        CHECK(codeOf(f.me.reader(rosterOf({&f.sender}))
                         .read(f.dir->filePath(QStringLiteral("folder.vgb")), sink)) ==
              BundleErrorCode::NotABundle);
    }
    SECTION("a missing file is an I/O error")
    {
        RecordingSink sink;
        const auto r = f.me.reader(rosterOf({&f.sender}))
                           .read(f.dir->filePath(QStringLiteral("none.vgb")), sink);
        REQUIRE(!r.ok());
        CHECK(r.error().kind == ErrorKind::NotFound);
        CHECK(BundleError::codeOf(r.error()) == BundleErrorCode::Io);
    }
}

TEST_CASE("payload limits: item count, item size, nesting", "[bundle][limits]")
{
    Fixture f;
    BundleLimits loose;
    loose.maxItemSize = 4 * 1024 * 1024;
    loose.maxDepth = 2000;

    SECTION("too many items")
    {
        writeBundle(f.path, f.sender, {&f.me}, [](BundleWriter& w) {
            for (int i = 0; i < 50; ++i)
                REQUIRE(w.addItem(BundleItemKind::Op, QCborMap{{1, i}}).ok());
        });
        BundleLimits strict;
        strict.maxItems = 49;
        CHECK(f.read(strict) == BundleErrorCode::OverLimit);
        strict.maxItems = 50;
        CHECK(!f.read(strict).has_value());
    }
    SECTION("an item over the 1 MiB limit, spanning many chunks")
    {
        writeBundle(
            f.path, f.sender, {&f.me},
            [](BundleWriter& w) {
                const QCborMap big{{1, QCborValue(pattern(1024 * 1024 + 1))}};
                REQUIRE(w.addItem(BundleItemKind::Op, big).ok());
            },
            loose);
        CHECK(f.read() == BundleErrorCode::OverLimit);
        CHECK(!f.read(loose).has_value());
    }
    SECTION("an item just under the limit is fine; the writer refuses one over it")
    {
        writeBundle(f.path, f.sender, {&f.me}, [](BundleWriter& w) {
            const QCborMap big{{1, QCborValue(pattern(1024 * 1024 - 16))}};
            REQUIRE(w.addItem(BundleItemKind::Op, big).ok());
            const QCborMap tooBig{{1, QCborValue(pattern(1024 * 1024))}};
            CHECK(BundleError::codeOf(w.addItem(BundleItemKind::Op, tooBig).error()) ==
                  BundleErrorCode::ItemTooLarge);
        });
        CHECK(!f.read().has_value());
    }
    SECTION("deeply nested CBOR")
    {
        writeBundle(
            f.path, f.sender, {&f.me},
            [](BundleWriter& w) { REQUIRE(w.addItem(BundleItemKind::Op, nested(1000)).ok()); },
            loose);
        CHECK(f.read() == BundleErrorCode::OverLimit);
        // Within the limit: the envelope array, then 15 levels of maps.
        writeBundle(f.path, f.sender, {&f.me}, [](BundleWriter& w) {
            REQUIRE(w.addItem(BundleItemKind::Op, nested(14)).ok());
            CHECK(BundleError::codeOf(w.addItem(BundleItemKind::Op, nested(15)).error()) ==
                  BundleErrorCode::ItemTooLarge);
        });
        CHECK(!f.read().has_value());
    }
    SECTION("too many recipients in a header")
    {
        std::vector<TestDevice> many;
        for (int i = 0; i < 4; ++i)
            many.push_back(TestDevice::generate());
        QList<const TestDevice*> to{&f.me};
        for (const TestDevice& d : many)
            to.append(&d);
        writeBundle(f.path, f.sender, to, [](BundleWriter&) {});
        BundleLimits strict;
        strict.maxRecipients = 4;
        CHECK(f.read(strict) == BundleErrorCode::OverLimit);
        CHECK(!f.read().has_value());
    }
}
