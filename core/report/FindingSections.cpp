#include "core/report/FindingSections.h"

#include "core/model/VocabularyLabels.h"
#include "core/report/ReportLabels.h"

namespace vigil::report {

namespace {

bool isKey(const Finding& f)
{
    return f.severity == u"high" || f.severity == u"urgent";
}

} // namespace

bool FindingSections::shown(const ReportInput& in, const Finding& finding)
{
    if (in.kind != Kind::Public || finding.goodPractice || isKey(finding))
        return true;
    // A public summary of a visit without grave findings still says what was found.
    return std::none_of(in.findings.begin(), in.findings.end(), isKey);
}

Section FindingSections::finding(const ReportInput& in, const Finding& f)
{
    Section s;
    s.key = QStringLiteral("finding:") + f.id;
    s.title = f.title;
    const Source source{QStringLiteral("finding"), f.id};
    if (!f.facts.trimmed().isEmpty())
        s.blocks.append(Paragraph{f.facts.trimmed(), source});
    if (in.kind == Kind::Public)
        return s;
    if (!f.analysis.trimmed().isEmpty())
        s.blocks.append(Paragraph{f.analysis.trimmed(), source});
    if (!f.standards.trimmed().isEmpty())
        s.blocks.append(Paragraph{tr("Standards: %1").arg(f.standards.trimmed()), source});
    if (in.kind == Kind::InternalNotes)
        s.blocks.append(
            Paragraph{tr("Severity: %1. Corroborated by %n source(s).", nullptr, int(f.sources))
                          .arg(ReportLabels::severity(f.severity)),
                      source});
    return s;
}

Section FindingSections::build(const ReportInput& in)
{
    Section out;
    out.key = QStringLiteral("findings");
    out.title = tr("Findings");

    Section good;
    good.key = QStringLiteral("findings/good_practices");
    good.title = tr("Good practices");
    for (const Finding& f : in.findings) {
        if (f.goodPractice && shown(in, f))
            good.subsections.append(finding(in, f));
    }
    if (!good.subsections.isEmpty())
        out.subsections.append(good);

    // listForVisit gives the taxonomy order; a body's own categories follow it.
    for (const Finding& f : in.findings) {
        if (f.goodPractice || !shown(in, f))
            continue;
        const QString key = QStringLiteral("findings/") + f.category;
        auto category = std::find_if(out.subsections.begin(), out.subsections.end(),
                                     [&key](const Section& s) { return s.key == key; });
        if (category == out.subsections.end()) {
            Section s;
            s.key = key;
            s.title = VocabularyLabels::findingCategory(f.category);
            out.subsections.append(s);
            category = out.subsections.end() - 1;
        }
        category->subsections.append(finding(in, f));
    }
    if (out.subsections.isEmpty())
        out.blocks.append(Paragraph{tr("The team made no findings on this visit."), {}});
    return out;
}

} // namespace vigil::report
