"""A separate process that streams one reply into a history, for crash and two-instance tests.

``python -m tests.support.streaming_writer DB crash|hold``: opens the history as the window
does, saves a question and a streaming reply with partial text, prints the reply's uid and
the conversation's uid, then either dies at once without closing anything (``crash``) or
keeps the reply streaming until a line arrives on stdin (``hold``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.services.storage import HistoryStore

ROOT = Path(__file__).resolve().parents[2]


def start(db: Path, mode: str) -> tuple[subprocess.Popen[str], str, str]:
    """Run the writer; returns it with the conversation's and the reply's uids once saved."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.streaming_writer", str(db), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert len(line) == 2, "the writer process did not start"
    return proc, line[0], line[1]


def main(db: str, mode: str) -> None:
    store = HistoryStore(Path(db))
    store.open()
    conv = Conversation(title="Live reply")
    store.save_conversation(conv)
    question = conv.add(Message(Role.USER, "Tell me a story"))
    reply = conv.add(Message(Role.ASSISTANT, "", MessageStatus.STREAMING))
    store.add_message(conv.uid, question, 1.0)
    store.add_message(conv.uid, reply, 1.0)
    store.update_content(reply.uid, "Once upon a")
    print(conv.uid, reply.uid, flush=True)
    if mode == "crash":
        os._exit(0)  # no close, no release: as if killed
    sys.stdin.readline()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
