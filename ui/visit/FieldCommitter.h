#pragma once

#include <QObject>
#include <QTimer>
#include <QVariant>
#include <functional>

class QAbstractSpinBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace vigil {

// Commits what is typed into one editor without a "save": when the user
// finishes editing (Return, leaving the field) and after kDebounceMs without
// typing, so a dead battery costs at most a second of typing. The stored
// value shown by setStoredValue() never overwrites typing not yet committed.
class FieldCommitter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 700;

    // Receives the last committed and the new value; returns whether the
    // write succeeded (if not, the typing stays in the field and uncommitted).
    using Commit = std::function<bool(const QVariant& oldValue, const QVariant& newValue)>;

    explicit FieldCommitter(QLineEdit* edit);
    explicit FieldCommitter(QPlainTextEdit* edit);
    explicit FieldCommitter(QDateTimeEdit* edit); // QDate for a QDateEdit, else Unix ms
    explicit FieldCommitter(QSpinBox* edit);      // null at the minimum (the "not set" text)

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // Shows a stored value unless the field holds uncommitted typing.
    void setStoredValue(const QVariant& value);
    // Shows another record's value: drops any pending typing (flush() first).
    void reset(const QVariant& value);
    QVariant value() const { return m_read(); }
    bool isDirty() const { return m_read() != m_committed; }
    // Identifies the current typing session: edits with the same key merge
    // into one undo step; it changes whenever the user leaves the field.
    QString sessionKey() const;

public Q_SLOTS:
    // Commits now if the value differs from the last committed one.
    void flush();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FieldCommitter(QWidget* editor);
    void changed();
    void finished();

    QWidget* m_editor;
    QTimer m_timer;
    QVariant m_committed;
    Commit m_commit;
    std::function<QVariant()> m_read;
    std::function<void(const QVariant&)> m_write;
    int m_session = 0;
    bool m_loading = false;
};

} // namespace vigil
