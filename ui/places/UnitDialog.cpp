#include "ui/places/UnitDialog.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "ui/UiContext.h"
#include "ui/visit/VisitCommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>
#include <optional>

namespace vigil {

namespace {

// The capacity as typed: empty means "not known", which is a valid answer.
struct NumberInput
{
    bool valid = true;
    std::optional<qint64> value;
};

NumberInput readNumber(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 n = edit->locale().toLongLong(text, &ok);
    if (!ok || n < 0)
        return {false, {}};
    return {true, n};
}

} // namespace

UnitDialog::UnitDialog(UiContext& ctx, const Place& place, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_place(place)
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(tr("Add unit to %1").arg(place.name));
    auto* form = new QFormLayout;

    m_name = lineEdit("unitNameEdit", tr("Name of the unit"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = lineEdit("unitKindEdit", tr("Kind of unit"));
    m_kind->setPlaceholderText(tr("For example: wing, segregation, health"));
    form->addRow(tr("&Kind:"), m_kind);
    m_capacity = lineEdit("unitCapacityEdit", tr("Capacity"));
    m_capacity->setValidator(new QIntValidator(0, INT_MAX, m_capacity));
    m_capacity->setPlaceholderText(tr("Unknown"));
    m_capacity->setAccessibleDescription(tr("A whole number; leave empty if unknown"));
    form->addRow(tr("&Capacity:"), m_capacity);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unitHintLabel"));
    m_hint->setAccessibleName(tr("What the unit still needs"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unitErrorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("unitOkButton"));
    m_ok->setText(tr("Add unit"));
    m_ok->setAccessibleName(tr("Add unit"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("unitCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    onEdited();
    m_name->setFocus();
}

QLineEdit* UnitDialog::lineEdit(const char* name, const QString& accessible)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, &UnitDialog::onEdited);
    return edit;
}

PlaceUnit UnitDialog::unit() const
{
    PlaceUnit u;
    u.placeId = m_place.id;
    u.name = m_name->text().trimmed();
    u.kind = m_kind->text().trimmed();
    u.capacity = readNumber(m_capacity).value;
    return u;
}

QString UnitDialog::missing() const
{
    QStringList needs;
    if (m_name->text().trimmed().isEmpty())
        needs << tr("Enter the unit's name.");
    if (!readNumber(m_capacity).valid)
        needs << tr("Capacity must be a whole number, or empty if unknown.");
    return needs.join(QLatin1Char(' '));
}

void UnitDialog::onEdited()
{
    if (!m_ok)
        return; // still building
    showError(QString());
    const QString needs = missing();
    m_hint->setText(needs);
    m_hint->setVisible(!needs.isEmpty());
    m_ok->setEnabled(needs.isEmpty());
    m_ok->setToolTip(needs);
}

void UnitDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnitDialog::accept()
{
    if (!missing().isEmpty())
        return;
    // A refused step reports its error through the context (and so to the
    // status bar); catch it here as well, where the user can act on it.
    std::optional<Error> failure;
    const auto connection = connect(&m_ctx, &UiContext::errorReported, this,
                                    [&failure](const Error& error) { failure = error; });
    const bool ok = push();
    disconnect(connection);
    if (!ok) {
        showError(failure ? failure->message : tr("The unit could not be added."));
        return;
    }
    Q_EMIT unitAdded(m_savedId);
    QDialog::accept();
}

bool UnitDialog::push()
{
    UiContext& ctx = m_ctx;
    const PlaceUnit added = unit();
    m_savedId = visitcmd::pushCreate(
        ctx, tr("Add unit %1").arg(added.name), catalog::kPlaceUnit,
        [&ctx, added] { return PlaceRepository(ctx.records()).addUnit(added); },
        [&ctx](const QString& unitId) {
            return PlaceRepository(ctx.records()).removeUnit(unitId);
        });
    return !m_savedId.isEmpty();
}

} // namespace vigil
