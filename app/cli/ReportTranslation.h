#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace vigil::cli {

// Vigil's words in a report's language while the report is built, checked and
// rendered: ReportBuilder, the publication guard's messages and lexical rules
// (the translation's "the only woman"), the renderers' "Page N of M". The
// translations are embedded in vigil-cli under :/i18n, as in the window.
//
// vigil-cli's own lines stay in its language, so an object lives only as long
// as that work.
class ReportTranslation
{
public:
    // Installs the translation of `language`, or, without one, the English
    // file (the source text, with the plural forms of "%n …(s)").
    explicit ReportTranslation(const QString& language);
    ~ReportTranslation();
    ReportTranslation(const ReportTranslation&) = delete;
    ReportTranslation& operator=(const ReportTranslation&) = delete;

    // The code Vigil has a translation under for `language`, matched as Qt
    // matches locales ("zh-CN" finds "zh_CN", "fr_BE" finds "fr"); "" if none.
    static QString translatedCode(const QString& language);
    // The codes Vigil has translations for ("ar", "en", …, "zh_CN").
    static QStringList languages();

private:
    static QString load(QTranslator& translator, const QString& language);

    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace vigil::cli
