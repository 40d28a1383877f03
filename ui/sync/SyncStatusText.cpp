#include "ui/sync/SyncStatusText.h"

#include "ui/LocaleFormat.h"

#include <QLocale>

namespace vigil {

QString SyncStatusText::when(const QDateTime& at)
{
    if (!at.isValid())
        return QString();
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), localeformat::timePattern());
    return localeformat::dateTime(at);
}

QString SyncStatusText::progress(const SyncProgress& p)
{
    using Phase = SyncProgress::Phase;
    switch (p.phase) {
    case Phase::Connecting:
        return tr("connecting");
    case Phase::Receiving:
        //: %1 of %2 files received from the mailbox
        return p.total > 0 ? tr("receiving %1 of %2").arg(p.done + 1).arg(p.total)
                           : tr("receiving");
    case Phase::Importing:
        return tr("importing");
    case Phase::Sending:
        //: %1 of %2 devices the bundles are written for
        return p.total > 0 ? tr("sending %1 of %2").arg(p.done + 1).arg(p.total) : tr("sending");
    }
    return QString();
}

QString SyncStatusText::line(const SyncStatus& s)
{
    using State = SyncStatus::State;
    switch (s.state) {
    case State::Standalone:
        return tr("Not in an organisation");
    case State::NotSetUp:
        return tr("Sync not set up");
    case State::Ready:
        return tr("Not synced yet");
    case State::Syncing:
        //: %1 is the step, e.g. "receiving 2 of 5"
        return tr("Syncing… %1").arg(progress(s.progress));
    case State::Synced: {
        QStringList counts;
        counts << tr("%n received", nullptr, int(s.received));
        if (s.quarantined > 0)
            counts << tr("%n quarantined", nullptr, int(s.quarantined));
        if (s.waiting > 0)
            counts << tr("%n waiting", nullptr, int(s.waiting));
        //: %1 is the time, %2 what was received, e.g. "3 received, 1 quarantined"
        return tr("Synced at %1 (%2)").arg(when(s.finishedAt), counts.join(tr(", ")));
    }
    case State::Failed:
        //: %1 is the time, %2 the reason in a plain sentence
        return tr("Sync failed at %1: %2").arg(when(s.finishedAt), s.error);
    }
    return QString();
}

QString SyncStatusText::detail(const SyncStatus& s)
{
    QStringList lines{line(s)};
    if (s.state == SyncStatus::State::Synced && !s.summary.isEmpty())
        lines << s.summary;
    if (s.state == SyncStatus::State::NotSetUp)
        lines << tr("Choose a sync folder or server in Sync > Sync settings.");
    if (s.state == SyncStatus::State::Standalone)
        lines << tr("This vault syncs once it has joined an organisation.");
    lines << s.enrolmentErrors;
    if (s.nextRunAt.isValid() && s.state != SyncStatus::State::Syncing)
        lines << tr("Next automatic sync at %1.").arg(when(s.nextRunAt));
    if (s.state != SyncStatus::State::Standalone)
        lines << tr("Click to open the sync inbox.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace vigil
