#!/usr/bin/env bash
# What the end-to-end suite needs besides the app: llama.cpp's OpenAI-compatible server in its
# own venv (.venv-server) with a small real model (scripts/local-model.sh, ~6 minutes the
# first time), and the packaged one-folder bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/local-model.sh
bash scripts/build.sh
