#pragma once

#include "core/model/Interview.h"
#include "core/model/Place.h"
#include "core/report/GuardFinding.h"
#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigil {
class Database;
}

namespace vigil::report {

// One run of PublicationGuard::check over a document: walks every text of
// the cover and the sections and collects the findings. Holds the identity
// strings only for the run and wipes them when destroyed.
class GuardChecker
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::PublicationGuard)
public:
    GuardChecker(Database& db, const ReportDocument& document, QStringList identities);
    ~GuardChecker();
    GuardChecker(const GuardChecker&) = delete;
    GuardChecker& operator=(const GuardChecker&) = delete;

    // The visit's interviews and the place's units, for the small-group rule.
    void setContext(QList<Interview> interviews, QList<PlaceUnit> units);
    Result<GuardReport> run();

private:
    struct Where
    {
        const Section* section = nullptr;
        Source source;
    };
    Status section(const Section& s);
    // Identity data (removed), pseudonyms and singling-out words (warnings) in one text.
    void text(const Where& where, const QString& text);
    Status quote(const Where& where, const Quote& q);
    Status image(const Where& where, const Image& img);
    void smallGroup(const Where& where, const Quote& q, const Interview& interview);
    void add(GuardFinding::Severity severity, const QString& code, const QString& message,
             const Where& where, const QString& sentence);

    Database& m_db;
    const ReportDocument& m_document;
    QStringList m_identities;
    QList<Interview> m_interviews;
    QList<PlaceUnit> m_units;
    GuardReport m_report;
};

} // namespace vigil::report
