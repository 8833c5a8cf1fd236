#!/usr/bin/env bash
# Checks an installed Quayside tree: the program and its desktop integration are where Linux desktops
# look for them, valid, and of the expected version; the program links nothing unresolved.
#   check-install.sh ROOT VERSION          a tree already installed under ROOT (an unpacked .deb)
#   check-install.sh --from-build BUILD    installs BUILD with DESTDIR into a scratch folder first
set -euo pipefail

fail() {
    echo "check-install: FAILED: $*" >&2
    exit 1
}

if [[ $1 == --from-build ]]; then
    build=$2
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
    version=$(cat "$build/VERSION")
else
    root=$1
    version=$2
fi

app_id=org.quayside.Quayside
files=(usr/bin/quayside "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/quayside.svg)
for size in 16 32 48 64 128 256 512; do
    files+=("usr/share/icons/hicolor/${size}x${size}/apps/quayside.png")
done
for f in "${files[@]}"; do
    [[ -s $root/$f ]] || fail "/$f is not installed"
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry is not valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || fail "the AppStream metainfo is not valid"
grep -qF "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not name release $version"
if ldd "$root/usr/bin/quayside" | grep "not found"; then
    fail "the program links libraries that are not there"
fi
said=$("$root/usr/bin/quayside" --version | awk '{ print $NF }')
[[ $said == "$version" ]] || fail "the program says it is version '$said', not $version"
echo "check-install: ${#files[@]} files in place, desktop entry and metainfo valid, version $version"
