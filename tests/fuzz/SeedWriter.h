#pragma once

#include <QByteArray>
#include <QString>

namespace vigil::fuzz {

// Writes seed files as OUT_DIR/<target>/<name>, for vigil-fuzz-seeds.
class SeedWriter
{
public:
    explicit SeedWriter(const QString& outDir) : m_outDir(outDir) {}

    void write(const QString& target, const QString& name, const QByteArray& bytes);
    bool failed() const { return m_failed; }

private:
    QString m_outDir;
    bool m_failed = false;
};

// The seeds of the organisation file targets (invitation, enrolment request).
void writeOrgSeeds(SeedWriter& out);

} // namespace vigil::fuzz
