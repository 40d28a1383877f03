#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigil::test {

// Scans every byte of every regular file below each folder for each canary,
// as UTF-8, UTF-16LE and UTF-16BE (Qt stores QString as UTF-16). Returns
// "file: canary" for each hit; empty when nothing leaked.
QStringList scanForCanaries(const QStringList& folders, const QList<QByteArray>& canaries);

// A unique, greppable string for one test.
QByteArray makeCanary(const char* tag);

} // namespace vigil::test
