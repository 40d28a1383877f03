#include "ui/interview/WarningLabel.h"

namespace vigil {

WarningLabel::WarningLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    // Fixed colours on purpose: a warning must look like one whatever the theme.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    p.setColor(QPalette::WindowText, QColor(0x5C, 0x3B, 0x00));
    setPalette(p);
    setFrameShape(QFrame::StyledPanel);
}

} // namespace vigil
