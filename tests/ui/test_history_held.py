"""History writes held while a comparison's requests start: they wait, in order, and none
is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services.storage import HistoryStore
from chatdesk.ui import controller as controller_module
from chatdesk.ui.storage_runner import StorageRunner
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import MakeWindow, stored_rows


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


def test_a_question_is_stored_once_its_reply_begins_or_fails(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sending holds the history's writes while the request starts; the reply's first
    words let them go, and so does a request that fails before any."""
    monkeypatch.setattr(controller_module, "WRITES_WAIT_MS", 600_000)  # only the reply lets go
    server.default = Stream(chunks=["Late ", "answer."], first_delay=2.0, stall_after=1)
    window = make_window()
    controller = window.controller
    runner = window.library.runner
    assert runner is not None
    assert controller.send("Kept?")
    uid = controller.conversation.uid
    qtbot.wait(300)  # the event loop runs: timers may fire
    assert runner.wait_idle()
    assert stored_rows(uid) == []  # the request is starting: the writes wait
    qtbot.waitUntil(lambda: controller.run is not None and bool(controller.run.first_token_at))
    qtbot.waitUntil(
        lambda: (
            runner.wait_idle()
            and stored_rows(uid) == [("user", "complete"), ("assistant", "streaming")]
        )
    )
    controller.stop()
    qtbot.waitUntil(lambda: not controller.busy)
    assert not controller.send("   ")  # nothing sent: nothing held either
    controller.new_conversation()
    server.enqueue(Raw(status=404, body={"error": {"message": "no such model"}}))
    assert controller.send("Failing?")
    qtbot.waitUntil(lambda: not controller.busy, timeout=10000)
    # The turn was taken back (its question is in the prompt again); its hold is gone:
    assert controller.ask("Next?") is not None
    asked = controller.conversation.uid
    qtbot.waitUntil(lambda: runner.wait_idle() and stored_rows(asked) == [("user", "complete")])
