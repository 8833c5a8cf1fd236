#!/usr/bin/env bash
# Configures and builds Quayside into ./build (or $QUAYSIDE_BUILD_DIR) with two jobs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${QUAYSIDE_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} ${QUAYSIDE_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j2
