#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace vigil {

// Turns typing in a text field into few, timely commits: the commit function runs
// after kQuietMs without typing, when the field loses focus or finishes
// editing, and when it is hidden (a lock hides the window before it tears it
// down), so a text is in the vault within a second of the last keystroke.
// Only runs when the text differs from the last committed or loaded value; a
// commit that fails keeps the text in the field and is retried on the next one.
class DebouncedText : public QObject
{
    Q_OBJECT
public:
    static constexpr int kQuietMs = 700;

    // Returns whether the text was stored.
    using Commit = std::function<bool(const QString& text)>;

    DebouncedText(QLineEdit* edit, Commit commit, QObject* parent);
    DebouncedText(QPlainTextEdit* edit, Commit commit, QObject* parent);

    // Shows a stored value (after a load, an undo or someone else's edit),
    // unless the user has typing not yet committed.
    void load(const QString& stored);
    // Shows the value of another record: drops any uncommitted typing.
    void reset(const QString& stored);
    // Commits pending typing now.
    void flush();
    bool isPending() const { return m_timer.isActive(); }
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUp(QWidget* field);
    void typed();

    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    Commit m_commit;
    QTimer m_timer;
    QString m_stored;
    bool m_loading = false;
    bool m_unsaved = false; // the last commit failed
};

} // namespace vigil
