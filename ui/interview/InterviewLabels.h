#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigil {

// Translated labels for the interview vocabulary (core/model/Vocabulary.h),
// in the order people should see them, and one-line explanations of the
// consent scopes for the consent section.
class InterviewLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::InterviewLabels)
public:
    struct Choice
    {
        QString code;
        QString label;
    };

    static QList<Choice> kinds();
    static QList<Choice> interpreters();
    static QList<Choice> reprisalRisks();
    static QList<Choice> chosenBy();
    static QList<Choice> vulnerabilities();
    static QList<Choice> genders();
    static QList<Choice> adaptations();
    static QList<Choice> consentScopes();
    // What a scope lets the team do, in one sentence.
    static QString scopeExplanation(const QString& scope);

    // Whether a change to records of `entity` cannot alter what the interview
    // views show (their pseudonyms, consent, warnings, coverage); unknown
    // entities are assumed to matter.
    static bool isUnrelatedEntity(const QString& entity);

    // The label of `code` in `choices`, or the code itself if unknown.
    static QString label(const QList<Choice>& choices, const QString& code);
};

} // namespace vigil
