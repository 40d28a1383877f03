#include "core/checklist/ChecklistTemplate.h"

#include "core/model/Vocabulary.h"

#include <iterator>

namespace vigil {

namespace {

struct AnswerName
{
    AnswerType type;
    const char* code;
};
constexpr AnswerName kAnswers[] = {{AnswerType::YesNo, "yes_no"},
                                   {AnswerType::YesNoPartly, "yes_no_partly"},
                                   {AnswerType::Number, "number"},
                                   {AnswerType::Text, "text"},
                                   {AnswerType::Choice, "choice"}};

} // namespace

const ChecklistQuestion* ChecklistTemplate::question(const QString& questionId) const
{
    for (const ChecklistQuestion& q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

QList<ChecklistQuestion> ChecklistTemplate::inCategory(const QString& category) const
{
    QList<ChecklistQuestion> out;
    for (const ChecklistQuestion& q : questions) {
        if (q.category == category)
            out.append(q);
    }
    return out;
}

QStringList ChecklistTemplate::categories() const
{
    QStringList out;
    for (const char* code : vocab::kFindingCategories) {
        const QString category = QLatin1StringView(code);
        if (!inCategory(category).isEmpty())
            out.append(category);
    }
    return out;
}

QString ChecklistTemplate::answerCode(AnswerType type)
{
    for (const AnswerName& a : kAnswers) {
        if (a.type == type)
            return QLatin1StringView(a.code);
    }
    return {};
}

std::optional<AnswerType> ChecklistTemplate::answerFromCode(const QString& code)
{
    for (const AnswerName& a : kAnswers) {
        if (code == QLatin1StringView(a.code))
            return a.type;
    }
    return std::nullopt;
}

} // namespace vigil
