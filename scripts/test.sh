#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test of the default suite through ctest.
# Long suites have labels of their own: scripts/test.sh -L long  (see README).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${QUAYSIDE_BUILD_DIR:-$root/build}
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
cd "$build"
if (($#)); then
    exec ctest --output-on-failure -j2 "$@"
fi
exec ctest --output-on-failure -j2 -LE long
