#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test of the default suite through ctest; with
# QUAYSIDE_SANITIZE=1 also the same suite (without the console) and the fuzz targets in the sanitizer
# build (scripts/test-sanitize.sh).
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
# The second build (ASan, UBSan, the fuzz targets) runs when asked (QUAYSIDE_SANITIZE=1; CI's `sanitize`
# job), even when the first suite failed: both reports count. It doubles the time of a run on 2 cores.
if [[ -n ${QUAYSIDE_SANITIZE:-} ]]; then
    "$root/scripts/test-sanitize.sh" || status=$?
fi
exit $status
