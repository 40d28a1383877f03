// A report file appears whole or not at all: an unwritable path, a full disk
// or a cancel give a clear error and leave no file (and an older file of the
// same name untouched).
#include "report/ReportFile.h"

#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"
#include "tests/report/SampleReport.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace vigil;
using namespace vigil::report;

namespace {

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// Lowers this process's file-size limit, so writes past `bytes` fail with
// EFBIG as on a full disk; restored (with SIGXFSZ) when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    struct rlimit m_old = {};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("report file: a folder that does not exist gives an error and no file", "[report][file]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("missing/report.pdf"));
    const Status st = PdfRenderer::renderToFile(test::sampleReport(), path);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::NotFound);
    CHECK(st.error().message.contains(QStringLiteral("missing")));
    CHECK(filesIn(dir->path()).isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("report file: a path through a file or onto a folder is refused", "[report][file]")
{
    auto dir = test::tempDir();
    QFile plain(dir->filePath(QStringLiteral("notes.txt")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const Status through = OdtRenderer::renderToFile(
        test::sampleReport(), dir->filePath(QStringLiteral("notes.txt/r.odt")));
    REQUIRE_FALSE(through.ok());
    CHECK_FALSE(through.error().message.isEmpty());

    const Status onto = PdfRenderer::renderToFile(test::sampleReport(), dir->path());
    REQUIRE_FALSE(onto.ok());
    CHECK(onto.error().message.contains(dir->path()));
    CHECK(filesIn(dir->path()) == QStringList{QStringLiteral("notes.txt")});
}

TEST_CASE("report file: a full disk gives a disk-full error, no file, the old one kept",
          "[report][file]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("report.pdf"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("the report sent last week");
    old.close();

    test::SampleOptions options;
    options.photos = 4;
    const ReportDocument report = test::sampleReport(options);
    Status pdf;
    Status odt;
    {
        const FileSizeLimit limit(64 * 1024);
        pdf = PdfRenderer::renderToFile(report, path);
        odt = OdtRenderer::renderToFile(report, dir->filePath(QStringLiteral("report.odt")));
    }
    for (const Status* st : {&pdf, &odt}) {
        REQUIRE_FALSE(st->ok());
        CHECK(st->error().kind == ErrorKind::DiskFull);
        CHECK(st->error().message.contains(QStringLiteral("full")));
    }
    CHECK(filesIn(dir->path()) == QStringList{QStringLiteral("report.pdf")});
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "the report sent last week");
}

TEST_CASE("report file: a failed render writes nothing", "[report][file]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("r.pdf"));
    const Status st = ReportFile::write(path, [](QIODevice& device) -> Status {
        device.write("%PDF-1.4 half a report");
        return Error::make(ErrorKind::Internal, QStringLiteral("renderer failed"));
    });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message == QStringLiteral("renderer failed"));
    CHECK(filesIn(dir->path()).isEmpty());

    REQUIRE(ReportFile::write(path, [](QIODevice& device) -> Status {
                device.write("complete");
                return {};
            }).ok());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == "complete");
}
