#pragma once

#include "core/model/Consent.h"
#include "core/model/Interview.h"
#include "core/model/Place.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace vigil {

class DebouncedText;
class UiContext;

// The facts of an interview that are not its notes: witnesses (Art. 20),
// place, interpreter, who chose the person, vulnerabilities, reprisal risk,
// topics, follow-up and a requested interviewer gender. Each change is one
// undoable step; the repository's warnings appear next to the field they
// concern.
class InterviewDetailsForm : public QWidget
{
    Q_OBJECT
public:
    InterviewDetailsForm(UiContext& ctx, QWidget* parent = nullptr);

    // `other`: a different interview than the one shown, so typing not yet
    // committed is dropped rather than written into it (flush() first).
    void load(const Interview& interview, const QList<PlaceUnit>& units, Consent::State consent,
              bool other);
    // Shows each flag next to its field; returns those that have no field.
    QList<InterviewFlag> placeFlags(const QList<InterviewFlag>& flags);
    // Commits text still being typed.
    void flush();

Q_SIGNALS:
    // An edit was refused: the fields should show the stored values again.
    void reloadNeeded();

private:
    QComboBox* combo(const char* name, const QString& accessible);
    QLabel* warning(const char* flagCode);
    template <typename T> bool set(const QString& text, T Interview::*field, T value);
    void pickCombo(QComboBox* box, const QString& code);
    void vulnerabilityClicked();

    UiContext& m_ctx;
    Interview m_interview;
    QFormLayout* m_form = nullptr;
    QButtonGroup* m_witnesses = nullptr;
    QRadioButton* m_without = nullptr;
    QRadioButton* m_withWitnesses = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_location = nullptr;
    QComboBox* m_interpreter = nullptr;
    QComboBox* m_chosenBy = nullptr;
    QHash<QString, QCheckBox*> m_vulnerabilities;
    QLabel* m_sensitiveNote = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_risk = nullptr;
    QCheckBox* m_followUp = nullptr;
    QLineEdit* m_topics = nullptr;
    DebouncedText* m_locationText = nullptr;
    DebouncedText* m_topicsText = nullptr;
    QHash<QString, QLabel*> m_warnings; // flag code -> label under its field
};

} // namespace vigil
