// Damaged and cut-short bundles through the whole import: every single-byte
// change of a small bundle and a cut at every 64 KiB boundary of a larger one
// is refused, with nothing applied and no attachment file left behind.
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/exchange/BundleImporter.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using Outcome = ImportReport::Outcome;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Imports `bytes` as a file of `m`'s inbox; returns the refusal's reason.
QString refusal(Member& m, const QString& inbox, const QByteArray& bytes)
{
    const QString path = QDir(inbox).filePath(QStringLiteral("t.vgb"));
    writeAll(path, bytes);
    auto report = m.importer().importFile(path);
    if (!report.ok())
        FAIL(report.error().detail.toStdString());
    if (report->outcome != Outcome::Quarantined)
        FAIL("accepted a damaged bundle");
    return report->reason;
}

} // namespace

TEST_CASE("every single-byte change of a small bundle is refused", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    // Small, so that every byte can be tried: a place's ops and an
    // attachment file (its record's ops stay behind; the file alone is
    // enough to show that nothing is left in attachments/).
    const QString attachment = org.coordinator.addAttachment(QByteArrayLiteral("small"));
    org.coordinator.addPlace("Lakeside");
    const qint64 last = org.coordinator.lastSeq();
    BundleSpec spec = org.opsBundle(org.coordinator, last - 2, last);
    spec.coverage = {{org.coordinator.id, 1, last}};
    spec.attachments = {attachment};
    spec.ack = {{org.a.id, 0}};
    const QByteArray good =
        readAll(org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")));
    const Snapshot before = Snapshot::of(org.a);
    auto inbox = tempDir();

    QSet<QString> reasons;
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ (i % 2 ? 0x01 : 0x80));
        reasons.insert(refusal(org.a, inbox->path(), bad));
    }
    INFO(good.size() << " bytes");
    CHECK(Snapshot::of(org.a) == before);
    CHECK(filesIn(org.a.attachmentsDir()).isEmpty());
    CHECK(filesIn(inbox->path()).isEmpty());
    // A changed sender id fails before the signature is checked; the
    // signature catches everything else, recipient entries included.
    CHECK(reasons.contains(QStringLiteral("damaged")));
    CHECK(reasons.contains(QStringLiteral("unknown-sender")));
    CHECK(reasons.contains(QStringLiteral("truncated"))); // the trailer's length field

    // The untouched bundle still imports: nothing above was the importer's fault.
    writeAll(QDir(inbox->path()).filePath(QStringLiteral("good.vgb")), good);
    const ImportReport report =
        importOk(org.a, QDir(inbox->path()).filePath(QStringLiteral("good.vgb")));
    CHECK(report.merge.recordsCreated == 1);
    CHECK(filesIn(org.a.attachmentsDir()) == QStringList{attachment});
}

TEST_CASE("a bundle cut at any 64 KiB boundary is refused", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    QByteArray content(300'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 13) & 0xff);
    const QString attachment = org.coordinator.addAttachment(content);
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.attachments = {attachment};
    const QByteArray good =
        readAll(org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")));
    const Snapshot before = Snapshot::of(org.a);
    auto inbox = tempDir();

    // Cuts where the chunks of the payload end (14 + header + k * (65,536 + 17))
    // and at every multiple of 64 KiB of the file, each also one byte either side.
    const qint64 header = qFromBigEndian<quint32>(good.constData() + 10);
    QList<qint64> cuts;
    for (qint64 at = 14 + header; at < good.size(); at += 65536 + 17)
        cuts << at;
    for (qint64 at = 65536; at < good.size(); at += 65536)
        cuts << at;
    REQUIRE(cuts.size() >= 8);
    for (const qint64 at : std::as_const(cuts)) {
        for (const qint64 cut : {at - 1, at, at + 1}) {
            if (cut <= 0 || cut >= good.size())
                continue;
            CAPTURE(cut);
            CHECK(refusal(org.a, inbox->path(), good.left(cut)) == QStringLiteral("truncated"));
        }
    }
    CHECK(Snapshot::of(org.a) == before);
    CHECK(filesIn(org.a.attachmentsDir()).isEmpty());
}
