#pragma once

#include "core/attachments/AttachmentCipher.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace vigil {

// The file an attachment is encrypted into before its row exists:
// <folder>/<random>.part, created exclusively with mode 0600. It is deleted
// when the object dies unless keep() was called, so a failed or cancelled
// import leaves nothing behind.
class PartFile
{
public:
    static Result<PartFile> create(const QString& folder);
    ~PartFile();
    PartFile(PartFile&& other) noexcept;
    PartFile& operator=(PartFile&&) = delete;
    PartFile(const PartFile&) = delete;

    // Writes to the file; errors carry errno's meaning (DiskFull, ...).
    AttachmentCipher::Sink sink();
    // fsync and close.
    Status finish();
    // Renames the finished file to `path` and syncs the folder. The renamed
    // file is still deleted by the destructor unless keep() follows.
    Status moveTo(const QString& path);
    void keep() { m_path.clear(); }

private:
    PartFile(int fd, QByteArray path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    QByteArray m_path; // encoded; empty once kept
};

} // namespace vigil
