#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test of the default suite through ctest; then the same
# suite (without the console) and the fuzz targets again in the second build, with clang, AddressSanitizer
# and UndefinedBehaviorSanitizer (scripts/test-sanitize.sh). QUAYSIDE_SANITIZE=0 leaves the second build out.
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
status=0
ctest --output-on-failure -j2 -LE long || status=$?
# The second build (ASan, UBSan, the fuzz targets) runs even when the first suite failed: both reports
# count. It about doubles the time of a run on 2 cores.
if [[ ${QUAYSIDE_SANITIZE:-1} != 0 ]]; then
    "$root/scripts/test-sanitize.sh" || status=$?
fi
exit $status
