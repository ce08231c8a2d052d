#!/usr/bin/env bash
# The everyday check: lint, types, unit and GUI tests on Xvfb (xcb). No model server, no
# bundle, no lexer sweep; needs a .venv from `bash scripts/setup.sh --dev` and xvfb-run.
# CI runs the full suite: scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
  .venv/bin/python -m pytest -m "not e2e and not slow" "$@"
