#include "core/report/AnnexSections.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/report/FindingSections.h"
#include "core/report/ImageMetadata.h"
#include "core/report/QuoteConsent.h"
#include "core/report/ReportLabels.h"

#include <QBuffer>
#include <QSet>

namespace vigil::report {

namespace {

struct Candidate
{
    Attachment attachment;
    QString label; // what the photo shows: the observation's or the finding's title
};

bool isPicture(const Attachment& a)
{
    return a.mimeType == u"image/jpeg" || a.mimeType == u"image/png";
}

// Whether the finding is in this kind of report after the lead's exclusions.
bool findingShown(const ReportInput& in, const Finding& f)
{
    const QString category = f.goodPractice ? QStringLiteral("findings/good_practices")
                                            : QStringLiteral("findings/") + f.category;
    return FindingSections::shown(in, f) && !in.excluded(QStringLiteral("findings")) &&
           !in.excluded(category) && !in.excluded(QStringLiteral("finding:") + f.id);
}

} // namespace

Result<Section> AnnexSections::build(RecordContext& ctx, AttachmentStore* attachments,
                                     const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("annexes");
    s.title = tr("Annexes");
    if (in.kind == Kind::Public)
        return s;
    if (attachments) {
        auto p = photos(ctx, *attachments, in);
        if (!p)
            return p.error();
        if (!p->blocks.isEmpty())
            s.subsections.append(*p);
    }
    if (!in.registers.isEmpty())
        s.subsections.append(registers(in));
    return s;
}

Result<Section> AnnexSections::photos(RecordContext& ctx, AttachmentStore& attachments,
                                      const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("annexes/photos");
    s.title = tr("Photographs");
    FindingRepository findings(ctx);
    QList<Candidate> candidates;
    QSet<QString> seen;
    auto add = [&](const Attachment& a, const QString& label) {
        if (isPicture(a) && !seen.contains(a.id)) {
            seen.insert(a.id);
            candidates.append({a, label});
        }
    };
    for (const Finding& f : in.findings) {
        if (!findingShown(in, f))
            continue;
        auto own = attachments.forOwner(f.id);
        if (!own)
            return own.error();
        for (const Attachment& a : *own)
            add(a, f.title);
        auto evidence = findings.evidence(f.id);
        if (!evidence)
            return evidence.error();
        for (const FindingEvidence& e : *evidence) {
            if (!e.available)
                continue;
            if (e.kind == u"observation") {
                auto list = attachments.forOwner(e.evidenceId);
                if (!list)
                    return list.error();
                for (const Attachment& a : *list)
                    add(a, e.title.isEmpty() ? f.title : e.title);
            } else if (e.kind == u"attachment") {
                auto a = attachments.get(e.evidenceId);
                if (!a)
                    return a.error();
                if (a->ownerKind == u"interview") {
                    auto verdict = QuoteConsent::check(ctx.db(), a->ownerId, in.kind);
                    if (!verdict)
                        return verdict.error();
                    if (verdict->outcome != QuoteConsent::Verdict::Outcome::Allowed)
                        continue;
                }
                add(*a, f.title);
            }
        }
    }
    int number = 0;
    for (const Candidate& c : candidates) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto exported = attachments.exportTo(c.attachment.id, buffer);
        // A file not synced to this device yet is left out, not a reason to fail the report.
        if (!exported && exported.error().kind == ErrorKind::NotFound)
            continue;
        if (!exported)
            return exported.error();
        // Never the original file: its EXIF holds where and with what it was taken.
        auto clean = ImageMetadata::strip(bytes);
        if (!clean)
            continue; // a photo that cannot be cleaned is left out, not passed through
        Image image;
        image.data = std::move(clean->data);
        image.mimeType = clean->mimeType;
        image.caption = tr("Photo %1: %2").arg(++number).arg(c.label);
        image.source = {QStringLiteral("attachment"), c.attachment.id};
        s.blocks.append(image);
    }
    return s;
}

Section AnnexSections::registers(const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("annexes/registers");
    s.title = tr("Registers examined");
    Table table;
    table.caption = tr("Registers examined during the visit");
    table.header = {tr("Register"), tr("Period examined"), tr("Anomalies")};
    const bool notes = in.kind == Kind::InternalNotes;
    if (notes)
        table.header.append(tr("Notes"));
    table.source = {QStringLiteral("visit"), in.visit.id};
    for (const RegisterCheck& r : in.registers) {
        const QString period = ReportLabels::dateRange(in.locale, r.periodFrom, r.periodTo);
        QStringList anomalies;
        for (const QString& a : r.anomalies)
            anomalies.append(ReportLabels::registerAnomaly(a));
        QStringList row{ReportLabels::registerType(r.registerType), period,
                        anomalies.isEmpty() ? tr("none found")
                                            : anomalies.join(QStringLiteral(", "))};
        if (notes)
            row.append(r.notes);
        table.rows.append(row);
    }
    s.blocks.append(table);
    return s;
}

} // namespace vigil::report
