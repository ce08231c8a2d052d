"""Two programs on one history: a live reply stays live, a dead one reads as incomplete at
once, and a write waits for another program's lock instead of failing. Real processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from chatdesk.core.messages import Conversation, MessageStatus
from chatdesk.services.storage import HistoryStore
from tests.support import streaming_writer


def reply_status(store: HistoryStore, conv_uid: str) -> MessageStatus:
    conv = store.load_conversation(conv_uid)
    assert conv is not None
    return conv.messages[1].status


def stored_status(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("SELECT status FROM messages WHERE role = 'assistant'").fetchone()[0])
    finally:
        db.close()


def test_a_reply_whose_writer_crashed_reads_incomplete_without_any_recovery(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    proc, conv_uid, _ = streaming_writer.start(path, "crash")
    assert proc.wait(30) == 0
    assert stored_status(path) == "streaming"  # nobody has touched the row
    reader = HistoryStore(path)
    reader.open(recover=False)  # as the command line opens it
    assert reply_status(reader, conv_uid) is MessageStatus.INCOMPLETE
    reader.close()


def test_a_second_window_leaves_the_first_windows_live_reply_alone(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    proc, conv_uid, _ = streaming_writer.start(path, "hold")
    try:
        second = HistoryStore(path)
        assert second.open().interrupted == 0
        assert reply_status(second, conv_uid) is MessageStatus.STREAMING
        assert stored_status(path) == "streaming"
        reader = HistoryStore(path)
        reader.open(recover=False)
        assert reply_status(reader, conv_uid) is MessageStatus.STREAMING
        assert proc.stdin is not None
        proc.stdin.write("done\n")
        proc.stdin.flush()
        assert proc.wait(30) == 0
        # The first window closed without finishing the reply: now it is incomplete.
        assert reply_status(reader, conv_uid) is MessageStatus.INCOMPLETE
        second.close()
        third = HistoryStore(path)
        assert third.open().interrupted == 1
        assert stored_status(path) == "incomplete"
        third.close()
        reader.close()
    finally:
        proc.kill()
        proc.wait(30)


def test_writer_lock_files_of_crashed_windows_are_cleaned_up(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    proc, _, _ = streaming_writer.start(path, "crash")
    proc.wait(30)
    folder = path.with_name(path.name + ".writers")
    assert len(list(folder.iterdir())) == 1  # the crash left its lock file
    from chatdesk.services import writer_lock

    writer_lock.remove_stale(folder, min_age=0)
    assert list(folder.iterdir()) == []


HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO app_state(key, value) VALUES ('import', 'running')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def test_a_write_waits_for_another_program_that_holds_the_lock(tmp_path: Path) -> None:
    """A long ``chatdesk import`` holds the write lock past the busy timeout: the window's
    save is retried, not dropped."""
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path, busy_timeout=0.2, busy_retry=30.0)
    store.open()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        conv = Conversation(title="Saved after the import")
        store.save_conversation(conv)  # waits well past busy_timeout, then succeeds
        assert holder.wait(30) == 0
    finally:
        holder.kill()
        holder.wait(30)
    assert [c.title for c in store.list_conversations()] == ["Saved after the import"]
    assert store.get_state("import") == "running"
    store.close()


def test_a_reply_saved_as_streaming_again_belongs_to_its_new_writer(tmp_path: Path) -> None:
    """Continuing a stopped reply from another window: the reply is live again."""
    path = tmp_path / "h.sqlite3"
    proc, conv_uid, _ = streaming_writer.start(path, "crash")
    proc.wait(30)
    window = HistoryStore(path)
    window.open()
    conv = window.load_conversation(conv_uid)
    assert conv is not None
    reply = conv.messages[1]
    assert reply.status is MessageStatus.INCOMPLETE
    reply.status = MessageStatus.STREAMING
    window.update_message(reply)
    reader = HistoryStore(path)
    reader.open(recover=False)
    assert reply_status(reader, conv_uid) is MessageStatus.STREAMING
    window.close()
    assert reply_status(reader, conv_uid) is MessageStatus.INCOMPLETE
    reader.close()
