#include "tests/bench/BenchSupport.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
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
