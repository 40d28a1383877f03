#include "ui/interview/InterviewLabels.h"

namespace vigil {

namespace {
InterviewLabels::Choice choice(const char* code, const QString& label)
{
    return {QString::fromLatin1(code), label};
}
} // namespace

QList<InterviewLabels::Choice> InterviewLabels::kinds()
{
    return {choice("individual_private", tr("Individual, in private")),
            choice("group", tr("Group")), choice("staff", tr("Staff member")),
            choice("management", tr("Management")),
            choice("external", tr("External (family, lawyer, NGO)"))};
}

QList<InterviewLabels::Choice> InterviewLabels::interpreters()
{
    return {choice("none", tr("No interpreter")),
            choice("professional", tr("Professional interpreter")),
            choice("staff", tr("Member of staff")), choice("co_detainee", tr("Fellow detainee"))};
}

QList<InterviewLabels::Choice> InterviewLabels::reprisalRisks()
{
    return {choice("low", tr("Low")), choice("medium", tr("Medium")), choice("high", tr("High"))};
}

QList<InterviewLabels::Choice> InterviewLabels::chosenBy()
{
    return {choice("team", tr("The team")), choice("staff", tr("Staff")),
            choice("self_referred", tr("The person asked to be heard"))};
}

QList<InterviewLabels::Choice> InterviewLabels::vulnerabilities()
{
    return {choice("woman", tr("Woman")),
            choice("child", tr("Child")),
            choice("older_person", tr("Older person")),
            choice("foreign_national", tr("Foreign national")),
            choice("disability", tr("Person with a disability")),
            choice("lgbti", tr("LGBTI person")),
            choice("minority", tr("Minority")),
            choice("indigenous", tr("Indigenous person"))};
}

QList<InterviewLabels::Choice> InterviewLabels::genders()
{
    return {choice("female", tr("A woman")), choice("male", tr("A man")),
            choice("other", tr("Another gender"))};
}

QList<InterviewLabels::Choice> InterviewLabels::adaptations()
{
    return {choice("child", tr("A child")),
            choice("intellectual_disability", tr("A person with an intellectual disability")),
            choice("psychosocial_disability", tr("A person with a psychosocial disability"))};
}

QList<InterviewLabels::Choice> InterviewLabels::consentScopes()
{
    return {choice("aggregate_only", tr("Aggregate use only")),
            choice("quote_anonymously", tr("Quote anonymously")),
            choice("use_name", tr("Use the name")),
            choice("share_with_authorities", tr("Share with the authorities")),
            choice("refer_case", tr("Refer the case"))};
}

QString InterviewLabels::scopeExplanation(const QString& scope)
{
    if (scope == u"aggregate_only")
        return tr("Always given: what was said counts in anonymous totals, never traceable to "
                  "the person.");
    if (scope == u"quote_anonymously")
        return tr("Their words may be quoted in a report without anything that identifies them.");
    if (scope == u"use_name")
        return tr("Their name may be recorded and used, for example in a report or a letter.");
    if (scope == u"share_with_authorities")
        return tr("Their account may be passed to the authorities responsible for the place.");
    if (scope == u"refer_case")
        return tr("Their individual case may be referred to a body that can act on it.");
    return {};
}

bool InterviewLabels::isUnrelatedEntity(const QString& entity)
{
    static const char* const unrelated[] = {
        "attachment",         "observation",    "register_check",         "finding",
        "finding_evidence",   "recommendation", "recommendation_finding", "recommendation_event",
        "checklist_response", "access_event",   "visit_member",           "person"};
    for (const char* name : unrelated) {
        if (entity == QLatin1StringView(name))
            return true;
    }
    return false;
}

QString InterviewLabels::label(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& c : choices) {
        if (c.code == code)
            return c.label;
    }
    return code;
}

} // namespace vigil
