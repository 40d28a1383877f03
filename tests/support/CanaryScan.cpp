#include "tests/support/CanaryScan.h"

#include <QDirIterator>
#include <QFile>
#include <QUuid>

namespace vigil::test {

namespace {

QByteArray utf16(const QByteArray& utf8, bool bigEndian)
{
    QByteArray out;
    const QString s = QString::fromUtf8(utf8);
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

} // namespace

QStringList scanForCanaries(const QStringList& folders, const QList<QByteArray>& canaries)
{
    QList<QPair<QByteArray, QByteArray>> needles; // (pattern, canary)
    for (const QByteArray& c : canaries) {
        needles.append({c, c});
        needles.append({utf16(c, false), c});
        needles.append({utf16(c, true), c});
    }
    QStringList hits;
    for (const QString& folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const auto& [pattern, canary] : needles) {
                if (bytes.contains(pattern))
                    hits.append(path + QStringLiteral(": ") + QString::fromUtf8(canary));
            }
        }
    }
    hits.removeDuplicates();
    return hits;
}

QByteArray makeCanary(const char* tag)
{
    return QByteArray("CANARY-") + tag + '-' +
           QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
}

} // namespace vigil::test
