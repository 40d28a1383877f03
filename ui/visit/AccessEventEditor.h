#pragma once

#include "core/model/AccessEvent.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vigil {

class FieldCommitter;
class UiContext;

// Edits one access event; every field is committed as the user types.
class AccessEventEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccessEventEditor(UiContext& ctx, QWidget* parent = nullptr);

    // Shows another event (flushing typing into the one shown before), or
    // none when `event.id` is empty.
    void setEvent(AccessEvent event);
    // The stored event changed (an edit, undo or redo): refreshes the fields
    // the user is not typing in.
    void refresh(AccessEvent event);
    const QString& eventId() const { return m_id; }
    void focusDescription();
    void flush();

private:
    template <typename Apply>
    void bind(FieldCommitter* committer, const char* field, const QString& what, Apply apply);
    void commitKind();
    void removeEvent();

    UiContext& m_ctx;
    QString m_id;
    QString m_kind;
    QComboBox* m_kindCombo;
    QDateTimeEdit* m_time;
    QLineEdit* m_area;
    QLineEdit* m_official;
    QPlainTextEdit* m_description;
    QSpinBox* m_delay;
    QPushButton* m_remove;
    FieldCommitter* m_timeCommit;
    FieldCommitter* m_areaCommit;
    FieldCommitter* m_officialCommit;
    FieldCommitter* m_descriptionCommit;
    FieldCommitter* m_delayCommit;
};

} // namespace vigil
