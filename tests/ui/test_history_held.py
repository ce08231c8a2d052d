"""History writes held while a comparison's requests start: they wait, in order, and none
is lost."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services.storage import HistoryStore
from chatdesk.ui.storage_runner import StorageRunner


def _contents(path: Path, uid: str) -> list[str]:
    store = HistoryStore(path)
    store.open(recover=False)  # a reader: it must not take the writer's part
    conv = store.load_conversation(uid)
    store.close()
    return [] if conv is None else [m.content for m in conv.messages]


def test_writes_held_wait_then_all_run_in_order(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    runner = StorageRunner(path)
    runner.submit(lambda store: store.open())
    conv = Conversation(title="Held")
    chain = [conv.add(Message(Role.USER, f"m{i}")) for i in range(4)]
    done: list[str] = []
    try:
        outer = runner.hold(600_000)
        runner.submit(lambda store: store.save_conversation(conv))
        inner = runner.hold(600_000)  # two holds: only the last let go queues the writes
        for m in chain[:2]:
            runner.submit(lambda store, m=m: store.add_message(conv.uid, m, 1.0))
        inner()
        inner()  # let go twice: still counted once
        assert runner.wait_idle()
        assert _contents(path, conv.uid) == []  # nothing ran while held
        for m in chain[2:]:
            runner.submit(
                lambda store, m=m: store.add_message(conv.uid, m, 2.0),
                lambda _, m=m: done.append(m.content),
            )
        outer()
        assert runner.wait_idle()
        qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
        assert _contents(path, conv.uid) == ["m0", "m1", "m2", "m3"]
        assert done == ["m2", "m3"]  # each job's own callback still runs, in order
        runner.submit(lambda store: store.add_message(conv.uid, chain[0], 3.0))
        assert runner.wait_idle()  # once let go, writes are no longer held
    finally:
        runner.close()


def test_held_writes_go_when_the_hold_times_out_or_at_a_close(qtbot: QtBot, tmp_path: Path) -> None:
    """A hold nobody lets go ends by itself; quitting while held saves the writes first."""
    path = tmp_path / "history.sqlite3"
    runner = StorageRunner(path)
    runner.submit(lambda store: store.open())
    conv = Conversation(title="Held")
    first, second = (conv.add(Message(Role.USER, f"q{i}")) for i in range(2))
    runner.hold(50)
    runner.submit(lambda store: store.save_conversation(conv))
    runner.submit(lambda store: store.add_message(conv.uid, first, 1.0))
    qtbot.waitUntil(lambda: runner.wait_idle() and _contents(path, conv.uid) == ["q0"])
    runner.hold(600_000)
    runner.submit(lambda store: store.add_message(conv.uid, second, 2.0))
    runner.close()  # quitting while held: the write goes first
    assert _contents(path, conv.uid) == ["q0", "q1"]
