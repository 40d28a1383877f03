#include "core/crypto/PassphraseStrength.h"

#include <zxcvbn.h>

namespace vigil {

PassphraseStrength PassphraseStrength::estimate(const SecretBuffer& passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty()) {
        s.label = tr("Empty");
        return s;
    }
    const SecretBuffer terminated = passphrase.withTerminator();
    s.entropyBits = ZxcvbnMatch(terminated.chars(), nullptr, nullptr);
    // Score bands follow KeePassXC's: guessing cost, not character classes.
    if (s.entropyBits < 40)
        s.score = 0;
    else if (s.entropyBits < 65)
        s.score = 1;
    else if (s.entropyBits < 80)
        s.score = 2;
    else if (s.entropyBits < 100)
        s.score = 3;
    else
        s.score = 4;
    static const char* const labels[] = {
        QT_TR_NOOP("Very weak"), QT_TR_NOOP("Weak"), QT_TR_NOOP("Fair"), QT_TR_NOOP("Good"),
        QT_TR_NOOP("Strong")};
    s.label = tr(labels[s.score]);
    return s;
}

} // namespace vigil
