#!/usr/bin/env bash
# Installs what is missing, builds, and launches the Quayside console on the embedded sandbox.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
exec "${QUAYSIDE_BUILD_DIR:-$root/build}/app/quayside" --sandbox "$@"
