#include "ui/places/PlaceDetails.h"

#include "core/model/VocabularyLabels.h"

#include <QFormLayout>
#include <QLabel>

namespace vigil {

PlaceDetails::PlaceDetails(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_type = addRow(tr("Type:"), "placeTypeLabel");
    m_operator = addRow(tr("Operator:"), "placeOperatorLabel");
    m_authority = addRow(tr("Responsible authority:"), "placeAuthorityLabel");
    m_address = addRow(tr("Address:"), "placeAddressLabel");
    m_occupancy = addRow(tr("Occupancy:"), "occupancyLabel");
    m_riskNotes = addRow(tr("Risk notes:"), "placeRiskNotesLabel");
}

QLabel* PlaceDetails::addRow(const QString& label, const char* objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    // Selectable, so an address or authority can be copied, and reachable by Tab.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    static_cast<QFormLayout*>(layout())->addRow(label, value);
    return value;
}

QString PlaceDetails::occupancyText(const Place& place)
{
    if (!place.capacity || !place.population)
        return {};
    QString text = tr("%1 held for %2 places").arg(*place.population).arg(*place.capacity);
    if (*place.capacity > 0)
        text += tr(" (%1%)").arg(*place.population * 100 / *place.capacity);
    return text;
}

void PlaceDetails::setPlace(const Place& place)
{
    const QString unknown = tr("Not recorded");
    const auto orUnknown = [&unknown](const QString& s) {
        return s.isEmpty() ? unknown : s;
    };
    m_type->setText(VocabularyLabels::placeType(place.type));
    m_operator->setText(VocabularyLabels::operatorKind(place.operatorKind));
    m_authority->setText(orUnknown(place.authority));
    m_address->setText(orUnknown(place.address));
    m_riskNotes->setText(place.riskNotes.isEmpty() ? tr("None") : place.riskNotes);

    m_overcrowded = place.capacity && place.population && *place.population > *place.capacity;
    QString occupancy = occupancyText(place);
    if (occupancy.isEmpty()) {
        occupancy = place.capacity ? tr("%1 places; population not recorded").arg(*place.capacity)
                                   : unknown;
    }
    if (m_overcrowded)
        occupancy = tr("Overcrowded: %1").arg(occupancy);
    m_occupancy->setText(occupancy);
    QFont font = m_occupancy->font();
    font.setBold(m_overcrowded);
    m_occupancy->setFont(font);
    // Highlighted in colour as well as in words.
    QPalette palette;
    if (m_overcrowded)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_occupancy->setPalette(palette);
    m_occupancy->setProperty("overcrowded", m_overcrowded);
}

} // namespace vigil
