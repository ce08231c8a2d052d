#!/usr/bin/env bash
# Compile the translation sources (resources/translations/*.ts, kept in the repository)
# into the .qm files chatdesk loads (next to them; built, never committed). Runs in
# setup.sh, build.sh and run.sh; takes well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m devkit.translations compile
