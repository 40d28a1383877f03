#include "core/attachments/Thumbnailer.h"

namespace vigil {

// Anchors the vtable in one translation unit.
Thumbnailer::~Thumbnailer() = default;

} // namespace vigil
