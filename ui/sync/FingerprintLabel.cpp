#include "ui/sync/FingerprintLabel.h"

#include <QFontDatabase>

namespace vigil {

namespace {
constexpr int kGroupsPerLine = 4;
} // namespace

FingerprintLabel::FingerprintLabel(const QString& accessibleName, QWidget* parent) : QLabel(parent)
{
    setAccessibleName(accessibleName);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QLabel::font().pointSizeF() * 1.6);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 110);
    setFont(font);
    setMargin(6);
    setLayoutDirection(Qt::LeftToRight);
}

void FingerprintLabel::setFingerprint(const QString& fingerprint)
{
    m_fingerprint = fingerprint;
    setText(leftToRight(arranged(fingerprint)));
    // Read out as a list of groups, never as one 60-digit number.
    setAccessibleDescription(
        fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
}

QString FingerprintLabel::arranged(const QString& fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += kGroupsPerLine)
        lines << groups.mid(i, kGroupsPerLine).join(QStringLiteral("  "));
    return lines.join(QLatin1Char('\n'));
}

QString FingerprintLabel::leftToRight(const QString& text)
{
    if (text.isEmpty())
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = QChar(0x2066) + line + QChar(0x2069);
    return lines.join(QLatin1Char('\n'));
}

} // namespace vigil
