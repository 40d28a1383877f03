#include "ui/visit/FieldCommitter.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace vigil {

FieldCommitter::FieldCommitter(QWidget* editor) : QObject(editor), m_editor(editor)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &FieldCommitter::flush);
}

FieldCommitter::FieldCommitter(QLineEdit* edit) : FieldCommitter(static_cast<QWidget*>(edit))
{
    m_read = [edit] {
        return QVariant(edit->text());
    };
    m_write = [edit](const QVariant& v) {
        edit->setText(v.toString());
    };
    m_committed = m_read();
    connect(edit, &QLineEdit::textChanged, this, &FieldCommitter::changed);
    connect(edit, &QLineEdit::editingFinished, this, &FieldCommitter::finished);
}

FieldCommitter::FieldCommitter(QPlainTextEdit* edit) : FieldCommitter(static_cast<QWidget*>(edit))
{
    m_read = [edit] {
        return QVariant(edit->toPlainText());
    };
    m_write = [edit](const QVariant& v) {
        if (edit->toPlainText() != v.toString())
            edit->setPlainText(v.toString());
    };
    m_committed = m_read();
    connect(edit, &QPlainTextEdit::textChanged, this, &FieldCommitter::changed);
    edit->installEventFilter(this); // no editingFinished: leaving the field ends the session
}

FieldCommitter::FieldCommitter(QDateTimeEdit* edit) : FieldCommitter(static_cast<QWidget*>(edit))
{
    // The minimum shows the special "not set" text and stands for a null value.
    const bool dateOnly = qobject_cast<QDateEdit*>(edit) != nullptr;
    m_read = [edit, dateOnly]() -> QVariant {
        if (edit->dateTime() == edit->minimumDateTime())
            return QVariant();
        return dateOnly ? QVariant(edit->date()) : QVariant(edit->dateTime().toMSecsSinceEpoch());
    };
    m_write = [edit, dateOnly](const QVariant& v) {
        if (!v.isValid() || v.isNull())
            edit->setDateTime(edit->minimumDateTime());
        else if (dateOnly)
            edit->setDate(v.toDate());
        else
            edit->setDateTime(QDateTime::fromMSecsSinceEpoch(v.toLongLong()));
    };
    m_committed = m_read();
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FieldCommitter::changed);
    connect(edit, &QDateTimeEdit::editingFinished, this, &FieldCommitter::finished);
}

FieldCommitter::FieldCommitter(QSpinBox* edit) : FieldCommitter(static_cast<QWidget*>(edit))
{
    m_read = [edit]() -> QVariant {
        return edit->value() == edit->minimum() ? QVariant() : QVariant(qint64(edit->value()));
    };
    m_write = [edit](const QVariant& v) {
        edit->setValue(v.isNull() ? edit->minimum() : int(v.toLongLong()));
    };
    m_committed = m_read();
    connect(edit, &QSpinBox::valueChanged, this, &FieldCommitter::changed);
    connect(edit, &QSpinBox::editingFinished, this, &FieldCommitter::finished);
}

void FieldCommitter::setStoredValue(const QVariant& value)
{
    if (m_timer.isActive() || isDirty()) {
        if (m_read() == value) { // the store caught up with the typing
            m_committed = value;
            m_timer.stop();
        }
        return;
    }
    m_loading = true;
    m_write(value);
    m_loading = false;
    m_committed = m_read(); // as the editor normalised it
}

void FieldCommitter::reset(const QVariant& value)
{
    m_timer.stop();
    m_loading = true;
    m_write(value);
    m_loading = false;
    m_committed = m_read();
    ++m_session;
}

QString FieldCommitter::sessionKey() const
{
    return QStringLiteral("%1/%2").arg(quintptr(this)).arg(m_session);
}

void FieldCommitter::changed()
{
    if (!m_loading)
        m_timer.start();
}

void FieldCommitter::finished()
{
    flush();
    ++m_session; // the next typing is a new undo step
}

void FieldCommitter::flush()
{
    m_timer.stop();
    const QVariant now = m_read();
    if (now == m_committed || !m_commit)
        return;
    const QVariant before = m_committed;
    // Recorded first: the commit emits recordsChanged, whose refresh must see
    // the field as clean.
    m_committed = now;
    if (!m_commit(before, now))
        m_committed = before;
}

bool FieldCommitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        finished();
    return QObject::eventFilter(watched, event);
}

} // namespace vigil
