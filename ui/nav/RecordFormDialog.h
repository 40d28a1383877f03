#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class OptionalNumberEdit;
class UiContext;

// The frame of a form that writes one record: OK stays disabled, with a hint
// saying why, until the form is complete; when the vault refuses the write
// the reason is shown in the form, which stays open.
class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordFormDialog(UiContext& ctx, QWidget* parent = nullptr);

public Q_SLOTS:
    // Saves the record; the dialog closes only if that succeeded.
    void accept() override;

protected:
    // Texts of the parts every form has. The subclass translates them, so
    // that they keep its translation context.
    struct FormTexts
    {
        QString hintName;   // the hint label's accessible name
        QString errorName;  // the error label's accessible name
        QString okText;     // the OK button's text and accessible name
        QString cancelName; // the Cancel button's accessible name
        QString refused;    // shown when a write fails without a reason
    };

    UiContext& context() const { return m_ctx; }

    // A line edit that re-checks the form as it changes.
    QLineEdit* lineEdit(const char* name, const QString& accessible);
    OptionalNumberEdit* numberEdit(const char* name, const QString& accessible);
    // Lays out `form` above the hint, the error and the buttons, named with
    // `prefix` ("place" gives placeHintLabel, placeOkButton…). Call it once
    // the fields exist, so that they come first in the focus chain.
    void finishForm(QFormLayout* form, const char* prefix, const FormTexts& texts);

    // Re-checks the form; connect the fields' change signals to it.
    void onEdited();

    // What keeps OK disabled, in words; empty when the form can be saved.
    virtual QString missing() const = 0;
    // Writes the record; false when it was refused.
    virtual bool save() = 0;
    // Announces the record written, just before the dialog closes.
    virtual void saved() = 0;

private:
    void watch(QLineEdit* edit, const char* name, const QString& accessible);
    void showError(const QString& message);

    UiContext& m_ctx;
    QString m_refused;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace vigil
