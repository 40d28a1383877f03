#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

class QComboBox;

namespace vigil {

// Translated labels for the vocabulary codes the visit workspace edits that
// ui/models/VocabularyLabels does not cover (roles, access events, evidence,
// register checks, severities, checklist answers), and a helper that fills a
// combo box with codes as item data.
class VisitLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::VisitLabels)
public:
    using LabelFn = QString (*)(const QString& code);

    static QString role(const QString& code);
    static QString accessKind(const QString& code);
    static QString observationKind(const QString& code);
    static QString registerType(const QString& code);
    static QString anomaly(const QString& code);
    static QString severity(const QString& code);
    static QString level(const QString& code);
    static QString evidenceKind(const QString& code);
    // "yes", "no", "partly" as stored for yes/no(/partly) checklist questions.
    static QString answer(const QString& code);

    // Fills `combo` with one item per code (label shown, code as item data),
    // after an optional first item with empty data for "not set".
    static void fill(QComboBox* combo, std::span<const char* const> codes, LabelFn label,
                     const QString& emptyLabel = {});
    // Selects the item whose data is `code` without emitting change signals;
    // an unknown code is added, shown as it is, rather than lost.
    static void select(QComboBox* combo, const QString& code);
};

} // namespace vigil
