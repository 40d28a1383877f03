#include "tests/fuzz/SeedWriter.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace vigil::fuzz {

void SeedWriter::write(const QString& target, const QString& name, const QByteArray& bytes)
{
    const QDir dir(m_outDir);
    QFile file(dir.filePath(target + QLatin1Char('/') + name));
    if (!dir.mkpath(target) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        std::fprintf(stderr, "vigil-fuzz-seeds: cannot write %s\n", qPrintable(file.fileName()));
        m_failed = true;
    }
}

} // namespace vigil::fuzz
