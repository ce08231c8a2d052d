#!/usr/bin/env bash
# Install everything the tests need, then lint, type-check and run the whole suite,
# end-to-end tests included (the real model server and the bundle are prepared first).
# GUI tests run on a real X server (Xvfb, the xcb platform): offscreen Qt hides bugs that
# users meet, such as a view that stops following a reply.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
bash scripts/e2e-setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m pytest "$@"
