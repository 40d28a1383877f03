#pragma once

#include "core/audit/AuditLog.h"
#include "core/repo/EntitySpec.h"
#include "core/store/Transaction.h"
#include "core/util/Result.h"

#include <QVariant>

#include <utility>
#include <vector>

namespace vigil {

class RecordContext;

// Field name and value pairs for a write; a null QVariant clears a field.
using FieldValues = std::vector<std::pair<const char*, QVariant>>;

// One repository write: in a single transaction it validates, writes the
// rows, appends one change-log op per changed field (gap-free per-device
// sequence, one HLC stamp per record change) and one audit event per record
// change. Nothing is kept unless commit() succeeds.
class WriteTx
{
    Q_DECLARE_TR_FUNCTIONS(vigil::WriteTx)
public:
    WriteTx(WriteTx&&) noexcept = default;
    WriteTx& operator=(WriteTx&&) = delete;

    // Inserts a record; returns its new UUIDv7. `scope` defaults to the spec's.
    Result<QString> insert(const EntitySpec& spec, const FieldValues& values,
                           const char* scope = nullptr);
    // Changes some fields; fields whose value does not change emit nothing.
    Status update(const EntitySpec& spec, const QString& id, const FieldValues& changes);
    // Marks a record deleted (a tombstone that syncs like any field).
    Status remove(const EntitySpec& spec, const QString& id);
    // Clears a tombstone (undo of a deletion); the interview safeguards may
    // refuse (identity entries never come back).
    Status restore(const EntitySpec& spec, const QString& id);
    // Blanks the values of every change-log op of `field` on record `id`
    // except the newest: for secrets that must not outlive their replacement
    // (an attachment's file key after deletion). Superseded ops are history
    // only; the newest op still carries the field's state for sync.
    Status scrubSupersededValues(const EntitySpec& spec, const QString& id, const char* field);
    // An audit event for something that is not a field write (e.g. reading an identity entry).
    Status audit(const char* action, const EntitySpec& spec, const QString& id,
                 const QString& detail);

    Status commit();

    RecordContext& context() { return m_ctx; }

    // Normalises and checks one value against its field's rule. The error
    // message names the entity, the field and the rule.
    static Result<QVariant> normalise(const EntitySpec& spec, const FieldSpec& field,
                                      const QVariant& value);

private:
    friend class RecordContext;
    WriteTx(RecordContext& ctx, Transaction tx, qint64 nextSeq, AuditLog::Head head);

    Status appendOp(const EntitySpec& spec, const QString& id, const char* field,
                    const QVariant& value, qint64 hlc, qint64 baseHlc, const QString& scope);
    Status checkReference(const EntitySpec& spec, const FieldSpec& field, const QVariant& value);

    RecordContext& m_ctx;
    Transaction m_tx;
    qint64 m_nextSeq;
    AuditLog::Head m_auditHead;
};

} // namespace vigil
