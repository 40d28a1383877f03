#include "tests/core/sync/exchange/BundleImportFixture.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/EntityCatalog.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleWriter.h"
#include "core/sync/exchange/ImportSink.h"
#include "core/sync/exchange/OpItem.h"
#include "core/sync/exchange/Quarantine.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/merge/StateDigest.h"
#include "core/sync/org/OrgStore.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/util/Uuid7.h"

#include <QBuffer>
#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

Member::Member()
{
    auto identity = DeviceIdentity::ensure(db());
    REQUIRE(identity.ok());
    id = identity->id();
    signPublic = identity->signPublicKey();
    boxPublic = identity->boxPublicKey();
}

QString Member::attachmentsDir() const
{
    return fx.vault->attachmentsPath();
}

QString Member::quarantineDir() const
{
    return Quarantine(fx.vault->path()).folder();
}

QString Member::addPlace(const char* name)
{
    auto placeId =
        vault().records().insertOne(catalog::kPlace, {{"name", QString::fromUtf8(name)},
                                                      {"type", QStringLiteral("prison")},
                                                      {"operator", QStringLiteral("public")}});
    REQUIRE(placeId.ok());
    return *placeId;
}

QString Member::addAttachment(const QByteArray& content)
{
    AttachmentStore store(vault());
    QByteArray copy = content;
    QBuffer in(&copy);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto a = store.import(in, {QStringLiteral("observation"), Uuid7::generate(),
                               QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg")});
    if (!a.ok())
        FAIL(a.error().detail.toStdString());
    return a->id;
}

std::vector<Op> Member::ops(qint64 first, qint64 last)
{
    auto read = OpLog::read(db(), id, first, last);
    REQUIRE(read.ok());
    return *read;
}

qint64 Member::lastSeq()
{
    auto n = db().scalarInt("SELECT coalesce(max(seq), 0) FROM change_op");
    REQUIRE(n.ok());
    return *n;
}

Org::Org()
{
    REQUIRE(Organisation(coordinator.vault())
                .create(QStringLiteral("NPM"), QStringLiteral("Secretariat"))
                .ok());
    REQUIRE(OrgStore(coordinator.db())
                .putTransport({QStringLiteral("folder"), out->path(), QString(), QByteArray()})
                .ok());
    enrol(a, "monitor");
    enrol(b, "monitor");
}

void Org::enrol(Member& m, const char* role)
{
    Organisation coord(coordinator.vault());
    Organisation::InvitationRequest request;
    request.role = QString::fromLatin1(role);
    request.label = QStringLiteral("x");
    auto invitation = coord.invite(request);
    REQUIRE(invitation.ok());
    auto enrolment = Organisation(m.vault()).join(*invitation, QStringLiteral("Laptop"));
    REQUIRE(enrolment.ok());
    REQUIRE(coord.receiveEnrolment(*enrolment).ok());
    REQUIRE(coord.approve(m.id).ok());
}

QList<QCborMap> Org::rosterItems()
{
    auto entries = Roster(coordinator.db()).entries();
    REQUIRE(entries.ok());
    QList<QCborMap> items;
    for (const RosterEntry& e : *entries)
        items.append(Roster::toItem(e));
    return items;
}

BundleSpec Org::opsBundle(Member& from, qint64 first, qint64 last)
{
    BundleSpec spec;
    spec.ops = from.ops(first, last);
    spec.coverage = {{from.id, first, last}};
    spec.firstSeq = first;
    spec.lastSeq = last;
    return spec;
}

QString Org::write(Member& from, const QList<Member*>& to, const BundleSpec& spec,
                   const QString& name)
{
    auto signSecret = DeviceIdentity::signSecretKey(from.db());
    REQUIRE(signSecret.ok());
    QList<BundleWriter::Recipient> recipients;
    for (const Member* m : to)
        recipients.append({m->id, m->boxPublic});
    const QString path = QDir(out->path()).filePath(name);
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    BundleWriter::Origin origin{from.id, quint64(spec.firstSeq), quint64(spec.lastSeq),
                                spec.createdMs, QByteArray()};
    auto writer = BundleWriter::begin(file, origin, *signSecret, recipients);
    REQUIRE(writer.ok());
    for (const QCborMap& item : spec.roster)
        REQUIRE(writer->addItem(BundleItemKind::Roster, item).ok());
    if (!spec.coverage.empty())
        REQUIRE(writer->addItem(BundleItemKind::Config, CoverageItem::encode(spec.coverage)).ok());
    for (const Op& op : spec.ops)
        REQUIRE(writer->addItem(BundleItemKind::Op, OpItem::encode(op)).ok());
    for (const QCborMap& body : spec.extraOps)
        REQUIRE(writer->addItem(BundleItemKind::Op, body).ok());
    for (const QCborMap& item : spec.lateRoster)
        REQUIRE(writer->addItem(BundleItemKind::Roster, item).ok());
    if (!spec.lateCoverage.empty())
        REQUIRE(
            writer->addItem(BundleItemKind::Config, CoverageItem::encode(spec.lateCoverage)).ok());
    for (const QString& attachmentId : spec.attachments) {
        QFile blob(QDir(from.attachmentsDir()).filePath(attachmentId));
        REQUIRE(blob.open(QIODevice::ReadOnly));
        REQUIRE(writer->addBlob(ImportSink::attachmentMeta(attachmentId), blob, blob.size()).ok());
    }
    for (const auto& [meta, content] : spec.rawBlobs) {
        QByteArray copy = content;
        QBuffer blob(&copy);
        REQUIRE(blob.open(QIODevice::ReadOnly));
        REQUIRE(writer->addBlob(meta, blob, blob.size()).ok());
    }
    QCborArray ack;
    for (const auto& [origin, seq] : spec.ack)
        ack.append(QCborArray{DeviceIdCodec::toBytes(origin).value_or(QByteArray()), seq});
    REQUIRE(writer->addItem(BundleItemKind::Ack, ack).ok());
    REQUIRE(writer->finish().ok());
    REQUIRE(file.commit());
    return path;
}

void Org::sendRoster(Member& m)
{
    BundleSpec spec;
    spec.roster = rosterItems();
    const QString path =
        write(coordinator, {&m}, spec, QStringLiteral("roster-%1.vgb").arg(m.id.left(8)));
    importOk(m, path);
    QFile::remove(path);
}

Snapshot Snapshot::of(Member& m)
{
    Snapshot s;
    auto digest = StateDigest::compute(m.db());
    REQUIRE(digest.ok());
    s.digest = *digest;
    const auto count = [&](const char* sql) {
        auto n = m.db().scalarInt(sql);
        REQUIRE(n.ok());
        return *n;
    };
    s.ops = count("SELECT count(*) FROM change_op");
    s.roster = count("SELECT coalesce(sum(revision), 0) FROM sync_device");
    s.received = count("SELECT coalesce(sum(highest_seq), 0) FROM sync_received");
    s.acks = count("SELECT coalesce(sum(acked_seq), 0) FROM sync_peer_vector");
    s.attachmentFiles = filesIn(m.attachmentsDir());
    return s;
}

ImportReport importOk(Member& m, const QString& path, qsizetype opPage)
{
    auto report = m.importer(opPage).importFile(path);
    if (!report.ok())
        FAIL(report.error().message.toStdString()
             << " [" << report.error().detail.toStdString() << "]");
    if (report->outcome != ImportReport::Outcome::Imported)
        FAIL("not imported: " << report->reason.toStdString());
    return *report;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace vigil::test
