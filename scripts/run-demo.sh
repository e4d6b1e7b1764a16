#!/usr/bin/env bash
# Sets up everything and starts DSAR Desk on a throwaway folder full of demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_DEBS="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
libxcb-xkb1 libxkbcommon-x11-0" bash scripts/bootstrap.sh
exec .venv/bin/dsar-desk --demo "$@"
