// No plaintext in a bundle: canaries in an op, a blob's meta and its content
// must not appear in the written bundle (nor in the temporary folder it was
// written from), while every recipient still reads them back.
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/CanaryScan.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCborMap>
#include <QDir>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("bundle canaries: nothing readable in the bundle file", "[bundle][canary]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate();
    const QByteArray noteCanary = makeCanary("bundle-op");
    const QByteArray metaCanary = makeCanary("bundle-meta");
    const QByteArray blobCanary = makeCanary("bundle-blob");
    QByteArray content;
    for (int i = 0; i < 3000; ++i) // repeated across several chunks
        content += "interview notes ... " + blobCanary + " ... ";

    const QString path = dir->filePath(QStringLiteral("canary.vgb"));
    writeBundle(path, sender, {&me}, [&](BundleWriter& w) {
        REQUIRE(w.addItem(BundleItemKind::Op,
                          QCborMap{{QStringLiteral("value"), QString::fromUtf8(noteCanary)}})
                    .ok());
        QBuffer blob;
        blob.setData(content);
        REQUIRE(blob.open(QIODevice::ReadOnly));
        REQUIRE(w.addBlob(QCborMap{{QStringLiteral("name"), QString::fromUtf8(metaCanary)}}, blob,
                          content.size())
                    .ok());
    });
    CHECK(scanForCanaries({dir->path()}, {noteCanary, metaCanary, blobCanary}).isEmpty());

    RecordingSink sink;
    REQUIRE(me.reader(rosterOf({&sender})).read(path, sink).ok());
    REQUIRE(sink.items.size() == 1);
    CHECK(sink.items[0].second.toMap().value(QStringLiteral("value")).toString().toUtf8() ==
          noteCanary);
    REQUIRE(sink.blobs.size() == 1);
    CHECK(sink.blobs[0].meta.value(QStringLiteral("name")).toString().toUtf8() == metaCanary);
    CHECK(sink.blobs[0].received == content.size());
}
