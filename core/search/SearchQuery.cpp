#include "core/search/SearchQuery.h"

#include <QRegularExpression>

namespace vigil {

QString SearchQuery::toFtsExpression(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words)
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    if (!terms.isEmpty())
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

} // namespace vigil
