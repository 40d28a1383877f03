#pragma once

#include <QLabel>

namespace vigil {

// A safeguard warning shown inline, next to what it is about: plain text on
// a tinted band that stays readable in light and dark palettes.
class WarningLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WarningLabel(QWidget* parent = nullptr);
};

} // namespace vigil
