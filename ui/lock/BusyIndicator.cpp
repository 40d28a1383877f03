#include "ui/lock/BusyIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vigil {

BusyIndicator::BusyIndicator(const QString& text, QWidget* parent) : QWidget(parent)
{
    auto* bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->setRange(0, 0); // indeterminate
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setAccessibleName(text);

    auto* label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(label);
}

} // namespace vigil
