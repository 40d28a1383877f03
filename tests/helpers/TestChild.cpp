// A small program the core tests run as a child process, for faults that need
// a process of their own: SIGKILL mid-write, a file-size limit standing in for
// a full disk, and dropped privileges standing in for a read-only folder.
//
//   vigil-test-child write-loop VAULT_DIR PASSFILE [PAYLOAD_PREFIX]
//   vigil-test-child fill VAULT_DIR PASSFILE MAX_FILE_BYTES
//   vigil-test-child open-unprivileged VAULT_DIR PASSFILE
#include "core/crypto/ProcessHardening.h"
#include "core/crypto/SecretBuffer.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace vigil;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSetup = 3;

void printError(const Error& error)
{
    std::printf("%s %s\n", errorKindName(error.kind), error.message.toUtf8().constData());
    std::fflush(stdout);
}

// Reads the first line of `path` straight into guarded memory.
bool readPassphrase(const char* path, SecretBuffer& out)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    SecretBuffer buffer(4096);
    std::size_t used = 0;
    while (used < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + used, buffer.size() - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        used += std::size_t(n);
    }
    ::close(fd);
    std::size_t length = 0;
    while (length < used && buffer.data()[length] != '\n')
        ++length;
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    out = SecretBuffer::copyOf(buffer.data(), length);
    return true;
}

Result<std::unique_ptr<Vault>> openVault(const char* dir, const char* passFile)
{
    SecretBuffer passphrase;
    if (!readPassphrase(passFile, passphrase))
        return Error::make(ErrorKind::NotFound, QStringLiteral("cannot read the passphrase file"));
    return Vault::open(QString::fromLocal8Bit(dir), passphrase);
}

Status insertRow(Database& db, const char* sql, const QString& text, qint64* id)
{
    auto tx = db.beginWrite();
    if (!tx.ok())
        return tx.error();
    auto insert = db.prepare(sql);
    if (!insert.ok())
        return insert.error();
    insert->bind(1, text);
    VIGIL_TRY(insert->run());
    if (id)
        *id = db.lastInsertRowId();
    return tx->commit();
}

int writeLoop(const char* dir, const char* passFile, const char* prefix)
{
    auto vault = openVault(dir, passFile);
    if (!vault.ok()) {
        printError(vault.error());
        return kExitFailed;
    }
    Database& db = (*vault)->database();
    if (Status s = db.exec("CREATE TABLE IF NOT EXISTS crash_rows("
                           "id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
        !s.ok()) {
        printError(s.error());
        return kExitFailed;
    }
    const QString head = QString::fromLocal8Bit(prefix);
    for (qint64 n = 0;; ++n) {
        QString payload = head + QLatin1Char(' ') + QString::number(n) + QLatin1Char(' ');
        payload += QString(qMax(0, 1024 - int(payload.size())), QLatin1Char('x'));
        qint64 id = 0;
        if (Status s = insertRow(db, "INSERT INTO crash_rows(payload) VALUES (?)", payload, &id);
            !s.ok()) {
            printError(s.error());
            return kExitFailed;
        }
        // Only now is the row durable, so only now may the parent count on it.
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

int fill(const char* dir, const char* passFile, const char* maxBytesText)
{
    char* end = nullptr;
    const unsigned long long maxBytes = std::strtoull(maxBytesText, &end, 10);
    if (!end || *end != '\0' || maxBytes == 0)
        return kExitUsage;
    const rlimit limit{maxBytes, maxBytes};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        std::perror("setrlimit");
        return kExitSetup;
    }
    std::signal(SIGXFSZ, SIG_IGN); // writes past the limit fail with EFBIG instead

    auto vault = openVault(dir, passFile);
    if (!vault.ok()) {
        printError(vault.error());
        return vault.error().kind == ErrorKind::DiskFull ? kExitOk : kExitFailed;
    }
    Database& db = (*vault)->database();
    Status s = db.exec("CREATE TABLE IF NOT EXISTS fill_rows(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
    // Incompressible 64 KB rows, each in its own transaction, until something gives.
    QByteArray payload(64 * 1024, '\0');
    for (int i = 0; s.ok() && i < 100000; ++i) {
        for (char& c : payload)
            c = char(std::rand() & 0xff);
        auto tx = db.beginWrite();
        if (!tx.ok()) {
            s = tx.error();
            break;
        }
        auto insert = db.prepare("INSERT INTO fill_rows(payload) VALUES (?)");
        if (!insert.ok()) {
            s = insert.error();
            break;
        }
        insert->bindBlob(1, payload);
        s = insert->run();
        if (s.ok())
            s = tx->commit();
    }
    if (s.ok()) {
        std::printf("ok no error before the row limit\n");
        return kExitFailed;
    }
    printError(s.error());
    return s.error().kind == ErrorKind::DiskFull ? kExitOk : kExitFailed;
}

int openUnprivileged(const char* dir, const char* passFile)
{
    SecretBuffer passphrase;
    if (!readPassphrase(passFile, passphrase)) {
        std::printf("setup cannot read the passphrase file\n");
        return kExitSetup;
    }
    // root ignores file modes, so a read-only folder is only read-only to someone else.
    if (::geteuid() == 0) {
        const uid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            std::perror("dropping privileges");
            return kExitSetup;
        }
    }
    auto vault = Vault::open(QString::fromLocal8Bit(dir), passphrase);
    if (!vault.ok()) {
        printError(vault.error());
        return kExitFailed;
    }
    Database& db = (*vault)->database();
    Status s = [&]() -> Status {
        auto tx = db.beginWrite();
        if (!tx.ok())
            return tx.error();
        VIGIL_TRY(db.exec("CREATE TABLE IF NOT EXISTS unprivileged_probe(x INTEGER)"));
        VIGIL_TRY(db.exec("INSERT INTO unprivileged_probe(x) VALUES (1)"));
        return tx->commit();
    }();
    if (!s.ok()) {
        printError(s.error());
        return kExitFailed;
    }
    std::printf("ok\n");
    return kExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil-Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil-Test-Child"));
    if (!hardenProcess())
        return kExitSetup;

    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "write-loop" && (argc == 4 || argc == 5))
        return writeLoop(argv[2], argv[3], argc == 5 ? argv[4] : "row");
    if (command == "fill" && argc == 5)
        return fill(argv[2], argv[3], argv[4]);
    if (command == "open-unprivileged" && argc == 4)
        return openUnprivileged(argv[2], argv[3]);
    std::fprintf(stderr,
                 "usage: vigil-test-child write-loop VAULT_DIR PASSFILE [PAYLOAD_PREFIX]\n"
                 "       vigil-test-child fill VAULT_DIR PASSFILE MAX_FILE_BYTES\n"
                 "       vigil-test-child open-unprivileged VAULT_DIR PASSFILE\n");
    return kExitUsage;
}
