#!/usr/bin/env bash
# Install (if needed) and start chatdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/chatdesk "$@"
