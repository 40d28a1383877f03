#include "ui/lock/RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

// "AAAA-BBBB-CCCC-DDDD-EEEE-..." becomes two lines of four space-separated
// groups, built in one buffer so no stray pieces of the key are left behind.
QString groupForReading(const SecretBuffer& key)
{
    QString raw = key.toDisplayString();
    QString grouped;
    grouped.reserve(raw.size());
    int dashes = 0;
    for (const QChar c : std::as_const(raw)) {
        if (c == QLatin1Char('-'))
            grouped.append(++dashes % 4 == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
        else
            grouped.append(c);
    }
    wipeString(raw);
    return grouped;
}

QFont keyFont(qreal pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(pointSize);
    font.setBold(true);
    return font;
}

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const SecretBuffer& recoveryKey, const QString& vaultName,
                                     QWidget* parent)
    : QDialog(parent), m_keyText(groupForReading(recoveryKey)), m_vaultName(vaultName)
{
    setWindowTitle(tr("Recovery key"));
    setModal(true);
    // No close button: the only way on is to confirm the key was written down.
    setWindowFlags(windowFlags() & ~Qt::WindowCloseButtonHint);

    auto* heading = new QLabel(tr("Write down your recovery key"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new QLabel(
        tr("If the passphrase is ever forgotten, this key is the only way back into the vault. "
           "Write it on paper or print it now, and keep it somewhere safe, away from this "
           "computer. It will not be shown again."),
        this);
    explanation->setWordWrap(true);

    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setTextFormat(Qt::PlainText);
    // Not selectable: a selectable label keeps its own copy in a text document,
    // and a copied key would sit in the clipboard.
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_keyLabel->setLayoutDirection(Qt::LeftToRight); // the key reads left to right everywhere
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setFont(keyFont(15));
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(16);
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setText(m_keyText); // shares m_keyText's buffer, so wipeKey() reaches it

    m_confirmBox = new QCheckBox(tr("I have written it down"), this);
    m_confirmBox->setObjectName(QStringLiteral("confirmWrittenBox"));
    m_confirmBox->setAccessibleName(tr("I have written the recovery key down"));

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setAutoDefault(false);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAccessibleName(tr("Print the recovery key"));
    auto* buttons = new QDialogButtonBox(this);
    m_continueButton = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setAccessibleName(tr("Continue"));
    m_continueButton->setEnabled(false);
    m_continueButton->setDefault(true);

    connect(m_confirmBox, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::openPrintDialog);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_keyLabel);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmBox);
    confirmRow->addStretch();
    confirmRow->addWidget(m_printButton);
    layout->addLayout(confirmRow);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    // An open print dialog points at m_printer, which dies before the children.
    qDeleteAll(findChildren<QPrintDialog*>(Qt::FindDirectChildrenOnly));
    wipeKey();
}

void RecoveryKeyDialog::done(int result)
{
    if (result == QDialog::Accepted && !m_confirmBox->isChecked())
        return;
    wipeKey();
    QDialog::done(result);
}

void RecoveryKeyDialog::reject()
{
    // Deliberately nothing: Escape must not skip the key (see the class comment).
}

void RecoveryKeyDialog::wipeKey()
{
    if (m_keyLabel)
        m_keyLabel->clear(); // drop the label's reference so the buffer is unshared
    wipeString(m_keyText);
}

void RecoveryKeyDialog::openPrintDialog()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false); // paper only
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this,
            [this](QPrinter* chosen) { print(*chosen); });
    dialog->open();
}

void RecoveryKeyDialog::print(QPrinter& printer) const
{
    QPainter painter;
    if (m_keyText.isEmpty() || !painter.begin(&printer))
        return;
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont body = painter.font();
    body.setPointSizeF(11);
    QFont title = body;
    title.setPointSizeF(18);
    title.setBold(true);

    QRect used;
    QRect remaining = area;
    painter.setFont(title);
    painter.drawText(remaining, Qt::AlignLeft | Qt::TextWordWrap, tr("Vigil recovery key"), &used);
    remaining.setTop(used.bottom() + used.height());

    painter.setFont(body);
    const QString about =
        (m_vaultName.isEmpty() ? QString() : tr("Vault: %1").arg(m_vaultName) + QLatin1Char('\n')) +
        tr("Printed on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    painter.drawText(remaining, Qt::AlignLeft | Qt::TextWordWrap, about, &used);
    remaining.setTop(used.bottom() + used.height());

    painter.setFont(keyFont(20));
    painter.drawText(remaining, Qt::AlignHCenter | Qt::AlignTop, m_keyText, &used);
    remaining.setTop(used.bottom() + used.height() / 2);

    painter.setFont(body);
    painter.drawText(remaining, Qt::AlignLeft | Qt::TextWordWrap,
                     tr("Anyone holding this key can open the vault. Keep it locked away, "
                        "apart from the computer. Letters O, I and L may be read as 0, 1 and 1."));
    painter.end();
}

} // namespace vigil
