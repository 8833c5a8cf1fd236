#!/usr/bin/env bash
# Fuzzes one target longer than ctest does:  scripts/fuzz.sh fuzz_mapping_engine 600 [libFuzzer options]
# Builds it in ./build-sanitize (scripts/test-sanitize.sh's configuration), keeps what it learns in
# build-sanitize/fuzz/found/<target> across runs, and leaves a crashing input as
# build-sanitize/fuzz/<target>-crash-<sha1>. Copy a fixed crash into fuzz/corpus/<target>/ so it stays fixed.
# Without arguments it lists the targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${QUAYSIDE_SANITIZE_BUILD_DIR:-$root/build-sanitize}
if (($# < 1)); then
    echo "usage: $0 TARGET [SECONDS] [libFuzzer options]; targets:"
    sed -n 's/^quayside_add_fuzzer(\([a-z_]*\).*/  \1/p' "$root/fuzz/CMakeLists.txt"
    exit 2
fi
target=$1
seconds=${2:-300}
shift $(($# < 2 ? $# : 2))
if [[ ! -f $build/build.ninja ]]; then
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQUAYSIDE_SANITIZE=ON "${launcher[@]}" >/dev/null
fi
nice -n 19 cmake --build "$build" -j1 --target "$target"
found=$build/fuzz/found/$target
mkdir -p "$found"
dict=()
[[ -f $root/fuzz/dict/$target.dict ]] && dict=(-dict="$root/fuzz/dict/$target.dict")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/cmake/sanitizers/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/cmake/sanitizers/lsan.supp:print_suppressions=0}
export LC_ALL=C.UTF-8
exec nice -n 19 "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${dict[@]}" -artifact_prefix="$build/fuzz/$target-" "$@" "$found" "$root/fuzz/corpus/$target"
