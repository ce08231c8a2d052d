#!/usr/bin/env bash
# Install chatdesk (when needed) and start it; arguments go to chatdesk.
#
#   bash scripts/run.sh            chatdesk as usual (.venv/bin/python -m chatdesk)
#   bash scripts/run.sh --local    try it without an account or a key
#
# --local builds (the first time: ~6 minutes, see scripts/local-model.sh) and starts a small
# local model server, llama.cpp with Gemma 3 270M, on 127.0.0.1; starts chatdesk on its
# "Local" profile (no key), with conversations and settings in a folder of their own
# ($CHATDESK_LOCAL_HOME, default ~/.local/share/chatdesk-local); and stops the server when
# chatdesk quits.
set -euo pipefail
cd "$(dirname "$0")/.."

local_mode=""
if [ "${1:-}" = "--local" ]; then
  local_mode=1
  shift
fi
# setup.sh leaves this stamp; it runs again when pyproject.toml (the dependencies) changes.
stamp=.venv/.chatdesk-installed
if [ ! -x .venv/bin/python ] || [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  bash scripts/setup.sh
fi
# Translations edited since the last compile (a pull, a fix) are compiled again.
if [ -n "$(find resources/translations -name '*.ts' -newer .venv/.chatdesk-installed 2>/dev/null)" ]; then
  bash scripts/translations.sh && touch .venv/.chatdesk-installed
fi
if [ -z "$local_mode" ]; then
  exec .venv/bin/python -m chatdesk "$@"
fi

if [ ! -x .venv-server/bin/python ] || [ ! -f .venv-server/gemma3-270m.gguf ]; then
  bash scripts/local-model.sh
fi
export CHATDESK_HOME="${CHATDESK_LOCAL_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/chatdesk-local}"
mkdir -p "$CHATDESK_HOME"
chmod 700 "$CHATDESK_HOME"
log="$CHATDESK_HOME/local-server.log"
( umask 077 && : >"$log" )
port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# The settings the end-to-end tests use: vicuna's USER:/ASSISTANT: turns (the base model
# needs the "USER:" stop sequence, which the Local profile sends), 2,048 tokens of context.
.venv-server/bin/python -m llama_cpp.server --model .venv-server/gemma3-270m.gguf \
  --host 127.0.0.1 --port "$port" --chat_format vicuna --logits_all false \
  --interrupt_requests false --n_ctx 2048 >"$log" 2>&1 &
server=$!
app=""
stop_all() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

echo "Starting the local model server on 127.0.0.1:$port (log: $log)…"
if ! .venv/bin/python - "$port" "$server" <<'PY'
import os, sys, time, urllib.request

port, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 180
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)  # the server exited
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):
            sys.exit(0)
    except OSError:
        time.sleep(0.3)
sys.exit(1)
PY
then
  echo "The local model server did not start; the end of its log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "Ready. A 270M model is tiny: expect short, often wrong answers."
.venv/bin/python -m chatdesk --local-server "http://127.0.0.1:$port/v1" "$@" &
app=$!
status=0
wait "$app" || status=$?
app=""
exit "$status"
