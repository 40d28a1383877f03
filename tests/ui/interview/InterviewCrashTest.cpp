// An edit made through the window is in the vault the moment its command
// returns: a child process types notes (or starts an interview) and SIGKILLs
// itself right after the undo stack takes the command; nothing is lost.
#include "core/repo/InterviewRepository.h"
#include "tests/ui/interview/InterviewUiFixture.h"

#include <QProcess>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

struct ChildRun
{
    QByteArray out;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
};

ChildRun runChild(const QStringList& args)
{
    QProcess child;
    child.setProgram(QString::fromUtf8(VIGIL_UI_TEST_CHILD));
    child.setArguments(args);
    child.start();
    ChildRun run;
    REQUIRE(child.waitForStarted(5000));
    REQUIRE(child.waitForFinished(30000));
    run.out = child.readAllStandardOutput() + child.readAllStandardError();
    run.status = child.exitStatus();
    run.code = child.exitCode();
    return run;
}

} // namespace

TEST_CASE("A UI edit survives SIGKILL right after its command returns", "[interview][ui][crash]")
{
    InterviewUiFixture f;
    const QString passFile = writePassphraseFile(f.dir->path(), "pass");
    Interview interview = InterviewUiFixture::sample();
    interview.visitId = f.visit;
    auto id = InterviewRepository(f.records()).create(interview);
    REQUIRE(id.ok());
    REQUIRE(InterviewRepository(f.records()).recordConsent(*id, {}).ok());
    const QString path = f.vaultPath();
    const QString visit = f.visit;
    f.vault->lock(); // the child has the vault to itself

    const auto reopen = [&] {
        auto vault = Vault::open(path, secret("pass"));
        REQUIRE(vault.ok());
        return std::move(*vault);
    };

    SECTION("notes typed in the editor")
    {
        const QString text = QStringLiteral("Reported being kept awake by checks every hour.");
        const ChildRun run = runChild({QStringLiteral("type-notes"), path, passFile, *id, text});
        INFO(run.out.toStdString());
        REQUIRE(run.status == QProcess::CrashExit);
        REQUIRE(run.out.contains("COMMAND DONE"));
        auto vault = reopen();
        auto stored = InterviewRepository(vault->records()).get(*id);
        REQUIRE(stored.ok());
        CHECK(stored->notes == text);
        auto problems = vault->verify();
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
    }

    SECTION("a new interview")
    {
        const ChildRun run = runChild({QStringLiteral("new-interview"), path, passFile, visit});
        INFO(run.out.toStdString());
        REQUIRE(run.status == QProcess::CrashExit);
        REQUIRE(run.out.contains("COMMAND DONE"));
        auto vault = reopen();
        auto all = InterviewRepository(vault->records()).forVisit(visit);
        REQUIRE(all.ok());
        CHECK(all->size() == 2);
    }
}
