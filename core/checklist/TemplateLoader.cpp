#include "core/checklist/TemplateLoader.h"

#include "core/model/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <span>

namespace vigil {

namespace {

constexpr const char* kFormat = "vigil-checklist";
constexpr const char* kRootFields[] = {"format", "version", "key", "place_type",
                                       "title", "language", "questions"};
constexpr const char* kQuestionFields[] = {"id",     "category", "subcategory", "text",
                                           "guidance", "answer", "choices",     "standards"};
constexpr qsizetype kMaxLabel = 200;
constexpr qsizetype kMaxListItems = 50;

enum class Need { Required, Optional };

Error invalid(const QString& where, const QString& what)
{
    const QString message = TemplateLoader::tr("Checklist template, %1: %2").arg(where, what);
    return Error::make(ErrorKind::Validation, message, message);
}

QString position(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return TemplateLoader::tr("line %1, column %2").arg(line).arg(column);
}

// Nesting depth on the raw bytes, so a deeply nested input never reaches the
// (recursive) JSON parser.
std::optional<Error> checkDepth(const QByteArray& json)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > TemplateLoader::kMaxDepth)
                return invalid(position(json, i), TemplateLoader::tr("nested deeper than %1 levels")
                                                      .arg(TemplateLoader::kMaxDepth));
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return TemplateLoader::tr("true/false");
    case QJsonValue::Double: return TemplateLoader::tr("a number");
    case QJsonValue::String: return TemplateLoader::tr("text");
    case QJsonValue::Array: return TemplateLoader::tr("a list");
    case QJsonValue::Object: return TemplateLoader::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return TemplateLoader::tr("nothing");
}

QString joined(std::span<const char* const> codes)
{
    QStringList list;
    for (const char* c : codes)
        list.append(QLatin1StringView(c));
    return list.join(QStringLiteral(", "));
}

bool isOneOf(const QString& value, std::span<const char* const> codes)
{
    return std::any_of(codes.begin(), codes.end(),
                       [&value](const char* c) { return value == QLatin1StringView(c); });
}

std::optional<Error> checkKnownFields(const QJsonObject& o, const QString& at,
                                      std::span<const char* const> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isOneOf(it.key(), allowed))
            return invalid(at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key(),
                           TemplateLoader::tr("is not a field of the format (known: %1)")
                               .arg(joined(allowed)));
    }
    return std::nullopt;
}

QString fieldPath(const QString& at, const char* name)
{
    return at.isEmpty() ? QString::fromLatin1(name) : at + QLatin1Char('.') + QLatin1StringView(name);
}

Result<QString> text(const QJsonObject& o, const QString& at, const char* name, Need need,
                     qsizetype maxLength)
{
    const QString where = fieldPath(at, name);
    const QJsonValue v = o.value(QLatin1StringView(name));
    if (v.isUndefined())
        return need == Need::Required ? Result<QString>(invalid(where, TemplateLoader::tr("is missing")))
                                      : QString();
    if (!v.isString())
        return invalid(where, TemplateLoader::tr("must be text, not %1").arg(typeName(v)));
    const QString s = v.toString();
    if (need == Need::Required && s.trimmed().isEmpty())
        return invalid(where, TemplateLoader::tr("must not be empty"));
    if (s.size() > maxLength)
        return invalid(where, TemplateLoader::tr("is longer than %1 characters").arg(maxLength));
    return s;
}

Result<QStringList> textList(const QJsonObject& o, const QString& at, const char* name)
{
    const QString where = fieldPath(at, name);
    const QJsonValue v = o.value(QLatin1StringView(name));
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return invalid(where, TemplateLoader::tr("must be a list of text, not %1").arg(typeName(v)));
    const QJsonArray items = v.toArray();
    if (items.size() > kMaxListItems)
        return invalid(where, TemplateLoader::tr("has more than %1 entries").arg(kMaxListItems));
    QStringList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!items[i].isString())
            return invalid(item, TemplateLoader::tr("must be text, not %1").arg(typeName(items[i])));
        const QString s = items[i].toString();
        if (s.trimmed().isEmpty() || s.size() > kMaxLabel)
            return invalid(item, TemplateLoader::tr("must be 1 to %1 characters").arg(kMaxLabel));
        if (out.contains(s))
            return invalid(item, TemplateLoader::tr("repeats \"%1\"").arg(s));
        out.append(s);
    }
    return out;
}

Result<ChecklistQuestion> parseQuestion(const QJsonValue& value, qsizetype index,
                                        QSet<QString>& seenIds)
{
    QString at = QStringLiteral("questions[%1]").arg(index);
    if (!value.isObject())
        return invalid(at, TemplateLoader::tr("must be an object, not %1").arg(typeName(value)));
    const QJsonObject o = value.toObject();
    ChecklistQuestion q;
    auto id = text(o, at, "id", Need::Required, 32);
    if (!id)
        return id.error();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!idPattern.match(*id).hasMatch())
        return invalid(at + QStringLiteral(".id"),
                       TemplateLoader::tr("\"%1\" may hold only letters, digits, '.', '_' and '-'")
                           .arg(*id));
    if (seenIds.contains(*id))
        return invalid(at + QStringLiteral(".id"),
                       TemplateLoader::tr("\"%1\" is used by an earlier question").arg(*id));
    seenIds.insert(*id);
    q.id = *id;
    at += QStringLiteral(" \"%1\"").arg(q.id);
    if (auto unknown = checkKnownFields(o, at, kQuestionFields))
        return *unknown;

    auto category = text(o, at, "category", Need::Required, kMaxLabel);
    if (!category)
        return category.error();
    if (!isOneOf(*category, vocab::kFindingCategories))
        return invalid(at + QStringLiteral(".category"),
                       TemplateLoader::tr("\"%1\" is not one of: %2")
                           .arg(*category, joined(vocab::kFindingCategories)));
    q.category = *category;
    auto subcategory = text(o, at, "subcategory", Need::Optional, kMaxLabel);
    auto questionText = text(o, at, "text", Need::Required, TemplateLoader::kMaxTextLength);
    auto guidance = text(o, at, "guidance", Need::Optional, TemplateLoader::kMaxTextLength);
    auto answer = text(o, at, "answer", Need::Required, kMaxLabel);
    for (const auto* r : {&subcategory, &questionText, &guidance, &answer}) {
        if (!r->ok())
            return r->error();
    }
    q.subcategory = *subcategory;
    q.text = *questionText;
    q.guidance = *guidance;
    const auto type = ChecklistTemplate::answerFromCode(*answer);
    if (!type)
        return invalid(at + QStringLiteral(".answer"),
                       TemplateLoader::tr("\"%1\" is not one of: yes_no, yes_no_partly, number, "
                                          "text, choice")
                           .arg(*answer));
    q.answer = *type;
    auto choices = textList(o, at, "choices");
    if (!choices)
        return choices.error();
    if (q.answer == AnswerType::Choice && choices->size() < 2)
        return invalid(at + QStringLiteral(".choices"),
                       TemplateLoader::tr("must list at least two choices when answer is \"choice\""));
    if (q.answer != AnswerType::Choice && o.contains(QStringLiteral("choices")))
        return invalid(at + QStringLiteral(".choices"),
                       TemplateLoader::tr("is only allowed when answer is \"choice\""));
    q.choices = *choices;
    auto standards = textList(o, at, "standards");
    if (!standards)
        return standards.error();
    q.standards = *standards;
    return q;
}

} // namespace

Result<ChecklistTemplate> TemplateLoader::parse(const QByteArray& json)
{
    if (json.size() > kMaxBytes)
        return invalid(tr("file"), tr("is larger than %1 KiB").arg(kMaxBytes / 1024));
    if (auto deep = checkDepth(json))
        return *deep;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(position(json, error.offset), tr("not valid JSON (%1)").arg(error.errorString()));
    if (!doc.isObject())
        return invalid(tr("file"), tr("must hold one JSON object"));
    const QJsonObject root = doc.object();
    if (auto unknown = checkKnownFields(root, {}, kRootFields))
        return *unknown;

    auto format = text(root, {}, "format", Need::Required, kMaxLabel);
    if (!format)
        return format.error();
    if (*format != QLatin1StringView(kFormat))
        return invalid(QStringLiteral("format"),
                       tr("must be \"%1\"; this file is something else or needs a newer Vigil")
                           .arg(QLatin1StringView(kFormat)));
    ChecklistTemplate t;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return invalid(QStringLiteral("version"), tr("is missing"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || std::floor(v) != v || v < 1 || v > 1'000'000)
        return invalid(QStringLiteral("version"),
                       tr("must be a whole number from 1 to 1000000, not %1").arg(typeName(version)));
    t.version = int(v);

    auto key = text(root, {}, "key", Need::Required, 64);
    auto placeType = text(root, {}, "place_type", Need::Required, kMaxLabel);
    auto title = text(root, {}, "title", Need::Required, kMaxLabel);
    auto language = text(root, {}, "language", Need::Required, 35);
    for (const auto* r : {&key, &placeType, &title, &language}) {
        if (!r->ok())
            return r->error();
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    if (!keyPattern.match(*key).hasMatch())
        return invalid(QStringLiteral("key"),
                       tr("\"%1\" may hold only lowercase letters, digits, '.', '_' and '-'").arg(*key));
    if (!isOneOf(*placeType, vocab::kPlaceTypes))
        return invalid(QStringLiteral("place_type"),
                       tr("\"%1\" is not one of: %2").arg(*placeType, joined(vocab::kPlaceTypes)));
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    if (!languagePattern.match(*language).hasMatch())
        return invalid(QStringLiteral("language"),
                       tr("\"%1\" is not a language code such as \"en\" or \"zh-CN\"").arg(*language));
    t.key = *key;
    t.placeType = *placeType;
    t.title = *title;
    t.language = *language;

    const QJsonValue questions = root.value(QStringLiteral("questions"));
    if (questions.isUndefined())
        return invalid(QStringLiteral("questions"), tr("is missing"));
    if (!questions.isArray())
        return invalid(QStringLiteral("questions"), tr("must be a list, not %1").arg(typeName(questions)));
    const QJsonArray list = questions.toArray();
    if (list.isEmpty() || list.size() > kMaxQuestions)
        return invalid(QStringLiteral("questions"),
                       tr("must hold 1 to %1 questions, not %2").arg(kMaxQuestions).arg(list.size()));
    QSet<QString> seenIds;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto q = parseQuestion(list[i], i, seenIds);
        if (!q)
            return q.error();
        t.questions.append(std::move(*q));
    }
    return t;
}

QByteArray TemplateLoader::serialize(const ChecklistTemplate& checklist)
{
    QJsonArray questions;
    for (const ChecklistQuestion& q : checklist.questions) {
        QJsonObject o{{QStringLiteral("id"), q.id},
                      {QStringLiteral("category"), q.category},
                      {QStringLiteral("text"), q.text},
                      {QStringLiteral("answer"), ChecklistTemplate::answerCode(q.answer)}};
        if (!q.subcategory.isEmpty())
            o.insert(QStringLiteral("subcategory"), q.subcategory);
        if (!q.guidance.isEmpty())
            o.insert(QStringLiteral("guidance"), q.guidance);
        if (q.answer == AnswerType::Choice)
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(q.choices));
        if (!q.standards.isEmpty())
            o.insert(QStringLiteral("standards"), QJsonArray::fromStringList(q.standards));
        questions.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1StringView(kFormat)},
                           {QStringLiteral("version"), checklist.version},
                           {QStringLiteral("key"), checklist.key},
                           {QStringLiteral("place_type"), checklist.placeType},
                           {QStringLiteral("title"), checklist.title},
                           {QStringLiteral("language"), checklist.language},
                           {QStringLiteral("questions"), questions}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<QList<ChecklistTemplate>> TemplateLoader::builtIn()
{
    const QDir dir(QStringLiteral(":/templates"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return Error::make(ErrorKind::Internal, QStringLiteral("no built-in checklist templates"));
    QList<ChecklistTemplate> out;
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Internal, QStringLiteral("cannot read %1").arg(name));
        auto t = parse(file.read(kMaxBytes + 1));
        if (!t)
            return Error::make(ErrorKind::Internal, t.error().message,
                               QStringLiteral("built-in template %1").arg(name));
        out.append(std::move(*t));
    }
    return out;
}

} // namespace vigil
