#!/usr/bin/env bash
# Sets up everything Lotse needs on a fresh Debian/Ubuntu machine: system libraries for Qt,
# speech, the official AusweisApp, then a virtual environment in .venv with the program installed.
# Safe to run again. Run as root or with sudo rights for the apt-get part.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt offscreen + a real X window
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  # read aloud (QtTextToSpeech needs libpulse; speech-dispatcher + espeak-ng give German voices)
  libpulse0 speech-dispatcher speech-dispatcher-espeak-ng
  # the out-of-process screen-reader walk (tests/a11y/test_atspi.py): AT-SPI bus + pyatspi for the system Python
  at-spi2-core python3-pyatspi dbus
  # printing to PDF / the system print dialog
  libcups2
  # the official eID client, started headless by the integration tests
  ausweisapp2
  # fonts with good umlauts and large sizes
  fonts-dejavu-core
  # Arabic glyphs and shaping: Noto Sans Arabic (OFL), copied into resources/fonts for the builds
  fonts-noto-core
  # tests: a virtual screen, PDF → PNG, desktop entry and metainfo validators
  xvfb xauth poppler-utils desktop-file-utils appstream
  # tests: a window manager in the virtual screen (the fit matrix of tests/a11y maximises like a desktop)
  openbox
  # tests: compiles the Pascal code of the Windows installer script
  fp-compiler
  # tests: checks the .deb (installer/linux/build-deb.sh)
  lintian
)
# The Windows build under Wine (installer/windows/build-windows.sh, tests/installer/test_windows_build.py).
# LOTSE_WINDOWS_BUILD=0 leaves them out (a machine that never builds for Windows).
# Installed without their recommendations (Wine's would add ~300 MB the build does not use).
WINDOWS_BUILD_PACKAGES=(wine wine64 nsis wixl msitools osslsigncode gcc-mingw-w64-x86-64-win32)
[ "${LOTSE_WINDOWS_BUILD:-1}" != 0 ] || WINDOWS_BUILD_PACKAGES=()

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  not_installed() {
    for p in "$@"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
  }
  mapfile -t missing < <(not_installed "${SYSTEM_PACKAGES[@]}")
  mapfile -t missing_windows < <(not_installed "${WINDOWS_BUILD_PACKAGES[@]}")
  if [ ${#missing[@]} -gt 0 ] || [ ${#missing_windows[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
  if [ ${#missing_windows[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing_windows[@]}"
  fi
fi
# pytest-httpserver and loopback servers need localhost to resolve (minimal containers lack it)
grep -qE '^127\.0\.0\.1\s.*\blocalhost\b' /etc/hosts 2>/dev/null || { [ -w /etc/hosts ] && echo "127.0.0.1 localhost" >> /etc/hosts; } || true

# Python ≥ 3.12 where the machine has it (PySide6 6.12 + Python 3.11 crashes; pyproject pins below 6.12 there).
PY=""
for cand in python3.13 python3.12 "$HOME/.pyenv/versions/3.12.1/bin/python" python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    PY=$(command -v "$cand"); break
  fi
done
[ -n "$PY" ] || { echo "Lotse needs Python 3.11 or newer." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# constraints.txt: the versions tested are the versions shipped (how to update them: docs/install.md)
.venv/bin/python -m pip install -q -c constraints.txt -e ".[${LOTSE_EXTRAS:-test,build}]"
