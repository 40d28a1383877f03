#pragma once

#include <QByteArray>
#include <QString>

namespace vigil {

// A photo, scan or document linked to a record (DESIGN.md §4 Attachments).
// The plaintext lives only in the encrypted file attachments/<id>; the key
// that opens it never leaves AttachmentStore.
struct Attachment
{
    QString id;
    QString ownerKind; // vocab::kAttachmentOwners
    QString ownerId;
    QString fileName;  // the original name, shown to the user
    QString mimeType;
    qint64 size = 0;   // bytes of plaintext
    QByteArray sha256; // of the plaintext, 32 bytes
    bool hasThumbnail = false;
    qint64 createdAt = 0; // Unix milliseconds
};

// What the caller knows about a file being imported.
struct NewAttachment
{
    QString ownerKind;
    QString ownerId;
    QString fileName;
    QString mimeType; // empty: detected from the name and the first bytes
};

} // namespace vigil
