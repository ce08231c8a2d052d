#!/usr/bin/env bash
# Install chatdesk into .venv. As root on Debian/Ubuntu, first install the system packages
# Qt needs (and, with --dev, what the tests need: a real Secret Service keyring and D-Bus).
set -euo pipefail
cd "$(dirname "$0")/.."

dev=""
[ "${1:-}" = "--dev" ] && dev=1

QT_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6
  fonts-dejavu-core"
# Tests: a real Secret Service and D-Bus, a virtual display, keyboard input, screenshots,
# a compiler for llama.cpp (the end-to-end model server), and the accessibility bus with
# pyatspi for the system python3 (the end-to-end tests read the app as a screen reader does).
DEV_DEBS="gnome-keyring dbus dbus-x11 xvfb xauth xdotool imagemagick build-essential cmake
  icu-devtools at-spi2-core python3-pyatspi"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends python3 python3-venv python3-pip $QT_DEBS \
    ${dev:+$DEV_DEBS}
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ -n "$dev" ]; then
  .venv/bin/python -m pip install -q -e '.[dev]'
else
  .venv/bin/python -m pip install -q -e .
fi
bash scripts/translations.sh
touch .venv/.chatdesk-installed  # scripts/run.sh skips this script while it is newer
