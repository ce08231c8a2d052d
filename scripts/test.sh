#!/usr/bin/env bash
# Install everything the tests need, then lint, type-check and run the whole suite,
# end-to-end tests included (the real model server and the bundle are prepared first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
bash scripts/e2e-setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
