# The fuzz targets of tests/fuzz (README.md there) in the main build and in
# ctest. They need clang with libFuzzer and the sanitizers while this build
# uses the default compiler, so tests/fuzz is a project of its own, built
# with clang++-14 through ExternalProject as part of the normal build; each
# target then runs in ctest for VIGIL_FUZZ_SECONDS on its seed corpus
# (label "fuzz": `ctest -L fuzz` runs them alone, `-LE fuzz` skips them).
# Without clang or its fuzzer runtime the tests are reported as skipped, with
# the reason, not passed.
option(VIGIL_FUZZ "Build the fuzz targets with clang and run each briefly in ctest" ON)
set(VIGIL_FUZZ_SECONDS 20 CACHE STRING "How long ctest runs each fuzz target, in seconds")
set(VIGIL_FUZZ_RUNS 2000000 CACHE STRING "At most this many inputs per fuzz target in ctest")

set(VIGIL_FUZZ_TEST_TARGETS bundle_reader bundle_header bundle_items invitation enrolment_request)

set(VIGIL_FUZZ_SKIP_REASON "")
if(NOT VIGIL_FUZZ)
    set(VIGIL_FUZZ_SKIP_REASON "VIGIL_FUZZ is OFF")
else()
    find_program(VIGIL_FUZZ_CXX NAMES clang++-14 clang++
                 DOC "The clang++ that builds the fuzz targets")
    if(NOT VIGIL_FUZZ_CXX)
        set(VIGIL_FUZZ_SKIP_REASON
            "clang++-14 not found (packaging/install-build-deps.sh installs clang-14 and libclang-rt-14-dev)")
    else()
        # The fuzzer and sanitizer runtimes are a separate package
        # (libclang-rt-14-dev): link a trivial target to be sure.
        set(probe ${CMAKE_CURRENT_BINARY_DIR}/fuzz-probe)
        file(WRITE ${probe}.cpp
             "extern \"C\" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n")
        execute_process(
            COMMAND ${VIGIL_FUZZ_CXX} -fsanitize=fuzzer,address,undefined ${probe}.cpp -o ${probe}
            RESULT_VARIABLE probe_result OUTPUT_QUIET ERROR_QUIET)
        if(NOT probe_result EQUAL 0)
            set(VIGIL_FUZZ_SKIP_REASON
                "${VIGIL_FUZZ_CXX} cannot link -fsanitize=fuzzer,address,undefined (install libclang-rt-14-dev)")
        endif()
    endif()
endif()

if(VIGIL_FUZZ_SKIP_REASON)
    message(STATUS "Fuzz tests will be skipped: ${VIGIL_FUZZ_SKIP_REASON}")
    foreach(target IN LISTS VIGIL_FUZZ_TEST_TARGETS)
        add_test(NAME "fuzz: ${target}"
                 COMMAND ${CMAKE_COMMAND} -E echo "fuzz target not built: ${VIGIL_FUZZ_SKIP_REASON}")
        set_tests_properties("fuzz: ${target}" PROPERTIES
            LABELS fuzz SKIP_REGULAR_EXPRESSION "fuzz target not built")
    endforeach()
    return()
endif()

include(ExternalProject)
set(VIGIL_FUZZ_BINARY_DIR ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
ExternalProject_Add(vigil_fuzz
    SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
    BINARY_DIR ${VIGIL_FUZZ_BINARY_DIR}
    PREFIX ${CMAKE_CURRENT_BINARY_DIR}/fuzz-stamps
    CMAKE_CACHE_ARGS
        -DCMAKE_CXX_COMPILER:FILEPATH=${VIGIL_FUZZ_CXX}
        -DCMAKE_CXX_COMPILER_LAUNCHER:STRING=${CMAKE_CXX_COMPILER_LAUNCHER}
        -DCMAKE_PREFIX_PATH:STRING=${CMAKE_PREFIX_PATH}
        -DVIGIL_WERROR:BOOL=${VIGIL_WERROR}
    # Its own ninja decides what is out of date (sources are in this tree).
    BUILD_ALWAYS ON
    INSTALL_COMMAND ""
    USES_TERMINAL_CONFIGURE ON
    USES_TERMINAL_BUILD ON)

foreach(target IN LISTS VIGIL_FUZZ_TEST_TARGETS)
    add_test(NAME "fuzz: ${target}"
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run_fuzzer.sh
                     ${VIGIL_FUZZ_BINARY_DIR}/fuzz_${target} ${VIGIL_FUZZ_SECONDS} ${VIGIL_FUZZ_RUNS}
                     ${VIGIL_FUZZ_BINARY_DIR}/corpus/${target}
                     ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})
    math(EXPR timeout "${VIGIL_FUZZ_SECONDS} + 120")
    set_tests_properties("fuzz: ${target}" PROPERTIES LABELS fuzz TIMEOUT ${timeout})
endforeach()
