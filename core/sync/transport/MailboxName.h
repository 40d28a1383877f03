#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

// The names a mailbox may hold (docs/sync-protocol.md "Mailbox"). Every name
// that reaches a transport is checked here first, so a crafted name ("..",
// "a/b", "x.part") can neither escape the mailbox folder nor pose as a
// finished upload; list() shows only names that pass.
class MailboxName
{
    Q_DECLARE_TR_FUNCTIONS(vigil::MailboxName)
public:
    // A device id: 32 lowercase hex digits (DeviceIdentity::idFor).
    static bool isDeviceId(const QString& id);
    // "<sender id>-<10 digits>-<first seq>-<last seq>.vgb" or
    // "enrol-<device id>.vge".
    static bool isFileName(const QString& name);

    // "to-<id>", the folder (or collection) of a recipient.
    static QString folderOf(const QString& recipientId);
    // "<name>.part": where an upload is written before it is renamed.
    static QString partOf(const QString& name);

    // Usage errors for the transports' callers.
    static Status checkDeviceId(const QString& id);
    static Status checkFileName(const QString& name);
};

} // namespace vigil
