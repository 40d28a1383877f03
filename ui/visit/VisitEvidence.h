#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigil {

class UiContext;

// One piece of evidence gathered on a visit, as a finding links it.
struct EvidenceItem
{
    QString kind; // vocab::kEvidenceKinds
    QString id;
    QString title; // translated, for display
};

// Everything of a visit a finding can cite: interviews, observations,
// register checks, access events, attachments and checklist answers.
class VisitEvidence
{
    Q_DECLARE_TR_FUNCTIONS(vigil::VisitEvidence)
public:
    // Errors are reported through the context; what could be read is returned.
    static QList<EvidenceItem> forVisit(UiContext& ctx, const QString& visitId);
};

} // namespace vigil
