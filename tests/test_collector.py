"""Start-up's long-lived objects are frozen out of the garbage collector once start-up
has settled, so a full collection no longer walks them mid-reply (an ~18 ms pause,
measured in ``bench.compare``); what is made afterwards is still collected."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from devkit.fake_server import FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]

APP = """
import gc, weakref
from PySide6.QtCore import QTimer
from chatdesk.app import SETTLED_MS, create_window

app, window = create_window(["chatdesk"])
before = gc.get_freeze_count()

class Node:
    pass

def after_settling():
    node = Node()
    node.me = node  # a reference cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    gc.collect()
    print("FROZEN", before, gc.get_freeze_count(), "CYCLE_FREED", gone() is None, flush=True)
    app.quit()

window.first_painted.connect(lambda: QTimer.singleShot(SETTLED_MS + 500, after_settling))
app.exec()
"""


def test_start_up_objects_are_frozen_once_it_settles(
    server: FakeOpenAI, isolated_env: Path
) -> None:
    isolated_env.mkdir(parents=True, exist_ok=True)
    (isolated_env / "settings.json").write_text(
        json.dumps({"base_url": server.base_url, "model": "test-model"})
    )
    env = {
        **os.environ,
        "CHATDESK_HOME": str(isolated_env),
        "OPENAI_API_KEY": "fake-gc-test",
        "OPENAI_BASE_URL": server.base_url,
        "PYTHONPATH": str(ROOT),
    }
    run = subprocess.run(
        [sys.executable, "-c", APP], env=env, capture_output=True, text=True, timeout=60
    )
    line = next((x for x in run.stdout.splitlines() if x.startswith("FROZEN")), "")
    assert line, f"the app did not report: {run.stdout}{run.stderr[-2000:]}"
    _, before, after, _, freed = line.split()
    assert int(before) == 0, "frozen before start-up settled"
    assert int(after) > 10_000, f"only {after} objects frozen"
    assert freed == "True", "an object made after the freeze was not collected"
