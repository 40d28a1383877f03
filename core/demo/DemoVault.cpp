#include "core/demo/DemoVault.h"

#include "core/demo/DemoData.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace vigil {

QString DemoVault::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Vigil/demo-vault");
}

SecretBuffer DemoVault::generatePassphrase()
{
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // no 0/O, 1/I/L
    constexpr int kGroups = 4, kGroupChars = 4;
    SecretBuffer out(5 + kGroups * (kGroupChars + 1) - 1);
    char* p = reinterpret_cast<char*>(out.data());
    const char prefix[] = "demo";
    for (char c : {prefix[0], prefix[1], prefix[2], prefix[3]})
        *p++ = c;
    for (int g = 0; g < kGroups; ++g) {
        *p++ = '-';
        for (int i = 0; i < kGroupChars; ++i)
            *p++ = kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    }
    return out;
}

bool DemoVault::isDemoVault(const QString& dir)
{
    return QFile::exists(QDir(dir).filePath(QLatin1String(kMarkerFile)));
}

Result<Vault::Created> DemoVault::create(const QString& dir, const SecretBuffer& passphrase,
                                         const KdfParams& params, bool replace)
{
    if (Vault::existsAt(dir) || QDir(dir).exists()) {
        if (replace && isDemoVault(dir)) {
            if (!QDir(dir).removeRecursively())
                return Error::make(ErrorKind::Io,
                                   tr("The old demo vault at %1 could not be removed.")
                                       .arg(QDir::toNativeSeparators(dir)));
        } else if (replace && Vault::existsAt(dir)) {
            return Error::make(ErrorKind::AlreadyExists,
                               tr("%1 holds a vault that is not a demo vault; it is left as it is.")
                                   .arg(QDir::toNativeSeparators(dir)));
        }
    }
    auto created = Vault::create(dir, passphrase, params,
                                 tr("Demo — National Preventive Mechanism of Westland (fictional)"));
    if (!created)
        return created.error();
    QFile marker(QDir(dir).filePath(QLatin1String(kMarkerFile)));
    if (marker.open(QIODevice::WriteOnly))
        marker.write("This vault holds only fictional demo data created by vigil-cli demo.\n");
    marker.close();
    // The marker is written first, so a vault left half-filled can be replaced with --force.
    if (auto filled = DemoData::generate(created->vault->database()); !filled)
        return filled.error();
    return created;
}

} // namespace vigil
