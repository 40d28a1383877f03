#pragma once

#include "core/model/Place.h"
#include "ui/nav/RecordFormDialog.h"

class QLineEdit;

namespace vigil {

class OptionalNumberEdit;
class UiContext;

// The form for a new unit, wing or ward of a place. OK adds it as one
// undoable step; when the vault refuses it the reason is shown in the form,
// which stays open.
class UnitDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    UnitDialog(UiContext& ctx, const Place& place, QWidget* parent = nullptr);

    // The unit as the form holds it now (no id yet).
    PlaceUnit unit() const;
    // The id of the unit added, once the dialog was accepted.
    const QString& savedId() const { return m_savedId; }

Q_SIGNALS:
    void unitAdded(const QString& unitId);

private:
    QString missing() const override;
    bool save() override;
    void saved() override;

    Place m_place;
    QString m_savedId;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_kind = nullptr;
    OptionalNumberEdit* m_capacity = nullptr;
};

} // namespace vigil
