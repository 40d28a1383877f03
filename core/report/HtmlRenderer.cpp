#include "core/report/HtmlRenderer.h"

#include "core/report/ReportLabels.h"

#include <QLocale>
#include <QRegularExpression>

namespace vigil::report {

namespace {

// Print-friendly and direction-neutral (logical properties), so the same
// sheet serves left-to-right and right-to-left reports.
constexpr const char* kStyle = R"css(
@page { size: A4; margin: 2cm; }
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11pt;
       line-height: 1.45; color: #111; max-width: 46em; margin: 0 auto; padding: 1em; }
h1, h2, h3, h4, h5, h6 { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif;
       break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.8em; margin-block: 0.5em; }
h2 { font-size: 1.4em; border-block-end: 1px solid #999; margin-block-start: 1.6em; }
h3 { font-size: 1.2em; } h4, h5, h6 { font-size: 1.05em; }
.marking { border: 2px solid #a00; color: #a00; font-weight: bold; text-align: center;
       padding: 0.3em; margin-block: 0.5em; }
.cover { break-after: page; page-break-after: always; }
.cover .body { font-size: 1.2em; font-weight: bold; }
.cover .logo { max-height: 3cm; max-width: 6cm; }
.cover dt { font-weight: bold; margin-block-start: 0.5em; }
.cover dd { margin-inline-start: 1.5em; }
blockquote { margin-inline: 1.5em; padding-inline-start: 1em; border-inline-start: 3px solid #888;
       font-style: italic; }
blockquote footer { font-style: normal; font-size: 0.9em; color: #444; }
table { border-collapse: collapse; width: 100%; margin-block: 1em; }
caption { font-weight: bold; text-align: start; padding-block-end: 0.3em; }
th, td { border: 1px solid #888; padding: 0.25em 0.5em; text-align: start; vertical-align: top; }
thead { display: table-header-group; background: #eee; }
tr { break-inside: avoid; page-break-inside: avoid; }
ol.recommendations > li { margin-block-end: 0.8em; }
.meta, .repeats { font-size: 0.9em; color: #333; margin-block: 0.2em; }
figure { break-inside: avoid; page-break-inside: avoid; margin-inline: 0; }
figure img { max-width: 100%; max-height: 18cm; }
figcaption { font-size: 0.9em; }
)css";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Escaped, keeping the line breaks typed within a paragraph.
QString escLines(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString anchor(const QString& key)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    return QStringLiteral("s-") + QString(key).replace(unsafe, QStringLiteral("-"));
}

QString dataUri(const QByteArray& bytes, QString mime = {})
{
    if (mime.isEmpty()) {
        if (bytes.startsWith("\x89PNG"))
            mime = QStringLiteral("image/png");
        else if (bytes.startsWith("\xFF\xD8"))
            mime = QStringLiteral("image/jpeg");
        else if (bytes.startsWith("GIF8"))
            mime = QStringLiteral("image/gif");
        else
            return {};
    }
    return QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(bytes.toBase64()));
}

class Writer
{
public:
    explicit Writer(const ReportDocument& doc) : m_doc(doc), m_locale(doc.language) {}

    QString run()
    {
        const QString dir = m_doc.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n"
                                "<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width\">\n"
                                "<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n")
                     .arg(esc(QString(m_doc.language).replace(QLatin1Char('_'), QLatin1Char('-'))),
                          dir, esc(m_doc.cover.title), QString::fromUtf8(kStyle));
        marking();
        cover();
        m_out += QStringLiteral("<main>\n");
        for (const Section& s : m_doc.sections)
            section(s, 2);
        m_out += QStringLiteral("</main>\n");
        marking();
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    void marking()
    {
        if (!m_doc.marking.isEmpty())
            m_out += QStringLiteral("<div class=\"marking\" role=\"note\">%1</div>\n")
                         .arg(esc(m_doc.marking));
    }

    void term(const QString& label, const QString& value)
    {
        if (!value.isEmpty())
            m_out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(label), esc(value));
    }

    void cover()
    {
        const Cover& c = m_doc.cover;
        m_out += QStringLiteral("<header class=\"cover\">\n");
        if (const QString logo = dataUri(c.logo); !logo.isEmpty())
            m_out += QStringLiteral("<img class=\"logo\" src=\"%1\" alt=\"%2\">\n")
                         .arg(logo, esc(c.bodyName));
        if (!c.bodyName.isEmpty())
            m_out += QStringLiteral("<p class=\"body\">%1</p>\n").arg(esc(c.bodyName));
        m_out += QStringLiteral("<h1>%1</h1>\n<dl>\n").arg(esc(c.title));
        term(HtmlRenderer::tr("Place"), c.placeName);
        term(HtmlRenderer::tr("Type of place"), c.placeType);
        term(HtmlRenderer::tr("Authority responsible"), c.authority);
        term(HtmlRenderer::tr("Dates of the visit"), c.visitDates);
        term(HtmlRenderer::tr("Type of visit"), c.visitType);
        term(HtmlRenderer::tr("Notice"), c.unannounced ? HtmlRenderer::tr("Unannounced visit")
                                                       : HtmlRenderer::tr("Announced visit"));
        for (const auto& [role, names] : c.teamByRole)
            term(role, m_locale.createSeparatedList(names));
        m_out += QStringLiteral("</dl>\n</header>\n");
    }

    void section(const Section& s, int depth)
    {
        const int h = std::min(depth, 6);
        m_out += QStringLiteral("<section id=\"%1\">\n<h%2>%3</h%2>\n")
                     .arg(anchor(s.key))
                     .arg(h)
                     .arg(esc(s.title));
        for (const Block& block : s.blocks)
            std::visit([this](const auto& b) { write(b); }, block);
        for (const Section& sub : s.subsections)
            section(sub, depth + 1);
        m_out += QStringLiteral("</section>\n");
    }

    void write(const Paragraph& p) { m_out += QStringLiteral("<p>%1</p>\n").arg(escLines(p.text)); }

    void write(const Quote& q)
    {
        m_out += QStringLiteral("<blockquote><p>%1</p>").arg(escLines(q.text));
        if (!q.attribution.isEmpty())
            m_out += QStringLiteral("<footer>— %1</footer>").arg(esc(q.attribution));
        m_out += QStringLiteral("</blockquote>\n");
    }

    void write(const Table& t)
    {
        m_out += QStringLiteral("<table>\n");
        if (!t.caption.isEmpty())
            m_out += QStringLiteral("<caption>%1</caption>\n").arg(esc(t.caption));
        m_out += QStringLiteral("<thead><tr>");
        for (const QString& h : t.header)
            m_out += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(h));
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList& row : t.rows) {
            m_out += QStringLiteral("<tr>");
            for (const QString& cell : row)
                m_out += QStringLiteral("<td>%1</td>").arg(escLines(cell));
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
    }

    void write(const RecommendationList& list)
    {
        m_out += QStringLiteral("<ol class=\"recommendations\">\n");
        for (const RecommendationEntry& e : list.entries) {
            m_out += QStringLiteral("<li value=\"%1\" id=\"recommendation-%1\"><p>%2</p>\n")
                         .arg(e.number)
                         .arg(escLines(e.text));
            QStringList meta;
            if (!e.addressee.isEmpty())
                meta.append(HtmlRenderer::tr("Addressed to: %1").arg(e.addressee));
            if (!e.priority.isEmpty())
                meta.append(HtmlRenderer::tr("Priority: %1").arg(e.priority));
            if (e.deadline.isValid())
                meta.append(
                    HtmlRenderer::tr("Deadline: %1").arg(ReportLabels::date(m_locale, e.deadline)));
            if (!meta.isEmpty())
                m_out += QStringLiteral("<p class=\"meta\">%1</p>\n")
                             .arg(esc(meta.join(QStringLiteral(" · "))));
            if (!e.repeats.isEmpty())
                m_out += QStringLiteral("<p class=\"repeats\">%1</p>\n").arg(esc(e.repeats));
            m_out += QStringLiteral("</li>\n");
        }
        m_out += QStringLiteral("</ol>\n");
    }

    void write(const Image& img)
    {
        const QString uri = dataUri(img.data, img.mimeType);
        if (uri.isEmpty())
            return;
        m_out += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\">").arg(uri, esc(img.caption));
        if (!img.caption.isEmpty())
            m_out += QStringLiteral("<figcaption>%1</figcaption>").arg(esc(img.caption));
        m_out += QStringLiteral("</figure>\n");
    }

    const ReportDocument& m_doc;
    QLocale m_locale;
    QString m_out;
};

} // namespace

QByteArray HtmlRenderer::render(const ReportDocument& document)
{
    return Writer(document).run().toUtf8();
}

} // namespace vigil::report
