"""Kill -9 in the middle of a streamed reply: the history survives with the partial text."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from chatdesk.core.messages import MessageStatus
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import HistoryStore
from devkit.fake_server import FakeOpenAI, Stream
from tests.support.app_process import app_env

APP = """
import sys
from PySide6.QtCore import QTimer
from chatdesk.app import create_window

app, window = create_window(["chatdesk"])
controller = window.controller

def send_when_ready():
    if not (controller.ready and window.library.available):
        QTimer.singleShot(20, send_when_ready)
        return
    window.prompt.setPlainText("Tell me a long story")
    window.send()

controller.reply_text.connect(lambda text: print("DELTA", flush=True))
QTimer.singleShot(0, send_when_ready)
app.exec()
"""


def test_sigkill_mid_reply_keeps_an_intact_database_with_the_partial_reply(
    server: FakeOpenAI, isolated_env: Path
) -> None:
    server.enqueue(Stream(chunks=[f"word{i} " for i in range(400)], delay=0.01))
    env = app_env(isolated_env, server, "fake-crash-test", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", APP], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == b"DELTA", "the reply never started streaming"
        time.sleep(2.5)  # a couple of periodic saves happen
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    db = sqlite3.connect(app_paths().history_file)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    status, content = db.execute(
        "SELECT status, content FROM messages WHERE role = 'assistant'"
    ).fetchone()
    db.close()
    assert status == "streaming"
    assert content.startswith("word0 word1 ")
    # About 100 words a second for 2.5 s, saved at least once a second: well over 20 words.
    assert len(content.split()) >= 20
    # Before any window reopens the history, the command line already sees the reply as
    # incomplete: its writer (the killed window) is gone.
    exported = subprocess.run(
        [sys.executable, "-m", "chatdesk", "export", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert exported.returncode == 0, exported.stderr
    reply = json.loads(exported.stdout)["conversations"][0]["messages"][1]
    assert reply["status"] == "incomplete"
    assert reply["content"].startswith("word0 word1 ")
    store = HistoryStore(app_paths().history_file)
    report = store.open()
    assert report.interrupted == 1
    convs = store.list_conversations()
    conv = store.load_conversation(convs[0].uid)
    assert conv is not None
    assert conv.messages[0].content == "Tell me a long story"
    assert conv.messages[1].status is MessageStatus.INCOMPLETE
