#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, as a ctest test: fails when
# the fuzzer finds a crash, a leak, undefined behaviour, a violated property,
# a timeout or runaway memory, or when it did not run at all.
#
# usage: run_fuzzer.sh FUZZER SECONDS MAX_RUNS SEED_DIR...
#
# New inputs go to a fresh temporary folder (libFuzzer only writes to the
# first corpus folder it is given), so the seed folders, the source tree's
# included, are only read. Seed folders that do not exist are left out. A
# crashing input is kept under <fuzzer's folder>/artifacts/ and shown here.
set -u

fuzzer=$1
seconds=$2
max_runs=$3
shift 3
name=$(basename "$fuzzer")

if [ ! -x "$fuzzer" ]; then
    echo "FAIL: $fuzzer was not built"
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/vigil-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
seeds=()
for dir in "$@"; do
    [ -d "$dir" ] && seeds+=("$dir")
done
artifacts=$(dirname "$fuzzer")/artifacts
mkdir -p "$artifacts"

# UBSan's report must end the run (the build also uses -fno-sanitize-recover).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

"$fuzzer" -max_total_time="$seconds" -runs="$max_runs" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
    "$work/corpus" "${seeds[@]}" >"$work/log" 2>&1
status=$?

# The progress lines (NEW, REDUCE, pulse) are many; the rest says what happened.
grep -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)|^[[:space:]]+NEW_FUNC|# Uses: ' "$work/log" | tail -n 80

if [ "$status" -ne 0 ]; then
    echo
    echo "FAIL: $name exited with $status: it found an input that crashes, leaks, hits"
    echo "undefined behaviour or breaks a checked property (see above). Saved input:"
    ls -l "$artifacts"/"$name"-* 2>/dev/null
    echo "Reproduce: $fuzzer <saved input>; tests/fuzz/README.md says how to keep it as a regression seed."
    exit 1
fi
if ! grep -q '^Done [0-9]* runs' "$work/log"; then
    echo "FAIL: $name did not report a finished run"
    exit 1
fi
runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$work/log")
echo "ok: $name ran $runs inputs in at most $seconds s from ${#seeds[@]} seed folder(s); nothing found"
