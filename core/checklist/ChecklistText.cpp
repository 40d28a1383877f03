#include "core/checklist/ChecklistText.h"

#include <QCoreApplication>

namespace vigil::ChecklistText {

QString display(const QString& templateLanguage, const QString& text)
{
    if (text.isEmpty() || templateLanguage != QLatin1StringView("en"))
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("vigil::ChecklistTemplates", source.constData());
}

} // namespace vigil::ChecklistText
