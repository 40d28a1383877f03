#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

namespace vigil {

// Translated labels for the stored vocabulary codes (core/model/Vocabulary.h),
// for lists, combos and filters. An unknown code (a newer device's, a body's
// own extension) is shown as it is rather than hidden.
class VocabularyLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::VocabularyLabels)
public:
    static QString placeType(const QString& code);
    static QString operatorKind(const QString& code);
    static QString visitType(const QString& code);
    static QString visitState(const QString& code);
    static QString recommendationStatus(const QString& code);
    static QString priority(const QString& code);
    static QString addressee(const QString& code);
    static QString findingCategory(const QString& code);
    // A searchable kind of record (SearchHit::entity), singular and plural.
    static QString recordKind(const QString& entity);
    static QString recordKindPlural(const QString& entity);

    // The kinds of record the search index holds, in display order.
    static std::span<const char* const> searchableKinds();
};

} // namespace vigil
