// The translation files as translators hand them in (issue: six UN languages):
// complete, nothing obsolete, every placeholder, tag and mnemonic of the
// source kept, as many plural forms as each language has; and compiled into
// the application. translations/check_ts.py runs the same checks for
// translators without a build.
#include "ui/UiResources.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch_test_macros.hpp>

#include <map>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of the translation: "", "unfinished", "obsolete", "vanished"
    QStringList texts;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
};

QString translationsDir()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations");
}

TsFile parse(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    TsFile out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1StringView("TS")) {
                out.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == QLatin1StringView("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1StringView("message")) {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QStringLiteral("numerus")) ==
                            QLatin1StringView("yes");
            } else if (name == QLatin1StringView("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1StringView("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1StringView("translation")) {
                m.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!m.numerus)
                    m.texts << xml.readElementText();
            } else if (name == QLatin1StringView("numerusform")) {
                m.texts << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
            out.messages.append(m);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& re, const QString& text)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return sorted(out);
}

int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression marker(QStringLiteral("&(?=\\S)"));
    return int(matches(marker, text).size());
}

QString key(const Message& m)
{
    return m.context + QChar(0) + m.source + QChar(0) + m.comment;
}

} // namespace

TEST_CASE("Translations: every language complete, placeholders and mnemonics kept",
          "[ui][translations]")
{
    const std::map<QString, int> pluralForms{
        {QStringLiteral("ar"), 6}, {QStringLiteral("zh_CN"), 1}, {QStringLiteral("fr"), 2},
        {QStringLiteral("ru"), 3}, {QStringLiteral("es"), 2}};
    const TsFile english = parse(translationsDir() + QStringLiteral("/vigil_en.ts"));
    REQUIRE(english.messages.size() > 900);
    QHash<QString, const Message*> sources;
    for (const Message& m : english.messages)
        sources.insert(key(m), &m);

    static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?\\d{1,2})"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z]+[^>]*>"));
    for (const auto& [language, forms] : pluralForms) {
        INFO("vigil_" << language.toStdString() << ".ts");
        const QString path = translationsDir() + QStringLiteral("/vigil_%1.ts").arg(language);
        REQUIRE(QFile::exists(path));
        const TsFile ts = parse(path);
        CHECK(ts.language == language);
        QSet<QString> seen;
        QStringList problems;
        for (const Message& m : ts.messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            const Message* source = sources.value(key(m));
            if (!source) {
                problems << QStringLiteral("obsolete: ") + where;
                continue;
            }
            seen.insert(key(m));
            if (!m.type.isEmpty()) {
                problems << m.type + QStringLiteral(": ") + where;
                continue;
            }
            if (m.numerus && m.texts.size() != forms)
                problems << QStringLiteral("%1 plural forms: ").arg(m.texts.size()) + where;
            for (const QString& text : m.texts) {
                if (text.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (matches(placeholder, text) != matches(placeholder, m.source))
                    problems << QStringLiteral("placeholders: ") + where + QStringLiteral(" -> ") + text;
                else if (matches(tag, text).size() != matches(tag, m.source).size())
                    problems << QStringLiteral("tags: ") + where + QStringLiteral(" -> ") + text;
                else if (mnemonics(m.source) == 1 && mnemonics(text) != 1)
                    problems << QStringLiteral("mnemonic: ") + where + QStringLiteral(" -> ") + text;
            }
        }
        for (const Message& m : english.messages) {
            if (!seen.contains(key(m)))
                problems << QStringLiteral("missing: ") + m.context + QStringLiteral(": ") + m.source;
        }
        INFO(problems.mid(0, 20).join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());

        // Compiled and embedded, so the application can load it.
        vigil::ensureUiResources();
        QTranslator translator;
        CHECK(translator.load(QStringLiteral(":/i18n/vigil_%1.qm").arg(language)));
        CHECK(translator.language() == language);
    }
}
