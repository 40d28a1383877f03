// Checklist templates: the built-ins are complete and well formed; every
// malformed input is refused with a message naming the line or the field.
#include "core/checklist/TemplateLoader.h"
#include "core/model/Vocabulary.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace vigil;

namespace {

QJsonObject validTemplate()
{
    const QJsonObject q1{{QStringLiteral("id"), QStringLiteral("Q-1")},
                         {QStringLiteral("category"), QStringLiteral("treatment")},
                         {QStringLiteral("text"), QStringLiteral("Is force recorded?")},
                         {QStringLiteral("answer"), QStringLiteral("yes_no")},
                         {QStringLiteral("standards"), QJsonArray{QStringLiteral("Mandela Rule 82")}}};
    const QJsonObject q2{{QStringLiteral("id"), QStringLiteral("Q-2")},
                         {QStringLiteral("category"), QStringLiteral("regime")},
                         {QStringLiteral("subcategory"), QStringLiteral("Visits")},
                         {QStringLiteral("text"), QStringLiteral("How often are visits allowed?")},
                         {QStringLiteral("answer"), QStringLiteral("choice")},
                         {QStringLiteral("choices"), QJsonArray{QStringLiteral("weekly"), QStringLiteral("monthly")}}};
    return {{QStringLiteral("format"), QStringLiteral("vigil-checklist")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("key"), QStringLiteral("test-v1")},
            {QStringLiteral("place_type"), QStringLiteral("prison")},
            {QStringLiteral("title"), QStringLiteral("Test")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("questions"), QJsonArray{q1, q2}}};
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QJsonObject withQuestion(QJsonObject root, int index, const QString& field, const QJsonValue& value)
{
    QJsonArray questions = root[QStringLiteral("questions")].toArray();
    QJsonObject q = questions[index].toObject();
    if (value.isUndefined())
        q.remove(field);
    else
        q[field] = value;
    questions[index] = q;
    root[QStringLiteral("questions")] = questions;
    return root;
}

// Parses `json`, requires a Validation error and returns its message.
QString rejection(const QByteArray& json)
{
    auto r = TemplateLoader::parse(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Validation);
    return r.error().message;
}

} // namespace

TEST_CASE("every built-in template parses, covers all six categories and cites standards",
          "[checklist]")
{
    auto templates = TemplateLoader::builtIn();
    REQUIRE(templates.ok());
    QStringList placeTypes;
    QSet<QString> keys;
    for (const ChecklistTemplate& t : *templates) {
        CAPTURE(t.key);
        placeTypes.append(t.placeType);
        CHECK_FALSE(keys.contains(t.key));
        keys.insert(t.key);
        CHECK(t.language == QStringLiteral("en"));
        CHECK(t.questions.size() >= 25);
        CHECK(t.questions.size() <= 40);
        QStringList all;
        for (const char* c : vocab::kFindingCategories)
            all.append(QLatin1StringView(c));
        CHECK(t.categories() == all);
        for (const ChecklistQuestion& q : t.questions) {
            CAPTURE(q.id);
            CHECK_FALSE(q.standards.isEmpty());
            CHECK((q.text.endsWith(QLatin1Char('?')) || q.text.contains(QStringLiteral("? "))));
            CHECK_FALSE(q.subcategory.isEmpty());
        }
        auto again = TemplateLoader::parse(TemplateLoader::serialize(t));
        REQUIRE(again.ok());
        CHECK(again->questions == t.questions);
        CHECK(again->key == t.key);
        CHECK(again->version == t.version);
        CHECK(again->title == t.title);
        CHECK(TemplateLoader::serialize(*again) == TemplateLoader::serialize(t));
    }
    placeTypes.sort();
    CHECK(placeTypes == QStringList{QStringLiteral("immigration_detention"),
                                    QStringLiteral("juvenile_centre"),
                                    QStringLiteral("police_custody"),
                                    QStringLiteral("prison"),
                                    QStringLiteral("psychiatric_hospital"),
                                    QStringLiteral("social_care_home")});
}

TEST_CASE("a valid template is read field by field", "[checklist]")
{
    auto t = TemplateLoader::parse(bytes(validTemplate()));
    REQUIRE(t.ok());
    CHECK(t->key == QStringLiteral("test-v1"));
    CHECK(t->version == 1);
    CHECK(t->placeType == QStringLiteral("prison"));
    REQUIRE(t->questions.size() == 2);
    CHECK(t->questions[0].answer == AnswerType::YesNo);
    CHECK(t->questions[0].standards == QStringList{QStringLiteral("Mandela Rule 82")});
    CHECK(t->questions[1].answer == AnswerType::Choice);
    CHECK(t->questions[1].choices == QStringList{QStringLiteral("weekly"), QStringLiteral("monthly")});
    CHECK(t->question(QStringLiteral("Q-2"))->subcategory == QStringLiteral("Visits"));
    CHECK(t->question(QStringLiteral("nope")) == nullptr);
    CHECK(t->inCategory(QStringLiteral("regime")).size() == 1);
    // Brackets inside strings are text, not nesting.
    auto nested = TemplateLoader::parse(bytes(withQuestion(
        validTemplate(), 0, QStringLiteral("guidance"), QStringLiteral("[[[[[[[[[[{{{{{{{{{{ \" ]]"))));
    CHECK(nested.ok());
}

TEST_CASE("wrong types, missing fields and unknown values are named", "[checklist]")
{
    QJsonObject root = validTemplate();
    root[QStringLiteral("version")] = QStringLiteral("1");
    CHECK(rejection(bytes(root)).contains(QStringLiteral("version")));

    root = validTemplate();
    root[QStringLiteral("title")] = 42;
    CHECK(rejection(bytes(root)).contains(QStringLiteral("title: must be text, not a number")));

    root = validTemplate();
    root.remove(QStringLiteral("format"));
    CHECK(rejection(bytes(root)).contains(QStringLiteral("format: is missing")));

    root = validTemplate();
    root[QStringLiteral("format")] = QStringLiteral("something-else");
    CHECK(rejection(bytes(root)).contains(QStringLiteral("format")));

    root = validTemplate();
    root[QStringLiteral("place_type")] = QStringLiteral("spaceship");
    CHECK(rejection(bytes(root)).contains(QStringLiteral("place_type: \"spaceship\"")));

    root = validTemplate();
    root[QStringLiteral("questions")] = QStringLiteral("none");
    CHECK(rejection(bytes(root)).contains(QStringLiteral("questions: must be a list")));

    root = validTemplate();
    root[QStringLiteral("questions")] = QJsonArray();
    CHECK(rejection(bytes(root)).contains(QStringLiteral("questions")));

    root = validTemplate();
    root[QStringLiteral("colour")] = QStringLiteral("blue");
    CHECK(rejection(bytes(root)).contains(QStringLiteral("colour")));

    const QString text = rejection(bytes(withQuestion(validTemplate(), 1, QStringLiteral("text"), 7)));
    CHECK(text.contains(QStringLiteral("questions[1] \"Q-2\".text: must be text")));

    const QString missing = rejection(
        bytes(withQuestion(validTemplate(), 0, QStringLiteral("text"), QJsonValue::Undefined)));
    CHECK(missing.contains(QStringLiteral("questions[0] \"Q-1\".text: is missing")));

    const QString category = rejection(
        bytes(withQuestion(validTemplate(), 0, QStringLiteral("category"), QStringLiteral("treatmnt"))));
    CHECK(category.contains(QStringLiteral("\"Q-1\".category: \"treatmnt\" is not one of")));

    const QString answer = rejection(
        bytes(withQuestion(validTemplate(), 0, QStringLiteral("answer"), QStringLiteral("maybe"))));
    CHECK(answer.contains(QStringLiteral("\"Q-1\".answer: \"maybe\"")));

    const QString noChoices = rejection(
        bytes(withQuestion(validTemplate(), 1, QStringLiteral("choices"), QJsonValue::Undefined)));
    CHECK(noChoices.contains(QStringLiteral("\"Q-2\".choices")));

    const QString strayChoices = rejection(bytes(
        withQuestion(validTemplate(), 0, QStringLiteral("choices"), QJsonArray{QStringLiteral("a")})));
    CHECK(strayChoices.contains(QStringLiteral("\"Q-1\".choices: is only allowed")));

    const QString typo = rejection(
        bytes(withQuestion(validTemplate(), 0, QStringLiteral("catgory"), QStringLiteral("regime"))));
    CHECK(typo.contains(QStringLiteral("\"Q-1\".catgory")));

    const QString standards = rejection(
        bytes(withQuestion(validTemplate(), 0, QStringLiteral("standards"), QJsonArray{1, 2})));
    CHECK(standards.contains(QStringLiteral("\"Q-1\".standards[0]")));

    const QString notObject = rejection(QByteArray("[1, 2, 3]"));
    CHECK(notObject.contains(QStringLiteral("one JSON object")));
}

TEST_CASE("duplicate question ids are refused", "[checklist]")
{
    const QString message =
        rejection(bytes(withQuestion(validTemplate(), 1, QStringLiteral("id"), QStringLiteral("Q-1"))));
    CHECK(message.contains(QStringLiteral("questions[1].id")));
    CHECK(message.contains(QStringLiteral("\"Q-1\" is used by an earlier question")));
}

TEST_CASE("broken JSON is refused with its line and column", "[checklist]")
{
    const QByteArray json = bytes(validTemplate());
    const QString truncated = rejection(json.left(json.size() / 2));
    CHECK(truncated.contains(QStringLiteral("line ")));
    CHECK(truncated.contains(QStringLiteral("not valid JSON")));

    const QByteArray broken = "{\n  \"format\": \"vigil-checklist\",\n  \"version\": 1\n  \"key\": \"x\"\n}";
    CHECK(rejection(broken).contains(QStringLiteral("line 4, column ")));
    CHECK(rejection(QByteArray()).contains(QStringLiteral("JSON")));
    CHECK(rejection(QByteArray("\x00\xff\xfe garbage", 12)).contains(QStringLiteral("line 1")));
}

TEST_CASE("oversized and deeply nested input is refused before parsing, fast", "[checklist]")
{
    QElapsedTimer timer;
    timer.start();
    // 10 MB of nested arrays: refused by size.
    QByteArray huge(5 * 1024 * 1024, '[');
    huge.append(QByteArray(5 * 1024 * 1024, ']'));
    CHECK(rejection(huge).contains(QStringLiteral("larger than 1024 KiB")));
    // Under the size limit but nested 400,000 deep: refused by the depth scan.
    QByteArray deep = "{\"questions\": ";
    deep.append(QByteArray(400'000, '['));
    deep.append(QByteArray(400'000, ']'));
    deep.append('}');
    const QString message = rejection(deep);
    CHECK(message.contains(QStringLiteral("nested deeper than 8 levels")));
    CHECK(message.contains(QStringLiteral("line 1, column 22")));
    CHECK(timer.elapsed() < 2000);
}
