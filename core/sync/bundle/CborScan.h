#pragma once

#include <QByteArrayView>

namespace vigil::CborScan {

// Measures the first CBOR data item in `data` without decoding it, so a
// reader can bound its size and nesting before handing it to QCborValue
// (which would allocate and recurse on whatever a crafted file declares).
// Only what Vigil writes is accepted: definite lengths, no reserved
// additional information, well-formed simple values (RFC 8949 §3, §4.2.1
// minus the preferred-serialisation rules). Tags count as one nesting level.
enum class Status
{
    Complete,  // `length` is the item's size in bytes
    NeedMore,  // the item continues beyond `data`; `length` bytes are needed at least
    Malformed, // not well-formed, or uses indefinite lengths
    TooDeep,   // nested more than maxDepth levels (a lone scalar is level 1)
    TooLarge,  // the item would be longer than maxLength
};

struct Result
{
    Status status;
    qint64 length = 0;
};

Result scan(QByteArrayView data, int maxDepth, qint64 maxLength);

// The head of one data item at data[0]: major type, argument and head size.
// Returns false if `data` is too short or the head is not one Vigil accepts.
struct Head
{
    int major = 0;
    quint64 argument = 0;
    int size = 0;
};
bool readHead(QByteArrayView data, Head* head);

} // namespace vigil::CborScan
