#!/usr/bin/env bash
# Builds a self-contained AppDir from a configured and built tree (configured with
# -DCMAKE_INSTALL_PREFIX=/usr):  make-appdir.sh BUILD_DIR APPDIR
# It carries the Qt libraries the program and its plugins link, the plugins Quayside uses and Qt's own
# translations; the host's glibc, C++ runtime, OpenGL and X11 base libraries stay the host's (the
# AppImage excludelist convention: those must match the host's drivers and kernel).
# `appimagetool APPDIR` then squashes it into an .AppImage (not in Debian: see docs/packaging.md).
set -euo pipefail

build=$(realpath "$1")
appdir=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
app_id=org.quayside.Quayside

rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --strip >/dev/null
exe="$appdir/usr/bin/quayside"
[[ -x $exe ]] || { echo "make-appdir: $exe was not installed (is the prefix /usr?)" >&2; exit 1; }

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)

# The plugins Quayside loads: the X11 window system and offscreen (screenshots, servers), the SQLite
# store and PostgreSQL team mode, the SVG icon, TLS, and keyboard input methods.
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
    sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so
    imageformats/libqsvg.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqgif.so
    iconengines/libqsvgicon.so
    tls/libqopensslbackend.so tls/libqcertonlybackend.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    platforminputcontexts/libibusplatforminputcontextplugin.so
)
for plugin in "${plugins[@]}"; do
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp -L "$qt_plugins/$plugin" "$appdir/usr/plugins/$plugin"
done
if compgen -G "$qt_plugins/xcbglintegrations/*.so" >/dev/null; then
    mkdir -p "$appdir/usr/plugins/xcbglintegrations"
    cp -L "$qt_plugins"/xcbglintegrations/*.so "$appdir/usr/plugins/xcbglintegrations/"
fi

# Libraries the host provides (glibc, the C++ runtime, GL, the X11 and font base), after AppImage's
# excludelist; everything else the program or a plugin links is bundled.
host_provided='^(ld-linux.*|linux-vdso.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libnsl|libBrokenLocale|libmvec|libstdc\+\+|libgcc_s|libGL|libGLX|libEGL|libOpenGL|libGLdispatch|libGLESv2|libdrm|libgbm|libX11|libX11-xcb|libxcb|libICE|libSM|libfontconfig|libfreetype|libharfbuzz|libexpat|libz|libuuid|libasound|libgpg-error|libcom_err|libusb-1\.0|libjack|libthai|libdatrie)\.so'
mkdir -p "$appdir/usr/lib"
while read -r lib; do
    name=$(basename "$lib")
    [[ $name =~ $host_provided ]] && continue
    [[ -e "$appdir/usr/lib/$name" ]] || cp -L "$lib" "$appdir/usr/lib/$name"
done < <(find "$exe" "$appdir/usr/plugins" -type f -name '*' -print0 \
    | xargs -0 ldd 2>/dev/null | awk '/=> \// { print $3 }' | sort -u)

# The program finds its libraries without AppRun too (DT_RPATH, unlike RUNPATH, also covers the
# libraries that the bundled Qt libraries and the dlopen()ed plugins need).
patchelf --force-rpath --set-rpath '$ORIGIN/../lib' "$exe"

mkdir -p "$appdir/usr/translations"
cp "$qt_translations"/qtbase_{de,en}.qm "$appdir/usr/translations/"
# Paths are relative to the folder that holds qt.conf, i.e. usr/bin.
cat > "$appdir/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
EOF

cp "$here/AppRun" "$appdir/AppRun"
chmod +x "$appdir/AppRun"
cp "$source_dir/resources/linux/$app_id.desktop" "$appdir/$app_id.desktop"
cp "$source_dir/resources/icons/hicolor/256x256/apps/quayside.png" "$appdir/quayside.png"
ln -sf quayside.png "$appdir/.DirIcon"
echo "make-appdir: $appdir ($(du -sh "$appdir" | cut -f1))"
