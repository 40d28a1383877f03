#include "core/crypto/ProcessHardening.h"

#include <sodium.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace vigil {

bool hardenProcess()
{
    // A core dump of an unlocked Vigil would hold keys and interview notes.
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // Not dumpable: no core files, and other processes of the same user
    // cannot ptrace us or read /proc/<pid>/mem.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Files Vigil creates (database, WAL, key file, exports) are the user's alone.
    umask(077);
    return sodium_init() >= 0;
}

bool processIsHardened()
{
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0)
        return false;
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace vigil
