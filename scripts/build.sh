#!/usr/bin/env bash
# Build the one-folder bundle dist/chatdesk/ and dist/chatdesk-<version>-linux-<arch>.tar.gz.
# CHATDESK_ONEFILE=1 builds the one-file variant instead.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || bash scripts/setup.sh --dev
started=$(date +%s)
bash scripts/translations.sh
.venv/bin/python scripts/slim_icu.py
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
if [ "${CHATDESK_ONEFILE:-}" != "1" ]; then
  version=$(.venv/bin/python -c 'import chatdesk; print(chatdesk.__version__)')
  archive="dist/chatdesk-${version}-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" chatdesk
  echo "built dist/chatdesk/ ($(du -sm dist/chatdesk | cut -f1) MB) and $archive ($(du -m "$archive" | cut -f1) MB) in $(( $(date +%s) - started )) s"
else
  echo "built dist/chatdesk ($(du -m dist/chatdesk | cut -f1) MB) in $(( $(date +%s) - started )) s"
fi
