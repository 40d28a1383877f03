#pragma once

#include "core/crypto/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

// Estimates passphrase strength with zxcvbn (entropy in bits) and turns it
// into a 0..4 score with a translated label for the strength meter.
struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(vigil::PassphraseStrength)
public:
    double entropyBits = 0;
    int score = 0; // 0 very weak .. 4 strong
    QString label;

    static PassphraseStrength estimate(const SecretBuffer& passphrase);
    // The minimum Vigil accepts for a new passphrase.
    static constexpr int kMinimumScore = 2;
};

} // namespace vigil
