#include "ui/report/ReportLanguage.h"

#include "ui/UiResources.h"
#include "ui/UiTranslations.h"

#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace vigil {

namespace {

// The translator of the report being built on this thread, if any.
thread_local const QTranslator* t_report = nullptr;

class RoutingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const QTranslator* report = t_report;
        if (!report)
            return {}; // not a report's thread: the interface's translators answer
        QString text = report->translate(context, sourceText, disambiguation, n);
        // Untranslated means the English source, never the interface's language.
        if (text.isNull())
            text = QString::fromUtf8(sourceText);
        return text;
    }

    // Installing or keeping it changes no text the interface shows, so Qt
    // need not send every widget a language change.
    bool isEmpty() const override { return true; }
};

QPointer<RoutingTranslator>& router()
{
    static QPointer<RoutingTranslator> instance;
    return instance;
}

} // namespace

void ReportLanguage::install(QObject* owner)
{
    ensureUiResources();
    if (router())
        QCoreApplication::removeTranslator(router());
    delete router();
    router() = new RoutingTranslator(owner);
    router()->setObjectName(QStringLiteral("reportLanguageRouter"));
    QCoreApplication::installTranslator(router());
}

bool ReportLanguage::isInstalled()
{
    return !router().isNull();
}

ReportLanguage::Scope::Scope(const QString& language) : m_translator(new QTranslator)
{
    // Vigil's own words only: Qt's (dialog buttons) never appear in a report.
    if (!m_translator->load(QStringLiteral(":/i18n/vigil_%1.qm").arg(language)))
        (void)m_translator->load(QStringLiteral(":/i18n/vigil_en.qm")); // plural forms
    m_previous = std::exchange(t_report, m_translator.get());
}

ReportLanguage::Scope::~Scope()
{
    t_report = m_previous;
}

QStringList ReportLanguage::languages()
{
    return vigilLanguages();
}

QString ReportLanguage::nativeName(const QString& code)
{
    const QLocale locale(code);
    // Not "American English": a report is in English, whatever the spelling.
    QString name = locale.language() == QLocale::English
                       ? QLocale::languageToString(QLocale::English)
                       : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString ReportLanguage::interfaceLanguage()
{
    const QLocale ui;
    for (const QString& code : languages()) {
        const QLocale candidate(code);
        if (candidate.language() == ui.language() &&
            (candidate.language() != QLocale::Chinese || candidate.script() == ui.script()))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace vigil
