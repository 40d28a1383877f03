#include "tests/core/sync/transport/TransportTestSupport.h"

#include <QFile>
#include <sodium.h>

namespace vigil::test::mailbox {

QString deviceId(char digit)
{
    return QString(32, QLatin1Char(digit));
}

QString bundleName(const QString& senderId, int number)
{
    return QStringLiteral("%1-%2-%3-%4.vgb")
        .arg(senderId)
        .arg(number, 10, 10, QLatin1Char('0'))
        .arg(number * 10 + 1)
        .arg(number * 10 + 10);
}

QByteArray writeRandomFile(const QString& path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(size));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
        return {};
    return bytes;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::string outcome(const Error* error)
{
    if (!error)
        return "ok";
    return std::string(errorKindName(error->kind)) + ": " + error->message.toStdString() + " [" +
           error->detail.toStdString() + "]";
}

} // namespace vigil::test::mailbox
