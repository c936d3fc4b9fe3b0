#!/bin/sh
# Installs what Costline needs on Debian 12 (only what is missing), then configures and
# builds the release preset (or COSTLINE_PRESET). Sourced by run.sh and test.sh.
set -eu

COSTLINE_PACKAGES="build-essential cmake ninja-build ccache pkg-config \
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-qpa-plugins \
qtkeychain-qt6-dev libsqlite3-dev libssl-dev clang libclang-rt-14-dev \
file xvfb xauth poppler-utils libsecret-1-0 gnome-keyring dbus dbus-daemon \
desktop-file-utils appstream shared-mime-info lintian"

missing=""
for package in $COSTLINE_PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Costline needs these Debian packages:$missing" >&2
        echo "Run this script as root, or install them with: sudo apt-get install$missing" >&2
        exit 1
    fi
    echo "Installing:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so a fresh clone reuses earlier builds.
export CCACHE_BASEDIR="$(pwd)"
export CCACHE_NOHASHDIR=true
# COSTLINE_PRESET picks the CMake preset (default release; asan builds with ASan+UBSan).
preset="${COSTLINE_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
