#include "tests/report/SampleReport.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>

namespace vigil::test {

using namespace report;

namespace {

const char* const kCategories[] = {"Treatment",           "Protection measures",
                                   "Material conditions", "Regime and activities",
                                   "Health care",         "Personnel"};

const char* const kStatuses[] = {"Not implemented", "In progress", "Partly implemented",
                                 "Fully implemented"};

Paragraph para(const QString& text)
{
    return Paragraph{text, {}};
}

QString findingText(int finding, int paragraph)
{
    return QStringLiteral(
               "Finding %1.%2. Cells designed for two people held four; the ventilation was poor, "
               "the window could not be opened and the toilet was not screened from the rest of "
               "the cell. Detainees said they spent twenty-two hours a day in their cells and "
               "that the hot water had not worked for three weeks. The register of complaints "
               "showed eleven complaints about the conditions since January, none of which had "
               "received a written answer. Staff confirmed that repairs had been requested but "
               "not carried out for lack of budget.")
        .arg(finding)
        .arg(paragraph);
}

Section findingsSection(const SampleOptions& options)
{
    Section findings = makeSection(QStringLiteral("findings"), QStringLiteral("Findings"), {});
    int photo = 0;
    for (int f = 0; f < options.findings; ++f) {
        Section s;
        s.key = QStringLiteral("finding:%1").arg(f);
        s.title = QString::fromLatin1(kCategories[f % 6]) +
                  (f >= 6 ? QStringLiteral(" (%1)").arg(f / 6 + 1) : QString());
        for (int p = 0; p < 3; ++p)
            s.blocks.append(para(findingText(f + 1, p + 1)));
        if (f == 1)
            s.blocks.append(Quote{sampleQuote(),
                                  QStringLiteral("Detainee, private interview"),
                                  QStringLiteral("interview-1"),
                                  {}});
        if (photo < options.photos) {
            const bool png = photo % 2 == 0;
            const int w = options.photoEdge;
            const int h = options.photoEdge * 3 / 4;
            s.blocks.append(Image{encodeImage(samplePicture(w, h, photo), png ? "PNG" : "JPEG"),
                                  png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"),
                                  QStringLiteral("Photo %1: a cell in block C").arg(photo + 1),
                                  {}});
            ++photo;
        }
        findings.subsections.append(s);
    }
    // More pictures than findings: the rest go to the last finding.
    while (photo < options.photos && !findings.subsections.isEmpty()) {
        findings.subsections.last().blocks.append(Image{
            encodeImage(samplePicture(options.photoEdge, options.photoEdge * 3 / 4, photo), "JPEG"),
            QStringLiteral("image/jpeg"),
            QStringLiteral("Photo %1").arg(photo + 1),
            {}});
        ++photo;
    }
    return findings;
}

} // namespace

Section makeSection(const QString& key, const QString& title, const QList<Block>& blocks)
{
    Section section;
    section.key = key;
    section.title = title;
    section.blocks = blocks;
    return section;
}

QString samplePlace()
{
    return QStringLiteral("Northgate Remand Prison");
}

QString sampleRecommendation(int number)
{
    return QStringLiteral("The prison administration should install a working call bell in "
                          "every cell of block %1 and answer calls within five minutes.")
        .arg(number);
}

QString sampleFollowUpId(int row)
{
    return QStringLiteral("2023/%1").arg(row + 1, 3, 10, QLatin1Char('0'));
}

QString sampleFollowUpStatus(int row)
{
    return QString::fromLatin1(kStatuses[row % 4]);
}

QString sampleQuote()
{
    return QStringLiteral("They only open the door for meals.");
}

ReportDocument sampleReport(const SampleOptions& options)
{
    ReportDocument doc;
    doc.kind = options.marking.isEmpty() ? Kind::Authorities : Kind::InternalNotes;
    doc.language = QStringLiteral("en");
    doc.marking = options.marking;
    doc.visitId = QStringLiteral("visit-1");
    Cover& c = doc.cover;
    c.bodyName = QStringLiteral("National Preventive Mechanism of Westland");
    c.logo = encodeImage(samplePicture(300, 120, 99), "PNG");
    c.title = QStringLiteral("Report on the visit to ") + samplePlace();
    c.placeName = samplePlace();
    c.placeType = QStringLiteral("Prison");
    c.authority = QStringLiteral("Ministry of Justice");
    c.visitDates = QStringLiteral("12–14 March 2025");
    c.visitType = QStringLiteral("In-depth visit");
    c.unannounced = true;
    c.teamByRole = {{QStringLiteral("Head of delegation"), {QStringLiteral("Amira Haddad")}},
                    {QStringLiteral("Members"),
                     {QStringLiteral("Jonas Berg"), QStringLiteral("Lucía Ortega")}}};

    doc.sections.append(makeSection(QStringLiteral("summary"), QStringLiteral("Summary"),
                                    {para(QStringLiteral("The delegation visited %1 without notice "
                                                         "and had access to all areas.")
                                              .arg(samplePlace())),
                                     para(findingText(0, 0))}));
    Table interviews{QStringLiteral("Interviews"),
                     {QStringLiteral("Kind"), QStringLiteral("Number")},
                     {{QStringLiteral("Private, detainees"), QStringLiteral("14")},
                      {QStringLiteral("Group"), QStringLiteral("2")},
                      {QStringLiteral("Staff"), QStringLiteral("6")}},
                     {}};
    doc.sections.append(
        makeSection(QStringLiteral("methodology"), QStringLiteral("Methodology"),
                    {para(QStringLiteral("The team checked the admission, disciplinary and "
                                         "use-of-force registers and interviewed detainees in "
                                         "private, without witnesses.")),
                     interviews}));
    doc.sections.append(findingsSection(options));

    RecommendationList list;
    for (int i = 0; i < options.recommendations; ++i) {
        const int n = options.firstRecommendation + i;
        RecommendationEntry r;
        r.number = n;
        r.text = sampleRecommendation(n);
        r.addressee = QStringLiteral("Prison administration");
        r.priority = i % 3 == 0 ? QStringLiteral("High") : QStringLiteral("Medium");
        r.deadline = QDate(2025, 6, 30);
        if (i == 2)
            r.repeats = QStringLiteral("Repeats recommendation 4 of the visit of 3 March 2024");
        list.entries.append(r);
    }
    doc.sections.append(
        makeSection(QStringLiteral("recommendations"), QStringLiteral("Recommendations"), {list}));

    Table followUp{
        QStringLiteral("Follow-up of earlier recommendations"),
        {QStringLiteral("No."), QStringLiteral("Recommendation"), QStringLiteral("Status")},
        {},
        {}};
    for (int r = 0; r < options.followUpRows; ++r)
        followUp.rows.append({sampleFollowUpId(r),
                              QStringLiteral("Repair the heating in wing %1").arg(r % 9 + 1),
                              sampleFollowUpStatus(r)});
    doc.sections.append(
        makeSection(QStringLiteral("follow_up"), QStringLiteral("Follow-up"), {followUp}));
    doc.sections.append(
        makeSection(QStringLiteral("annexes"), QStringLiteral("Annexes"),
                    {para(QStringLiteral("Annex 1: list of the registers checked."))}));
    return doc;
}

QString arabicShortLine()
{
    return QStringLiteral("زار الفريق المرفق ليلا.");
}

QString arabicRecommendation()
{
    return QStringLiteral("ينبغي للسلطات تركيب أجراس استدعاء في جميع الزنازين.");
}

ReportDocument arabicReport()
{
    ReportDocument doc;
    doc.language = QStringLiteral("ar");
    doc.rightToLeft = true;
    doc.cover.bodyName = QStringLiteral("الآلية الوطنية للوقاية");
    doc.cover.title = QStringLiteral("تقرير عن زيارة سجن الشمال");
    doc.cover.placeName = QStringLiteral("سجن الشمال");
    doc.sections.append(
        makeSection(QStringLiteral("summary"), QStringLiteral("ملخص"),
                    {para(arabicShortLine()),
                     para(QStringLiteral("كانت الزنازين مكتظة والتهوية ضعيفة، وقال المحتجزون إنهم "
                                         "يقضون اثنتين وعشرين ساعة يوميا في زنازينهم."))}));
    RecommendationList list;
    list.entries.append(RecommendationEntry{7, arabicRecommendation(), {}, {}, {}, {}, {}});
    doc.sections.append(
        makeSection(QStringLiteral("recommendations"), QStringLiteral("التوصيات"), {list}));
    return doc;
}

QString chineseSentence()
{
    return QStringLiteral("监狱的牢房过度拥挤，通风不良。");
}

ReportDocument chineseReport()
{
    ReportDocument doc;
    doc.language = QStringLiteral("zh_CN");
    doc.cover.bodyName = QStringLiteral("国家防范机制");
    doc.cover.title = QStringLiteral("北门监狱访问报告");
    doc.cover.placeName = QStringLiteral("北门监狱");
    doc.sections.append(
        makeSection(QStringLiteral("summary"), QStringLiteral("摘要"), {para(chineseSentence())}));
    return doc;
}

QImage samplePicture(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 90, 200));
    gradient.setColorAt(1, QColor::fromHsv((seed * 47 + 120) % 360, 160, 90));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(QPen(Qt::white, qMax(2, width / 200)));
    for (int i = 0; i < 12; ++i)
        painter.drawLine(width * i / 12, 0, width * i / 12, height); // bars of a cell door
    painter.end();
    return image;
}

QByteArray encodeImage(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

} // namespace vigil::test
