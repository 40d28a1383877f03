#pragma once

#include "core/model/Body.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Monitoring bodies (NPM, member bodies, SPT). The only writer of the body table.
class BodyRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::BodyRepository)
public:
    explicit BodyRepository(RecordContext& ctx) : m_ctx(ctx) {}

    Result<QString> create(const Body& body);
    // Writes every editable field of `body` (identified by body.id). Refuses a
    // parent that would make a body its own ancestor.
    Status update(const Body& body);
    Status remove(const QString& id);
    Result<Body> get(const QString& id);
    // Live bodies, by name.
    Result<QList<Body>> list();

private:
    RecordContext& m_ctx;
};

} // namespace vigil
