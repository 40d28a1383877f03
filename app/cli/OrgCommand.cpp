#include "app/cli/OrgCommand.h"

#include "app/cli/CliText.h"
#include "core/crypto/SecretFile.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/sync/transport/TransportSettings.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace vigil::cli {

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

Error usage(const QString& message)
{
    return Error::make(ErrorKind::Usage, message);
}

QString action(const CliOptions& options)
{
    return options.arguments.value(0);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Unbuffered: a failed write must fail here, not vanish in commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size()
        || file.error() != QFileDevice::NoError || !file.commit())
        return Error::make(ErrorKind::Io,
                           CliText::tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    return {};
}

Result<QByteArray> readFile(const QString& path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           CliText::tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    if (file.size() > limit)
        return Error::make(ErrorKind::Integrity,
                           CliText::tr("%1 is too large to be a Vigil organisation file.")
                               .arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

QString roleName(const QString& role)
{
    if (role == u"coordinator")
        return CliText::tr("coordinator");
    if (role == u"lead")
        return CliText::tr("lead inspector");
    return CliText::tr("monitor");
}

Status show(Vault& vault)
{
    auto identity = DeviceIdentity::ensure(vault.database());
    if (!identity)
        return identity.error();
    say(CliText::tr("This device: %1").arg(identity->id()));
    say(CliText::tr("Fingerprint: %1").arg(DeviceIdentity::fingerprint(identity->signPublicKey())));
    auto state = Organisation::state(vault);
    if (!state)
        return state.error();
    if (!*state) {
        say(CliText::tr("Not in an organisation (standalone vault)."));
        return {};
    }
    say(CliText::tr("Organisation: %1 (%2)").arg((*state)->name, (*state)->orgId));
    say(CliText::tr("Role: %1").arg(roleName((*state)->role)));
    if ((*state)->state == u"enrolled")
        say(CliText::tr("Enrolled."));
    else if ((*state)->state == u"revoked")
        say(CliText::tr("This device was revoked by the coordinator: it no longer syncs."));
    else
        say(CliText::tr("Waiting for the coordinator's approval."));
    return {};
}

Status transport(const CliOptions& options, Vault& vault)
{
    TransportSettings settings;
    if (!options.folder.isEmpty() == !options.webdav.isEmpty())
        return usage(CliText::tr("Give either --folder DIR or --webdav URL."));
    if (!options.folder.isEmpty()) {
        settings.kind = QStringLiteral("folder");
        settings.location = QDir(options.folder).absolutePath();
    } else {
        settings.kind = QStringLiteral("webdav");
        settings.location = options.webdav;
        settings.username = options.user;
        if (!options.pin.isEmpty()) {
            settings.pin = QByteArray::fromHex(options.pin.toLatin1());
            if (settings.pin.size() != 32)
                return usage(CliText::tr("--pin takes the SHA-256 of the server's public key, "
                                         "64 hexadecimal digits."));
        }
    }
    TransportSettingsStore store(vault.database());
    if (options.passwordFile.isEmpty())
        return store.save(settings, nullptr);
    auto password = SecretFile::readFirstLine(options.passwordFile);
    if (!password)
        return password.error();
    return store.save(settings, &*password);
}

Status invite(const CliOptions& options, Vault& vault)
{
    if (options.out.isEmpty() || options.role.isEmpty())
        return usage(CliText::tr("org invite needs --role and --out FILE.vgi."));
    Organisation::InvitationRequest request;
    request.role = options.role;
    request.personId = options.person;
    request.label = options.label;
    auto file = Organisation(vault).invite(request);
    if (!file)
        return file.error();
    VIGIL_TRY(writeFile(options.out, *file));
    say(CliText::tr("Invitation written to %1. Hand it over in person or on a USB stick; it "
                    "can be used once, within 14 days.")
            .arg(QDir::toNativeSeparators(options.out)));
    return {};
}

Status join(const CliOptions& options, Vault& vault)
{
    if (options.arguments.size() != 2)
        return usage(CliText::tr("org join needs the invitation file."));
    auto bytes = readFile(options.arguments.at(1), 64 * 1024);
    if (!bytes)
        return bytes.error();
    auto invitation = InvitationFile::parse(*bytes);
    if (!invitation)
        return invitation.error();
    const QString deviceName = options.name.isEmpty() ? QDir::home().dirName() : options.name;
    auto request = Organisation(vault).join(*bytes, deviceName);
    if (!request)
        return request.error();
    auto identity = DeviceIdentity::ensure(vault.database());
    if (!identity)
        return identity.error();
    // The next sync delivers it; --out also writes a copy to carry by hand.
    const QString kept = SyncSession::enrolmentRequestPath(vault.path(), identity->id());
    QDir().mkpath(QFileInfo(kept).absolutePath());
    VIGIL_TRY(writeFile(kept, *request));
    if (!options.out.isEmpty())
        VIGIL_TRY(writeFile(options.out, *request));
    say(CliText::tr("Joined %1 as %2, waiting for approval.")
            .arg(invitation->orgName, roleName(invitation->role)));
    say(CliText::tr("Coordinator's fingerprint: %1")
            .arg(DeviceIdentity::fingerprint(invitation->coordinatorSignPublic)));
    say(CliText::tr("This device's fingerprint: %1")
            .arg(DeviceIdentity::fingerprint(identity->signPublicKey())));
    say(options.out.isEmpty()
            ? CliText::tr("Your next sync sends the request to the coordinator. Then read both "
                          "fingerprints to each other by phone: they must match exactly.")
            : CliText::tr("Your next sync sends the request to the coordinator (or carry %1 to "
                          "them). Then read both fingerprints to each other by phone: they must "
                          "match exactly.")
                  .arg(QDir::toNativeSeparators(options.out)));
    return {};
}

Status receive(const CliOptions& options, Vault& vault)
{
    if (options.arguments.size() != 2)
        return usage(CliText::tr("org receive needs the enrolment request file."));
    auto bytes = readFile(options.arguments.at(1), 64 * 1024);
    if (!bytes)
        return bytes.error();
    auto pending = Organisation(vault).receiveEnrolment(*bytes);
    if (!pending)
        return pending.error();
    say(CliText::tr("Request from %1 (%2, invited as %3).")
            .arg(pending->name, pending->label, roleName(pending->role)));
    say(CliText::tr("Device: %1").arg(pending->deviceId));
    say(CliText::tr("Fingerprint: %1").arg(pending->fingerprint));
    say(CliText::tr("Compare the fingerprint by phone with the one shown on the device, then: "
                    "vigil-cli org approve %1")
            .arg(pending->deviceId));
    return {};
}

Status devices(Vault& vault)
{
    auto entries = Roster(vault.database()).entries();
    if (!entries)
        return entries.error();
    const QLocale locale;
    for (const RosterEntry& e : *entries) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(e.deviceId, roleName(e.role), e.name,
                                DeviceIdentity::fingerprint(e.signPublic));
        if (e.revokedAt)
            line += QLatin1String("  ")
                + CliText::tr("revoked %1")
                      .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*e.revokedAt),
                                           QLocale::ShortFormat));
        say(line);
    }
    auto pending = Organisation(vault).enrolments();
    if (!pending)
        return pending.error();
    for (const PendingEnrolment& p : *pending) {
        if (p.state != u"pending")
            continue;
        say(CliText::tr("%1  waiting for approval  %2  %3").arg(p.deviceId, p.name, p.fingerprint));
    }
    return {};
}

Status decide(const CliOptions& options, Vault& vault)
{
    if (options.arguments.size() != 2)
        return usage(CliText::tr("org %1 needs the device id.").arg(action(options)));
    const QString device = options.arguments.at(1);
    Organisation org(vault);
    if (action(options) == u"approve") {
        auto entry = org.approve(device);
        if (!entry)
            return entry.error();
        say(CliText::tr("%1 is now in the organisation as %2. It receives the device list with "
                        "your next sync.")
                .arg(entry->name, roleName(entry->role)));
        return {};
    }
    if (action(options) == u"refuse") {
        VIGIL_TRY(org.refuse(device));
        say(CliText::tr("The request was refused."));
        return {};
    }
    VIGIL_TRY(org.revoke(device));
    say(CliText::tr("The device is revoked: its bundles are refused from now on, and nothing "
                    "more is sent to it."));
    return {};
}

} // namespace

int OrgCommand::checkOptions(const CliOptions& options)
{
    static const QStringList actions = {
        QStringLiteral("show"),    QStringLiteral("create"),  QStringLiteral("transport"),
        QStringLiteral("invite"),  QStringLiteral("join"),    QStringLiteral("receive"),
        QStringLiteral("devices"), QStringLiteral("approve"), QStringLiteral("refuse"),
        QStringLiteral("revoke")};
    if (!actions.contains(action(options))) {
        std::fprintf(stderr, "vigil-cli: %s\n",
                     qPrintable(CliText::tr("org needs one of: %1.")
                                    .arg(actions.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    return CliOptions::kContinue;
}

Status OrgCommand::run(const CliOptions& options, Vault& vault)
{
    const QString a = action(options);
    if (a == u"show")
        return show(vault);
    if (a == u"create") {
        if (options.name.isEmpty())
            return usage(CliText::tr("org create needs --name, the organisation's name."));
        VIGIL_TRY(Organisation(vault).create(options.name, QDir::home().dirName()));
        return show(vault);
    }
    if (a == u"transport")
        return transport(options, vault);
    if (a == u"invite")
        return invite(options, vault);
    if (a == u"join")
        return join(options, vault);
    if (a == u"receive")
        return receive(options, vault);
    if (a == u"devices")
        return devices(vault);
    return decide(options, vault);
}

} // namespace vigil::cli
