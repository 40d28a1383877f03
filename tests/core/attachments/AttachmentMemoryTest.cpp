// Streaming: importing and exporting a 200 MB attachment must not hold it in
// memory. Peak RSS (getrusage ru_maxrss) may grow by less than 64 MB.
#include "core/attachments/AttachmentStore.h"
#include "core/util/Uuid7.h"

#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QIODevice>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace vigil;

namespace {

constexpr qint64 kTotal = qint64(200) << 20;

// A sequential source (like a pipe) that generates `size` bytes on demand.
class GeneratedStream : public QIODevice
{
public:
    explicit GeneratedStream(qint64 size) : m_left(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = std::min(max, m_left);
        for (qint64 i = 0; i < n; ++i) {
            m_x = m_x * 6364136223846793005ull + 1442695040888963407ull;
            data[i] = char(m_x >> 56);
        }
        m_left -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_left;
    quint64 m_x = 42;
};

// Hashes what it is given and keeps nothing.
class HashingSink : public QIODevice
{
public:
    HashingSink() { open(QIODevice::WriteOnly); }
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        hash.addData(QByteArrayView(data, size));
        bytes += size;
        return size;
    }
};

// Resident set size now, from /proc/self/statm.
long currentRssKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

TEST_CASE("a 200 MB attachment is imported and exported without holding it in memory",
          "[attachment][slow]")
{
    test::VaultFixture f;
    AttachmentStore store(*f.vault);
    const long peakBefore = peakRssKiB();
    const long rssBefore = currentRssKiB();
    long rssMax = rssBefore;

    GeneratedStream source(kTotal);
    qint64 lastProgress = 0;
    bool totalUnknown = true;
    AttachmentStore::Control control;
    control.progress = [&](qint64 done, qint64 total) {
        totalUnknown = totalUnknown && total == -1; // a sequential source has no known size
        lastProgress = done;
        if (done % (qint64(16) << 20) == 0)
            rssMax = std::max(rssMax, currentRssKiB());
    };
    auto a = store.import(source, {QStringLiteral("visit"), Uuid7::generate(),
                                   QStringLiteral("video.mp4"), QStringLiteral("video/mp4")},
                          control);
    REQUIRE(a.ok());
    CHECK(a->size == kTotal);
    CHECK(lastProgress == kTotal);
    CHECK(totalUnknown);

    HashingSink sink;
    REQUIRE(store.exportTo(a->id, sink, control).ok());
    CHECK(sink.bytes == kTotal);
    CHECK(sink.hash.result() == a->sha256);

    const long peakGrowthKiB = peakRssKiB() - peakBefore;
    const long rssGrowthKiB = rssMax - rssBefore;
    WARN("200 MB import + export: ru_maxrss growth " << peakGrowthKiB << " KiB; resident set "
                                                     << rssBefore << " KiB before, at most "
                                                     << rssMax << " KiB during");
    CHECK(peakGrowthKiB < 64 * 1024);
    CHECK(rssGrowthKiB < 64 * 1024);
}
