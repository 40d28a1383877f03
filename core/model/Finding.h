#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vigil {

// What the team concluded on a visit, in one category of the taxonomy
// (DOMAIN.md §5), argued from linked evidence.
struct Finding
{
    QString id;
    QString visitId;
    QString category; // vocab::kFindingCategories
    QString subcategory;
    QString title;
    QString facts;
    QString analysis;
    QString severity = QStringLiteral("medium"); // vocab::kSeverities
    // Corroborating sources as set by the team (1 or more), or empty to count
    // them from the evidence: the distinct live interviews, observations and
    // register checks linked to the finding.
    std::optional<qint64> sourcesSet;
    // Read only: sourcesSet if set, else the count from the evidence.
    qint64 sources = 0;
    QString standards; // e.g. "Mandela Rules 43-45"
    bool goodPractice = false;
};

// The findings of one category, in the order of FindingRepository::listForVisit.
struct FindingGroup
{
    QString category;
    QList<Finding> findings;
};

// A finding's link to one piece of evidence.
struct FindingEvidence
{
    QString id; // the link
    QString findingId;
    QString kind; // vocab::kEvidenceKinds
    QString evidenceId;
    // For display, translated; empty when the evidence was deleted since.
    QString title;
    bool available = true; // false: the evidence was deleted since it was linked
};

} // namespace vigil
