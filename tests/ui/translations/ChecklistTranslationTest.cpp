// The built-in checklists speak every language: each text of each template
// has a translation (so ChecklistTemplateStrings.cpp is in step with the
// JSON files), and a template written in another language is left alone.
#include "core/checklist/ChecklistText.h"
#include "core/checklist/TemplateLoader.h"
#include "ui/UiResources.h"
#include "ui/UiTranslations.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

TEST_CASE("Checklist templates: every built-in text translated in every language",
          "[ui][translations][checklist]")
{
    ensureUiResources();
    auto templates = TemplateLoader::builtIn();
    REQUIRE(templates.ok());
    REQUIRE(templates->size() >= 6);
    for (const QString& language : vigilLanguages()) {
        if (language == QLatin1StringView("en"))
            continue;
        INFO(language.toStdString());
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/vigil_%1.qm").arg(language)));
        QStringList untranslated;
        for (const ChecklistTemplate& t : *templates) {
            QStringList texts{t.title};
            for (const ChecklistQuestion& q : t.questions)
                texts << q.text << q.subcategory << q.guidance << q.choices;
            for (const QString& text : texts) {
                if (!text.isEmpty() &&
                    translator.translate("vigil::ChecklistTemplates", text.toUtf8().constData())
                        .isEmpty())
                    untranslated << text;
            }
        }
        INFO(untranslated.mid(0, 5).join(QStringLiteral(" | ")).toStdString());
        CHECK(untranslated.isEmpty());
    }
}

TEST_CASE("Checklist texts: shown translated when the template is in English, else as written",
          "[ui][translations][checklist]")
{
    ensureUiResources();
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/vigil_fr.qm")));
    QCoreApplication::installTranslator(&french);
    auto templates = TemplateLoader::builtIn();
    REQUIRE(templates.ok());
    const ChecklistTemplate& t = templates->first();
    const QString title = ChecklistText::display(t, t.title);
    CHECK_FALSE(title.isEmpty());
    CHECK(title != t.title);
    CHECK(ChecklistText::display(QStringLiteral("fr"), t.title) == t.title);
    CHECK(ChecklistText::display(t, QStringLiteral("A question nobody wrote")) ==
          QStringLiteral("A question nobody wrote"));
    QCoreApplication::removeTranslator(&french);
}
