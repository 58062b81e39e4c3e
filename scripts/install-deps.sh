#!/usr/bin/env bash
# Installs everything Songloom needs on Debian bookworm: the Debian packages and a project-local Python
# virtual environment (.venv, ignored by git) that holds libtorch, the Qwen3 vocabulary package (and, for the
# tests, the reference stack).
# Safe to run again: each part is skipped when it is already in place.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

debian_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  python3 python3-venv python3-dev
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6-dev qt6-qpa-plugins
  libgl-dev libxkbcommon-dev
  libtag1-dev libsndfile1-dev libsamplerate0-dev libsoxr-dev libebur128-dev libvorbis-dev libogg-dev libmp3lame-dev
  libavformat-dev libavcodec-dev libswscale-dev libavutil-dev
  libswresample-dev
  libssl-dev
  nlohmann-json3-dev libpcre2-dev libutf8proc-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth x11-utils
  desktop-file-utils appstream
  fonts-wqy-microhei  # Chinese, Japanese and Korean glyphs for the translated studio (1.6 MB)
)

missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The venv is made from Debian's interpreter so that a fresh machine and this one agree.
py=/usr/bin/python3
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$py" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi

install_requirements() {
  local req=$1 stamp=.venv/.stamp-$(basename "$1" .txt)
  local sum; sum=$(sha256sum "$req" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    echo "== installing Python packages from $req"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
    echo "$sum" >"$stamp"
  fi
}
install_requirements requirements/torch.txt
# The Qwen3 vocabulary the build turns into the bundled tokenizer (Comfy-Org files carry none).
install_requirements requirements/runtime.txt
if [ $want_tests -eq 1 ] && [ -f requirements/reference.txt ]; then
  install_requirements requirements/reference.txt
fi
echo "== dependencies are in place"
