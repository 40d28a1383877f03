#include "ui/UiTranslations.h"

#include "ui/UiSettings.h"
#include "ui/report/ReportLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigil {

void installTranslators(QObject* owner)
{
    for (QTranslator* old : owner->findChildren<QTranslator*>(
             QStringLiteral("vigilTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const auto install = [owner](const QString& name, const QString& dir, bool englishFallback) {
        auto* translator = new QTranslator(owner);
        translator->setObjectName(QStringLiteral("vigilTranslator"));
        // A language Vigil does not speak (or the C locale) gets the
        // interface in English, so English plural forms too.
        if (translator->load(QLocale(), name, QStringLiteral("_"), dir) ||
            (englishFallback && translator->load(name + QStringLiteral("_en"), dir)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    if (const QString chosen = UiSettings::language(); !chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    if (QLocale().textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), false);
    install(QStringLiteral("vigil"), QStringLiteral(":/i18n"), true);
    // In front of the others, so a report can be built in another language.
    // The application keeps it: it holds no language of its own.
    ReportLanguage::install(QCoreApplication::instance());
}

QStringList vigilLanguages()
{
    return {QStringLiteral("ar"), QStringLiteral("zh_CN"), QStringLiteral("en"),
            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
}

} // namespace vigil
