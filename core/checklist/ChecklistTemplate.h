#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil {

// How a checklist question is answered.
enum class AnswerType { YesNo, YesNoPartly, Number, Text, Choice };

// One question of a checklist, under one finding category (DOMAIN.md §5),
// with the standards it rests on (e.g. "Mandela Rules 43-45").
struct ChecklistQuestion
{
    QString id; // unique within its template, e.g. "PR-07"
    QString category; // vocab::kFindingCategories
    QString subcategory;
    QString text;
    QString guidance; // what to look at, whom to ask, what to check in registers
    AnswerType answer = AnswerType::YesNo;
    QStringList choices; // only for AnswerType::Choice
    QStringList standards;

    bool operator==(const ChecklistQuestion&) const = default;
};

// A checklist for one type of place (DOMAIN.md §2), as read from a
// "vigil-checklist" JSON file (resources/templates/README.md) or from the
// checklist_template table. `version` is the template's revision: a body
// that rewords a question publishes the same key with a higher version.
struct ChecklistTemplate
{
    QString id; // row id once installed; empty for a template read from a file
    QString key;
    int version = 1;
    QString placeType; // vocab::kPlaceTypes
    QString title;
    QString language = QStringLiteral("en");
    QList<ChecklistQuestion> questions;

    const ChecklistQuestion* question(const QString& questionId) const;
    // The questions of one category, in template order.
    QList<ChecklistQuestion> inCategory(const QString& category) const;
    // The categories that have questions, in the vocabulary's order.
    QStringList categories() const;

    static QString answerCode(AnswerType type);
    static std::optional<AnswerType> answerFromCode(const QString& code);
};

} // namespace vigil
