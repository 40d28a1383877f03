#include "app/cli/SyncCommand.h"

#include "app/cli/CliText.h"
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/exchange/RetentionPolicy.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/transport/FileDeviceError.h"
#include "core/sync/transport/FolderTransport.h"
#include "core/sync/transport/TransportFactory.h"
#include "core/util/IoError.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>

namespace vigil::cli {

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString describe(const ImportReport& r)
{
    switch (r.outcome) {
    case ImportReport::Outcome::Imported:
        return CliText::tr("%1: imported (%n change(s)).", nullptr, int(r.ops)).arg(r.fileName);
    case ImportReport::Outcome::AlreadyImported:
        return CliText::tr("%1: already imported, nothing changed.").arg(r.fileName);
    case ImportReport::Outcome::Waiting:
        return CliText::tr("%1: waits for an earlier bundle from the same device.").arg(r.fileName);
    case ImportReport::Outcome::Quarantined:
        break;
    }
    return CliText::tr("%1: refused and moved to the quarantine folder. %2")
        .arg(r.fileName, r.message);
}

// A whole copy or none (QSaveFile), with plain messages for a full disk.
Status copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fileDeviceError(in, from);
    QSaveFile out(to);
    // Unbuffered, so that a failed write is seen here, not lost in a flush.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fileDeviceError(out, to);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return fileDeviceError(in, from);
        if (n == 0)
            break;
        if (!writeFully(out, buffer.constData(), n))
            return fileDeviceError(out, to);
    }
    in.close();
    if (!out.commit())
        return fileDeviceError(out, to);
    return {};
}

bool sameContent(const QString& one, const QString& other)
{
    QFile a(one), b(other);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.size() != b.size())
        return false;
    while (!a.atEnd()) {
        const QByteArray x = a.read(64 * 1024);
        if (x.isEmpty() || x != b.read(x.size()))
            return false;
    }
    return true;
}

// Copies a file given to `bundle import` into the inbox folder. Mailbox
// names are unique per sender and recipient only, so bundles a device wrote
// for two peers can share one: a different file under a taken name gets a
// name of its own (same sender, same place in the order), the same file is
// taken once, and a file already in the inbox stays as it is.
Status takeIntoInbox(const QString& path, const QString& inbox)
{
    const QFileInfo info(path);
    if (info.canonicalPath() == QFileInfo(inbox).canonicalFilePath())
        return {};
    QString name = info.fileName();
    while (name.startsWith(QLatin1Char('.'))) // hidden files are never listed
        name.remove(0, 1);
    if (name.endsWith(QLatin1StringView(".vgb")))
        name.chop(4);
    // Any other name still gets imported, or refused, as a bundle.
    QString target = QDir(inbox).filePath(name + QLatin1StringView(".vgb"));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        if (sameContent(path, target))
            return {};
        target = QDir(inbox).filePath(QStringLiteral("%1~%2.vgb").arg(name).arg(n));
    }
    return copyFile(path, target);
}

// The coordinator's side of enrolment: requests fetched by the sync.
void receiveRequests(Vault& vault, const QStringList& files)
{
    Organisation org(vault);
    for (const QString& path : files) {
        QFile file(path);
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.read(64 * 1024);
        file.close();
        auto pending = org.receiveEnrolment(bytes);
        if (pending)
            say(CliText::tr("Enrolment request from %1 (%2). Fingerprint: %3. Compare it by "
                            "phone, then: vigil-cli org approve %4")
                    .arg(pending->name, pending->label, pending->fingerprint, pending->deviceId));
        else
            say(CliText::tr("An enrolment request was refused: %1").arg(pending.error().message));
        // Kept when the refusal was not the request's fault: the next sync retries it.
        if (pending || Organisation::isFinalRefusal(pending.error()))
            QFile::remove(path);
    }
}

} // namespace

Status SyncCommand::sync(const CliOptions& options, Vault& vault)
{
    std::unique_ptr<Transport> transport;
    if (!options.folder.isEmpty()) {
        transport = std::make_unique<FolderTransport>(QDir(options.folder).absolutePath());
    } else {
        auto made = TransportFactory::fromSettings(vault.database());
        if (!made)
            return made.error();
        transport = std::move(*made);
    }
    say(CliText::tr("Syncing with %1…").arg(transport->describe()));
    SyncSession session(vault.records(), vault.path(), *transport);
    auto outcome = session.run();
    if (!outcome)
        return outcome.error();
    for (const ImportReport& r : outcome->received)
        say(describe(r));
    receiveRequests(vault, outcome->enrolmentRequests);
    if (outcome->enrolmentRequestSent)
        say(CliText::tr("Your enrolment request was delivered to the coordinator."));
    for (const QString& id : outcome->skippedAttachments)
        say(CliText::tr("Attachment %1 is too large to travel in a bundle; it stays on this "
                        "device.")
                .arg(id));
    auto retained = RetentionPolicy::apply(vault.records(), vault.path());
    if (!retained)
        return retained.error();
    if (retained->visits > 0)
        say(CliText::tr("Retention: the sensitive content of %n closed visit(s) was removed "
                        "from this device.",
                        nullptr, int(retained->visits)));
    say(outcome->summary());
    return {};
}

Status SyncCommand::exportBundles(const CliOptions& options, Vault& vault)
{
    if (options.out.isEmpty())
        return Error::make(ErrorKind::Usage,
                           CliText::tr("bundle export needs --out DIR, the mailbox folder (for "
                                       "example on a USB stick)."));
    FolderTransport folder(QDir(options.out).absolutePath());
    SyncSession session(vault.records(), vault.path(), folder);
    auto outcome = session.sendOnly();
    if (!outcome)
        return outcome.error();
    say(CliText::tr("%n bundle(s) written to %1.", nullptr, int(outcome->bundlesSent))
            .arg(QDir::toNativeSeparators(options.out)));
    return {};
}

Status SyncCommand::importBundles(const CliOptions& options, Vault& vault)
{
    const QStringList files = options.arguments.mid(1);
    if (files.isEmpty())
        return Error::make(ErrorKind::Usage, CliText::tr("bundle import needs one or more files."));
    BundleImporter importer(vault);
    // Everything is checked before anything is copied.
    VIGIL_TRY(importer.ready());
    for (const QString& path : files) {
        if (!QFileInfo(path).isFile())
            return Error::make(
                ErrorKind::NotFound,
                CliText::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    }
    // The files join the vault's inbox, as fetched ones do: imported in
    // name order (a device's bundles in sequence), one that waits for an
    // earlier bundle stays there and is retried by the next import or sync,
    // and the files given are left where they are.
    const QString inbox = SyncSession::inboxPath(vault.path());
    if (!QDir().mkpath(inbox))
        return ioError(EACCES, inbox);
    for (const QString& path : files)
        VIGIL_TRY(takeIntoInbox(path, inbox));
    auto reports = importer.importAll(inbox);
    if (!reports)
        return reports.error();
    qsizetype refused = 0;
    for (const ImportReport& report : *reports) {
        say(describe(report));
        if (report.outcome == ImportReport::Outcome::Quarantined)
            ++refused;
    }
    if (refused > 0)
        return Error::make(ErrorKind::Integrity,
                           CliText::tr("%n bundle(s) were refused.", nullptr, int(refused)));
    return {};
}

} // namespace vigil::cli
