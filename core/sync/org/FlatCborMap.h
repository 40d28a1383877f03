#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace vigil {

// The CBOR of the small signed enrolment files (.vgi, .vge): one map whose
// keys are exactly 1..n in ascending order and whose values are unsigned
// integers, byte strings or text strings, every head in its shortest form.
// Reading accepts nothing else, so a file has exactly one encoding and a
// crafted one is refused before anything is allocated for it; it works on
// views of the caller's bytes, so a secret inside is copied only once, into
// guarded memory. Heads are decoded with CborScan::readHead (the bundle
// header's rules).
class FlatCborMap
{
public:
    enum Major
    {
        UnsignedInt = 0,
        ByteString = 2,
        TextString = 3,
        Map = 5,
    };

    struct Value
    {
        int major = UnsignedInt;
        quint64 number = 0;      // UnsignedInt
        QByteArrayView bytes;    // ByteString, TextString: a view of the input
        qsizetype keyOffset = 0; // where this entry's key starts in the input

        bool isUnsigned() const { return major == UnsignedInt; }
        bool isBytes(qsizetype size) const { return major == ByteString && bytes.size() == size; }
        // The text if this is a text string of valid UTF-8 with at most
        // maxLength UTF-16 units (QString::size), else nullopt.
        std::optional<QString> text(qsizetype maxLength) const;
    };

    // The `count` values of `data`, which must be exactly one such map.
    static std::optional<QList<Value>> read(QByteArrayView data, int count);

    // Writing, in key order: the map head, then each key and its value.
    static void appendHead(QByteArray& out, int major, quint64 argument);
    static void appendUnsigned(QByteArray& out, quint64 key, quint64 value);
    static void appendBytes(QByteArray& out, quint64 key, const char* data, qsizetype size);
    static void appendBytes(QByteArray& out, quint64 key, const QByteArray& value)
    {
        appendBytes(out, key, value.constData(), value.size());
    }
    static void appendText(QByteArray& out, quint64 key, const QString& value);
};

} // namespace vigil
