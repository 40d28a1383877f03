#!/usr/bin/env bash
# Installs what Vigil needs to build, test and run on Debian 12 (bookworm).
# Idempotent: installs only what is missing. Run as root (or via sudo).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then exec sudo -E "$0" "$@"; fi
    echo "install-build-deps: run as root (or install sudo)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# SQLCipher 4.6 and Catch2 3 come from bookworm-backports.
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "install-build-deps: adding bookworm-backports"
    cat > /etc/apt/sources.list.d/vigil-bookworm-backports.sources <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    rm -f /var/lib/apt/periodic/vigil-updated
fi

BASE_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libqt6svg6 libqt6opengl6-dev libgl-dev
    libsodium-dev libzxcvbn-dev
    xvfb xauth
    util-linux
    # The .deb and its checks (tests/packaging): icons, dpkg-shlibdeps, lintian,
    # desktop-file-validate, appstreamcli, man --warnings.
    librsvg2-bin dpkg-dev lintian desktop-file-utils appstream man-db
    # A small CJK font, so the offscreen screens in Chinese render as text, not
    # boxes (the package itself recommends the full Noto CJK fonts).
    fonts-wqy-microhei
    # Reports: charts in the statistics page; the report tests read the PDFs
    # with pdftotext and convert the ODT files with LibreOffice (headless).
    qt6-charts-dev poppler-utils libreoffice-writer-nogui
    # Sync: the end-to-end tests start a real WebDAV server (Apache mod_dav,
    # TLS and basic authentication; openssl makes its certificate), and the
    # bundle and invitation readers are fuzzed with clang's libFuzzer.
    apache2 apache2-utils openssl clang-14 libclang-rt-14-dev
)
BACKPORT_PACKAGES=(libsqlcipher-dev sqlcipher catch2)

missing=()
for p in "${BASE_PACKAGES[@]}" "${BACKPORT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Catch2 and SQLCipher must be the backported versions (Catch2 3, SQLCipher 4.6).
if dpkg --compare-versions "$(dpkg-query -W -f='${Version}' catch2 2>/dev/null || echo 0)" lt 3; then
    missing+=(catch2)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-build-deps: everything is installed"
    exit 0
fi

echo "install-build-deps: installing ${missing[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${BASE_PACKAGES[@]}"
apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORT_PACKAGES[@]}"
