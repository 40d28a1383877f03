#include "core/sync/bundle/BundleFrame.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace vigil {

namespace F = BundleFormat;

namespace {

Error refuse(BundleErrorCode code, const QString& detail)
{
    return BundleError::make(code, detail);
}

} // namespace

qint64 BundleFrame::payloadEnd() const
{
    return size - F::kTrailerSize;
}

QByteArray BundleFrame::headerBytes() const
{
    return prefixAndHeader.sliced(F::kPrefixSize);
}

Status readExactly(QIODevice& device, qint64 pos, char* data, qint64 size)
{
    if (!device.seek(pos))
        return refuse(BundleErrorCode::Io,
                      QStringLiteral("seek to %1 failed: %2").arg(pos).arg(device.errorString()));
    qint64 got = 0;
    while (got < size) {
        const qint64 n = device.read(data + got, size - got);
        if (n < 0)
            return refuse(BundleErrorCode::Io, device.errorString());
        if (n == 0)
            return refuse(BundleErrorCode::Damaged,
                          QStringLiteral("the file became shorter while it was read"));
        got += n;
    }
    return {};
}

Result<BundleFrame> BundleFrame::read(QIODevice& device, const BundleLimits& limits)
{
    BundleFrame frame;
    frame.size = device.size();

    // 1. Magic and version. A file too short to hold them is an incomplete
    // copy if what there is matches the magic.
    char prefix[F::kPrefixSize] = {};
    const qint64 have = std::min<qint64>(frame.size, F::kPrefixSize);
    VIGIL_TRY(readExactly(device, 0, prefix, have));
    if (std::memcmp(prefix, F::kMagic, std::size_t(std::min<qint64>(have, sizeof F::kMagic))) != 0)
        return refuse(BundleErrorCode::NotABundle, QStringLiteral("no VIGILBND magic"));
    if (have < F::kPrefixSize)
        return refuse(BundleErrorCode::Truncated,
                      QStringLiteral("%1 bytes, shorter than the prefix").arg(frame.size));
    const quint16 version = qFromBigEndian<quint16>(prefix + 8);
    if (version != F::kVersion)
        return refuse(BundleErrorCode::UnsupportedVersion,
                      QStringLiteral("format version %1, this reader knows %2")
                          .arg(version)
                          .arg(F::kVersion));

    // 2. Size limits, then whether the file is complete.
    const qint64 headerSize = qFromBigEndian<quint32>(prefix + 10);
    if (frame.size > limits.maxBundleSize)
        return refuse(
            BundleErrorCode::TooLarge,
            QStringLiteral("file of %1 bytes, limit %2").arg(frame.size).arg(limits.maxBundleSize));
    if (headerSize > limits.maxHeaderSize)
        return refuse(BundleErrorCode::TooLarge, QStringLiteral("header of %1 bytes, limit %2")
                                                     .arg(headerSize)
                                                     .arg(limits.maxHeaderSize));
    if (headerSize == 0)
        return refuse(BundleErrorCode::Damaged, QStringLiteral("empty header"));
    const qint64 minimum = F::kPrefixSize + headerSize + F::kChunkOverhead + F::kTrailerSize;
    if (frame.size < minimum)
        return refuse(BundleErrorCode::Truncated,
                      QStringLiteral("%1 bytes, at least %2 needed").arg(frame.size).arg(minimum));

    // 3. The trailer: a copy cut short (at a chunk boundary or anywhere else)
    // does not end with "VIGILEND" and its own length.
    frame.trailerHead = QByteArray(F::kTrailerSize - F::kSignatureSize, Qt::Uninitialized);
    VIGIL_TRY(readExactly(device, frame.payloadEnd(), frame.trailerHead.data(),
                          frame.trailerHead.size()));
    if (!frame.trailerHead.startsWith(QByteArrayView(F::kEndMagic, sizeof F::kEndMagic)))
        return refuse(BundleErrorCode::Truncated, QStringLiteral("no VIGILEND trailer"));
    const auto declared = qint64(qFromBigEndian<quint64>(frame.trailerHead.constData() + 8));
    if (declared != frame.size)
        return refuse(
            declared > frame.size ? BundleErrorCode::Truncated : BundleErrorCode::Damaged,
            QStringLiteral("trailer says %1 bytes, the file has %2").arg(declared).arg(frame.size));

    frame.prefixAndHeader = QByteArray(F::kPrefixSize + headerSize, Qt::Uninitialized);
    std::memcpy(frame.prefixAndHeader.data(), prefix, F::kPrefixSize);
    VIGIL_TRY(readExactly(device, F::kPrefixSize, frame.prefixAndHeader.data() + F::kPrefixSize,
                          headerSize));
    frame.signature = QByteArray(F::kSignatureSize, Qt::Uninitialized);
    VIGIL_TRY(readExactly(device, frame.size - F::kSignatureSize, frame.signature.data(),
                          F::kSignatureSize));
    return frame;
}

} // namespace vigil
