#include "ui/lock/StrengthMeter.h"

#include "core/crypto/PassphraseStrength.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace vigil {

namespace {

QColor colourFor(int score)
{
    if (score < PassphraseStrength::kMinimumScore)
        return QColor(0xc6, 0x28, 0x28); // red: refused
    if (score == PassphraseStrength::kMinimumScore)
        return QColor(0xe0, 0x8a, 0x00); // amber: accepted, could be better
    return QColor(0x2e, 0x7d, 0x32);     // green
}

} // namespace

StrengthMeter::StrengthMeter(QWidget* parent) : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 5); // score 0..4 shown as 1..5 steps, 0 = nothing typed
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_label->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 12);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    clear();
}

void StrengthMeter::setStrength(const PassphraseStrength& strength)
{
    // One step even for the weakest, so the bar shows its (red) colour.
    m_bar->setValue(qBound(0, strength.score, 4) + 1);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, colourFor(strength.score));
    m_bar->setPalette(palette);
    m_label->setText(strength.label);
    m_bar->setAccessibleDescription(strength.label);
}

void StrengthMeter::clear()
{
    m_bar->setValue(0);
    m_bar->setPalette(QPalette());
    m_label->setText(tr("Strength: –"));
    m_bar->setAccessibleDescription(QString());
}

int StrengthMeter::score() const
{
    return m_bar->value() - 1;
}

QString StrengthMeter::text() const
{
    return m_label->text();
}

} // namespace vigil
