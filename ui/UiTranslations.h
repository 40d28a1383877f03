#pragma once

#include <QStringList>

class QObject;

namespace vigil {

// Installs Qt's own translations and Vigil's (embedded under :/i18n) for the
// default QLocale. English has one too: it holds the plural forms of the
// "%n …(s)" messages. `owner` keeps the translators alive; calling again
// replaces the previous ones.
//
// The language is UiSettings::language() when one is chosen (it becomes the
// default QLocale, so dates and numbers follow it too), else the system's.
// A right-to-left language turns the whole interface right-to-left.
void installTranslators(QObject* owner);

// The languages Vigil speaks: the six UN languages, as codes ("ar", "zh_CN").
QStringList vigilLanguages();

} // namespace vigil
