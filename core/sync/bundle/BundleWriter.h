#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/bundle/BundleItemKind.h"
#include "core/sync/bundle/BundleLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;

namespace vigil {

class BundleRandomness;

// Writes one .vgb bundle (docs/bundle-format.md) to a device as items are
// added: only the current 64 KiB chunk and the item being added are held in
// memory, never the bundle. The writer does not name, rename or sync files:
// the caller writes to a temporary name (the mailbox's "<name>.vgb.part", or
// a QSaveFile) and renames only after finish() succeeded, deleting it on any
// error, so a half-written bundle is never picked up.
//
// Errors: BundleFull and ItemTooLarge are reported before anything of the
// item is written, so the caller can finish() this bundle and put the item in
// the next one. After any other error the writer is spent and its output
// must be discarded.
class BundleWriter
{
public:
    // The sender's part of the header.
    struct Origin
    {
        QString senderId;     // this device's id (DeviceIdentity::id())
        quint64 firstSeq = 1; // seq range of the ops carried; empty: first = last + 1
        quint64 lastSeq = 0;
        qint64 createdMs = 0;
        QByteArray chainHead;
    };
    struct Recipient
    {
        QString deviceId;
        QByteArray boxPublicKey; // X25519, 32 bytes
    };

    // Writes the prefix and header. `signSecretKey` is the sender's Ed25519
    // secret key (64 bytes), whose public half must match origin.senderId.
    // `randomness` is for test vectors only; production passes nothing.
    static Result<BundleWriter> begin(QIODevice& out, const Origin& origin,
                                      const SecretBuffer& signSecretKey,
                                      const QList<Recipient>& recipients,
                                      const BundleLimits& limits = {},
                                      BundleRandomness* randomness = nullptr);

    BundleWriter(BundleWriter&&) noexcept;
    BundleWriter& operator=(BundleWriter&&) noexcept;
    ~BundleWriter();

    // An op, ack vector, roster or config item (BundleItems::checkRecordBody).
    Status addItem(BundleItemKind kind, const QCborValue& body);
    // Streams exactly `size` bytes of `content` as a blob, 64 KiB at a time,
    // after checking that all of it fits. A blob larger than a bundle can
    // hold is ItemTooLarge: split it into parts described by `meta`.
    Status addBlob(const QCborMap& meta, QIODevice& content, qint64 size);

    // The size the bundle would have if finished now.
    qint64 projectedSize() const;

    // Encrypts the last chunk (tagged FINAL), appends the trailer and the
    // signature, and returns the bundle's size in bytes.
    Result<qint64> finish();

private:
    struct State;
    explicit BundleWriter(std::unique_ptr<State> state);
    Status usable() const;
    Status appendPlain(const char* data, qsizetype size);
    Status pushChunk(bool final);
    Status writeOut(const char* data, qsizetype size);
    Status checkRoom(qint64 plainBytes, qint64 items, const QString& what) const;

    std::unique_ptr<State> m;
};

} // namespace vigil
