#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class UiContext;

// Makes this standalone vault the coordinator of a new organisation
// (docs/sync-protocol.md step 1): the organisation's name and this device's
// name, what it means, and a confirmation before anything is written —
// a coordinator's vault signs invitations and approves devices, and there
// is no going back to standalone.
class CreateOrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateOrganisationDialog(UiContext& ctx, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* deviceNameEdit() const { return m_deviceName; }
    QPushButton* createButton() const { return m_create; }
    QString errorText() const;

Q_SIGNALS:
    void created(const QString& orgName);

private:
    void confirmAndCreate();
    void updateButton();

    UiContext& m_ctx;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace vigil
