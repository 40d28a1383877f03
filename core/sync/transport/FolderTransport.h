#pragma once

#include "core/sync/transport/Transport.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

// The mailbox in a folder: a USB stick carried between laptops or a shared
// drive (DESIGN.md §6.5). Uploads are written as "<name>.part", flushed to
// the medium (fsync) and renamed, so a stick pulled out mid-copy never holds
// a complete-looking half file. Missing, read-only and full media give plain
// errors (NotFound, ReadOnly, DiskFull).
class FolderTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(vigil::FolderTransport)
public:
    // `root` is the mailbox folder itself (for example /media/amina/STICK/vigil).
    explicit FolderTransport(QString root);

    const QString& root() const { return m_root; }

    Status prepare(const QString& deviceId) override;
    Result<QStringList> list(const QString& recipientId) override;
    Status fetch(const QString& recipientId, const QString& name,
                 const QString& localPath) override;
    Status put(const QString& recipientId, const QString& name, const QString& localPath) override;
    Status remove(const QString& recipientId, const QString& name) override;
    QString describe() const override;

private:
    // NotFound with a hint to plug the medium in when the root is missing.
    Status checkRoot() const;
    QString mailboxPath(const QString& recipientId) const;
    Status makeFolder(const QString& path) const;

    QString m_root;
};

} // namespace vigil
