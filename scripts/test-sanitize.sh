#!/usr/bin/env bash
# The second build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (QUAYSIDE_SANITIZE=ON) in
# ./build-sanitize (or $QUAYSIDE_SANITIZE_BUILD_DIR): core, sandbox, the non-GUI tests and the fuzz targets,
# no console and no packaging. Runs that suite and every fuzz target for a short budget (label `fuzz`).
# scripts/test.sh calls it after the default suite; arguments go to ctest (e.g. -L fuzz).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${QUAYSIDE_SANITIZE_BUILD_DIR:-$root/build-sanitize}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQUAYSIDE_SANITIZE=ON "${launcher[@]}" ${QUAYSIDE_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j2
cd "$build"
if (($#)); then
    exec ctest --output-on-failure -j2 "$@"
fi
exec ctest --output-on-failure -j2 -LE long
