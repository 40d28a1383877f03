#pragma once

namespace vigil {

// Registers the icons embedded in vigil_ui (resources/vigil.qrc). A static
// library's resources are only linked in when something refers to them, so
// every entry point into the UI calls this; repeated calls are harmless.
void ensureUiResources();

} // namespace vigil
