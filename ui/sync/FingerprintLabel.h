#pragma once

#include <QLabel>

namespace vigil {

// A device's fingerprint (DeviceIdentity::fingerprint: 12 groups of 5
// digits) in large monospace type, three lines of four groups, to be read
// out and compared by phone (DESIGN.md §6.1). Selectable, so it can also be
// copied into a message; screen readers get the digits group by group.
class FingerprintLabel : public QLabel
{
    Q_OBJECT
public:
    // `accessibleName` says whose fingerprint it is ("Coordinator's fingerprint").
    FingerprintLabel(const QString& accessibleName, QWidget* parent = nullptr);

    // The groups as DeviceIdentity::fingerprint gives them, space-separated.
    void setFingerprint(const QString& fingerprint);
    QString fingerprint() const { return m_fingerprint; }

    // "12345 67890 12345 67890\n…": three lines of four groups.
    static QString arranged(const QString& fingerprint);
    // Each line of `text` isolated left to right (U+2066 … U+2069), so the
    // groups keep their order in a right-to-left interface: both sides of
    // the phone call read the first group first.
    static QString leftToRight(const QString& text);

private:
    QString m_fingerprint;
};

} // namespace vigil
