#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those missing (apt).
set -euo pipefail
packages=(cmake g++ ninja-build qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    qt6-pdf-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev catch2 xvfb xauth
    fonts-noto-core poppler-utils postgresql openssl sqlite3 libsqlite3-dev libpq-dev time qtkeychain-qt6-dev
    libicu-dev cups libcups2-dev printer-driver-cups-pdf
    desktop-file-utils appstream lintian dpkg-dev fakeroot file shared-mime-info man-db groff-base)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} Debian packages present"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
