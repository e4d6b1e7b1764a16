#!/usr/bin/env bash
# Sets up everything and runs the whole test suite, then ruff and mypy.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_DEBS="poppler-utils" bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
