#!/usr/bin/env bash
# Renders the application icon's PNG sizes, the Windows .ico and the macOS .icns from
# resources/icons/quayside.svg. The results are committed, so a build never needs these tools; run this
# after changing the SVG. Needs librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/quayside.svg
out=resources/icons/hicolor
for size in 16 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/${size}x${size}/apps/quayside.png"
done
# The 256 px image goes in as PNG (-r), as Windows expects, which keeps the .ico small.
icotool -c -o resources/windows/quayside.ico \
    "$out"/{16x16,32x32,48x48,64x64,128x128}/apps/quayside.png -r "$out/256x256/apps/quayside.png"
# png2icns knows 16, 32, 48, 128, 256 and 512.
png2icns resources/macos/quayside.icns \
    "$out"/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/quayside.png >/dev/null
