#include "ui/UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVigilQrc()
{
    Q_INIT_RESOURCE(vigil);
}

namespace vigil {

void ensureUiResources()
{
    static const bool done = [] {
        initVigilQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace vigil
