#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vigil {

struct PassphraseStrength;

// A bar of 0..4 steps and a label showing a new passphrase's estimated strength.
class StrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void setStrength(const PassphraseStrength& strength);
    void clear();
    int score() const; // -1 when cleared
    QString text() const;

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace vigil
