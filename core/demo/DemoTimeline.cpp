#include "core/demo/DemoTimeline.h"

#include <algorithm>

namespace vigil {

bool DemoTimeline::later(const Entry& a, const Entry& b)
{
    return a.at != b.at ? a.at > b.at : a.order > b.order;
}

void DemoTimeline::schedule(qint64 at, Action action)
{
    m_queue.push_back({at, m_nextOrder++, std::move(action)});
    std::push_heap(m_queue.begin(), m_queue.end(), &DemoTimeline::later);
}

Status DemoTimeline::runUntil(qint64 until)
{
    while (!m_queue.empty()) {
        std::pop_heap(m_queue.begin(), m_queue.end(), &DemoTimeline::later);
        Entry entry = std::move(m_queue.back());
        m_queue.pop_back();
        if (entry.at > until)
            continue;
        setNow(entry.at);
        VIGIL_TRY(entry.action());
    }
    return {};
}

} // namespace vigil
