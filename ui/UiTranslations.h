#pragma once

class QObject;

namespace vigil {

// Installs Qt's own translations and Vigil's (embedded under :/i18n) for the
// default QLocale. English has one too: it holds the plural forms of the
// "%n …(s)" messages. `owner` keeps the translators alive; calling again
// replaces the previous ones.
void installTranslators(QObject* owner);

} // namespace vigil
