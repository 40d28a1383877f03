#include "core/report/GuardChecker.h"

#include "core/crypto/SecretBuffer.h"
#include "core/report/GuardText.h"
#include "core/report/QuoteConsent.h"
#include "core/report/ReportLabels.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil::report {

namespace {

using Severity = GuardFinding::Severity;

GuardFinding::Severity severityOf(QuoteConsent::Verdict::Outcome outcome)
{
    return outcome == QuoteConsent::Verdict::Outcome::Removed ? Severity::Removed
                                                              : Severity::Warning;
}

} // namespace

GuardChecker::GuardChecker(Database& db, const ReportDocument& document, QStringList identities)
    : m_db(db), m_document(document), m_identities(std::move(identities))
{
}

void GuardChecker::setContext(QList<Interview> interviews, QList<PlaceUnit> units)
{
    m_interviews = std::move(interviews);
    m_units = std::move(units);
}

GuardChecker::~GuardChecker()
{
    for (QString& s : m_identities)
        wipeString(s);
}

void GuardChecker::add(Severity severity, const QString& code, const QString& message,
                       const Where& where, const QString& sentence)
{
    GuardFinding f;
    f.severity = severity;
    f.code = code;
    f.message = message;
    f.sectionKey = where.section ? where.section->key : QStringLiteral("cover");
    f.sectionTitle = where.section ? where.section->title : tr("Cover page");
    f.sentence = sentence;
    f.source = where.source;
    const bool repeated = std::any_of(
        m_report.findings.begin(), m_report.findings.end(), [&f](const GuardFinding& g) {
            return g.code == f.code && g.sectionKey == f.sectionKey && g.sentence == f.sentence &&
                   g.source.id == f.source.id && g.severity == f.severity;
        });
    if (!repeated)
        m_report.findings.append(f);
}

void GuardChecker::text(const Where& where, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    const QStringList sentences = GuardText::sentences(text);
    for (const QString& identity : m_identities) {
        if (!text.contains(identity, Qt::CaseInsensitive))
            continue;
        // The sentence that holds it, or the whole text for a name the sentence
        // rules split ("J. Smith").
        auto holder = std::find_if(sentences.begin(), sentences.end(), [&](const QString& s) {
            return s.contains(identity, Qt::CaseInsensitive);
        });
        add(Severity::Removed, QStringLiteral("identity_data"),
            tr("This text holds identity data of an interviewee (a name or number of an identity "
               "entry). It was taken out."),
            where, holder != sentences.end() ? *holder : text.trimmed());
    }
    for (const QString& sentence : sentences) {
        if (const QString code = GuardText::pseudonym(sentence); !code.isEmpty())
            add(Severity::Warning, QStringLiteral("pseudonym"),
                tr("The interview code %1 links the report to the interview record.").arg(code),
                where, sentence);
        if (const QString phrase = GuardText::singlingOut(sentence); !phrase.isEmpty())
            add(Severity::Warning, QStringLiteral("small_group"),
                tr("\"%1\" may single out one person.").arg(phrase), where, sentence);
    }
}

Status GuardChecker::quote(const Where& where, const Quote& q)
{
    auto verdict = QuoteConsent::check(m_db, q.interviewId, m_document.kind);
    if (!verdict)
        return verdict.error();
    const QStringList sentences = GuardText::sentences(q.text);
    const QString first = sentences.isEmpty() ? q.text : sentences.first();
    if (verdict->outcome != QuoteConsent::Verdict::Outcome::Allowed)
        add(severityOf(verdict->outcome), verdict->code, verdict->message, where, first);
    for (const Interview& interview : m_interviews) {
        if (interview.id == q.interviewId)
            smallGroup(where, q, interview);
    }
    text(where, q.text);
    return {};
}

void GuardChecker::smallGroup(const Where& where, const Quote& q, const Interview& interview)
{
    // A group interview speaks for several people (DOMAIN.md §4.4).
    if (interview.kind == u"group")
        return;
    for (const QString& group : interview.vulnerabilities) {
        const auto alike =
            std::count_if(m_interviews.begin(), m_interviews.end(), [&](const Interview& other) {
                // Peers are interviewees of the same kind: a woman officer does
                // not hide the only woman detainee among the detainees.
                return other.kind == interview.kind && other.unitId == interview.unitId &&
                       other.vulnerabilities.contains(group);
            });
        if (alike != 1)
            continue;
        QString unit = tr("the place");
        for (const PlaceUnit& u : m_units) {
            if (u.id == interview.unitId)
                unit = u.name;
        }
        const QStringList sentences = GuardText::sentences(q.text);
        add(Severity::Warning, QStringLiteral("small_group"),
            tr("The quoted person is the only %1 among the people interviewed in %2: the quote "
               "may identify them.")
                .arg(ReportLabels::vulnerability(group), unit),
            where, sentences.isEmpty() ? q.text : sentences.first());
    }
}

Status GuardChecker::image(const Where& where, const Image& img)
{
    text(where, img.caption);
    auto stmt =
        m_db.cached("SELECT owner_kind, owner_id FROM attachment WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, img.source.id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString ownerKind = *row ? (*stmt)->columnText(0) : QString();
    const QString ownerId = *row ? (*stmt)->columnText(1) : QString();
    (void)(*stmt)->reset();
    if (ownerKind != u"interview")
        return {};
    auto verdict = QuoteConsent::check(m_db, ownerId, m_document.kind);
    if (!verdict)
        return verdict.error();
    if (verdict->outcome != QuoteConsent::Verdict::Outcome::Allowed)
        add(severityOf(verdict->outcome), verdict->code, verdict->message, where, img.caption);
    return {};
}

Status GuardChecker::section(const Section& s)
{
    const Where here{&s, {}};
    text(here, s.title);
    for (const Block& block : s.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            text({&s, p->source}, p->text);
        } else if (const auto* q = std::get_if<Quote>(&block)) {
            VIGIL_TRY(quote({&s, q->source}, *q));
        } else if (const auto* t = std::get_if<Table>(&block)) {
            text({&s, t->source}, t->caption);
            for (const QStringList& row : t->rows) {
                for (const QString& cell : row)
                    text({&s, t->source}, cell);
            }
        } else if (const auto* list = std::get_if<RecommendationList>(&block)) {
            for (const RecommendationEntry& e : list->entries) {
                text({&s, e.source}, e.text);
                text({&s, e.source}, e.repeats);
            }
        } else if (const auto* img = std::get_if<Image>(&block)) {
            VIGIL_TRY(image({&s, img->source}, *img));
        }
    }
    for (const Section& sub : s.subsections)
        VIGIL_TRY(section(sub));
    return {};
}

Result<GuardReport> GuardChecker::run()
{
    const Cover& c = m_document.cover;
    const Where cover{nullptr, {QStringLiteral("visit"), m_document.visitId}};
    for (const QString& t : {c.title, c.placeName, c.authority, c.bodyName})
        text(cover, t);
    for (const auto& [role, names] : c.teamByRole) {
        for (const QString& name : names)
            text(cover, name);
    }
    for (const Section& s : m_document.sections)
        VIGIL_TRY(section(s));
    return m_report;
}

} // namespace vigil::report
