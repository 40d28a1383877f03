#include "ui/interview/NewInterviewDialog.h"

#include "ui/interview/InterviewLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

void fill(QComboBox* box, const QList<InterviewLabels::Choice>& choices)
{
    for (const InterviewLabels::Choice& c : choices)
        box->addItem(c.label, c.code);
}

} // namespace

NewInterviewDialog::NewInterviewDialog(const QList<PlaceUnit>& units, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newInterviewDialog"));
    setWindowTitle(tr("New interview"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Vigil gives the person a pseudonym. Record consent next, "
                                "before any notes."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_kind = combo("newKindCombo", tr("Kind of interview"));
    fill(m_kind, InterviewLabels::kinds());
    form->addRow(tr("Kind:"), m_kind);

    m_without = new QRadioButton(tr("Yes, no one else could hear"), this);
    m_without->setObjectName(QStringLiteral("newWithoutWitnessesYes"));
    m_without->setAccessibleName(tr("Held without witnesses"));
    m_withWitnesses = new QRadioButton(tr("No, others were present"), this);
    m_withWitnesses->setObjectName(QStringLiteral("newWithoutWitnessesNo"));
    m_withWitnesses->setAccessibleName(tr("Others were present"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_without);
    group->addButton(m_withWitnesses);
    auto* witnesses = new QHBoxLayout;
    witnesses->addWidget(m_without);
    witnesses->addWidget(m_withWitnesses);
    form->addRow(tr("Without witnesses:"), witnesses);

    m_chosenBy = combo("newChosenByCombo", tr("Who chose the person"));
    m_chosenBy->addItem(tr("Choose…"), QString());
    fill(m_chosenBy, InterviewLabels::chosenBy());
    form->addRow(tr("Chosen by:"), m_chosenBy);

    m_risk = combo("newRiskCombo", tr("Risk of reprisal"));
    m_risk->addItem(tr("Choose…"), QString());
    fill(m_risk, InterviewLabels::reprisalRisks());
    auto* riskBox = new QVBoxLayout;
    riskBox->addWidget(m_risk);
    auto* reminder = new QLabel(tr("Ask whether the person fears consequences."), this);
    reminder->setTextFormat(Qt::PlainText);
    reminder->setForegroundRole(QPalette::PlaceholderText);
    riskBox->addWidget(reminder);
    form->addRow(tr("Reprisal risk:"), riskBox);

    m_unit = combo("newUnitCombo", tr("Unit"));
    m_unit->addItem(tr("No particular unit"), QString());
    for (const PlaceUnit& unit : units)
        m_unit->addItem(unit.name, unit.id);
    form->addRow(tr("Unit:"), m_unit);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start interview"));
    m_ok->setObjectName(QStringLiteral("startInterviewButton"));
    m_ok->setAccessibleName(tr("Start interview"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &NewInterviewDialog::updateOk);
    connect(m_chosenBy, &QComboBox::currentIndexChanged, this, &NewInterviewDialog::updateOk);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &NewInterviewDialog::updateOk);
    updateOk();
}

QComboBox* NewInterviewDialog::combo(const char* name, const QString& accessible)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessible);
    return box;
}

void NewInterviewDialog::updateOk()
{
    m_ok->setEnabled((m_without->isChecked() || m_withWitnesses->isChecked()) &&
                     !m_chosenBy->currentData().toString().isEmpty() &&
                     !m_risk->currentData().toString().isEmpty());
}

Interview NewInterviewDialog::interview() const
{
    Interview i;
    i.kind = m_kind->currentData().toString();
    if (m_without->isChecked() || m_withWitnesses->isChecked())
        i.withoutWitnesses = m_without->isChecked();
    i.chosenBy = m_chosenBy->currentData().toString();
    i.reprisalRisk = m_risk->currentData().toString();
    i.unitId = m_unit->currentData().toString();
    return i;
}

} // namespace vigil
