"""Start-up: process start to main window shown, and peak RSS, against a bare PySide6 window.

Both are measured as child processes in the same run, alternating, so machine noise
hits both alike. Run: ``.venv/bin/python -m bench.startup [rounds]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Both children show their window, let the event loop run for 0.5 s (so chatdesk's
# after-show work — settings, keyring lookup, logging — is inside the RSS figure), then exit.
HEAD = """
import os, json, time as _t
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
_first_paint = []
class _PaintWatch(QObject):
    # "Shown" = the main window's first paint event, the moment it is on screen.
    def eventFilter(self, obj, event):
        if not _first_paint and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            _first_paint.append(_t.time())
        return False
_watch = _PaintWatch()
app.installEventFilter(_watch)
"""

COMMON_TAIL = """
def _done():
    print(json.dumps({"shown": _first_paint[0]}), flush=True)
    os._exit(0)
QTimer.singleShot(500, _done)
app.exec()
"""

BARE = (
    HEAD
    + """
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(900, 700)
w.show()
"""
    + COMMON_TAIL
)

CHATDESK = (
    HEAD
    + """
from chatdesk.app import create_window
app, w = create_window(["chatdesk"])
"""
    + COMMON_TAIL
)


def run_child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to window shown, and peak RSS in MiB."""
    started = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, cwd=str(ROOT)
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode})")
    shown = json.loads(out.decode().strip().splitlines()[-1])["shown"]
    return shown - started, usage.ru_maxrss / 1024


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(CHATDESK_HOME=home, OPENAI_API_KEY="fake-bench", PYTHONPATH=str(ROOT))
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "chatdesk": []}
    run_child(BARE, env)  # warm the disk cache for both
    run_child(CHATDESK, env)
    for _ in range(rounds):
        results["bare"].append(run_child(BARE, env))
        results["chatdesk"].append(run_child(CHATDESK, env))
    med = {
        name: (statistics.median(t for t, _ in r), statistics.median(m for _, m in r))
        for name, r in results.items()
    }
    print(f"platform={env['QT_QPA_PLATFORM']} rounds={rounds}")
    for name, (t, m) in med.items():
        print(f"{name:9s} shown after {t * 1000:7.1f} ms   peak RSS {m:6.1f} MiB")
    print(
        f"ratio     time {med['chatdesk'][0] / med['bare'][0]:.2f}x   "
        f"RSS {med['chatdesk'][1] / med['bare'][1]:.2f}x   (target <= 1.5x both)"
    )


if __name__ == "__main__":
    main()
