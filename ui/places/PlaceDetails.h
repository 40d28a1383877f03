#pragma once

#include "core/model/Place.h"

#include <QWidget>

class QLabel;

namespace vigil {

// A place's particulars as a read-only form: type, operator, responsible
// authority, address, and capacity against population, with overcrowding
// stated in words (not colour alone).
class PlaceDetails : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceDetails(QWidget* parent = nullptr);

    void setPlace(const Place& place);
    bool isOvercrowded() const { return m_overcrowded; }

    // "412 held for 300 places (137%)"; empty when either number is unknown.
    static QString occupancyText(const Place& place);

private:
    QLabel* addRow(const QString& label, const char* objectName);

    QLabel* m_type = nullptr;
    QLabel* m_operator = nullptr;
    QLabel* m_authority = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_occupancy = nullptr;
    QLabel* m_riskNotes = nullptr;
    bool m_overcrowded = false;
};

} // namespace vigil
