#pragma once

namespace vigil {

// Start-up hardening for every Vigil executable: no core dumps, not dumpable
// (no ptrace attach by same-uid processes), files created private (umask
// 077), libsodium initialised.
// Returns false if libsodium cannot initialise (then nothing may run).
bool hardenProcess();

// True when core dumps are off and the process is not dumpable.
bool processIsHardened();

} // namespace vigil
