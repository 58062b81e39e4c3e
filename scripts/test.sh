#!/usr/bin/env bash
# README command (2): install everything, build, run the whole test suite. .ci/run calls this.
# Exit code: non-zero when any step or any test fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$(date +%s)

./scripts/install-deps.sh --tests

jobs=$(nproc)
# ccache: paths relative to the checkout so a fresh clone reuses earlier compilations.
export CCACHE_BASEDIR="$root"
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
build=${SONGLOOM_BUILD_DIR:-build}

echo "== configuring ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${SONGLOOM_BUILD_TYPE:-Release} -DSONGLOOM_BUILD_TESTS=ON >/dev/null
echo "== building with $jobs jobs"
cmake --build "$build" -j "$jobs"
echo "== running the test suite"
status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" || status=$?
echo "== test.sh finished in $(( $(date +%s) - start )) s (exit $status)"
exit $status
