#pragma once

#include "core/model/Place.h"
#include "ui/nav/RecordFormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace vigil {

class OptionalNumberEdit;
class UiContext;

// The form for a place's particulars, for a new place or one being edited.
// OK writes the place as one undoable step; when the vault refuses it (a
// rule, a full disk) the reason is shown in the form, which stays open.
class PlaceEditorDialog : public RecordFormDialog
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

Q_SIGNALS:
    void placeSaved(const QString& placeId);

private:
    void build();
    void fill(const Place& place);
    Place applyForm(Place place) const;
    QString missing() const override;
    bool save() override;
    void saved() override;
    bool pushCreate();
    bool pushEdit();

    Place m_place; // as opened; no id for a new place
    QString m_savedId;

    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_address = nullptr;
    OptionalNumberEdit* m_capacity = nullptr;
    OptionalNumberEdit* m_population = nullptr;
    QPlainTextEdit* m_riskNotes = nullptr;
};

} // namespace vigil
