#pragma once

#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace vigil::test {

// Reports made by hand for the renderer tests and the benchmark: what
// ReportBuilder produces for a real visit, without a vault.
struct SampleOptions
{
    int findings = 6;         // findings sections, each with long text
    int followUpRows = 200;   // rows of the follow-up table
    int recommendations = 12; // numbered from firstRecommendation
    int firstRecommendation = 1;
    int photos = 2;      // pictures, PNG and JPEG alternately
    int photoEdge = 900; // pixels on the longer side
    QString marking;     // confidentiality marking, empty for none
};

// A section without subsections.
report::Section makeSection(const QString& key, const QString& title,
                            const QList<report::Block>& blocks);

report::ReportDocument sampleReport(const SampleOptions& options = {});
// An Arabic report (right to left) and a Chinese one.
report::ReportDocument arabicReport();
report::ReportDocument chineseReport();

// The texts the sample report holds, so tests can look for them.
QString samplePlace();
QString sampleRecommendation(int number);
QString sampleFollowUpId(int row);
QString sampleFollowUpStatus(int row);
QString sampleQuote();
// A short Arabic line of arabicReport(), and its recommendation text.
QString arabicShortLine();
QString arabicRecommendation();
QString chineseSentence();

QImage samplePicture(int width, int height, int seed);
QByteArray encodeImage(const QImage& image, const char* format);

} // namespace vigil::test
