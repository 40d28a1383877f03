#include "core/audit/AuditLog.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <sodium.h>

#include <QDateTime>
#include <QtEndian>

namespace vigil {

namespace {

void appendField(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

} // namespace

QByteArray AuditLog::canonical(const Event& e)
{
    // Length-prefixed fields: no separator can be forged inside a value.
    QByteArray out("vigil-audit-1");
    char numbers[16];
    qToBigEndian<qint64>(e.seq, numbers);
    qToBigEndian<qint64>(e.at, numbers + 8);
    out.append(numbers, 16);
    for (const QString* field : {&e.deviceId, &e.action, &e.entity, &e.entityId, &e.detail})
        appendField(out, *field);
    return out;
}

QByteArray AuditLog::chain(const QByteArray& prevHash, const Event& event)
{
    const QByteArray message = prevHash + canonical(event);
    QByteArray hash(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), 32,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       std::size_t(message.size()), nullptr, 0);
    return hash;
}

Result<AuditLog::Head> AuditLog::head(Database& db)
{
    auto stmt = db.prepare("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    Head head;
    head.hash = QByteArray(32, '\0');
    if (*row) {
        head.seq = stmt->columnInt(0);
        head.hash = stmt->columnBlob(1);
    }
    return head;
}

Status AuditLog::append(Database& db, Head& head, Event event)
{
    event.seq = head.seq + 1;
    if (event.at == 0)
        event.at = QDateTime::currentMSecsSinceEpoch();
    const QByteArray hash = chain(head.hash, event);
    auto cached = db.cached("INSERT INTO audit_event(seq, at, device_id, action, entity, entity_id, "
                            "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!cached)
        return cached.error();
    Statement* stmt = *cached;
    stmt->bind(1, event.seq)
        .bind(2, event.at)
        .bind(3, event.deviceId)
        .bind(4, event.action)
        .bind(5, event.entity)
        .bind(6, event.entityId)
        .bind(7, event.detail)
        .bindBlob(8, head.hash)
        .bindBlob(9, hash);
    VIGIL_TRY(stmt->run());
    head.seq = event.seq;
    head.hash = hash;
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(Database& db)
{
    auto stmt = db.prepare("SELECT seq, at, device_id, action, entity, entity_id, detail, "
                           "prev_hash, hash FROM audit_event ORDER BY seq");
    if (!stmt)
        return stmt.error();
    Verification v;
    QByteArray prev(32, '\0');
    qint64 expectedSeq = 1;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Event e;
        e.seq = stmt->columnInt(0);
        e.at = stmt->columnInt(1);
        e.deviceId = stmt->columnText(2);
        e.action = stmt->columnText(3);
        e.entity = stmt->columnText(4);
        e.entityId = stmt->columnText(5);
        e.detail = stmt->columnText(6);
        const QByteArray storedPrev = stmt->columnBlob(7);
        const QByteArray storedHash = stmt->columnBlob(8);
        ++v.events;
        QString problem;
        if (e.seq != expectedSeq)
            problem = tr("audit event %1 is missing (the log jumps from %2 to %3)")
                          .arg(expectedSeq)
                          .arg(expectedSeq - 1)
                          .arg(e.seq);
        else if (storedPrev != prev)
            problem = tr("audit event %1 (%2 %3) does not follow event %4")
                          .arg(e.seq)
                          .arg(e.action, e.entity)
                          .arg(e.seq - 1);
        else if (chain(prev, e) != storedHash)
            problem = tr("audit event %1 (%2 %3, %4) was altered after it was written")
                          .arg(e.seq)
                          .arg(e.action, e.entity,
                               QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate));
        if (!problem.isEmpty()) {
            v.firstBrokenSeq = e.seq > expectedSeq ? expectedSeq : e.seq;
            v.problem = problem;
            return v;
        }
        prev = storedHash;
        ++expectedSeq;
    }
    v.headHash = prev;
    return v;
}

} // namespace vigil
