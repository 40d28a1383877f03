#include "core/demo/DemoInterviews.h"

#include <QDateTime>

namespace vigil {

namespace {

using demo::is;
using demo::str;

constexpr qint64 kMinute = 60'000;

QDate dateOf(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).date();
}

} // namespace

Status DemoInterviews::hold(DemoWorld::Visit& v, const QString& speaker, qint64 at)
{
    m_w.timeline.setNow(at);
    const QString& type = m_w.placeType(v);
    const QStringList focus = m_w.plannedCategories(v);
    QList<const demo::NoteSeed*> all, preferred;
    for (const demo::NoteSeed& seed : demo::notePool()) {
        if (speaker != str(seed.speaker) || !demo::fits(seed.placeTypes, type) ||
            v.usedTexts.contains(seed.text))
            continue;
        all.append(&seed);
        if (focus.contains(str(seed.category)))
            preferred.append(&seed);
    }
    if (all.isEmpty())
        return {}; // nothing left to say for this kind of interviewee
    const demo::NoteSeed* note = !preferred.isEmpty() && m_w.chance(75)
                                     ? preferred.at(m_w.below(int(preferred.size())))
                                     : all.at(m_w.below(int(all.size())));
    v.usedTexts.append(note->text);

    const bool detainee = is(speaker, "detainee");
    const bool group = is(speaker, "group");
    Interview iv;
    iv.visitId = v.id;
    iv.kind = detainee ? QStringLiteral("individual_private") : speaker;
    iv.withoutWitnesses = !(detainee && m_w.chance(8));
    if (is(speaker, "management"))
        iv.location = QStringLiteral("Director's office");
    else if (is(speaker, "external"))
        iv.location = QStringLiteral("By telephone");
    else if (is(speaker, "staff"))
        iv.location = demo::fits("police_custody,court_cells", type)
                          ? QStringLiteral("Custody officers' office")
                          : QStringLiteral("Staff room");
    else
        iv.location = str(m_w.pick(demo::interviewLocations(type)));
    if (detainee || group || is(speaker, "staff"))
        iv.unitId = m_w.unitId(v, m_w.unitFor(v, str(note->text)));
    if (detainee || group) {
        const int roll = m_w.below(100);
        if (demo::fits("immigration_detention,airport_transit_zone", type))
            iv.interpreter = roll < 65   ? QStringLiteral("professional")
                             : roll < 80 ? QStringLiteral("staff")
                                         : QStringLiteral("none");
        else if (roll < 4)
            iv.interpreter = QStringLiteral("staff");
        else if (roll < 6)
            iv.interpreter = QStringLiteral("co_detainee");
    }
    QStringList sensitive;
    if (detainee || group) {
        if (is(type, "juvenile_centre"))
            iv.vulnerabilities << QStringLiteral("child");
        if (demo::fits("immigration_detention,airport_transit_zone", type) ||
            (detainee && m_w.chance(12)))
            iv.vulnerabilities << QStringLiteral("foreign_national");
        if (is(type, "social_care_home"))
            iv.vulnerabilities << QStringLiteral("older_person");
        if (QString::fromUtf8(m_w.places[std::size_t(v.place)].seed->name)
                .contains(QLatin1StringView("Women")) ||
            (detainee && m_w.chance(15)))
            iv.vulnerabilities << QStringLiteral("woman");
        if (demo::fits("psychiatric_hospital,social_care_home", type) && m_w.chance(40))
            sensitive << QStringLiteral("disability");
        if (detainee && m_w.chance(8))
            sensitive << QStringLiteral("minority");
        if (detainee && m_w.chance(3))
            sensitive << QStringLiteral("lgbti");
    }
    const int risk = m_w.below(100);
    iv.reprisalRisk = (detainee || group) ? (risk < 50   ? QStringLiteral("low")
                                             : risk < 85 ? QStringLiteral("medium")
                                                         : QStringLiteral("high"))
                                          : QStringLiteral("low");
    iv.followUp = is(iv.reprisalRisk, "high") ? m_w.chance(85)
                                              : is(iv.reprisalRisk, "medium") && m_w.chance(30);
    iv.topics = str(note->topics).split(QLatin1Char(','));
    const int chooser = m_w.below(100);
    iv.chosenBy = !(detainee || group) ? QStringLiteral("team")
                  : chooser < 78       ? QStringLiteral("team")
                  : chooser < 88       ? QStringLiteral("staff")
                                       : QStringLiteral("self_referred");
    if (iv.vulnerabilities.contains(QStringLiteral("woman")) && m_w.chance(25))
        iv.interviewerGenderRequested = QStringLiteral("female");
    iv.heldAt = at;
    auto id = m_w.interviewRepo.create(iv);
    if (!id)
        return id.error();
    iv.id = *id;

    // Consent first (DOMAIN.md §4.1): the notes are refused without it.
    const bool forAllegation = detainee && v.allegation && v.allegationInterview.isEmpty();
    QStringList scopes;
    if (forAllegation) {
        scopes << QStringLiteral("quote_anonymously") << QStringLiteral("share_with_authorities")
               << QStringLiteral("refer_case");
        v.allegationInterview = iv.id;
    } else if (group || !detainee) {
        if (m_w.chance(60))
            scopes << QStringLiteral("quote_anonymously");
        if (is(speaker, "external"))
            scopes << QStringLiteral("share_with_authorities");
    } else {
        const int roll = m_w.below(100);
        if (roll >= 20)
            scopes << QStringLiteral("quote_anonymously");
        if (roll >= 60)
            scopes << QStringLiteral("share_with_authorities");
        if (roll >= 85)
            scopes << QStringLiteral("refer_case");
        if (roll >= 96)
            scopes << QStringLiteral("use_name");
    }
    QString adapted;
    if (iv.vulnerabilities.contains(QStringLiteral("child")))
        adapted = QStringLiteral("child");
    else if (is(type, "psychiatric_hospital") && m_w.chance(40))
        adapted = QStringLiteral("psychosocial_disability");
    else if (sensitive.contains(QStringLiteral("disability")) && m_w.chance(30))
        adapted = QStringLiteral("intellectual_disability");
    auto consent = m_w.interviewRepo.recordConsent(iv.id, scopes, adapted);
    if (!consent)
        return consent.error();

    iv.notes = m_w.fill(note->text, v);
    if (detainee)
        iv.notes += QLatin1Char(' ') + str(m_w.pick(demo::reprisalAnswers()));
    iv.vulnerabilities << sensitive; // sensitive data only once consent is recorded (§4.10)
    m_w.timeline.setNow(at + (25 + m_w.below(20)) * kMinute);
    VIGIL_TRY(m_w.interviewRepo.update(iv));

    // One interviewee of a recent visit later withdrew consent, to show the record of it.
    if (detainee && !forAllegation && !m_w.consentWithdrawn &&
        dateOf(v.start) >= QDate(2026, 9, 1)) {
        m_w.consentWithdrawn = true;
        return m_w.interviewRepo.withdrawConsent(iv.id);
    }
    v.evidence.append({QStringLiteral("interview"), iv.id, str(note->category), {}});
    if (detainee)
        v.detaineeInterviews.append(iv.id);
    return {};
}

} // namespace vigil
