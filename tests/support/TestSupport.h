#pragma once

#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBuffer.h"

#include <catch2/catch_tostring.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Readable failure output for Qt strings.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return '[' + l.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace vigil::test {

// A passphrase in a SecretBuffer, from a literal.
SecretBuffer secret(const char* text);
// KDF parameters that make test vaults open in milliseconds.
inline KdfParams fastKdf() { return KdfParams::fastInsecure(); }

// A fresh temporary folder, removed at the end of the test.
std::unique_ptr<QTemporaryDir> tempDir();

// SHA-256 of every regular file below `dir`, keyed by relative path.
QMap<QString, QByteArray> hashTree(const QString& dir);

// Writes a passphrase file (0600) for child processes.
QString writePassphraseFile(const QString& dir, const char* passphrase);

// The Catch2 section name helper for loops.
QString str(const char* s);

} // namespace vigil::test
