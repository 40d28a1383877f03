#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstring>

namespace vigil::test {

SecretBuffer secret(const char* text)
{
    return SecretBuffer::copyOf(text, std::strlen(text));
}

std::unique_ptr<QTemporaryDir> tempDir()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/vigil-test-XXXXXX"));
    return dir;
}

QMap<QString, QByteArray> hashTree(const QString& dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        hashes.insert(base.relativeFilePath(path),
                      QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

QString writePassphraseFile(const QString& dir, const char* passphrase)
{
    const QString path = dir + QStringLiteral("/passphrase.txt");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(passphrase);
        f.write("\n");
    }
    return path;
}

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace vigil::test
