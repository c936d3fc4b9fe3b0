#!/bin/sh
# Builds Costline and runs the whole test suite. Credential tests need a secret service:
# the suite runs inside a private D-Bus session with an unlocked gnome-keyring, under a
# throwaway HOME so no real keyring or settings are touched. Then the fuzzers' smoke runs.
# COSTLINE_PRESET=asan runs the suite built with AddressSanitizer and UBSan instead.
set -eu
. "$(dirname "$0")/setup.sh"

# The fuzz build below runs under the throwaway HOME: keep using the real compiler cache.
export CCACHE_DIR="${CCACHE_DIR:-$(ccache --get-config cache_dir)}"
test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home"
export XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf costline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --preset "$0"
' "$preset"

# The parsers' fuzzers (clang, services only): a few seconds each from their seed corpora.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz
