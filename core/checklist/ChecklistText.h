#pragma once

#include "core/checklist/ChecklistTemplate.h"

#include <QString>

namespace vigil::ChecklistText {

// A text of `checklist` in the interface language: the built-in templates are
// written in English and their texts translated like the rest of Vigil
// (context "vigil::ChecklistTemplates", listed by
// translations/extract_template_strings.py). A template written in another
// language, or a text no translation knows, is shown as written.
QString display(const QString& templateLanguage, const QString& text);
inline QString display(const ChecklistTemplate& checklist, const QString& text)
{
    return display(checklist.language, text);
}

} // namespace vigil::ChecklistText
