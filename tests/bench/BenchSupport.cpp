#include "tests/bench/BenchSupport.h"

#include <QFile>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

namespace vigil::bench {

double bestOfMs(int rounds, const std::function<void()>& work)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

double threadCpuMs()
{
    struct timespec ts = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double peakRssMiB()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

namespace {

// Resident set size now, in KiB (/proc/self/statm: pages).
qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

// The kernel's high-water mark of the resident set, in KiB (VmHWM).
qint64 highWaterKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

bool resetHighWater()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

PeakMemory::PeakMemory()
{
    malloc_trim(0);
    const bool reset = resetHighWater();
    m_startKiB = residentKiB();
    if (reset)
        return;
    m_sampledPeakKiB = m_startKiB;
    m_sampler = std::thread([this] {
        while (!m_stop.load()) {
            const qint64 now = residentKiB();
            if (now > m_sampledPeakKiB.load())
                m_sampledPeakKiB = now;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
}

PeakMemory::~PeakMemory()
{
    (void)addedMiB();
}

double PeakMemory::addedMiB()
{
    qint64 peak = 0;
    if (m_sampler.joinable() || m_wasSampled) {
        m_stop = true;
        if (m_sampler.joinable()) {
            m_sampler.join();
            m_wasSampled = true;
        }
        peak = std::max(m_sampledPeakKiB.load(), residentKiB());
    } else {
        peak = highWaterKiB();
    }
    return double(std::max<qint64>(0, peak - m_startKiB)) / 1024.0;
}

void report(const char* name, double value, const char* unit)
{
    std::printf("%-48s %10.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void reportRatio(const char* name, double measured, double limit, double target)
{
    const double ratio = limit > 0 ? measured / limit : 0;
    std::printf("%-48s %10.3fx   (%.2f ms vs %.2f ms; target <= %.2fx) %s\n", name, ratio, measured,
                limit, target, ratio <= target ? "ok" : "OVER TARGET");
    std::fflush(stdout);
}

} // namespace vigil::bench
