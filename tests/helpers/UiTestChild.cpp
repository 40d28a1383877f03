// A small program the UI tests run as a child process: it opens a vault,
// makes one edit the way the window does (typing into the interview editor,
// or "New interview" in the panel), and SIGKILLs itself the moment the
// undo stack reports the command done — no clean shutdown, no destructor.
// The parent then checks that the edit is in the vault.
//
//   vigil-ui-test-child type-notes VAULT_DIR PASSFILE INTERVIEW_ID TEXT
//   vigil-ui-test-child new-interview VAULT_DIR PASSFILE VISIT_ID
#include "core/crypto/ProcessHardening.h"
#include "core/crypto/SecretBuffer.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/interview/InterviewEditor.h"
#include "ui/interview/InterviewsPanel.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <csignal>
#include <cstdio>

using namespace vigil;

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitSetup = 3;
constexpr int kExitTimeout = 4;

std::unique_ptr<Vault> openVault(const char* dir, const char* passFile)
{
    QFile file(QString::fromLocal8Bit(passFile));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QString line = QString::fromUtf8(file.readLine()).trimmed();
    const SecretBuffer passphrase = SecretBuffer::takeUtf8(line);
    auto vault = Vault::open(QString::fromLocal8Bit(dir), passphrase);
    if (!vault) {
        std::printf("open failed: %s\n", vault.error().message.toUtf8().constData());
        return nullptr;
    }
    return std::move(*vault);
}

// Dies the instant a command has been pushed (redo() has returned).
void killAfterNextCommand(UiContext& ctx)
{
    QObject::connect(ctx.undoStack(), &QUndoStack::indexChanged, ctx.undoStack(), [] {
        std::printf("COMMAND DONE\n");
        std::fflush(stdout);
        std::raise(SIGKILL);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!hardenProcess())
        return kExitSetup;
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool typeNotes = command == "type-notes" && argc == 6;
    const bool newInterview = command == "new-interview" && argc == 5;
    if (!typeNotes && !newInterview) {
        std::fprintf(stderr, "usage: see the comment at the top of UiTestChild.cpp\n");
        return kExitUsage;
    }
    auto vault = openVault(argv[2], argv[3]);
    if (!vault)
        return kExitSetup;
    UiContext ctx(*vault);
    QObject::connect(&ctx, &UiContext::errorReported, &ctx, [](const Error& e) {
        std::printf("error: %s\n", e.message.toUtf8().constData());
        std::fflush(stdout);
    });
    // Nothing above may take more than this; the kill comes long before.
    QTimer::singleShot(15000, &app, [] { QCoreApplication::exit(kExitTimeout); });

    if (typeNotes) {
        InterviewEditor editor(ctx);
        editor.setInterview(QString::fromLocal8Bit(argv[4]));
        editor.show();
        auto* notes = editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
        if (!notes || !notes->isEnabled())
            return kExitSetup;
        killAfterNextCommand(ctx);
        notes->setFocus();
        // Typed text: the editor commits it after the quiet interval.
        notes->insertPlainText(QString::fromUtf8(argv[5]));
        return app.exec();
    }
    InterviewsPanel panel(ctx, QString::fromLocal8Bit(argv[4]));
    killAfterNextCommand(ctx);
    Interview interview;
    interview.kind = QStringLiteral("individual_private");
    interview.withoutWitnesses = true;
    interview.chosenBy = QStringLiteral("team");
    interview.reprisalRisk = QStringLiteral("medium");
    panel.createInterview(interview);
    return app.exec();
}
