#include "core/sync/org/FlatCborMap.h"

#include "core/sync/bundle/CborScan.h"

#include <QStringDecoder>

namespace vigil {

namespace {

int shortestHeadSize(quint64 argument)
{
    if (argument < 24)
        return 1;
    if (argument <= 0xff)
        return 2;
    if (argument <= 0xffff)
        return 3;
    if (argument <= 0xffffffffULL)
        return 5;
    return 9;
}

// Reads the head at data[pos] and moves past it, if it is complete and in
// its shortest form (a longer one would give the same file a second encoding).
bool readCanonicalHead(QByteArrayView data, qsizetype& pos, CborScan::Head* head)
{
    if (pos >= data.size() || !CborScan::readHead(data.sliced(pos), head))
        return false;
    if (head->size != shortestHeadSize(head->argument))
        return false;
    pos += head->size;
    return true;
}

} // namespace

std::optional<QString> FlatCborMap::Value::text(qsizetype maxLength) const
{
    if (major != TextString)
        return std::nullopt;
    // The initial BOM is kept as a character, so decoding and encoding
    // back give the same bytes; anything else (invalid or overlong UTF-8)
    // is refused.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError() || decoded.size() > maxLength || decoded.toUtf8() != bytes)
        return std::nullopt;
    return decoded;
}

std::optional<QList<FlatCborMap::Value>> FlatCborMap::read(QByteArrayView data, int count)
{
    qsizetype pos = 0;
    CborScan::Head head;
    if (!readCanonicalHead(data, pos, &head) || head.major != Map ||
        head.argument != quint64(count))
        return std::nullopt;
    QList<Value> values;
    values.reserve(count);
    for (int key = 1; key <= count; ++key) {
        Value value;
        value.keyOffset = pos;
        if (!readCanonicalHead(data, pos, &head) || head.major != UnsignedInt ||
            head.argument != quint64(key))
            return std::nullopt;
        if (!readCanonicalHead(data, pos, &head))
            return std::nullopt;
        value.major = head.major;
        switch (head.major) {
        case UnsignedInt:
            value.number = head.argument;
            break;
        case ByteString:
        case TextString:
            if (head.argument > quint64(data.size() - pos))
                return std::nullopt;
            value.bytes = data.sliced(pos, qsizetype(head.argument));
            pos += qsizetype(head.argument);
            break;
        default:
            return std::nullopt;
        }
        values.append(value);
    }
    if (pos != data.size())
        return std::nullopt;
    return values;
}

void FlatCborMap::appendHead(QByteArray& out, int major, quint64 argument)
{
    const int size = shortestHeadSize(argument);
    const auto initial = quint8(major << 5);
    if (size == 1) {
        out.append(char(initial | quint8(argument)));
        return;
    }
    static constexpr quint8 kInfo[] = {0, 24, 25, 0, 26, 0, 0, 0, 27};
    out.append(char(initial | kInfo[size - 1]));
    for (int shift = 8 * (size - 2); shift >= 0; shift -= 8)
        out.append(char(quint8(argument >> shift)));
}

void FlatCborMap::appendUnsigned(QByteArray& out, quint64 key, quint64 value)
{
    appendHead(out, UnsignedInt, key);
    appendHead(out, UnsignedInt, value);
}

void FlatCborMap::appendBytes(QByteArray& out, quint64 key, const char* data, qsizetype size)
{
    appendHead(out, UnsignedInt, key);
    appendHead(out, ByteString, quint64(size));
    out.append(data, size);
}

void FlatCborMap::appendText(QByteArray& out, quint64 key, const QString& value)
{
    appendHead(out, UnsignedInt, key);
    const QByteArray utf8 = value.toUtf8();
    appendHead(out, TextString, quint64(utf8.size()));
    out.append(utf8);
}

} // namespace vigil
