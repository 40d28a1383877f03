// The UI at scale (DESIGN.md §8: the UI thread never blocks for more than
// 100 ms). Offscreen, release build recommended:
// 1. Time to show the visit list — model, view shown, first paint — at 1k
//    and 100k visits, as a ratio (target <= 2x: the list reads a page at a
//    time, so its cost must not grow with the vault).
// 2. The longest UI-thread stall, seen by an event-loop probe (a 10 ms timer
//    measuring its own lateness), while a large visit opens in its workspace
//    and while a 50 MB photo is imported into it (target: none over 100 ms).
// Not a pass/fail test.
#include "core/crypto/ProcessHardening.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/vault/Vault.h"
#include "tests/bench/BenchSupport.h"
#include "ui/UiContext.h"
#include "ui/models/VisitListModel.h"
#include "ui/visit/AttachmentsPanel.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/VisitWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace vigil;

namespace {

constexpr int kSmall = 1'000;
constexpr int kLarge = 100'000;
constexpr qint64 kPhotoBytes = 50ll * 1024 * 1024;

template <typename T> T must(Result<T> r, const char* what)
{
    if (!r) {
        std::fprintf(stderr, "%s failed: %s (%s)\n", what, qPrintable(r.error().message),
                     qPrintable(r.error().detail));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const Status& st, const char* what)
{
    if (!st) {
        std::fprintf(stderr, "%s failed: %s (%s)\n", what, qPrintable(st.error().message),
                     qPrintable(st.error().detail));
        std::exit(1);
    }
}

std::unique_ptr<Vault> newVault(const QString& dir)
{
    const char phrase[] = "benchmark passphrase";
    auto created = Vault::create(dir, SecretBuffer::copyOf(phrase, std::strlen(phrase)),
                                 KdfParams::fastInsecure());
    return std::move(must(std::move(created), "vault").vault);
}

// `count` visits to one place, written through the single writer in one transaction.
QString addVisits(Vault& vault, int count)
{
    auto tx = must(vault.records().beginWrite(), "begin");
    const QString place = must(tx.insert(catalog::kPlace, {{"name", QStringLiteral("Bench prison")},
                                                           {"type", QStringLiteral("prison")},
                                                           {"operator", QStringLiteral("public")}}),
                               "place");
    QString last;
    for (int v = 0; v < count; ++v) {
        last = must(tx.insert(catalog::kVisit,
                              {{"place_id", place},
                               {"type", QStringLiteral("in_depth")},
                               {"unannounced", qint64(1)},
                               {"planned_start", qint64(1'700'000'000'000) + qint64(v) * 3'600'000},
                               {"state", QStringLiteral("closed")}}),
                    "visit");
    }
    must(tx.commit(), "commit");
    return last;
}

// Counts paints of a widget, so "shown" means "painted once".
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double timeVisitList(UiContext& ctx)
{
    return bench::bestOfMs(15, [&] {
        QTableView view;
        view.resize(1000, 700);
        PaintProbe probe(view.viewport());
        VisitListModel model(ctx);
        view.setModel(&model);
        view.horizontalHeader()->setStretchLastSection(true);
        view.show();
        while (!probe.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    });
}

// A 10 ms timer that records how late it fires: the longest gap the event
// loop could not run anything.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.restart() - 10;
            m_worst = qMax(m_worst, late);
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        // A stall that has not been followed by a tick yet counts too.
        m_worst = qMax(m_worst, m_clock.elapsed() - 10);
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// A visit with the content of a long in-depth visit.
void fillVisit(Vault& vault, const QString& visit)
{
    auto tx = must(vault.records().beginWrite(), "begin");
    const QString facts = QStringLiteral(
        "Cells designed for two people held four; ventilation was poor and the toilet was not "
        "screened. Detainees said they spent twenty-two hours a day in their cells.");
    static const char* const categories[] = {"treatment", "protection",  "material_conditions",
                                             "regime",    "health_care", "personnel"};
    for (int i = 0; i < 300; ++i)
        must(tx.insert(catalog::kObservation, {{"visit_id", visit},
                                               {"kind", QStringLiteral("observation")},
                                               {"title", QStringLiteral("Cell %1").arg(i)},
                                               {"notes", facts}}),
             "observation");
    for (int i = 0; i < 120; ++i)
        must(tx.insert(catalog::kFinding, {{"visit_id", visit},
                                           {"category", QString::fromLatin1(categories[i % 6])},
                                           {"title", QStringLiteral("Finding %1").arg(i)},
                                           {"facts", facts},
                                           {"severity", QStringLiteral("high")}}),
             "finding");
    for (int i = 0; i < 60; ++i)
        must(tx.insert(catalog::kAccessEvent, {{"visit_id", visit},
                                               {"kind", QStringLiteral("delay")},
                                               {"occurred_at", qint64(1'700'000'000'000) + i}}),
             "access event");
    must(tx.commit(), "commit");
    InterviewRepository interviews(vault.records());
    for (int i = 0; i < 150; ++i) {
        Interview interview;
        interview.visitId = visit;
        interview.kind = QStringLiteral("individual_private");
        interview.withoutWitnesses = true;
        interview.chosenBy = QStringLiteral("team");
        interview.reprisalRisk = QStringLiteral("low");
        must(interviews.create(interview), "interview");
    }
}

// A JPEG photo padded to `bytes` (decoders stop at its end marker).
QString writePhoto(const QString& dir, qint64 bytes)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QLinearGradient(0, 0, 4000, 3000));
    painter.end();
    const QString path = dir + QStringLiteral("/photo.jpg");
    if (!image.save(path, "JPEG", 95))
        std::exit(1);
    QFile file(path);
    if (!file.open(QIODevice::Append))
        std::exit(1);
    const QByteArray chunk(1 << 20, '\0');
    while (file.size() < bytes)
        file.write(chunk.constData(), qMin<qint64>(chunk.size(), bytes - file.size()));
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!hardenProcess())
        return 3;
    QTemporaryDir tmp;

    double shown[2] = {};
    QString bigVisit;
    std::unique_ptr<Vault> large;
    for (int i = 0; i < 2; ++i) {
        const int count = i == 0 ? kSmall : kLarge;
        auto vault = newVault(tmp.filePath(QStringLiteral("vault-%1").arg(count)));
        QElapsedTimer fill;
        fill.start();
        const QString last = addVisits(*vault, count);
        std::printf("(%d visits written in one WriteTx in %.1f s)\n", count,
                    double(fill.elapsed()) / 1000.0);
        UiContext ctx(*vault);
        if (i == 0)
            (void)timeVisitList(ctx); // warm-up: fonts, styles, first widgets
        shown[i] = timeVisitList(ctx);
        bench::report(i == 0 ? "visit list shown and painted, 1k visits"
                             : "visit list shown and painted, 100k visits",
                      shown[i], "ms");
        if (i == 1) {
            bigVisit = last;
            large = std::move(vault);
        }
    }
    bench::reportRatio("visit list, 100k vs 1k visits", shown[1], shown[0], 2.0);

    fillVisit(*large, bigVisit);
    UiContext ctx(*large);
    StallProbe probe;
    QWidget window;
    window.resize(1366, 768);
    window.show();
    probe.start();
    QElapsedTimer opening;
    opening.start();
    auto* workspace = new VisitWorkspace(ctx, bigVisit, &window);
    workspace->resize(window.size());
    workspace->show();
    PaintProbe painted(workspace);
    while (!painted.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 openMs = opening.elapsed();
    qint64 openStall = probe.stop();
    bench::report("  stall while the workspace is built and painted", double(openStall), "ms");
    // Walk every tab, as a monitor would.
    for (int t = 0; t < workspace->tabs()->count(); ++t) {
        probe.start();
        workspace->tabs()->setCurrentIndex(t);
        QElapsedTimer settle;
        settle.start();
        // The checklist builds its questions a category per turn: wait for all.
        while (settle.elapsed() < 50 || !workspace->checklist()->questionsReady())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 stall = probe.stop();
        std::printf("  stall showing the tab \"%s\": %lld ms\n",
                    qPrintable(workspace->tabs()->tabText(t)), stall);
        openStall = qMax(openStall, stall);
    }
    bench::report("large visit opened (300 observations, 120 findings, 150 interviews)",
                  double(openMs), "ms");
    bench::reportRatio("longest UI stall opening the large visit", double(openStall), 100.0, 1.0);

    const QString photo = writePhoto(tmp.path(), kPhotoBytes);
    AttachmentsPanel* attachments = workspace->attachments();
    probe.start();
    QElapsedTimer importing;
    importing.start();
    if (!attachments->importFiles({photo}))
        return 1;
    while (attachments->isImporting())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 importStall = probe.stop();
    bench::report("50 MB photo imported", double(importing.elapsed()), "ms");
    bench::reportRatio("longest UI stall importing a 50 MB photo", double(importStall), 100.0, 1.0);
    delete workspace;
    return 0;
}
