#!/usr/bin/env bash
# Creates .venv in the checkout and installs DSAR Desk with its test tools.
# As root on Debian/Ubuntu it also installs the system libraries Qt needs;
# otherwise it names the missing ones and how to get them.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_DEBS="libegl1 libgl1 libx11-6 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0"
XCB_DEBS="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
libxcb-xkb1 libxkbcommon-x11-0"
TOOL_DEBS="poppler-utils"
WANTED="$QT_DEBS ${EXTRA_DEBS:-}"

if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $WANTED; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system libraries for Qt:$missing"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "DSAR Desk needs these Debian/Ubuntu packages:$missing" >&2
      echo "Install them with: sudo apt-get install$missing" >&2
      exit 1
    fi
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "DSAR Desk needs Python 3.11 or newer; found $("$PYTHON" --version 2>&1)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
export XCB_DEBS TOOL_DEBS
# The window's translations: compiled from the committed .ts sources every time (fast; .qm are not committed).
.venv/bin/python -m dsar_desk.ui.i18n translations >/dev/null
