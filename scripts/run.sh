#!/bin/sh
# Builds Costline and opens the demo workspace. Without a display it says so and prints
# the demo workspace's summary instead.
set -eu
COSTLINE_PRESET=release
. "$(dirname "$0")/setup.sh"

bin="build/release/bin"
demo="build/release/demo.costline"
if [ ! -f "$demo" ]; then
    "$bin/costline-cli" demo --out "$demo"
fi
if [ -x "$bin/costline" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$bin/costline" --workspace "$demo"
fi
if [ -x "$bin/costline" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): printing the demo workspace's summary instead."
else
    echo "The desktop app is not built yet: printing the demo workspace's summary."
fi
"$bin/costline-cli" summary --workspace "$demo" --by provider
"$bin/costline-cli" summary --workspace "$demo" --by model
