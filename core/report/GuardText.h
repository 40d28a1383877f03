#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace vigil::report {

// The text checks of the publication guard: splitting text into sentences
// (so a finding can quote the one that causes it), words that single one
// person out ("the only woman", "the sole foreign national") and interview
// pseudonym codes ("D-07").
class GuardText
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::GuardText)
public:
    // Sentences of `text` by Unicode rules, trimmed, empty ones dropped.
    static QStringList sentences(const QString& text);
    // The phrases that single someone out, in English and in the language of
    // the installed translation (translators list their own).
    static QStringList singlingOutPhrases();
    // The first such phrase in `sentence`, or empty.
    static QString singlingOut(const QString& sentence);
    // The first pseudonym code in `text` (PseudonymGenerator's form), or empty.
    static QString pseudonym(const QString& text);

private:
    static const QRegularExpression& singlingOutPattern();
};

} // namespace vigil::report
