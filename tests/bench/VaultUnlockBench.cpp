// Unlock cost: Argon2id time and memory with the default parameters, and the
// time to open a vault excluding the KDF.
#include "core/crypto/Kdf.h"
#include "core/crypto/ProcessHardening.h"
#include "core/store/Database.h"
#include "core/vault/Vault.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace vigil;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!hardenProcess())
        return 1;
    const char phrase[] = "correct horse battery staple for the benchmark";
    const SecretBuffer passphrase = SecretBuffer::copyOf(phrase, std::strlen(phrase));
    const KdfParams params = KdfParams::defaults();
    std::printf("Vault unlock cost (Argon2id opslimit %llu, memlimit %llu MiB)\n",
                static_cast<unsigned long long>(params.opsLimit),
                static_cast<unsigned long long>(params.memLimitBytes >> 20));

    const double rssBefore = bench::peakRssMiB();
    const double kdfMs = bench::bestOfMs(3, [&] {
        auto key = Kdf::fromPassphrase(passphrase, Kdf::randomSalt(), params);
        if (!key)
            std::exit(1);
    });
    bench::report("Argon2id key derivation (default)", kdfMs, "ms");
    bench::report("Argon2id peak memory added", bench::peakRssMiB() - rssBefore, "MiB");

    // Opening excluding the KDF, measured on a vault with the minimum KDF
    // cost so the subtraction is not lost in the noise of a one-second KDF.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault"));
    const KdfParams fast = KdfParams::fastInsecure();
    {
        auto created = Vault::create(path, passphrase, fast, QStringLiteral("bench"));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    const double fastKdfMs = bench::bestOfMs(20, [&] {
        if (!Kdf::fromPassphrase(passphrase, Kdf::randomSalt(), fast))
            std::exit(1);
    });
    const double openMs = bench::bestOfMs(20, [&] {
        auto vault = Vault::open(path, passphrase);
        if (!vault)
            std::exit(1);
    });
    bench::report("Vault::open excluding the KDF", openMs - fastKdfMs, "ms");
    bench::reportRatio("unlock total / KDF alone (default KDF)", kdfMs + openMs - fastKdfMs, kdfMs,
                       1.10);
    return 0;
}
