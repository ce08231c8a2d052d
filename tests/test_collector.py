"""Start-up's long-lived objects are frozen out of the garbage collector once start-up
has settled, so a full collection no longer walks them mid-reply (an ~18 ms pause,
measured in ``bench.compare``); what is made afterwards is still collected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from devkit.fake_server import FakeOpenAI, Stream
from tests.support.app_process import app_env

APP = """
import gc, weakref
from PySide6.QtCore import QTimer
from chatdesk.app import SETTLED_MS, create_window

app, window = create_window(["chatdesk"])
before = gc.get_freeze_count()

class Node:
    pass

def cycle():
    node = Node()
    node.me = node  # a reference cycle: only the collector frees it
    return weakref.ref(node)

gc.disable()  # until start-up settles: only the freeze's own collection can free it
early = cycle()  # garbage from start-up, still uncollected when it settles

def after_settling():
    gc.enable()
    late = cycle()
    gc.collect()
    print("FROZEN", before, gc.get_freeze_count(), "FREED", early() is None, late() is None,
          flush=True)
    app.quit()

window.first_painted.connect(lambda: QTimer.singleShot(SETTLED_MS + 500, after_settling))
app.exec()
"""


def report_of(app: str, tag: str, server: FakeOpenAI, home: Path) -> str:
    """Run ``app`` (the real chatdesk, on ``server``) to its end; its line starting ``tag``."""
    env = app_env(home, server, "fake-gc-test", OPENAI_BASE_URL=server.base_url)
    run = subprocess.run(
        [sys.executable, "-c", app], env=env, capture_output=True, text=True, timeout=60
    )
    line = next((x for x in run.stdout.splitlines() if x.startswith(tag)), "")
    assert line, f"the app did not report: {run.stdout}{run.stderr[-2000:]}"
    return line


def test_start_up_objects_are_frozen_once_it_settles(
    server: FakeOpenAI, isolated_env: Path
) -> None:
    line = report_of(APP, "FROZEN", server, isolated_env)
    _, before, after, _, early, late = line.split()
    assert int(before) == 0, "frozen before start-up settled"
    assert int(after) > 10_000, f"only {after} objects frozen"
    assert early == "True", "start-up's garbage was frozen rather than collected"
    assert late == "True", "an object made after the freeze was not collected"


BUSY_APP = """
import gc
from PySide6.QtCore import QTimer
from chatdesk.app import SETTLED_MS, create_window

app, window = create_window(["chatdesk"])
controller = window.controller
seen = {}

def send_when_ready():
    if not (controller.ready and window.library.available):
        QTimer.singleShot(20, send_when_ready)
        return
    window.prompt.setPlainText("A long story, please")
    window.send()

def check():
    if "settled" not in seen:
        seen["settled"] = (controller.busy, gc.get_freeze_count())
    if not controller.busy and gc.get_freeze_count():
        print("WHILE_BUSY", *seen["settled"], "AFTER", gc.get_freeze_count(), flush=True)
        app.quit()
        return
    QTimer.singleShot(100, check)

QTimer.singleShot(0, send_when_ready)
window.first_painted.connect(lambda: QTimer.singleShot(SETTLED_MS + 300, check))
QTimer.singleShot(30_000, app.quit)
app.exec()
"""


def test_nothing_is_frozen_while_a_reply_is_written(server: FakeOpenAI, isolated_env: Path) -> None:
    """A reply being written when start-up settles would be frozen with its run, and never
    freed once it ends: the freeze waits for it."""
    server.enqueue(Stream(chunks=[f"word{i} " for i in range(150)], delay=0.02))
    line = report_of(BUSY_APP, "WHILE_BUSY", server, isolated_env)
    _, busy, frozen_then, _, frozen_after = line.split()
    assert busy == "True", "the reply had ended before start-up settled: no test"
    assert frozen_then == "0", "frozen while a reply was being written"
    assert int(frozen_after) > 10_000
