#!/bin/sh
# Builds Costline and runs the whole test suite. Credential tests need a secret service:
# the suite runs inside a private D-Bus session with an unlocked gnome-keyring, under a
# throwaway HOME so no real keyring or settings are touched.
set -eu
. "$(dirname "$0")/setup.sh"

test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home"
export XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
    printf costline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --preset release
'
