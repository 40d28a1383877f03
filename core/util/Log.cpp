#include "core/util/Log.h"

Q_LOGGING_CATEGORY(lcStore, "vigil.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "vigil.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "vigil.crypto", QtWarningMsg)
