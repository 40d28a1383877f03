#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace vigil::bench {

// Best of `rounds` wall-clock timings of `work`, in milliseconds.
double bestOfMs(int rounds, const std::function<void()>& work);

// CPU time this thread has used, in milliseconds: unlike wall time it barely
// moves when other processes load the machine.
double threadCpuMs();

// Peak resident set size of this process so far, in MiB.
double peakRssMiB();

// Prints one result line: "name: value unit".
void report(const char* name, double value, const char* unit);
// Prints a ratio against its limit and the target: "name: 1.08x (target <= 1.15)".
void reportRatio(const char* name, double measured, double limit, double target);

} // namespace vigil::bench
