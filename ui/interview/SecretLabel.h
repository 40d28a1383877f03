#pragma once

#include "core/crypto/SecretBuffer.h"

#include <QWidget>

namespace vigil {

// Shows a secret value (a name, an ID number) without a lasting plain copy:
// the text lives in a SecretBuffer and is turned into a QString only for the
// moment it is painted (or asked for by an assistive technology), then wiped.
// clear() wipes the buffer. Not selectable, so it never reaches the clipboard.
class SecretLabel : public QWidget
{
    Q_OBJECT
public:
    explicit SecretLabel(QWidget* parent = nullptr);

    void setSecret(SecretBuffer value);
    void clear();
    bool hasSecret() const { return !m_value.isEmpty(); }
    // A temporary plain copy for the accessibility layer and for tests;
    // callers wipe it with wipeString().
    QString revealForAccessibility() const { return m_value.toDisplayString(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SecretBuffer m_value;
};

} // namespace vigil
