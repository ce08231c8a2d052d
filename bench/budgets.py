"""Start-up with a lived-in setup: 50 projects, 200 saved prompts and the tray in use.

Issue 14's budgets must still hold with a full sidebar, a full prompt library and the tray
enabled. This seeds a temporary CHATDESK_HOME with a history of ``conversations``
conversations (two of every three in 50 projects, ``bench.history.generate``), a
``prompts.json`` of 200 prompts with variables, and ``close_to_tray`` on; runs a real
system-tray host (``trayer``, an XEmbed tray, when it is installed: Qt then shows the
icon) on the same X server; and times spawn-to-mapped for chatdesk against a bare PySide6
window, alternating, exactly as ``bench.startup``'s mapped measure does (same host for
both). Run on a real display:
``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m
bench.budgets [rounds] [conversations]``. The streaming stall with the same setup:
``bench.stall`` with ``CHATDESK_BENCH_SEED=<that folder>``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.startup import mapped_ratio


def seed(home: Path, conversations: int) -> None:
    """A history with 50 projects, 200 prompts and the tray turned on, in ``home``."""
    from bench.history import generate
    from chatdesk.core.prompts import Prompt, dumps
    from chatdesk.services.paths import HISTORY_FILE_NAME

    home.mkdir(parents=True, exist_ok=True)
    generate(home / HISTORY_FILE_NAME, conversations, conversations * 20 + 5000, projects=50)
    prompts = [
        Prompt(f"prompt {n:03}", f"Review {{{{file}}}} for {{{{topic}}}} ({n}): be brief.")
        for n in range(200)
    ]
    (home / "prompts.json").write_text(dumps(prompts), encoding="utf-8")
    (home / "settings.json").write_text(json.dumps({"close_to_tray": True}), encoding="utf-8")


def tray_host() -> subprocess.Popen[bytes] | None:
    """A system tray on this X display, or None when ``trayer`` is not installed."""
    if shutil.which("trayer") is None:
        return None
    host = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)  # it takes the _NET_SYSTEM_TRAY selection
    return host


def tray_seen() -> bool:
    probe = "from PySide6.QtWidgets import QApplication, QSystemTrayIcon as T\n"
    probe += "app = QApplication([]); print(T.isSystemTrayAvailable())"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    return out.stdout.strip() == "True"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    conversations = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        sys.exit("run on a real X display: QT_QPA_PLATFORM=xcb xvfb-run -a …")
    seeded = Path(tempfile.mkdtemp(prefix="chatdesk-bench-seed-"))
    started = time.perf_counter()
    seed(seeded, conversations)
    print(
        f"seeded {conversations} conversations in 50 projects, 200 prompts, close to tray "
        f"({time.perf_counter() - started:.1f} s): {seeded}"
    )
    host = tray_host()
    try:
        print(f"system tray available to Qt: {tray_seen()}")
        mapped_ratio(rounds, 0, seeded)
    finally:
        if host is not None:
            host.terminate()
            host.wait(5)


if __name__ == "__main__":
    main()
