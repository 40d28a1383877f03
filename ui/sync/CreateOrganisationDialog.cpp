#include "ui/sync/CreateOrganisationDialog.h"

#include "core/sync/org/Organisation.h"
#include "ui/UiContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CreateOrganisationDialog::CreateOrganisationDialog(UiContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("createOrganisationDialog"));
    setWindowTitle(tr("Create an organisation"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(
        tr("Do this once, on the coordinator's computer at the secretariat. This vault becomes "
           "the organisation's coordinator: it issues invitations, approves and revokes "
           "devices, and receives what every device sends. The records already in this vault "
           "are kept. A vault cannot leave its organisation afterwards."),
        this));
    layout->addWidget(paragraph(
        tr("Members who only need to exchange records with a coordinator should not create an "
           "organisation: they join one with the invitation their coordinator gives them."),
        this));

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("organisationNameEdit"));
    m_name->setAccessibleName(tr("Name of the organisation"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("For example: National Preventive Mechanism"));
    form->addRow(tr("&Organisation:"), m_name);
    m_deviceName = new QLineEdit(QSysInfo::machineHostName(), this);
    m_deviceName->setObjectName(QStringLiteral("coordinatorDeviceNameEdit"));
    m_deviceName->setAccessibleName(tr("Name of this device"));
    m_deviceName->setMaxLength(200);
    form->addRow(tr("This device's &name:"), m_deviceName);
    layout->addLayout(form);

    m_error = paragraph(QString(), this);
    m_error->setObjectName(QStringLiteral("createOrganisationError"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOrganisationButton"));
    m_create->setAccessibleName(tr("Create the organisation"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCreateOrganisationButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // Enter alone never creates an organisation
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateOrganisationDialog::updateButton);
    connect(m_deviceName, &QLineEdit::textChanged, this, &CreateOrganisationDialog::updateButton);
    connect(m_create, &QPushButton::clicked, this, &CreateOrganisationDialog::confirmAndCreate);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateButton();
}

QString CreateOrganisationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreateOrganisationDialog::updateButton()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty() &&
                         !m_deviceName->text().trimmed().isEmpty());
}

void CreateOrganisationDialog::confirmAndCreate()
{
    const QString name = m_name->text().trimmed();
    QMessageBox box(QMessageBox::Question, tr("Create an organisation"),
                    tr("Make this vault the coordinator of “%1”?").arg(name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmCreateOrganisationBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("It cannot become a standalone vault again, nor join another "
                              "organisation."));
    QPushButton* yes = box.addButton(tr("Create the organisation"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (Status done = Organisation(m_ctx.vault()).create(name, m_deviceName->text()); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("organisation"), QString());
    Q_EMIT created(name);
    accept();
}

} // namespace vigil
