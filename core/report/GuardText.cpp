#include "core/report/GuardText.h"

#include <QTextBoundaryFinder>

namespace vigil::report {

namespace {

struct Text
{
    const char* source;
    const char* comment;
};

// Semicolon-separated so that translators can add as many as their language needs.
constexpr Text kPhrases = QT_TRANSLATE_NOOP3(
    "vigil::report::GuardText",
    "the only woman;the only women;the only female;the only girl;the only boy;the only man;"
    "the only foreign national;the only foreigner;the only non-national;the only child;"
    "the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;"
    "the only resident;the only person;the only one;only one woman;only one foreign national;"
    "only one child;sole woman;sole foreign national;sole detainee;sole",
    "phrases of a report that single out one person, separated by semicolons; translate them "
    "and add the forms your language uses (genders, cases)");

QStringList split(const QString& list)
{
    QStringList out;
    for (const QString& p : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

// Scripts written without spaces between words match anywhere; the others
// only as whole words ("sole" but not "console").
bool spaced(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return false;
    default:
        return true;
    }
}

QString alternative(const QString& phrase)
{
    QString out = QRegularExpression::escape(phrase);
    if (spaced(phrase.front()))
        out.prepend(QStringLiteral("(?<!\\w)"));
    if (spaced(phrase.back()))
        out.append(QStringLiteral("(?!\\w)"));
    return out;
}

} // namespace

QStringList GuardText::sentences(const QString& text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString sentence = text.mid(start, end - start).trimmed();
        if (!sentence.isEmpty())
            out.append(sentence);
        start = end;
    }
    return out;
}

QStringList GuardText::singlingOutPhrases()
{
    QStringList phrases = split(QString::fromUtf8(kPhrases.source));
    for (const QString& p : split(QCoreApplication::translate("vigil::report::GuardText",
                                                              kPhrases.source, kPhrases.comment))) {
        if (!phrases.contains(p, Qt::CaseInsensitive))
            phrases.append(p);
    }
    // Longest first, so the finding names "the only foreign national", not "the only".
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return phrases;
}

const QRegularExpression& GuardText::singlingOutPattern()
{
    // Rebuilt when the installed translation changes the list.
    thread_local QStringList builtFrom;
    thread_local QRegularExpression pattern;
    const QStringList phrases = singlingOutPhrases();
    if (phrases != builtFrom) {
        QStringList alternatives;
        for (const QString& p : phrases)
            alternatives.append(alternative(p));
        pattern = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
        builtFrom = phrases;
    }
    return pattern;
}

QString GuardText::singlingOut(const QString& sentence)
{
    const QRegularExpressionMatch m = singlingOutPattern().match(sentence);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString GuardText::pseudonym(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("(?<![\\w-])[DGSME]-\\d{2,4}(?![\\w-])"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = code.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace vigil::report
