"""Opening the history: WAL, migrations, damage, locks, a full disk, two processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.services.storage import MIGRATIONS, SCHEMA_VERSION, HistoryStore, StorageError
from tests.support import streaming_writer
from tests.support.history import opened, sample, store_conversation


def test_a_new_history_is_wal_at_the_latest_schema(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    assert store.list_conversations() == []
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)


def test_streaming_reply_is_saved_and_marked_incomplete_after_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    proc, conv_uid, reply_uid = streaming_writer.start(path, "crash")
    assert proc.wait(30) == 0
    again = HistoryStore(path)
    report = again.open()
    assert report.interrupted == 1
    loaded = again.load_conversation(conv_uid)
    assert loaded is not None
    assert loaded.messages[1].uid == reply_uid
    assert loaded.messages[1].content == "Once upon a"
    assert loaded.messages[1].status is MessageStatus.INCOMPLETE


def test_migrations_from_every_earlier_version(tmp_path: Path) -> None:
    for start in range(SCHEMA_VERSION):
        path = tmp_path / f"v{start}.sqlite3"
        HistoryStore(path).migrate_to(start)
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == start
        if start >= 1:
            db = sqlite3.connect(path)
            db.execute(
                "INSERT INTO conversations(uid, title, created, updated) VALUES ('c1', 'Old', 1, 2)"
            )
            db.execute(
                "INSERT INTO messages(uid, conversation_id, role, content, created) "
                "VALUES ('m1', 1, 'user', 'ancient wisdom', 1)"
            )
            db.commit()
            db.close()
        store = opened(path)
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        if start >= 1:
            loaded = store.load_conversation("c1")
            assert loaded is not None and loaded.messages[0].content == "ancient wisdom"
            assert [h.message_uid for h in store.search("wisdom")] == ["m1"]
        store.close()


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StorageError) as info:
        HistoryStore(path).open()
    assert "newer chatdesk" in str(info.value)
    assert path.exists()


def test_corrupt_database_is_moved_aside_and_a_fresh_one_starts(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database at all" * 100
    path.write_bytes(garbage)
    store = HistoryStore(path)
    report = store.open()
    assert report.moved_aside is not None and report.moved_aside.read_bytes() == garbage
    assert report.moved_aside.name.startswith("history.sqlite3.damaged-")
    store_conversation(store, sample())
    assert len(store.list_conversations()) == 1


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    """Once the retries run out, the lock is reported (never a silent drop)."""
    path = tmp_path / "h.sqlite3"
    store = opened(path, busy_timeout=0.2, busy_retry=0.5)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as info:
            store.save_conversation(sample())
    finally:
        other.execute("ROLLBACK")
    assert "locked by another program" in str(info.value)
    store.save_conversation(sample())


def test_disk_full_fails_cleanly_and_keeps_earlier_data(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    db = store.db.connection
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk full" (SQLITE_FULL)
    big = Message(Role.USER, "x" * 200_000)
    with pytest.raises(StorageError) as info:
        store.add_message(conv.uid, big, 2000.0)
    assert "disk is full" in str(info.value)
    assert store.integrity_ok()
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and len(loaded.messages) == 2


def test_a_closed_history_says_so(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.close()
    with pytest.raises(StorageError, match="not open"):
        store.list_conversations()


def _writer(path: str, worker: int, count: int) -> None:
    store = HistoryStore(Path(path), busy_timeout=30.0)
    store.open()
    conv = Conversation(title=f"writer {worker}")
    store.save_conversation(conv)
    for i in range(count):
        store.add_message(conv.uid, Message(Role.USER, f"w{worker} message {i}"), float(i))
    store.close()


def test_two_processes_writing_at_once_do_not_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    opened(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), w, 150)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = opened(path)
    assert store.integrity_ok()
    assert sorted(c.messages for c in store.list_conversations()) == [150, 150]
