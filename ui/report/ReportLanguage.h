#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QObject;
class QTranslator;

namespace vigil {

// Lets a worker thread build a report in a language other than the
// interface's (the report to a Francophone authority from an English
// interface). ReportBuilder and the renderers take their words from tr(),
// which asks the application's translators; swapping those would change the
// language of the whole interface for the duration of the build. Instead one
// routing translator sits in front of the others: on a thread inside a
// Scope it answers in the scope's language, everywhere else it stays silent
// and the interface's translators answer as before.
class ReportLanguage
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ReportLanguage)
public:
    // Puts the routing translator in front of the application's (it never
    // triggers a language change). installTranslators() calls it last; a
    // Scope calls it too, for callers that never installed translators.
    // UI thread only.
    static void install(QObject* owner);
    static bool isInstalled();

    // While alive, tr() on the current thread answers in `language` (a code
    // of vigilLanguages(); an unknown one gives the English source text).
    class Scope
    {
    public:
        explicit Scope(const QString& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        std::unique_ptr<QTranslator> m_translator;
        const QTranslator* m_previous = nullptr;
    };

    // The report languages (the interface's six), and each one's name in
    // its own language, so a user can find theirs whatever the interface's.
    static QStringList languages();
    static QString nativeName(const QString& code);
    // The interface's language as one of languages() ("en" if none matches).
    static QString interfaceLanguage();
};

} // namespace vigil
