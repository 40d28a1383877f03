#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vigil::report {

// A visit report as a format-free structure (DESIGN.md §7): what the report
// says and in what order, never how it looks. ReportBuilder makes it from a
// visit and the lead inspector's edits; PublicationGuard checks it; the HTML
// (core), PDF and ODT (vigil_report) renderers turn it into a file. All text
// is plain (renderers escape it) and already translated into the report's
// language.

// Who the report is for (DESIGN.md §7). The code is stable: it is stored in
// report edits and audit events and accepted by `vigil-cli report --kind`.
enum class Kind {
    InternalNotes, // "internal": confidential to the body; may quote within consent
    Authorities,   // "authorities": the report sent to the authorities
    Public,        // "public": the published summary
};

// Where a piece of text came from: the record (or report edit) it was built
// from, so a guard finding or an edit can point back at it. Empty for text
// the builder composed itself (headings, counts).
struct Source
{
    QString entity; // "finding", "recommendation", "report_item", "visit", ...
    QString id;
};

struct Paragraph
{
    QString text;
    Source source;
};

// An excerpt of what an interviewee said. Attributed only by the kind of
// person ("a detainee"), never by pseudonym or name.
struct Quote
{
    QString text;
    QString attribution; // translated, e.g. "Detainee, private interview"
    QString interviewId; // the guard checks this interview's consent
    Source source;       // the report item that holds the excerpt
};

// A table; rows may be many, renderers let it break across pages and repeat
// the header.
struct Table
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
    Source source;
};

// One numbered recommendation as issued in this report.
struct RecommendationEntry
{
    qint64 number = 0;
    QString text;
    QString addressee; // translated label
    QString priority;  // translated label
    QDate deadline;    // null: none
    // "Repeats recommendation 4 of the visit of 3 March 2025", translated; empty if new.
    QString repeats;
    Source source;
};

struct RecommendationList
{
    QList<RecommendationEntry> entries;
};

// A picture (a photo of conditions, a sketch). The bytes are an encoded image
// (JPEG or PNG) decrypted for rendering only; they are never written anywhere
// but the output file.
struct Image
{
    QByteArray data;
    QString mimeType;
    QString caption;
    Source source; // the attachment
};

using Block = std::variant<Paragraph, Quote, Table, RecommendationList, Image>;

// A section of the report. `key` is stable across builds ("summary",
// "methodology", "findings/treatment", "finding:<id>", ...) so edits
// (reorder, exclude, replace text) can be stored against it.
struct Section
{
    QString key;
    QString title;
    QList<Block> blocks;
    QList<Section> subsections;
    // Sort key among its siblings: the builder's order in steps of
    // ReportEditRepository::kPositionStep unless the lead moved it; a move
    // between two siblings writes a key between theirs.
    qint64 position = 0;
};

// The cover page: who visited what, when.
struct Cover
{
    QString bodyName;  // the monitoring body (settings), e.g. "National Preventive Mechanism of Westland"
    QByteArray logo;   // encoded image from settings, may be empty
    QString title;     // translated, e.g. "Report on the visit to Northgate Prison"
    QString placeName;
    QString placeType;  // translated label
    QString authority;  // the authority responsible for the place
    QString visitDates; // translated, e.g. "12–14 March 2025"
    QString visitType;  // translated label
    bool unannounced = true;
    QList<QPair<QString, QStringList>> teamByRole; // translated role label → names
};

struct ReportDocument
{
    Kind kind = Kind::Authorities;
    QString language; // BCP 47 of the text, e.g. "en", "ar", "zh_CN"
    bool rightToLeft = false;
    // Shown on every page (header) when not empty: internal notes always carry
    // one ("Confidential — internal notes of the ...").
    QString marking;
    QString visitId;
    Cover cover;
    QList<Section> sections;
};

// The stable code of a kind ("internal", "authorities", "public") and back.
QString kindCode(Kind kind);
std::optional<Kind> kindFromCode(QStringView code);

} // namespace vigil::report
