// WipedBytes, the plaintext buffer of the item parser: a FIFO of bytes whose
// consume() must not move what it keeps (found by fuzzing: moving the rest
// after every item made a payload of tiny items quadratic in its size).
#include "core/sync/bundle/WipedBytes.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

TEST_CASE("WipedBytes: consuming leaves the bytes kept where they are", "[bundle]")
{
    WipedBytes bytes(64);
    const QByteArray abc("abcdefghij");
    bytes.append(abc.constData(), abc.size());
    const char* before = bytes.view().data();
    bytes.consume(3);
    CHECK(bytes.view().data() == before + 3);
    CHECK(bytes.view() == QByteArrayView("defghij"));
    CHECK(bytes.size() == 7);
    CHECK(bytes.space() == 57);
    bytes.clear();
    CHECK(bytes.size() == 0);
    CHECK(bytes.space() == 64);
}

TEST_CASE("WipedBytes: appending after consuming reuses the room in front", "[bundle]")
{
    WipedBytes bytes(8);
    bytes.append("123456", 6);
    bytes.consume(4); // "56" at offset 4; appending 5 more needs the front
    bytes.append("789ab", 5);
    CHECK(bytes.view() == QByteArrayView("56789ab"));
    CHECK(bytes.space() == 1);
    bytes.consume(7);
    bytes.append("ABCDEFGH", 8); // empty again: the whole capacity
    CHECK(bytes.view() == QByteArrayView("ABCDEFGH"));
}

TEST_CASE("WipedBytes: behaves as a FIFO of bytes under any appends and consumes", "[bundle]")
{
    QRandomGenerator random(20240611);
    WipedBytes bytes(257);
    QByteArray expected;
    qint64 next = 0;
    for (int step = 0; step < 5000; ++step) {
        if (random.bounded(2) == 0) {
            const qsizetype n = random.bounded(int(bytes.space()) + 1);
            QByteArray more(n, Qt::Uninitialized);
            for (char& c : more)
                c = char(next++ % 251);
            bytes.append(more.constData(), n);
            expected += more;
        } else {
            const qsizetype n = random.bounded(int(bytes.size()) + 1);
            bytes.consume(n);
            expected.remove(0, n);
        }
        REQUIRE(bytes.view() == QByteArrayView(expected));
        REQUIRE(bytes.space() == bytes.capacity() - expected.size());
    }
}
