#include "core/crypto/ProcessHardening.h"

#include <catch2/catch_test_macros.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace vigil;

// The test main (tests/support/CoreMain.cpp) calls hardenProcess() before any test.
TEST_CASE("ProcessHardening: no core dumps and not dumpable", "[crypto]")
{
    REQUIRE(hardenProcess()); // idempotent
    rlimit core{};
    REQUIRE(::getrlimit(RLIMIT_CORE, &core) == 0);
    CHECK(core.rlim_cur == 0);
    CHECK(core.rlim_max == 0);
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    CHECK(processIsHardened());
}

TEST_CASE("ProcessHardening: processIsHardened notices a dumpable process", "[crypto]")
{
    REQUIRE(::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) == 0);
    const bool hardenedWhileDumpable = processIsHardened();
    REQUIRE(::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0);
    CHECK_FALSE(hardenedWhileDumpable);
    CHECK(processIsHardened());
}
