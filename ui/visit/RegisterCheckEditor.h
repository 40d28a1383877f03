#pragma once

#include "core/model/RegisterCheck.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace vigil {

class FieldCommitter;
class UiContext;

// Edits one register check: register, period covered, anomalies, notes.
class RegisterCheckEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterCheckEditor(UiContext& ctx, QWidget* parent = nullptr);

    void setCheck(RegisterCheck check);
    void refresh(RegisterCheck check);
    const QString& checkId() const { return m_current.id; }
    void flush();

private:
    void display(const RegisterCheck& check, bool reset);
    void commitType();
    void commitAnomalies();

    UiContext& m_ctx;
    RegisterCheck m_current;
    QComboBox* m_type;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QList<QCheckBox*> m_anomalies;
    QPlainTextEdit* m_notes;
    FieldCommitter* m_fromCommit;
    FieldCommitter* m_toCommit;
    FieldCommitter* m_notesCommit;
};

} // namespace vigil
