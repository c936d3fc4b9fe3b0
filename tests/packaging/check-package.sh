#!/bin/sh
# Builds the .deb from an already built tree, validates its desktop metadata, checks it with
# lintian, unpacks it into a scratch root and runs the packaged command line there.
# Usage: check-package.sh BUILD_DIR
set -eu
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb=$(ls "$scratch"/out/costline_*_amd64.deb 2>/dev/null || ls "$scratch"/out/costline_*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/costline ./usr/bin/costline-cli \
            ./usr/share/applications/io.costline.Costline.desktop \
            ./usr/share/metainfo/io.costline.Costline.metainfo.xml \
            ./usr/share/mime/packages/costline-workspace.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.costline.Costline.svg \
            ./usr/share/icons/hicolor/48x48/apps/io.costline.Costline.png \
            ./usr/share/icons/hicolor/256x256/apps/io.costline.Costline.png \
            ./usr/share/doc/costline/copyright ./usr/share/man/man1/costline.1.gz; do
    echo "$contents" | grep -q " $path\$" || fail "the package lacks $path"
done

depends=$(dpkg-deb -f "$deb" Depends)
for plugin in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 libqt6charts6 libqt6keychain1; do
    echo "$depends" | grep -q "$plugin" || fail "Depends lacks $plugin: $depends"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.costline.Costline.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.costline.Costline.metainfo.xml" >"$scratch/as.log" 2>&1 \
    || { cat "$scratch/as.log" >&2; fail "AppStream metainfo invalid"; }
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || fail "update-mime-database rejected the MIME type"
grep -q 'application/x-costline-workspace:\*\.costline' "$root/usr/share/mime/globs2" \
    || fail "*.costline does not map to application/x-costline-workspace"

if command -v lintian >/dev/null 2>&1; then
    findings=$(lintian --tag-display-limit 0 "$deb" 2>/dev/null | grep -E '^(E|W):' || true)
    [ -z "$findings" ] || fail "lintian: $findings"
fi

"$root/usr/bin/costline-cli" demo --out "$scratch/demo.costline" --events 2000 >/dev/null \
    || fail "the packaged costline-cli could not create the demo workspace"
"$root/usr/bin/costline-cli" summary --workspace "$scratch/demo.costline" --by provider | grep -q openai \
    || fail "the packaged costline-cli could not summarise the demo"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/costline" --help | grep -q -- '--workspace' \
    || fail "the packaged costline does not start"
echo "package ok"
