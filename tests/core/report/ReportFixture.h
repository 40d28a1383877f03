#pragma once

// A small hand-made visit for the report tests (InterviewFixture: a remand
// centre with three units and a visit on site), with helpers to add
// findings, recommendations and photos, and to build, guard and render a
// report the way an export does.
#include "core/attachments/AttachmentStore.h"
#include "core/model/Finding.h"
#include "core/model/Recommendation.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/PublicationGuard.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportEditRepository.h"
#include "tests/core/repo/InterviewFixture.h"

#include <QBuffer>
#include <vector>

namespace vigil::test {

// A 1x1 PNG.
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAC"
        "hwGA60e6kgAAAABJRU5ErkJggg==");
}

inline const report::Section* findSection(const QList<report::Section>& sections,
                                          const QString& key)
{
    for (const report::Section& s : sections) {
        if (s.key == key)
            return &s;
        if (const report::Section* sub = findSection(s.subsections, key))
            return sub;
    }
    return nullptr;
}

inline const report::Section* findSection(const report::ReportDocument& doc, const char* key)
{
    return findSection(doc.sections, QString::fromUtf8(key));
}

// Every block of a section and its subsections, for "is it anywhere in here".
template <typename T> QList<T> blocksOf(const QList<report::Section>& sections)
{
    QList<T> out;
    for (const report::Section& s : sections) {
        for (const report::Block& b : s.blocks) {
            if (const T* t = std::get_if<T>(&b))
                out.append(*t);
        }
        out.append(blocksOf<T>(s.subsections));
    }
    return out;
}

inline const std::vector<report::Kind>& allKinds()
{
    static const std::vector<report::Kind> kinds{report::Kind::InternalNotes,
                                                 report::Kind::Authorities, report::Kind::Public};
    return kinds;
}

struct ReportFixture : InterviewFixture
{
    report::ReportBuilder::Options options{QStringLiteral("NPM of Testland"), {}};

    report::ReportEditRepository edits() { return report::ReportEditRepository(records()); }

    QString finding(const char* category, const char* title, const char* facts,
                    const char* severity = "high", bool goodPractice = false)
    {
        Finding f;
        f.visitId = visit;
        f.category = QString::fromLatin1(category);
        f.title = QString::fromUtf8(title);
        f.facts = QString::fromUtf8(facts);
        f.analysis = QStringLiteral("Analysis of ") + f.title;
        f.standards = QStringLiteral("Mandela Rules 12-17");
        f.severity = QString::fromLatin1(severity);
        f.goodPractice = goodPractice;
        auto id = FindingRepository(records()).create(f);
        REQUIRE_OK(id);
        return *id;
    }

    QString recommendation(const char* text)
    {
        Recommendation r;
        r.visitId = visit;
        r.text = QString::fromUtf8(text);
        r.addressee = QStringLiteral("facility_management");
        r.priority = QStringLiteral("high");
        r.deadline = QDate(2025, 6, 30);
        auto id = RecommendationRepository(records()).create(r);
        REQUIRE_OK(id);
        return *id;
    }

    // Imports a PNG owned by a record.
    QString photo(const char* ownerKind, const QString& ownerId, QByteArray bytes = tinyPng(),
                  const QString& mimeType = QStringLiteral("image/png"))
    {
        QBuffer source(&bytes);
        REQUIRE(source.open(QIODevice::ReadOnly));
        AttachmentStore store(*vault);
        auto a = store.import(source, {QString::fromLatin1(ownerKind), ownerId,
                                       QStringLiteral("photo"), mimeType});
        REQUIRE_OK(a);
        return a->id;
    }

    report::ReportDocument build(report::Kind kind, const char* language = "en")
    {
        AttachmentStore store(*vault);
        report::ReportBuilder builder(records(), &store, options);
        auto doc = builder.build(visit, kind, QString::fromLatin1(language));
        REQUIRE_OK(doc);
        return *doc;
    }

    report::GuardReport guard(const report::ReportDocument& doc,
                              std::span<const SecretBuffer> identities = {})
    {
        auto r = report::PublicationGuard(records()).check(doc, identities);
        REQUIRE_OK(r);
        return *r;
    }

    // What an export writes: built, guarded (removals applied), rendered.
    QByteArray exportHtml(report::Kind kind, std::span<const SecretBuffer> identities = {})
    {
        const report::ReportDocument doc = build(kind);
        return report::HtmlRenderer::render(
            report::PublicationGuard::apply(doc, guard(doc, identities)));
    }
};

} // namespace vigil::test
