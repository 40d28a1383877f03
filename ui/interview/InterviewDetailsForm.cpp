#include "ui/interview/InterviewDetailsForm.h"

#include "core/repo/RecordSafeguards.h"
#include "ui/interview/DebouncedText.h"
#include "ui/interview/InterviewCommands.h"
#include "ui/interview/InterviewLabels.h"
#include "ui/interview/WarningLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

void fill(QComboBox* box, const QList<InterviewLabels::Choice>& choices)
{
    for (const InterviewLabels::Choice& c : choices)
        box->addItem(c.label, c.code);
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

InterviewDetailsForm::InterviewDetailsForm(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("interviewDetailsForm"));
    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Art. 20: a required answer with no default, so both are offered unchecked.
    m_without = new QRadioButton(tr("Yes, no one else could hear"), this);
    m_without->setObjectName(QStringLiteral("withoutWitnessesYes"));
    m_without->setAccessibleName(tr("Held without witnesses"));
    m_withWitnesses = new QRadioButton(tr("No, others were present"), this);
    m_withWitnesses->setObjectName(QStringLiteral("withoutWitnessesNo"));
    m_withWitnesses->setAccessibleName(tr("Others were present"));
    m_witnesses = new QButtonGroup(this);
    m_witnesses->addButton(m_without);
    m_witnesses->addButton(m_withWitnesses);
    auto* witnessRow = new QVBoxLayout;
    witnessRow->addWidget(m_without);
    witnessRow->addWidget(m_withWitnesses);
    m_form->addRow(tr("Without witnesses:"), witnessRow);
    warning("witnesses_present");

    m_unit = combo("unitCombo", tr("Unit"));
    m_form->addRow(tr("Unit:"), m_unit);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setAccessibleName(tr("Where in the place"));
    m_location->setPlaceholderText(tr("For example: the library, out of sight of staff"));
    m_form->addRow(tr("Where:"), m_location);

    m_interpreter = combo("interpreterCombo", tr("Interpreter"));
    fill(m_interpreter, InterviewLabels::interpreters());
    m_form->addRow(tr("Interpreter:"), m_interpreter);
    warning("interpreter_staff");
    warning("interpreter_co_detainee");

    m_chosenBy = combo("chosenByCombo", tr("Who chose the person"));
    fill(m_chosenBy, InterviewLabels::chosenBy());
    m_form->addRow(tr("Chosen by:"), m_chosenBy);
    warning("chosen_by_staff");

    m_risk = combo("reprisalRiskCombo", tr("Risk of reprisal"));
    fill(m_risk, InterviewLabels::reprisalRisks());
    auto* riskBox = new QVBoxLayout;
    riskBox->addWidget(m_risk);
    QLabel* reminder = note(tr("Ask whether the person fears consequences."), this);
    reminder->setObjectName(QStringLiteral("reprisalReminder"));
    riskBox->addWidget(reminder);
    m_form->addRow(tr("Reprisal risk:"), riskBox);
    m_followUp = new QCheckBox(tr("Check on them at the next visit"), this);
    m_followUp->setObjectName(QStringLiteral("followUpBox"));
    m_followUp->setAccessibleName(tr("Follow up at the next visit"));
    m_form->addRow(tr("Follow-up:"), m_followUp);
    warning("high_risk_no_follow_up");

    auto* grid = new QGridLayout;
    const auto vulnerabilities = InterviewLabels::vulnerabilities();
    for (int i = 0; i < vulnerabilities.size(); ++i) {
        auto* box = new QCheckBox(vulnerabilities[i].label, this);
        box->setObjectName(QStringLiteral("vulnerability_") + vulnerabilities[i].code);
        box->setAccessibleName(vulnerabilities[i].label);
        grid->addWidget(box, i, 0);
        m_vulnerabilities.insert(vulnerabilities[i].code, box);
        connect(box, &QCheckBox::clicked, this, &InterviewDetailsForm::vulnerabilityClicked);
    }
    m_sensitiveNote = note(tr("Disability, LGBTI, minority or indigenous status: only with "
                              "consent, and only when needed."),
                           this);
    auto* vulnerabilityBox = new QVBoxLayout;
    vulnerabilityBox->addLayout(grid);
    vulnerabilityBox->addWidget(m_sensitiveNote);
    m_form->addRow(tr("Vulnerabilities:"), vulnerabilityBox);

    m_gender = combo("interviewerGenderCombo", tr("Interviewer the person asked for"));
    m_gender->addItem(tr("No preference stated"), QString());
    fill(m_gender, InterviewLabels::genders());
    m_form->addRow(tr("Asked to be heard by:"), m_gender);

    m_topics = new QLineEdit(this);
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setAccessibleName(tr("Topics, separated by commas"));
    m_topics->setPlaceholderText(tr("For example: use of force, health care, family contact"));
    m_form->addRow(tr("Topics:"), m_topics);
    warning("group_sensitive_topics");

    m_locationText = new DebouncedText(
        m_location,
        [this](const QString& text) {
            return set(tr("Edit interview location"), &Interview::location, text.trimmed());
        },
        this);
    m_topicsText = new DebouncedText(
        m_topics,
        [this](const QString& text) {
            QStringList topics;
            for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!t.trimmed().isEmpty())
                    topics.append(t.trimmed());
            }
            return set(tr("Edit interview topics"), &Interview::topics, topics);
        },
        this);

    connect(m_without, &QRadioButton::clicked, this, [this] {
        set(tr("Held without witnesses"), &Interview::withoutWitnesses, std::optional(true));
    });
    connect(m_withWitnesses, &QRadioButton::clicked, this, [this] {
        set(tr("Others were present"), &Interview::withoutWitnesses, std::optional(false));
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        set(tr("Change interview unit"), &Interview::unitId, m_unit->currentData().toString());
    });
    connect(m_interpreter, &QComboBox::activated, this, [this] {
        set(tr("Change interpreter"), &Interview::interpreter,
            m_interpreter->currentData().toString());
    });
    connect(m_chosenBy, &QComboBox::activated, this, [this] {
        set(tr("Change who chose the interviewee"), &Interview::chosenBy,
            m_chosenBy->currentData().toString());
    });
    connect(m_risk, &QComboBox::activated, this, [this] {
        set(tr("Change reprisal risk"), &Interview::reprisalRisk, m_risk->currentData().toString());
    });
    connect(m_followUp, &QCheckBox::clicked, this,
            [this](bool checked) { set(tr("Change follow-up"), &Interview::followUp, checked); });
    connect(m_gender, &QComboBox::activated, this, [this] {
        set(tr("Change requested interviewer"), &Interview::interviewerGenderRequested,
            m_gender->currentData().toString());
    });
}

QComboBox* InterviewDetailsForm::combo(const char* name, const QString& accessible)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

QLabel* InterviewDetailsForm::warning(const char* flagCode)
{
    auto* label = new WarningLabel(this);
    label->setObjectName(QStringLiteral("warning_") + QLatin1StringView(flagCode));
    label->hide();
    m_form->addRow(QString(), label);
    m_warnings.insert(QString::fromLatin1(flagCode), label);
    return label;
}

template <typename T>
bool InterviewDetailsForm::set(const QString& text, T Interview::*field, T value)
{
    if (m_interview.id.isEmpty() || m_interview.*field == value)
        return true;
    const T before = m_interview.*field;
    if (!InterviewCommands::setField(m_ctx, m_interview.id, text, field, before, value)) {
        Q_EMIT reloadNeeded(); // show what is stored, not what was refused
        return false;
    }
    return true;
}

void InterviewDetailsForm::pickCombo(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    box->setCurrentIndex(index);
}

void InterviewDetailsForm::load(const Interview& interview, const QList<PlaceUnit>& units,
                                Consent::State consent, bool other)
{
    m_interview = interview;
    m_witnesses->setExclusive(false);
    m_without->setChecked(interview.withoutWitnesses.value_or(false));
    m_withWitnesses->setChecked(interview.withoutWitnesses && !*interview.withoutWitnesses);
    m_witnesses->setExclusive(true);

    m_unit->clear();
    m_unit->addItem(tr("No particular unit"), QString());
    for (const PlaceUnit& unit : units)
        m_unit->addItem(unit.name, unit.id);
    pickCombo(m_unit, interview.unitId);
    const auto text = [other](DebouncedText* field, const QString& stored) {
        other ? field->reset(stored) : field->load(stored);
    };
    text(m_locationText, interview.location);
    pickCombo(m_interpreter, interview.interpreter);
    pickCombo(m_chosenBy, interview.chosenBy);
    pickCombo(m_risk, interview.reprisalRisk);
    m_followUp->setChecked(interview.followUp);
    pickCombo(m_gender, interview.interviewerGenderRequested);
    text(m_topicsText, interview.topics.join(QStringLiteral(", ")));

    const bool consentGiven = consent == Consent::State::Given;
    for (auto it = m_vulnerabilities.cbegin(); it != m_vulnerabilities.cend(); ++it) {
        it.value()->setChecked(interview.vulnerabilities.contains(it.key()));
        const bool sensitive = RecordSafeguards::isSensitiveVulnerability(it.key());
        // A sensitive attribute already recorded can always be removed.
        it.value()->setEnabled(!sensitive || consentGiven || it.value()->isChecked());
    }
    m_sensitiveNote->setText(consentGiven
                                 ? tr("Disability, LGBTI, minority or indigenous status: only "
                                      "when needed.")
                                 : tr("Disability, LGBTI, minority or indigenous status can be "
                                      "recorded once consent is recorded, and only when needed."));
}

QList<InterviewFlag> InterviewDetailsForm::placeFlags(const QList<InterviewFlag>& flags)
{
    for (QLabel* label : std::as_const(m_warnings))
        label->hide();
    QList<InterviewFlag> unplaced;
    for (const InterviewFlag& flag : flags) {
        QLabel* label = m_warnings.value(flag.code);
        if (!label) {
            unplaced.append(flag);
            continue;
        }
        label->setText(flag.message);
        label->show();
    }
    return unplaced;
}

void InterviewDetailsForm::flush()
{
    m_locationText->flush();
    m_topicsText->flush();
}

void InterviewDetailsForm::vulnerabilityClicked()
{
    QStringList chosen;
    for (const InterviewLabels::Choice& c : InterviewLabels::vulnerabilities()) {
        if (m_vulnerabilities.value(c.code)->isChecked())
            chosen.append(c.code);
    }
    set(tr("Change vulnerabilities"), &Interview::vulnerabilities, chosen);
}

} // namespace vigil
