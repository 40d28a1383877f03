#include "core/sync/transport/MailboxName.h"

#include <QRegularExpression>

namespace vigil {

namespace {

// Anchored, ASCII only: nothing else may be joined to a path or a URL.
const QRegularExpression& deviceIdPattern()
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9a-f]{32}\\z"));
    return re;
}

const QRegularExpression& fileNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:[0-9a-f]{32}-[0-9]{10}-[0-9]{1,20}-[0-9]{1,20}\\.vgb"
                       "|enrol-[0-9a-f]{32}\\.vge)\\z"));
    return re;
}

} // namespace

bool MailboxName::isDeviceId(const QString& id)
{
    return deviceIdPattern().match(id).hasMatch();
}

bool MailboxName::isFileName(const QString& name)
{
    return fileNamePattern().match(name).hasMatch();
}

QString MailboxName::folderOf(const QString& recipientId)
{
    return QStringLiteral("to-") + recipientId;
}

QString MailboxName::partOf(const QString& name)
{
    return name + QStringLiteral(".part");
}

Status MailboxName::checkDeviceId(const QString& id)
{
    if (isDeviceId(id))
        return {};
    return Error::make(ErrorKind::Usage, tr("This is not a valid device id."),
                       QStringLiteral("mailbox: invalid device id (%1 characters)").arg(id.size()));
}

Status MailboxName::checkFileName(const QString& name)
{
    if (isFileName(name))
        return {};
    return Error::make(
        ErrorKind::Usage, tr("This is not a valid name for a sync file."),
        QStringLiteral("mailbox: invalid file name (%1 characters)").arg(name.size()));
}

} // namespace vigil
