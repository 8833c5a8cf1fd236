#!/usr/bin/env bash
# Installs the Debian 12 packages Quayside needs to build, run and test, quietly and only what is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libbenchmark-dev
    zlib1g-dev libgl-dev xvfb xauth dpkg-dev
    # scripts/package: the .deb's dependencies (dpkg-dev), the AppDir, and validating what is installed
    patchelf desktop-file-utils appstream
    # team mode's tests: a throw-away PostgreSQL server per ctest run (scripts/pg-test-cluster.sh)
    postgresql
    # scripts/test-sanitize.sh: the second build with clang, ASan/UBSan, libFuzzer, symbolized reports
    clang libclang-rt-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs the test tooling (graphql-js schema validation, Shopify's own npm libraries as peers).
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
