// CborScan measures items before anything decodes them: sizes, nesting and
// incomplete input, on hand-written CBOR.
#include "core/sync/bundle/CborScan.h"

#include <QByteArray>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using CborScan::Status;

namespace {

CborScan::Result scanHex(const char* hexBytes, int maxDepth = 16, qint64 maxLength = 1 << 20)
{
    const QByteArray bytes = QByteArray::fromHex(hexBytes);
    return CborScan::scan(bytes, maxDepth, maxLength);
}

} // namespace

TEST_CASE("CborScan measures complete items", "[bundle][cbor]")
{
    CHECK(scanHex("00").status == Status::Complete);
    CHECK(scanHex("1903e8ff").length == 3);     // 1000, then something else
    CHECK(scanHex("4401020304").length == 5);   // bytes
    CHECK(scanHex("826161a10102").length == 6); // ["a", {1: 2}]
    CHECK(scanHex("80").length == 1);           // []
    CHECK(scanHex("a0").length == 1);           // {}
    CHECK(scanHex("c11a514b67b0").length == 6); // tag 1 (epoch time)
    CHECK(scanHex("f93c00").length == 3);       // half float 1.0
    CHECK(scanHex("f820").length == 2);         // simple(32)
    CHECK(scanHex("fb3ff199999999999a").length == 9);
}

TEST_CASE("CborScan asks for more input with the bytes it needs", "[bundle][cbor]")
{
    CHECK(scanHex("").status == Status::NeedMore);
    auto r = scanHex("5a00010000"); // a 65536-byte string, head only
    CHECK(r.status == Status::NeedMore);
    CHECK(r.length == 5 + 65536);
    r = scanHex("19"); // head cut short
    CHECK(r.status == Status::NeedMore);
    CHECK(r.length == 3);
    CHECK(scanHex("8301").status == Status::NeedMore);
}

TEST_CASE("CborScan refuses what Vigil never writes", "[bundle][cbor]")
{
    CHECK(scanHex("9f01ff").status == Status::Malformed); // indefinite array
    CHECK(scanHex("5f4101ff").status == Status::Malformed);
    CHECK(scanHex("ff").status == Status::Malformed);   // lone break
    CHECK(scanHex("1c").status == Status::Malformed);   // reserved
    CHECK(scanHex("f818").status == Status::Malformed); // simple(24) in two bytes
}

TEST_CASE("CborScan enforces depth and length limits from the heads alone", "[bundle][cbor]")
{
    CHECK(scanHex("8181818100", 5).status == Status::Complete);
    CHECK(scanHex("8181818100", 4).status == Status::TooDeep);
    CHECK(scanHex("c1c1c1c100", 4).status == Status::TooDeep); // tags nest too
    CHECK(scanHex("8000", 1).status == Status::Complete);      // an empty array is one level
    // Declared lengths and counts beyond the limit are refused without waiting for data.
    CHECK(scanHex("5bffffffffffffffff").status == Status::TooLarge);
    CHECK(scanHex("9bffffffffffffffff").status == Status::TooLarge);
    CHECK(scanHex("bb7fffffffffffffff").status == Status::TooLarge);
    CHECK(scanHex("5a00010000", 16, 1000).status == Status::TooLarge);
    CHECK(scanHex("4401020304", 16, 5).status == Status::Complete);
    CHECK(scanHex("4401020304", 16, 4).status == Status::TooLarge);
    // A million nested arrays is refused at the limit, not walked.
    QByteArray deep(1000000, char(0x81));
    deep.append(char(0));
    CHECK(CborScan::scan(deep, 16, 2000000).status == Status::TooDeep);
}
