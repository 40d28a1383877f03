#include "tests/report/ReportTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace vigil::test {

namespace {

std::optional<QByteArray> run(const QString& program, const QStringList& arguments,
                              int timeoutMs = 60'000)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

} // namespace

std::optional<QString> pdfToText(const QString& pdf, bool layout)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    auto out = run(QStringLiteral("pdftotext"), args);
    if (!out)
        return std::nullopt;
    return QString::fromUtf8(*out);
}

std::optional<QStringList> pdfImages(const QString& pdf)
{
    auto out = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!out)
        return std::nullopt;
    QStringList lines = QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts);
    // Two header lines: the column names and a rule.
    return lines.mid(2);
}

std::optional<QStringList> odtToText(const QStringList& odts, const QString& workDir)
{
    const QString profile = workDir + QStringLiteral("/lo-profile");
    const QString outDir = workDir + QStringLiteral("/lo-out");
    QDir().mkpath(outDir);
    const QStringList args = QStringList{QStringLiteral("-env:UserInstallation=") +
                                             QUrl::fromLocalFile(profile).toString(),
                                         QStringLiteral("--headless"),
                                         QStringLiteral("--norestore"),
                                         QStringLiteral("--convert-to"),
                                         QStringLiteral("txt:Text (encoded):UTF8"),
                                         QStringLiteral("--outdir"),
                                         outDir} +
                             odts;
    if (!run(QStringLiteral("soffice"), args, 180'000))
        return std::nullopt;
    QStringList texts;
    for (const QString& odt : odts) {
        QFile text(outDir + u'/' + QFileInfo(odt).completeBaseName() + QStringLiteral(".txt"));
        if (!text.open(QIODevice::ReadOnly))
            return std::nullopt;
        QString content = QString::fromUtf8(text.readAll());
        if (content.startsWith(QChar::ByteOrderMark))
            content.remove(0, 1);
        texts.append(content);
    }
    return texts;
}

std::optional<QStringList> zipEntries(const QString& zip)
{
    auto out = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    if (!out)
        return std::nullopt;
    return QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts);
}

std::optional<QByteArray> zipEntry(const QString& zip, const QString& entry)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
}

QString missingTool(const char* program, const char* debianPackage)
{
    if (!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (Debian package %2); skipped")
        .arg(QString::fromLatin1(program), QString::fromLatin1(debianPackage));
}

QStringList pdfPages(const QString& text)
{
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends the last page with a form feed too
    return pages;
}

QString flattened(const QString& text)
{
    // pdftotext wraps right-to-left runs in bidi embedding marks.
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC)
        .remove(marks)
        .replace(space, QStringLiteral(" "))
        .trimmed();
}

} // namespace vigil::test
