#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/bundle/BundleWriter.h"
#include "core/sync/exchange/ExportPlanner.h"
#include "core/util/Result.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigil {

class ExportSelection;

// What every bundle of one export shares.
struct ExportFrame
{
    QString senderId;
    const SecretBuffer* signSecretKey = nullptr;
    BundleWriter::Recipient recipient;
    BundleLimits limits;
    qint64 createdMs = 0;
    QList<QCborMap> roster; // roster item bodies, for the first bundle
    QCborArray ack;         // this vault's received vector
};

// Writes one planned bundle to a file, in the order of docs/sync-protocol.md:
// roster, coverage, ops, attachment files, ack. The file is written as
// "<path>.part", synced and renamed to `path`; on failure nothing is left.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ExportWriter)
public:
    struct Written
    {
        qint64 size = 0;
        qint64 ops = 0;
        qint64 blobs = 0;
    };

    static Result<Written> write(const QString& path, const ExportFrame& frame,
                                 const PlannedBundle& bundle, quint64 firstSeq, quint64 lastSeq,
                                 ExportSelection& selection);

private:
    static Result<Written> fill(BundleWriter& writer, const ExportFrame& frame,
                                const PlannedBundle& bundle, ExportSelection& selection);
};

} // namespace vigil
