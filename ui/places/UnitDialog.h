#pragma once

#include "core/model/Place.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class UiContext;

// The form for a new unit, wing or ward of a place. OK adds it as one
// undoable step; when the vault refuses it the reason is shown in the form,
// which stays open.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(UiContext& ctx, const Place& place, QWidget* parent = nullptr);

    // The unit as the form holds it now (no id yet).
    PlaceUnit unit() const;
    // The id of the unit added, once the dialog was accepted.
    const QString& savedId() const { return m_savedId; }

public Q_SLOTS:
    // Adds the unit; the dialog closes only if that succeeded.
    void accept() override;

Q_SIGNALS:
    void unitAdded(const QString& unitId);

private:
    QLineEdit* lineEdit(const char* name, const QString& accessible);
    // What keeps OK disabled, in words; empty when the unit can be added.
    QString missing() const;
    void onEdited();
    void showError(const QString& message);
    bool push();

    UiContext& m_ctx;
    Place m_place;
    QString m_savedId;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_kind = nullptr;
    QLineEdit* m_capacity = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace vigil
