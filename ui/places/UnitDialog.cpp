#include "ui/places/UnitDialog.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "ui/UiContext.h"
#include "ui/nav/OptionalNumberEdit.h"
#include "ui/visit/VisitCommands.h"

#include <QFormLayout>
#include <QLineEdit>

namespace vigil {

UnitDialog::UnitDialog(UiContext& ctx, const Place& place, QWidget* parent)
    : RecordFormDialog(ctx, parent), m_place(place)
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(tr("Add unit to %1").arg(place.name));
    auto* form = new QFormLayout;

    m_name = lineEdit("unitNameEdit", tr("Name of the unit"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = lineEdit("unitKindEdit", tr("Kind of unit"));
    m_kind->setPlaceholderText(tr("For example: wing, segregation, health"));
    form->addRow(tr("&Kind:"), m_kind);
    m_capacity = numberEdit("unitCapacityEdit", tr("Capacity"));
    m_capacity->setPlaceholderText(tr("Unknown"));
    m_capacity->setAccessibleDescription(tr("A whole number; leave empty if unknown"));
    form->addRow(tr("&Capacity:"), m_capacity);

    finishForm(form, "unit",
               {tr("What the unit still needs"), tr("Error"), tr("Add unit"), tr("Cancel"),
                tr("The unit could not be added.")});

    onEdited();
    m_name->setFocus();
}

PlaceUnit UnitDialog::unit() const
{
    PlaceUnit u;
    u.placeId = m_place.id;
    u.name = m_name->text().trimmed();
    u.kind = m_kind->text().trimmed();
    u.capacity = m_capacity->value();
    return u;
}

QString UnitDialog::missing() const
{
    QStringList needs;
    if (m_name->text().trimmed().isEmpty())
        needs << tr("Enter the unit's name.");
    if (!m_capacity->isValid())
        needs << tr("Capacity must be a whole number, or empty if unknown.");
    return needs.join(QLatin1Char(' '));
}

bool UnitDialog::save()
{
    UiContext& ctx = context();
    const PlaceUnit added = unit();
    m_savedId = visitcmd::pushCreate(
        ctx, tr("Add unit %1").arg(added.name), catalog::kPlaceUnit,
        [&ctx, added] { return PlaceRepository(ctx.records()).addUnit(added); },
        [&ctx](const QString& unitId) {
            return PlaceRepository(ctx.records()).removeUnit(unitId);
        });
    return !m_savedId.isEmpty();
}

void UnitDialog::saved()
{
    Q_EMIT unitAdded(m_savedId);
}

} // namespace vigil
