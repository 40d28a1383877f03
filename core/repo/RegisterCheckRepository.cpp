#include "core/repo/RegisterCheckRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

namespace vigil {

namespace {

QVariant date(const QDate& d)
{
    return d.isNull() ? QVariant() : QVariant(d.toString(Qt::ISODate));
}

FieldValues editableFields(const RegisterCheck& c)
{
    return {{"register_type", c.registerType},
            {"period_from", date(c.periodFrom)},
            {"period_to", date(c.periodTo)},
            {"anomalies", c.anomalies.isEmpty() ? QVariant() : QVariant(c.anomalies)},
            {"notes", fields::text(c.notes)}};
}

constexpr const char* kColumns =
    "id, visit_id, register_type, period_from, period_to, anomalies, notes";

RegisterCheck readCheck(const Statement& s)
{
    RegisterCheck c;
    c.id = s.columnText(0);
    c.visitId = s.columnText(1);
    c.registerType = s.columnText(2);
    c.periodFrom = QDate::fromString(s.columnText(3), Qt::ISODate);
    c.periodTo = QDate::fromString(s.columnText(4), Qt::ISODate);
    c.anomalies = s.columnText(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.notes = s.columnText(6);
    return c;
}

Status checkPeriod(const RegisterCheck& c)
{
    if (c.periodFrom.isNull() || c.periodTo.isNull() || c.periodFrom <= c.periodTo)
        return {};
    return Error::make(
        ErrorKind::Validation,
        QCoreApplication::translate(
            "vigil::RegisterCheckRepository",
            "register_check.period_to: the period ends (%1) before it starts (%2)")
            .arg(c.periodTo.toString(Qt::ISODate), c.periodFrom.toString(Qt::ISODate)),
        QStringLiteral("validation register_check.period_to"));
}

} // namespace

Result<QString> RegisterCheckRepository::create(const RegisterCheck& check)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    FieldValues values = editableFields(check);
    values.insert(values.begin(), {"visit_id", check.visitId});
    auto id = tx->insert(catalog::kRegisterCheck, values);
    if (!id)
        return id.error();
    VIGIL_TRY(checkPeriod(check));
    VIGIL_TRY(tx->commit());
    return id;
}

Status RegisterCheckRepository::update(const RegisterCheck& check)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->update(catalog::kRegisterCheck, check.id, editableFields(check)));
    VIGIL_TRY(checkPeriod(check));
    return tx->commit();
}

Status RegisterCheckRepository::remove(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->remove(catalog::kRegisterCheck, id));
    VIGIL_TRY(FindingRepository::dropLinksTo(*tx, id));
    return tx->commit();
}

Result<RegisterCheck> RegisterCheckRepository::get(const QString& id)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM register_check WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The register check does not exist or was deleted."));
    RegisterCheck c = readCheck(**stmt);
    (void)(*stmt)->reset();
    return c;
}

Result<QList<RegisterCheck>> RegisterCheckRepository::listForVisit(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM register_check WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY register_type, id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<RegisterCheck> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(readCheck(**stmt));
    }
    return out;
}

} // namespace vigil
