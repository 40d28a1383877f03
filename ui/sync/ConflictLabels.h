#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigil {

class RecordContext;

// How the conflicts screen names what a conflict is about: the kind of
// record and the field, translated (an unknown code — a newer Vigil's — is
// shown readably rather than hidden), and a short summary of the record
// (a finding's title, a place's name) when one can be read cheaply.
class ConflictLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ConflictLabels)
public:
    static QString entity(const QString& entity);
    static QString field(const QString& field);
    // Empty when the record has none, is deleted or has not arrived.
    static QString recordSummary(RecordContext& ctx, const QString& entity, const QString& id);
};

} // namespace vigil
