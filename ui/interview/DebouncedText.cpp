#include "ui/interview/DebouncedText.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <utility>

namespace vigil {

DebouncedText::DebouncedText(QLineEdit* edit, Commit commit, QObject* parent)
    : QObject(parent), m_line(edit), m_commit(std::move(commit))
{
    setUp(edit);
    connect(edit, &QLineEdit::textEdited, this, &DebouncedText::typed);
    connect(edit, &QLineEdit::editingFinished, this, &DebouncedText::flush);
}

DebouncedText::DebouncedText(QPlainTextEdit* edit, Commit commit, QObject* parent)
    : QObject(parent), m_plain(edit), m_commit(std::move(commit))
{
    setUp(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &DebouncedText::typed);
}

void DebouncedText::setUp(QWidget* field)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kQuietMs);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedText::flush);
    field->installEventFilter(this);
}

QString DebouncedText::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void DebouncedText::load(const QString& stored)
{
    if (isPending() || m_unsaved)
        return; // the user's typing wins; it is committed shortly (or retried)
    m_stored = stored;
    if (text() == stored)
        return;
    m_loading = true;
    if (m_line) {
        m_line->setText(stored);
    } else {
        // Keep the cursor where it was as far as the new text allows.
        const int position = m_plain->textCursor().position();
        m_plain->setPlainText(stored);
        QTextCursor cursor = m_plain->textCursor();
        cursor.setPosition(qMin(position, int(stored.size())));
        m_plain->setTextCursor(cursor);
    }
    m_loading = false;
}

void DebouncedText::reset(const QString& stored)
{
    m_timer.stop();
    m_unsaved = false;
    load(stored);
}

void DebouncedText::typed()
{
    if (!m_loading)
        m_timer.start();
}

void DebouncedText::flush()
{
    m_timer.stop();
    const QString current = text();
    if (current == m_stored)
        return;
    m_unsaved = !m_commit(current);
    if (!m_unsaved)
        m_stored = current;
}

bool DebouncedText::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace vigil
