#pragma once

#include "core/sync/bundle/BundleItemKind.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QString>
#include <optional>

// The item envelope and the body rules shared by BundleWriter and the
// reader's BundleItemParser, so a writer never produces an item that a reader
// would refuse. An item is the CBOR array [kind, body].
namespace vigil::BundleItems {

// Whether `kind` is a record kind (op, ack, roster, config), whose body a
// sink receives as a QCborValue; blob kinds are streamed.
bool isRecordKind(std::uint64_t kind);

// Why `body` is not a valid body for the record kind `kind`, or nullopt.
std::optional<QString> checkRecordBody(BundleItemKind kind, const QCborValue& body);

// [kind, body] for record kinds and blob-begin.
QByteArray encode(BundleItemKind kind, const QCborValue& body);

// The head of a blob-chunk item carrying `size` bytes; the bytes follow it.
QByteArray blobChunkHead(qsizetype size);

// The encoded size of a whole blob of `size` bytes, its begin and end items
// included, and the number of items it takes.
qint64 blobEncodedSize(qint64 size, qint64 beginItemSize);
qint64 blobItemCount(qint64 size);

} // namespace vigil::BundleItems
