#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace vigil {

// Vault > Preferences: the interface language, the idle lock time and hiding
// the content while another application is active. Only these harmless
// switches are kept, in QSettings (UiSettings, PrivacySettings); OK saves
// them, and the window applies the lock time and the shield at once. A new
// language takes effect the next time Vigil starts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void preferencesChanged();

private:
    void updateLanguageNote();

    QComboBox* m_language;
    QLabel* m_languageNote;
    QSpinBox* m_idleMinutes;
    QCheckBox* m_shield;
    QString m_startLanguage;
};

} // namespace vigil
