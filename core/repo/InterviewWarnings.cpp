#include "core/repo/InterviewWarnings.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QHash>
#include <algorithm>

namespace vigil {

namespace {

constexpr const char* kSensitiveTopics[] = {
    "treatment",       "ill_treatment",
    "torture",         "use_of_force",
    "force",           "restraint",
    "restraints",      "solitary_confinement",
    "isolation",       "segregation",
    "searches",        "strip_search",
    "violence",        "inter_detainee_violence",
    "sexual_violence", "deaths",
    "death",           "collective_punishment",
    "health",          "health_care",
    "mental_health",   "self_harm",
    "suicide",         "medication",
    "reprisal",        "reprisals",
    "complaints",      "disciplinary",
};

InterviewFlag flag(const char* code, const QString& message)
{
    return {QString::fromLatin1(code), message};
}

} // namespace

bool InterviewWarnings::isSensitiveTopic(const QString& topic)
{
    QString code = topic.trimmed().toLower();
    code.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const char* sensitive : kSensitiveTopics) {
        if (code == QLatin1StringView(sensitive))
            return true;
    }
    return false;
}

Result<QList<InterviewFlag>> InterviewWarnings::flags(const QString& interviewId)
{
    auto stmt = m_db.cached(
        "SELECT kind, without_witnesses, interpreter, chosen_by, coalesce(topics, ''), "
        "reprisal_risk, follow_up, (SELECT count(*) FROM allegation a WHERE a.interview_id = i.id "
        "AND a.deleted = 0) FROM interview i WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, interviewId);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The interview does not exist or was deleted."));
    const QString kind = s.columnText(0);
    const bool withoutWitnesses = s.columnInt(1) != 0;
    const QString interpreter = s.columnText(2);
    const QString chosenBy = s.columnText(3);
    const QStringList topics = s.columnText(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString risk = s.columnText(5);
    const bool followUp = s.columnInt(6) != 0;
    const qint64 allegations = s.columnInt(7);
    (void)s.reset();

    QList<InterviewFlag> out;
    if (interpreter == u"staff")
        out.append(flag("interpreter_staff",
                        tr("A member of staff interpreted: the person may not have spoken freely, "
                           "and staff may know what was said.")));
    if (interpreter == u"co_detainee")
        out.append(flag("interpreter_co_detainee",
                        tr("A fellow detainee interpreted: confidentiality depends on them, and "
                           "both may be exposed to pressure.")));
    if (chosenBy == u"staff")
        out.append(flag("chosen_by_staff",
                        tr("Staff chose this interviewee: staff know who was heard. Interview "
                           "people the team chooses as well.")));
    if (kind == u"individual_private" && !withoutWitnesses)
        out.append(
            flag("witnesses_present", tr("This private interview was not held without witnesses "
                                         "(OPCAT Art. 20).")));
    const bool sensitive = allegations > 0 || std::any_of(topics.begin(), topics.end(),
                                                          &InterviewWarnings::isSensitiveTopic);
    if (kind == u"group" && sensitive)
        out.append(flag("group_sensitive_topics",
                        tr("Sensitive topics came up in a group interview, which carries no "
                           "confidentiality: hear the people concerned in private.")));
    if (risk == u"high" && !followUp)
        out.append(flag("high_risk_no_follow_up",
                        tr("The risk of reprisal is high but no follow-up is planned: check on "
                           "this person at the next visit.")));
    return out;
}

Result<InterviewCoverage> InterviewWarnings::coverage(const QString& visitId)
{
    InterviewCoverage coverage;
    QHash<QString, int> index; // unit id -> position in coverage.units
    auto units = m_db.cached("SELECT u.id, u.name FROM place_unit u JOIN visit v "
                             "ON v.place_id = u.place_id WHERE v.id = ? AND u.deleted = 0 "
                             "ORDER BY u.name COLLATE NOCASE");
    if (!units)
        return units.error();
    (*units)->bind(1, visitId);
    while (true) {
        auto row = (*units)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        index.insert((*units)->columnText(0), int(coverage.units.size()));
        coverage.units.append({(*units)->columnText(0), (*units)->columnText(1)});
    }

    auto interviews = m_db.cached("SELECT coalesce(unit_id, ''), kind, chosen_by FROM interview "
                                  "WHERE visit_id = ? AND deleted = 0");
    if (!interviews)
        return interviews.error();
    (*interviews)->bind(1, visitId);
    while (true) {
        auto row = (*interviews)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString kind = (*interviews)->columnText(1);
        const auto at = index.constFind((*interviews)->columnText(0));
        if (at == index.constEnd()) {
            coverage.privateWithoutUnit += kind == u"individual_private" ? 1 : 0;
            continue;
        }
        UnitCoverage& unit = coverage.units[*at];
        if (kind == u"group")
            ++unit.groupInterviews;
        if (kind != u"individual_private")
            continue;
        ++unit.privateInterviews;
        if ((*interviews)->columnText(2) == u"staff")
            ++unit.chosenByStaff;
    }

    for (const UnitCoverage& unit : coverage.units) {
        if (unit.privateInterviews == 1)
            coverage.warnings.append(
                {QStringLiteral("single_interviewee"), unit.unitId,
                 tr("Only one person was interviewed in private in %1: staff can tell who spoke. "
                    "Interview others in the unit as well.")
                     .arg(unit.unitName)});
        if (unit.privateInterviews > 0 && unit.chosenByStaff == unit.privateInterviews)
            coverage.warnings.append(
                {QStringLiteral("all_chosen_by_staff"), unit.unitId,
                 tr("All interviewees in %1 were chosen by staff.").arg(unit.unitName)});
    }
    return coverage;
}

} // namespace vigil
