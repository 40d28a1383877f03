// The seeds of the organisation file targets: invitations (.vgi) signed by
// the fuzz coordinator, the sender of the bundle test vectors, and the fuzz
// device's enrolment requests (.vge) to it, in the three forms the target
// opens (file, plaintext body, signed fields).
#include "core/sync/org/EnrolmentRequest.h"
#include "core/sync/org/Invitation.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/OrgFuzzKeys.h"
#include "tests/fuzz/SeedWriter.h"

#include <sodium.h>

namespace vigil::fuzz {

namespace {

Invitation invitation()
{
    Invitation inv;
    inv.invitationId = OrgFuzzKeys::invitationId();
    inv.orgId = QStringLiteral("fedcba9876543210fedcba9876543210");
    inv.orgName = QStringLiteral("National Preventive Mechanism");
    inv.role = QStringLiteral("monitor");
    inv.label = QStringLiteral("Amina Haddad");
    inv.coordinatorSignPublic = sender().signPublic;
    inv.coordinatorBoxPublic = sender().boxPublic;
    inv.transportKind = QStringLiteral("folder");
    inv.transportLocation = QStringLiteral("/media/usb/vigil");
    inv.createdAt = 1718000000000;
    inv.expiresAt = 1718000000000 + 14LL * 24 * 3600 * 1000;
    inv.secret = SecretBuffer::copyOf(OrgFuzzKeys::secret().data(), OrgFuzzKeys::secret().size());
    return inv;
}

void writeInvitation(SeedWriter& out, const QString& name, const Invitation& inv)
{
    const Result<QByteArray> file = InvitationFile::write(inv, sender().signSecret);
    VIGIL_FUZZ_CHECK(file.ok());
    out.write(QStringLiteral("invitation"), name, *file);
}

void writeEnrolment(SeedWriter& out, const QString& name, const QString& deviceName)
{
    EnrolmentRequest request;
    request.invitationId = OrgFuzzKeys::invitationId();
    request.deviceName = deviceName;
    request.signPublic = OrgFuzzKeys::device().signPublic;
    request.boxPublic = OrgFuzzKeys::device().boxPublic;
    request.createdAt = 1718000000000;
    const Result<QByteArray> file = EnrolmentRequest::seal(
        request, OrgFuzzKeys::secret(), OrgFuzzKeys::device().signSecret, sender().boxPublic);
    VIGIL_FUZZ_CHECK(file.ok());
    const QString target = QStringLiteral("enrolment_request");
    out.write(target, name + QStringLiteral("-file"), *file);

    constexpr qsizetype kPrefix = 14;
    QByteArray body(file->size() - kPrefix - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    VIGIL_FUZZ_CHECK(
        crypto_box_seal_open(reinterpret_cast<unsigned char*>(body.data()),
                             reinterpret_cast<const unsigned char*>(file->constData() + kPrefix),
                             std::size_t(file->size() - kPrefix),
                             reinterpret_cast<const unsigned char*>(sender().boxPublic.constData()),
                             sender().boxSecret.data()) == 0);
    out.write(target, name + QStringLiteral("-body"), body);
    // Keys 1-5 as a map of five: the body without its MAC (key, head, 32
    // bytes) and signature (key, head, 64 bytes).
    const qsizetype fieldsEnd = body.size() - (1 + 2 + 32) - (1 + 2 + 64);
    out.write(target, name + QStringLiteral("-fields"),
              QByteArray("\xa5", 1) + body.mid(1, fieldsEnd - 1));
}

} // namespace

void writeOrgSeeds(SeedWriter& out)
{
    writeEnrolment(out, QStringLiteral("laptop"), QStringLiteral("Amina's laptop"));
    writeEnrolment(out, QStringLiteral("rtl"), QStringLiteral("حاسوب أمينة"));

    writeInvitation(out, QStringLiteral("folder-monitor"), invitation());

    Invitation webdav = invitation();
    webdav.role = QStringLiteral("lead");
    webdav.personId = QStringLiteral("0190f0a0-0000-7000-8000-000000000001");
    webdav.label = QStringLiteral("أمينة حداد"); // right-to-left text, multi-byte UTF-8
    webdav.transportKind = QStringLiteral("webdav");
    webdav.transportLocation = QStringLiteral("https://dav.example.org/vigil/");
    webdav.transportUser = QStringLiteral("npm-sync");
    webdav.transportPin = QByteArray(32, '\x5a');
    writeInvitation(out, QStringLiteral("webdav-lead"), webdav);

    Invitation bare = invitation();
    bare.role = QStringLiteral("coordinator");
    bare.label.clear();
    bare.transportKind.clear();
    bare.transportLocation.clear();
    writeInvitation(out, QStringLiteral("no-transport-coordinator"), bare);
}

} // namespace vigil::fuzz
