#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace vigil {

// A review of one of the place's registers over a period (DOMAIN.md §2), with
// the anomalies found; findings cite it as evidence.
struct RegisterCheck
{
    QString id;
    QString visitId;
    QString registerType; // vocab::kRegisterTypes
    QDate periodFrom;     // null: not recorded; otherwise periodFrom <= periodTo
    QDate periodTo;
    QStringList anomalies; // vocab::kRegisterAnomalies, sorted
    QString notes;
};

} // namespace vigil
