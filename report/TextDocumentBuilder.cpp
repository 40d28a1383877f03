#include "report/TextDocumentBuilder.h"

#include "report/DocumentWriter.h"
#include "report/ReportImage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>

namespace vigil::report {

namespace {

// Room for pictures on an A4 page with 2 cm margins (1/96 inch units).
const QSizeF kPictureBox(600, 430);
const QSizeF kLogoBox(220, 110);
constexpr int kLogoMaxEdge = 800;

class Builder
{
public:
    Builder(QTextDocument& document, const ReportDocument& report,
            const TextDocumentBuilder::Options& options, const RenderControl& control)
        : m_report(report), m_options(options), m_control(control),
          m_out(document, ReportStyle(report.rightToLeft)), m_locale(report.language)
    {
    }

    Status build()
    {
        cover();
        const int total = int(m_report.sections.size());
        for (int i = 0; i < total; ++i) {
            if (m_control.cancelled())
                return TextDocumentBuilder::cancelledError();
            if (m_options.markingInText)
                marking();
            VIGIL_TRY(section(m_report.sections.at(i), 1));
            if (m_options.sectionDone)
                m_options.sectionDone(i + 1, total);
        }
        if (m_options.markingInText)
            marking();
        return {};
    }

private:
    const ReportStyle& style() const { return m_out.style(); }

    void marking()
    {
        if (!m_report.marking.isEmpty())
            m_out.paragraph(m_report.marking, style().marking(), style().markingText());
    }

    void coverLine(const QString& text, qreal top, qreal points, bool bold, const QColor& colour)
    {
        if (!text.isEmpty())
            m_out.paragraph(text, style().coverLine(top), style().coverText(points, bold, colour));
    }

    void cover()
    {
        const Cover& c = m_report.cover;
        if (m_options.markingInText)
            marking();
        const bool logo = !c.logo.isEmpty() &&
                          m_out.picture(c.logo, kLogoBox, kLogoMaxEdge, style().coverLine(8));
        const QColor black(Qt::black);
        coverLine(c.bodyName, logo ? 10 : 24, 13, false, style().accent());
        coverLine(c.title, 110, 23, true, style().accent());
        coverLine(c.placeName, 22, 17, true, black);
        coverLine(c.placeType, 4, 11, false, style().muted());
        if (!c.authority.isEmpty())
            coverLine(TextDocumentBuilder::tr("Responsible authority: %1").arg(c.authority), 34, 11,
                      false, black);
        if (!c.visitDates.isEmpty())
            coverLine(TextDocumentBuilder::tr("Dates of the visit: %1").arg(c.visitDates), 4, 11,
                      false, black);
        const QString announced = c.unannounced ? TextDocumentBuilder::tr("unannounced")
                                                : TextDocumentBuilder::tr("announced");
        coverLine(
            c.visitType.isEmpty()
                ? (c.unannounced ? TextDocumentBuilder::tr("Unannounced visit")
                                 : TextDocumentBuilder::tr("Announced visit"))
                : TextDocumentBuilder::tr("Type of visit: %1 (%2)").arg(c.visitType, announced),
            4, 11, false, black);
        if (!c.teamByRole.isEmpty()) {
            coverLine(TextDocumentBuilder::tr("Visit team"), 36, 11.5, true, style().accent());
            for (const auto& [role, names] : c.teamByRole)
                coverLine(TextDocumentBuilder::tr("%1: %2", "role: names")
                              .arg(role, m_locale.createSeparatedList(names)),
                          3, 10.5, false, black);
        }
        m_out.breakPageBeforeNext();
    }

    Status section(const Section& s, int depth)
    {
        const int level = std::min(depth, 3);
        if (!s.title.isEmpty())
            m_out.paragraph(s.title, style().heading(level), style().headingText(level));
        for (const Block& block : s.blocks) {
            if (m_control.cancelled())
                return TextDocumentBuilder::cancelledError();
            std::visit([this](const auto& b) { add(b); }, block);
        }
        for (const Section& sub : s.subsections)
            VIGIL_TRY(section(sub, depth + 1));
        return {};
    }

    void add(const Paragraph& p) { m_out.paragraph(p.text, style().paragraph(), style().text()); }

    void add(const Quote& q)
    {
        m_out.paragraph(m_locale.quoteString(q.text), style().quote(), style().quoteText());
        if (!q.attribution.isEmpty())
            m_out.paragraph(QStringLiteral("— ") + q.attribution, style().attribution(),
                            style().detailText());
    }

    void add(const Table& t) { m_out.table(t.caption, t.header, t.rows); }

    void add(const RecommendationList& list)
    {
        for (const RecommendationEntry& r : list.entries) {
            QTextCursor& cursor = m_out.startBlock(style().recommendation(), style().text());
            cursor.insertText(QString::number(r.number) + u'.', style().recommendationNumber());
            cursor.insertText(u'\t' + DocumentWriter::clean(r.text), style().text());
            QStringList details;
            if (!r.addressee.isEmpty())
                details << TextDocumentBuilder::tr("Addressee: %1").arg(r.addressee);
            if (!r.priority.isEmpty())
                details << TextDocumentBuilder::tr("Priority: %1").arg(r.priority);
            if (r.deadline.isValid())
                details << TextDocumentBuilder::tr("Deadline: %1").arg(longDate(r.deadline));
            if (!details.isEmpty())
                m_out.paragraph(details.join(QStringLiteral(" · ")), style().recommendationDetail(),
                                style().detailText());
            if (!r.repeats.isEmpty()) {
                QTextCharFormat italic = style().detailText();
                italic.setFontItalic(true);
                m_out.paragraph(r.repeats, style().recommendationDetail(), italic);
            }
        }
    }

    void add(const Image& image)
    {
        if (!m_out.picture(image.data, kPictureBox, ReportImage::kMaxEdge, style().figure())) {
            m_out.paragraph(TextDocumentBuilder::tr("(A picture that could not be read.)"),
                            style().caption(true), style().captionText());
        }
        if (!image.caption.isEmpty())
            m_out.paragraph(image.caption, style().caption(true), style().captionText());
    }

    // The locale's long date without the weekday: "June 30, 2025", "2025年6月30日".
    QString longDate(const QDate& date) const
    {
        static const QRegularExpression weekday(QStringLiteral("\\s*dddd[\\s,،]*"));
        QString format = m_locale.dateFormat(QLocale::LongFormat);
        format.remove(weekday);
        return format.isEmpty() ? m_locale.toString(date, QLocale::LongFormat)
                                : m_locale.toString(date, format);
    }

    const ReportDocument& m_report;
    const TextDocumentBuilder::Options& m_options;
    const RenderControl& m_control;
    DocumentWriter m_out;
    QLocale m_locale;
};

} // namespace

Error TextDocumentBuilder::cancelledError()
{
    return Error::make(ErrorKind::Cancelled, tr("Rendering the report was cancelled."));
}

Result<std::unique_ptr<QTextDocument>> TextDocumentBuilder::build(const ReportDocument& report,
                                                                  const Options& options,
                                                                  const RenderControl& control)
{
    if (control.cancelled())
        return cancelledError();
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    const ReportStyle style(report.rightToLeft);
    document->setDefaultFont(style.baseFont());
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(style.direction());
    option.setAlignment(style.start());
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, report.cover.title);

    Builder builder(*document, report, options, control);
    VIGIL_TRY(builder.build());
    return document;
}

} // namespace vigil::report
