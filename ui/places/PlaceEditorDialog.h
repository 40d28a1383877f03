#pragma once

#include "core/model/Place.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vigil {

class UiContext;

// The form for a place's particulars, for a new place or one being edited.
// OK writes the place as one undoable step; when the vault refuses it (a
// rule, a full disk) the reason is shown in the form, which stays open.
class PlaceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // A new place.
    explicit PlaceEditorDialog(UiContext& ctx, QWidget* parent = nullptr);
    // An existing place, as stored, to edit.
    PlaceEditorDialog(UiContext& ctx, const Place& place, QWidget* parent = nullptr);

    bool isNew() const { return m_place.id.isEmpty(); }
    // The place as the form holds it now (with the id of the place edited).
    Place place() const;
    // The id of the place written, once the dialog was accepted.
    const QString& savedId() const { return m_savedId; }

public Q_SLOTS:
    // Writes the place; the dialog closes only if the write succeeded.
    void accept() override;

Q_SIGNALS:
    void placeSaved(const QString& placeId);

private:
    void build();
    QLineEdit* lineEdit(const char* name, const QString& accessible);
    void fill(const Place& place);
    Place applyForm(Place place) const;
    // What keeps OK disabled, in words; empty when the form can be saved.
    QString missing() const;
    void onEdited();
    void showError(const QString& message);
    bool write();
    bool pushCreate();
    bool pushEdit();

    UiContext& m_ctx;
    Place m_place; // as opened; no id for a new place
    QString m_savedId;

    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_capacity = nullptr;
    QLineEdit* m_population = nullptr;
    QPlainTextEdit* m_riskNotes = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace vigil
