#!/usr/bin/env bash
# README command (1): install everything, build, start the studio. Arguments go to songloom.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

./scripts/install-deps.sh

export CCACHE_BASEDIR="$root"
build=${SONGLOOM_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${SONGLOOM_BUILD_TYPE:-Release} >/dev/null
cmake --build "$build" -j "$(nproc)" --target songloom songloom-cli

echo "== built: $build/bin/songloom and $build/bin/songloom-cli"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset), so the studio window cannot open."
  echo "Run $build/bin/songloom from a desktop session, or try: $build/bin/songloom --version"
  exit 0
fi
exec "$build/bin/songloom" "$@"
