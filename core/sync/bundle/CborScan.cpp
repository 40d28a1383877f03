#include "core/sync/bundle/CborScan.h"

#include <QVarLengthArray>

namespace vigil::CborScan {

namespace {

enum Major
{
    UnsignedInt = 0,
    NegativeInt,
    ByteString,
    TextString,
    Array,
    Map,
    Tag,
    Simple
};

// 0 = the head is fine or needs more bytes (size set); -1 = not accepted.
int decodeHead(QByteArrayView data, Head* head)
{
    const auto initial = quint8(data[0]);
    head->major = initial >> 5;
    const int info = initial & 0x1f;
    if (info < 24) {
        head->argument = quint64(info);
        head->size = 1;
    } else if (info <= 27) {
        head->size = 1 + (1 << (info - 24));
    } else {
        return -1; // 28-30 reserved, 31 indefinite length or break
    }
    if (data.size() < head->size)
        return 0;
    if (info >= 24) {
        quint64 value = 0;
        for (int i = 1; i < head->size; ++i)
            value = (value << 8) | quint8(data[i]);
        head->argument = value;
    }
    // A one-byte simple value below 32 is not well-formed (RFC 8949 §3.3).
    if (head->major == Simple && info == 24 && head->argument < 32)
        return -1;
    return 0;
}

} // namespace

bool readHead(QByteArrayView data, Head* head)
{
    return !data.isEmpty() && decodeHead(data, head) == 0 && data.size() >= head->size;
}

Result scan(QByteArrayView data, int maxDepth, qint64 maxLength)
{
    // Items still expected in each open container (map entries count twice).
    QVarLengthArray<quint64, 32> open;
    qint64 pos = 0;
    while (true) {
        if (open.size() + 1 > maxDepth)
            return {Status::TooDeep};
        if (pos >= data.size())
            return {pos + 1 > maxLength ? Status::TooLarge : Status::NeedMore, pos + 1};
        Head head;
        if (decodeHead(data.sliced(pos), &head) != 0)
            return {Status::Malformed};
        if (pos + head.size > maxLength)
            return {Status::TooLarge};
        if (pos + head.size > data.size())
            return {Status::NeedMore, pos + head.size};
        pos += head.size;

        quint64 children = 0;
        switch (head.major) {
        case ByteString:
        case TextString:
            if (head.argument > quint64(maxLength - pos))
                return {Status::TooLarge};
            pos += qint64(head.argument);
            if (pos > data.size())
                return {Status::NeedMore, pos};
            break;
        case Array:
        case Map:
            // Every child takes at least one byte, so a count beyond the limit
            // can be refused now instead of being walked.
            if (head.argument > quint64(maxLength - pos) / (head.major == Map ? 2 : 1))
                return {Status::TooLarge};
            children = head.argument * (head.major == Map ? 2 : 1);
            break;
        case Tag:
            children = 1;
            break;
        default:
            break;
        }
        if (children > 0) {
            open.append(children);
            continue;
        }
        // This item is complete, and so is every container it completes.
        while (!open.isEmpty() && --open.last() == 0)
            open.removeLast();
        if (open.isEmpty())
            return {Status::Complete, pos};
    }
}

} // namespace vigil::CborScan
