#!/usr/bin/env bash
# The Debian package, end to end: build it with CPack from the tested build
# folder, check its contents and control fields, run lintian (errors fail,
# warnings are listed), desktop-file-validate, appstreamcli and man --warnings,
# check the hardening of the packaged executables, run the unpacked vigil-cli
# and vigil --version, check that apt resolves every dependency on an empty
# system, and - as root on CI, or with VIGIL_TEST_DPKG_INSTALL=1 - install it
# with dpkg -i, run the installed vigil-cli --version, and purge it again.
#
# usage: deb_test.sh BUILD_DIR SOURCE_DIR BUILD_TYPE
set -u # not -e: every check reports and the summary decides; not pipefail: `| grep -q` closes pipes early

build_dir=$(realpath "$1")
source_dir=$(realpath "$2")
build_type=${3:-}
app_id=org.vigil.Vigil
started=$(date +%s)

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
step() { echo; echo "== $* ($(($(date +%s) - started)) s)"; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli readelf man; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/install-build-deps.sh installs it)"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/vigil-deb-test.XXXXXX")
installed_here=0
cleanup() {
    if [ "$installed_here" = 1 ]; then
        echo "cleanup: purging the vigil package this test installed"
        dpkg --purge vigil >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- build ------------------------------------------------------------------------
step "cpack -G DEB"
# The package goes to a private folder, never into the build folder's packages/.
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
debs=("$work"/cpack/vigil_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log"; echo "FAIL: cpack made no .deb"; exit 1; }
deb=${debs[0]}
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- contents and control fields ----------------------------------------------------
step "contents and control fields"
dpkg-deb --contents "$deb" | awk '{print $1, $6}' | sed 's| \./| /|' >"$work/contents"
for path in /usr/bin/vigil /usr/bin/vigil-cli \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/16x16/apps/$app_id.png /usr/share/icons/hicolor/24x24/apps/$app_id.png \
    /usr/share/icons/hicolor/32x32/apps/$app_id.png /usr/share/icons/hicolor/48x48/apps/$app_id.png \
    /usr/share/icons/hicolor/64x64/apps/$app_id.png /usr/share/icons/hicolor/128x128/apps/$app_id.png \
    /usr/share/icons/hicolor/256x256/apps/$app_id.png \
    /usr/share/man/man1/vigil.1.gz /usr/share/man/man1/vigil-cli.1.gz \
    /usr/share/doc/vigil/copyright /usr/share/doc/vigil/changelog.gz; do
    grep -q " $path\$" "$work/contents" && pass "contains $path" || fail "missing $path"
done
if grep -E '^d' "$work/contents" | grep -vq '^drwxr-xr-x '; then
    fail "folders that are not 0755:"; grep -E '^d' "$work/contents" | grep -v '^drwxr-xr-x '
else
    pass "every folder is 0755"
fi

field() { dpkg-deb --field "$deb" "$1"; }
echo "Depends:    $(field Depends)"
echo "Recommends: $(field Recommends)"
echo "Suggests:   $(field Suggests)"
depends=", $(field Depends),"
recommends=", $(field Recommends), $(field Depends),"
for p in libqt6core6 libqt6gui6 libqt6widgets6 libsqlcipher1 libsodium23 libzxcvbn0 \
    qt6-qpa-plugins libqt6svg6; do
    [[ $depends == *", $p"[\ ,]* ]] && pass "Depends on $p" || fail "does not depend on $p"
done
for p in fonts-noto-core fonts-noto-cjk; do # Arabic and other scripts; Chinese, Japanese, Korean
    [[ $recommends == *", $p"[\ ,]* ]] && pass "Recommends or Depends on $p" || fail "no $p among Recommends or Depends"
done
[ "$(field Version)" = "$(grep -o 'VIGIL_VERSION_STRING "[^"]*"' "$build_dir/core/Version.h" | cut -d'"' -f2)" ] \
    && pass "Version $(field Version) is Vigil's" || fail "Version $(field Version) is not VIGIL_VERSION_STRING"

# --- lintian ------------------------------------------------------------------------
step "lintian"
# Errors fail the test; warnings and info are listed for whoever reads the log.
lintian --fail-on error --display-info --pedantic --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
lintian_rc=$?
sed 's/^/  /' "$work/lintian.log"
echo "lintian: $(grep -c '^E:' "$work/lintian.log") errors, $(grep -c '^W:' "$work/lintian.log") warnings," \
    "$(grep -c '^I:' "$work/lintian.log") info, $(grep -c '^P:' "$work/lintian.log") pedantic"
[ "$lintian_rc" = 0 ] && pass "lintian: no errors" || fail "lintian reported errors (exit $lintian_rc)"

# --- unpacked tree: desktop entry, AppStream, manual pages --------------------------
step "desktop-file-validate, appstreamcli, man"
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
    && pass "desktop-file-validate" || fail "desktop-file-validate"
# --no-net: the screenshots and the home page are web URLs that this offline
# check cannot fetch; everything else is validated, pedantic hints included.
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "appstreamcli validate" || fail "appstreamcli validate"
# validate-tree also checks that the metainfo, the desktop entry and the icon agree.
appstreamcli validate-tree --no-net "$root" && pass "appstreamcli validate-tree" || fail "appstreamcli validate-tree"

# Every <image> is a file in packaging/screenshots, and every numbered
# left-to-right screenshot there is in the metainfo.
grep -o '<image[^>]*>[^<]*</image>' "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    | sed 's|</image>$||; s|.*/||' >"$work/images"
while read -r image; do
    [ -f "$source_dir/packaging/screenshots/$image" ] || fail "metainfo names $image, not in packaging/screenshots"
done <"$work/images"
for shot in "$source_dir"/packaging/screenshots/[0-9][0-9]-*.png; do
    name=$(basename "$shot")
    [[ $name == *-rtl.png ]] && continue
    grep -qx "$name" "$work/images" || fail "packaging/screenshots/$name is not in the metainfo"
done
pass "metainfo screenshots: $(wc -l <"$work/images") images, all in packaging/screenshots"

for page in vigil vigil-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] && pass "man --warnings $page.1" || fail "man --warnings $page.1: $warnings"
done

# --- the unpacked executables -------------------------------------------------------
step "unpacked executables: --version, --help against the manual page, hardening"
for exe in vigil vigil-cli; do
    if out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$exe" --version 2>&1); then
        echo "$out" | sed "s/^/  $exe: /"
        for want in "$(field Version)" "^Qt 6\." "^SQLCipher 4\." "^libsodium 1\."; do
            grep -q -- "$want" <<<"$out" || fail "$exe --version lacks '$want'"
        done
    else
        fail "unpacked $exe --version: $out"
    fi
done

# The manual pages document every command, option and exit code of --help.
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l -Tutf8 "$root/usr/share/man/man1/vigil-cli.1.gz" 2>/dev/null \
    | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g')
help=$("$root/usr/bin/vigil-cli" --help)
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | awk 'NF && !/:$/ {print $1}')
options=$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
codes=$(sed -n '/^Exit codes:/,$p' <<<"$help" | grep -o '\b[0-9]\b' | sort -u)
missing=()
for c in $commands; do grep -Eq "^ {7}$c( |$)" <<<"$man_text" || missing+=("command $c"); done
for o in $options; do grep -q -- "$o" <<<"$man_text" || missing+=("option $o"); done
exit_section=$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$man_text")
for n in $codes; do grep -Eq "^ {7}$n( |$)" <<<"$exit_section" || missing+=("exit code $n"); done
gui_man=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l -Tutf8 "$root/usr/share/man/man1/vigil.1.gz" 2>/dev/null \
    | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g')
for o in $("$root/usr/bin/vigil" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$o" <<<"$gui_man" || missing+=("vigil.1: option $o")
done
[ ${#missing[@]} = 0 ] \
    && pass "vigil.1 documents the options of vigil --help; vigil-cli.1 documents $(wc -w <<<"$commands") commands, $(wc -w <<<"$options") options, $(wc -w <<<"$codes") exit codes" \
    || fail "manual pages lack: ${missing[*]}"

# Release hardening: PIE, full RELRO (GNU_RELRO + BIND_NOW) and the stack
# protector show in the executables (readelf).
for exe in vigil vigil-cli; do
    bin=$root/usr/bin/$exe
    readelf -h "$bin" | grep -q 'Type:.*DYN' && readelf -d "$bin" | grep -q 'FLAGS_1.*PIE' \
        && pass "$exe: PIE" || fail "$exe: not a position-independent executable"
    readelf -lW "$bin" | grep -q GNU_RELRO && readelf -d "$bin" | grep -Eq 'BIND_NOW|FLAGS.*\bNOW\b' \
        && pass "$exe: full RELRO" || fail "$exe: no full RELRO"
    readelf --dyn-syms -W "$bin" | grep -q '__stack_chk_fail' \
        && pass "$exe: stack protector" || fail "$exe: no stack protector"
done
# FORTIFY leaves a trace only where the compiler could not prove a call safe
# (vigil has none: hardening-check's "only unprotected functions found" is
# memcpy/memset of known sizes), so check that every Vigil source was compiled
# with it and with an optimisation level (FORTIFY needs one), and list the
# checked functions the executables import.
if [ "$build_type" = Debug ]; then
    echo "skip: FORTIFY (a Debug build has no _FORTIFY_SOURCE)"
else
    unfortified=$(python3 - "$build_dir/compile_commands.json" "$source_dir" <<'PY'
import json, re, sys
source = sys.argv[2] + "/"
for entry in json.load(open(sys.argv[1])):
    path = entry["file"]
    if not path.startswith(source) or "/tests/" in path or "_autogen/" in path:
        continue
    cmd = entry.get("command") or " ".join(entry.get("arguments", []))
    ok = ("-D_FORTIFY_SOURCE=2" in cmd and "-fstack-protector-strong" in cmd
          and re.search(r"(^|\s)-O[123s]\b", cmd))
    if not ok:
        print(path[len(source):])
PY
)
    [ -z "$unfortified" ] \
        && pass "every Vigil source compiled with -O, -D_FORTIFY_SOURCE=2, -fstack-protector-strong" \
        || fail "compiled without -O/_FORTIFY_SOURCE/stack protector: $unfortified"
    checked=$(for exe in vigil vigil-cli; do readelf --dyn-syms -W "$root/usr/bin/$exe"; done \
        | grep -Eo '__[a-z0-9_]+_chk@' | grep -v __stack_chk | sort -u | tr -d @ | tr '\n' ' ')
    [ -n "$checked" ] && pass "FORTIFY-checked calls imported: $checked" \
        || fail "no FORTIFY-checked call in either executable"
fi

# --- dependencies and installation ----------------------------------------------------
step "dependencies on a clean system"
# apt, told that nothing at all is installed (an empty dpkg status file),
# resolves the package's whole Depends and Recommends closure against the
# configured archives (Debian 12, and bookworm-backports for libsqlcipher1):
# what `dpkg -i` + `apt-get install -f` would install on a clean system root.
# A simulation: nothing is downloaded or changed.
if apt-cache policy libsodium23 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    : >"$work/empty-status"
    if apt-get install -s -qq -o Dir::State::status="$work/empty-status" "$deb" >"$work/apt-sim.log" 2>&1; then
        pass "apt-get install -s on an empty system: resolves ($(grep -c '^Inst' "$work/apt-sim.log") packages)"
        grep -E '^Inst (libsqlcipher1|fonts-noto-core|fonts-noto-cjk) ' "$work/apt-sim.log" | sed 's/^/  /'
    else
        cat "$work/apt-sim.log"; fail "apt-get cannot resolve the dependencies on an empty system"
    fi
else
    echo "skip: apt has no package lists (apt-get update), dependencies not resolved"
fi

step "dpkg -i"
if [ "$(id -u)" != 0 ] || { [ "${CI:-}" != true ] && [ "${VIGIL_TEST_DPKG_INSTALL:-}" != 1 ]; }; then
    echo "skip: dpkg -i runs as root on CI (CI=true) or with VIGIL_TEST_DPKG_INSTALL=1"
elif dpkg-query -W -f='${Status}' vigil 2>/dev/null | grep -q 'install ok installed'; then
    echo "skip: a vigil package is already installed here; not replacing it"
else
    installed_here=1
    if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
        # Missing dependencies: apt installs them (this needs the network).
        DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends >>"$work/dpkg.log" 2>&1 || true
    fi
    if dpkg-query -W -f='${Status}' vigil 2>/dev/null | grep -q 'install ok installed'; then
        pass "dpkg -i $(basename "$deb")"
        out=$(env -i PATH=/usr/bin:/bin HOME="$work" /usr/bin/vigil-cli --version 2>&1) \
            && { echo "$out" | sed 's/^/  installed vigil-cli: /'; pass "installed vigil-cli --version"; } \
            || fail "installed vigil-cli --version: $out"
        out=$(env -i PATH=/usr/bin:/bin HOME="$work" /usr/bin/vigil --version 2>&1) \
            && pass "installed vigil --version" || fail "installed vigil --version: $out"
    else
        cat "$work/dpkg.log"; fail "dpkg -i"
    fi
    dpkg --purge vigil >"$work/purge.log" 2>&1 && [ ! -e /usr/bin/vigil-cli ] \
        && pass "dpkg --purge vigil" || { cat "$work/purge.log"; fail "dpkg --purge vigil"; }
    installed_here=0
fi

echo
echo "packaging test: $failures failures in $(($(date +%s) - started)) s"
[ "$failures" = 0 ]
