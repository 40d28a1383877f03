#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace vigil::bench {

// Best of `rounds` wall-clock timings of `work`, in milliseconds.
double bestOfMs(int rounds, const std::function<void()>& work);

// CPU time this thread has used, in milliseconds: unlike wall time it barely
// moves when other processes load the machine.
double threadCpuMs();

// Peak resident set size of this process so far, in MiB.
double peakRssMiB();

// The peak resident memory a stretch of work adds to what was resident when
// it began. Free heap is handed back first (malloc_trim) and the kernel's
// high-water mark is reset (/proc/self/clear_refs), so neither an earlier
// peak nor pages the allocator kept can hide it. Where the reset is refused
// (an ordinary user's process made non-dumpable by hardenProcess), a thread
// samples the resident size every millisecond instead.
class PeakMemory
{
public:
    PeakMemory();
    ~PeakMemory();
    PeakMemory(const PeakMemory&) = delete;
    PeakMemory& operator=(const PeakMemory&) = delete;

    // Stops measuring: the peak above the start, in MiB.
    double addedMiB();
    bool sampled() const { return m_sampler.joinable() || m_wasSampled; }

private:
    qint64 m_startKiB = 0;
    std::atomic<qint64> m_sampledPeakKiB{0};
    std::atomic<bool> m_stop{false};
    bool m_wasSampled = false;
    std::thread m_sampler;
};

// Prints one result line: "name: value unit".
void report(const char* name, double value, const char* unit);
// Prints a ratio against its limit and the target: "name: 1.08x (target <= 1.15)".
void reportRatio(const char* name, double measured, double limit, double target);

} // namespace vigil::bench
