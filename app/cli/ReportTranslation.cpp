#include "app/cli/ReportTranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace vigil::cli {

namespace {

// The files are vigil_<code>.qm.
constexpr qsizetype kPrefixLength = 6; // "vigil_"

} // namespace

ReportTranslation::ReportTranslation(const QString& language)
{
    if (load(m_translator, language).isEmpty() &&
        !m_translator.load(QStringLiteral(":/i18n/vigil_en.qm")))
        return;
    m_installed = QCoreApplication::installTranslator(&m_translator);
}

ReportTranslation::~ReportTranslation()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString ReportTranslation::translatedCode(const QString& language)
{
    QTranslator probe;
    return load(probe, language);
}

QStringList ReportTranslation::languages()
{
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("vigil_*.qm")});
    for (const QString& file : files)
        codes.append(QFileInfo(file).completeBaseName().mid(kPrefixLength));
    return codes;
}

QString ReportTranslation::load(QTranslator& translator, const QString& language)
{
    // QLocale("xx") is the C locale, which would find nothing but say so less clearly.
    if (language.isEmpty() || QLocale(language).language() == QLocale::C ||
        !translator.load(QLocale(language), QStringLiteral("vigil"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        return {};
    return QFileInfo(translator.filePath()).completeBaseName().mid(kPrefixLength);
}

} // namespace vigil::cli
