#pragma once

#include <QLoggingCategory>

// Logging categories, one per module (STYLE.md §8). Never log bound SQL
// values, note text, passphrases or keys.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
