#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace vigil::test {

// The external tools the renderer tests check their output with. Each
// returns nothing when the tool is missing or fails; the tests then SKIP
// naming the Debian package (missingTool).

// `pdftotext [-layout] file -`, UTF-8.
std::optional<QString> pdfToText(const QString& pdf, bool layout = true);
// `pdfimages -list`: one line per image embedded in the PDF.
std::optional<QStringList> pdfImages(const QString& pdf);
// LibreOffice, headless, with a private profile below `workDir` (parallel
// runs do not share one) and a time limit: each .odt converted to plain
// text, in one run (LibreOffice takes seconds to start).
std::optional<QStringList> odtToText(const QStringList& odts, const QString& workDir);
// The entry names of a zip archive, in their order in the file, from its
// central directory (`unzip -Z1`), and one entry's bytes (`unzip -p`).
std::optional<QStringList> zipEntries(const QString& zip);
std::optional<QByteArray> zipEntry(const QString& zip, const QString& entry);

// "" when `program` is on the PATH, otherwise the reason to skip.
QString missingTool(const char* program, const char* debianPackage);

// The pages of pdftotext's output (split on form feeds).
QStringList pdfPages(const QString& text);
// Whitespace runs collapsed to one space, presentation forms folded (NFKC),
// so text wrapped or justified differently still compares equal.
QString flattened(const QString& text);

} // namespace vigil::test
