#include "ui/PreferencesDialog.h"

#include "ui/UiSettings.h"
#include "ui/UiTranslations.h"
#include "ui/privacy/PrivacySettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigil {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_languageNote(new QLabel(this)),
      m_idleMinutes(new QSpinBox(this)), m_shield(new QCheckBox(this)),
      m_startLanguage(UiSettings::language())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the interface"));
    const QLocale system = QLocale::system();
    //: %1 is the system's language in its own name, e.g. "français"
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    for (const QString& code : vigilLanguages()) {
        // Each language in its own name, so anyone can find theirs.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startLanguage)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateLanguageNote);

    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setAccessibleName(tr("Minutes without use before the vault locks"));
    m_idleMinutes->setRange(1, 240);
    //: After the number of minutes in the spin box
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(int(UiSettings::idleLockTimeout().count()));

    m_shield->setObjectName(QStringLiteral("shieldCheck"));
    m_shield->setText(tr("&Hide the content while another application is active"));
    m_shield->setAccessibleName(tr("Hide the content while another application is active"));
    m_shield->setToolTip(tr("Covers the window when you switch away, so its content does not "
                            "show behind other windows or in the window switcher."));
    m_shield->setChecked(PrivacySettings::shieldWhenInactive());

    auto* form = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    auto* idleLabel = new QLabel(tr("Lock &after:"), this);
    idleLabel->setBuddy(m_idleMinutes);
    form->addRow(idleLabel, m_idleMinutes);
    form->addRow(QString(), m_shield);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("preferencesOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    updateLanguageNote();
}

void PreferencesDialog::updateLanguageNote()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_languageNote->setText(changed ? tr("Vigil will speak the chosen language the next time it "
                                         "starts.")
                                    : QString());
    m_languageNote->setVisible(changed);
}

void PreferencesDialog::accept()
{
    UiSettings::setLanguage(m_language->currentData().toString());
    UiSettings::setIdleLockTimeout(std::chrono::minutes(m_idleMinutes->value()));
    PrivacySettings::setShieldWhenInactive(m_shield->isChecked());
    Q_EMIT preferencesChanged();
    QDialog::accept();
}

} // namespace vigil
