#pragma once

#include <atomic>
#include <functional>

namespace vigil::report {

// How a caller follows and stops a rendering run, usually from another
// thread: the renderers run on a worker thread and call `progress` there.
struct RenderControl
{
    // Work done out of the total: pages painted for PDF; sections laid out
    // and then the file written for ODT. Called on the rendering thread.
    std::function<void(int done, int total)> progress;
    // Set (from any thread) to stop; the renderer then returns an error of
    // kind Cancelled and, for a file, leaves nothing behind.
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace vigil::report
