"""Compare models side by side in the real window, from the keyboard, on Xvfb."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import MessageStatus, Role
from chatdesk.ui import compare_dialog as compare_dialog_module
from chatdesk.ui import comparison as comparison_module
from chatdesk.ui.background import requests_pool
from chatdesk.ui.compare_dialog import CompareDialog
from chatdesk.ui.comparison import MAX_COLUMNS, Comparison, Pacer, Target
from chatdesk.ui.main_window import MainWindow
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import MakeWindow, seed_long_conversation, stored_rows


def _dialog() -> CompareDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)]
    return next((w for w in shown if w.isVisible()), None)


def _opened(qtbot: QtBot, window: MainWindow, question: str) -> CompareDialog:
    """The compare dialog, opened from the window on ``question``."""
    window.dialogs.open_compare(question)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
    dialog = _dialog()
    assert dialog is not None
    return dialog


def _started(dialog: CompareDialog) -> Comparison:
    """Compare pressed: the comparison that started."""
    dialog.start()
    comparison = dialog.comparison
    assert comparison is not None
    return comparison


def test_two_models_answer_side_by_side_and_the_chosen_one_continues(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.default = Stream(chunks=["Same ", "answer."])
    window = make_window()
    window.prompt.setPlainText("Which is faster?")
    window.prompt.setFocus()
    qtbot.keyClick(
        window.prompt,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
    dialog = _dialog()
    assert dialog is not None
    dialog.pickers[1][1].setText("other-model")
    qtbot.keyClick(dialog.compare_button, Qt.Key.Key_Return)
    comparison = dialog.comparison
    assert comparison is not None
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    models = sorted(r.body["model"] for r in server.chat_requests)
    assert models == ["other-model", "test-model"]
    assert all("first token" in f.text() and "tokens" in f.text() for f in dialog.figures)
    assert [v.message_texts for v in dialog.views] == [["Same answer."], ["Same answer."]]
    dialog.uses[1].click()
    qtbot.waitUntil(lambda: _dialog() is None, timeout=5000)
    qtbot.waitUntil(lambda: bool(window.controller.conversation.branches), timeout=5000)
    conv = window.controller.conversation
    assert [m.role for m in conv.messages] == [Role.USER, Role.ASSISTANT]
    assert conv.branches.get(conv.messages[-1].uid, (0, 0))[1] == 2  # the other is a version
    assert conv.model == "other-model"  # the chosen column's model goes on
    assert window.controller.settings.active.model == "other-model"
    assert conv.total_usage.total_tokens == 2 * 17  # both columns were billed


def test_an_error_stays_in_its_column(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(status=404, body={"error": {"message": "no such model"}}))
    server.default = Stream(chunks=["Fine."])
    window = make_window()
    dialog = _opened(qtbot, window, "Hello?")
    dialog.pickers[1][1].setText("missing-model")
    comparison = _started(dialog)
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    errors = [r.error for r in comparison.results if r is not None and r.error is not None]
    assert len(errors) == 1
    assert not window.banner.isVisible()  # the error is in its column, not the window's
    dialog.reject()  # closing keeps the first column's reply
    qtbot.waitUntil(lambda: len(window.controller.conversation.messages) == 2, timeout=5000)


def test_all_four_requests_are_on_their_way_before_any_reply_is_laid_out(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.default = Stream(chunks=["Four ", "at ", "once."])
    window = make_window()
    dialog = _opened(qtbot, window, "Hello?")
    for box, model in dialog.pickers:
        box.setCurrentIndex(1)
        model.setText("test-model")
    # The columns picked are shown, named, before Compare: laid out ahead of the replies.
    qtbot.waitUntil(
        lambda: [c.isVisible() for c in dialog._built] == [True] * MAX_COLUMNS, timeout=5000
    )
    assert [c.label.text() for c in dialog._built] == [dialog.targets()[0].label] * MAX_COLUMNS
    assert requests_pool().maxThreadCount() >= MAX_COLUMNS  # a thread for every column
    comparison = _started(dialog)
    assert len(comparison.runs) == MAX_COLUMNS
    assert all(run.request is not None for run in comparison.runs)  # all sent...
    assert dialog.views == []  # ...and no reply begun in a column yet
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    assert len(server.chat_requests) == MAX_COLUMNS
    assert [v.message_texts for v in dialog.views] == [["Four at once."]] * MAX_COLUMNS


def test_the_history_is_written_once_every_column_has_begun(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question and the reply rows wait while the requests start, then are stored:
    a column lets them go with its first token, or by ending without one."""
    monkeypatch.setattr(comparison_module, "WRITES_WAIT_MS", 600_000)  # only columns let go
    server.enqueue(Raw(status=404, body={"error": {"message": "no such model"}}))
    # The other column's first token comes late, then it stays open.
    server.default = Stream(chunks=["Late ", "answer."], first_delay=2.0, stall_after=1)
    window = make_window()
    runner = window.library.runner
    assert runner is not None
    dialog = _opened(qtbot, window, "Kept?")
    comparison = _started(dialog)
    uid = window.controller.conversation.uid
    qtbot.waitUntil(lambda: any(r is not None for r in comparison.results), timeout=5000)
    qtbot.wait(300)  # the event loop runs: timers may fire
    assert runner.wait_idle()
    assert stored_rows(uid) == []  # one column ended, the other has not begun: all wait
    qtbot.waitUntil(
        lambda: all(
            run.first_token_at or result is not None
            for run, result in zip(comparison.runs, comparison.results, strict=True)
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: runner.wait_idle() and len(stored_rows(uid)) == 3, timeout=5000)
    rows = stored_rows(uid)
    assert rows[0] == ("user", "complete")
    assert sorted(rows[1:]) == [("assistant", "error"), ("assistant", "streaming")]
    comparison.stop()


def test_compare_greys_out_once_every_column_has_begun_and_the_window_shows_the_turn(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing but the columns is painted while the requests start; a second press
    meanwhile starts nothing; the window shows the question and the chosen reply."""
    monkeypatch.setattr(compare_dialog_module, "WRITES_WAIT_MS", 600_000)  # only columns
    server.default = Stream(chunks=["Late ", "answer."], first_delay=0.5)
    window = make_window()
    dialog = _opened(qtbot, window, "Painted?")
    comparison = _started(dialog)
    dialog.start()  # a second press: the same comparison goes on
    assert dialog.comparison is comparison
    qtbot.waitUntil(lambda: all(run.first_token_at for run in comparison.runs), timeout=5000)
    qtbot.waitUntil(lambda: not dialog.compare_button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    assert len(server.chat_requests) == 2
    dialog.uses[1].click()
    qtbot.waitUntil(lambda: window.view.message_texts == ["Painted?", "Late answer."], timeout=5000)


def test_compare_greys_out_in_time_when_the_server_is_slow(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.default = Stream(chunks=["Slow."], first_delay=3.0)
    window = make_window()
    dialog = _opened(qtbot, window, "Waiting?")
    comparison = _started(dialog)
    qtbot.waitUntil(lambda: not dialog.compare_button.isEnabled(), timeout=2000)
    assert not any(run.first_token_at for run in comparison.runs)  # WRITES_WAIT_MS, not 3 s


def test_closing_before_the_columns_begin_shows_the_question_in_the_window(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.default = Stream(chunks=["Slow."], first_delay=3.0)
    window = make_window()
    dialog = _opened(qtbot, window, "Closed?")
    dialog.start()
    dialog.reject()
    qtbot.waitUntil(lambda: window.view.message_texts[:1] == ["Closed?"], timeout=5000)
    assert window.controller.conversation.messages[0].content == "Closed?"


def test_a_comparison_that_does_not_start_holds_no_write(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(comparison_module, "WRITES_WAIT_MS", 600_000)  # only columns let go
    window = make_window()
    runner = window.library.runner
    assert runner is not None
    controller = window.controller
    active = controller.settings.active
    comparison = Comparison(controller, [Target(active, "a"), Target(active, "b")])
    assert not comparison.start("   ")  # nothing to ask
    assert controller.ask("Saved at once?") is not None
    uid = controller.conversation.uid
    qtbot.waitUntil(lambda: runner.wait_idle() and stored_rows(uid) == [("user", "complete")])


def test_each_column_is_sent_the_whole_of_a_long_conversation(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    """A long conversation reopens with only its latest messages in memory; comparing
    in it still sends every model all of it, as a plain send does."""
    seed_long_conversation(isolated_env, 300)
    window = make_window()
    qtbot.waitUntil(lambda: window.view.built_count > 0)
    assert window.controller.conversation.unloaded_before > 0
    dialog = _opened(qtbot, window, "And now?")
    comparison = _started(dialog)
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    for request in server.chat_requests:
        sent = [m["content"] for m in request.body["messages"]]
        assert sent[:2] == ["message 0", "message 1"]
        assert sent[-1] == "And now?" and len(sent) == 301


def test_columns_take_turns_to_repaint() -> None:
    pacer = Pacer(4, interval=0.032)
    for column in range(4):
        pacer.add(column, f"text {column}")
    shown = [pacer.next(0.008 * frame) for frame in range(4)]  # one column per frame
    assert [s[0] for s in shown if s is not None] == [0, 1, 2, 3]
    pacer.add(1, "more")
    pacer.add(0, "more")
    assert pacer.next(0.020) is None  # each column repaints at most once an interval
    assert pacer.next(0.024) == (0, "more")  # the one shown longest ago goes first
    pacer.add(1, " and the end")
    assert pacer.take(1) == "more and the end"  # a column that ends gets the rest at once
    assert pacer.next(0.032) is None
    assert not pacer.waiting


def test_the_columns_follow_the_models_picked(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    dialog = _opened(qtbot, window, "Hello?")
    built = dialog._built

    def shown() -> list[str]:
        return [c.label.text() for c in built if c.isVisible()]

    qtbot.waitUntil(lambda: len(built) == MAX_COLUMNS, timeout=5000)
    assert shown() == [t.label for t in dialog.targets()] and len(shown()) == 2
    box, model = dialog.pickers[2]
    box.setCurrentIndex(1)
    model.setText("third-model")
    assert len(shown()) == 3 and "third-model" in shown()[2]
    dialog.pickers[0][1].clear()  # no model: that picker makes no column
    assert len(shown()) == 2 and "third-model" in shown()[1]


def _two_columns(
    qtbot: QtBot, window: MainWindow, question: str
) -> tuple[CompareDialog, Comparison]:
    dialog = _opened(qtbot, window, question)
    dialog.pickers[1][1].setText("other-model")
    comparison = _started(dialog)
    return dialog, comparison


def test_each_column_shows_its_speed_tokens_and_cost(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """Column 0 is the priced model, column 1 is not: only the first shows a cost."""
    server.default = Stream(chunks=["One ", "two ", "three."], delay=0.05)
    window = make_window(settings={"prices": {"test-model": [100, 200]}})
    dialog, comparison = _two_columns(qtbot, window, "Count to three")
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    priced, unpriced = (f.text() for f in dialog.figures)
    for figures in (priced, unpriced):
        assert "first token" in figures and "tokens/s" in figures
        assert "11 prompt + 6 completion = 17 tokens" in figures  # as the server reported
    assert "$0.0023" in priced  # 11 x $100 + 6 x $200 per million tokens
    assert "$" not in unpriced


def test_a_column_without_reported_usage_shows_an_estimate(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.default = Stream(chunks=["An ", "answer."], usage=None)
    window = make_window()
    dialog, comparison = _two_columns(qtbot, window, "Anything")
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    assert all("~" in f.text() and "completion" in f.text() for f in dialog.figures)


def test_one_column_stops_from_the_keyboard_and_the_other_goes_on(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    words = [f"w{n} " for n in range(40)]
    server.default = Stream(chunks=words, delay=0.05)
    window = make_window()
    dialog, comparison = _two_columns(qtbot, window, "Take your time")
    qtbot.waitUntil(
        lambda: len(dialog.views) == 2 and all(v.message_texts != [""] for v in dialog.views),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: dialog.stops[0].isEnabled(), timeout=5000)
    dialog.stops[0].setFocus()
    qtbot.waitUntil(lambda: dialog.stops[0].hasFocus(), timeout=5000)
    qtbot.keyClick(dialog.stops[0], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: comparison.results[0] is not None, timeout=5000)
    assert comparison.results[1] is None  # the other column is still streaming
    qtbot.waitUntil(lambda: comparison.results[1] is not None, timeout=10000)
    stopped, finished = comparison.results
    assert stopped is not None and stopped.status is MessageStatus.STOPPED
    assert finished is not None and finished.status is MessageStatus.COMPLETE
    assert dialog.views[1].message_texts == ["".join(words)]
    assert len(dialog.views[0].message_texts[0].split()) < len(words)


def test_the_replies_not_chosen_are_stored_searchable_and_exported(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.core.export import to_json
    from chatdesk.services.paths import app_paths
    from chatdesk.services.storage import DB_NAME, HistoryStore

    server.enqueue(Stream(chunks=["Alpha ", "zebra."]))
    server.enqueue(Stream(chunks=["Beta ", "quokka."]))
    window = make_window()
    dialog, comparison = _two_columns(qtbot, window, "Name an animal")
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    texts = [v.message_texts[0] for v in dialog.views]
    assert sorted(texts) == ["Alpha zebra.", "Beta quokka."]
    dialog.uses[1].click()
    qtbot.waitUntil(lambda: _dialog() is None, timeout=5000)
    qtbot.waitUntil(lambda: bool(window.controller.conversation.branches), timeout=5000)
    uid = window.controller.conversation.uid
    assert window.library.runner.wait_idle()  # type: ignore[attr-defined]
    store = HistoryStore(app_paths().data_dir / DB_NAME)
    store.open()
    try:
        not_chosen = texts[0].split()[1].rstrip(".")
        hits = store.search(not_chosen)
        exported = to_json(store.conversations(uid, all_branches=True))  # as the JSON export
    finally:
        store.close()
    assert [h.conversation_uid for h in hits] == [uid]
    assert texts[0] in exported and texts[1] in exported


def test_each_column_end_is_announced_once_with_its_column_and_model(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """A screen reader user hears each column finish, stop or fail, and whose it was;
    never a word as it streams."""
    words = [f"w{n} " for n in range(30)]
    server.default = Stream(chunks=words, delay=0.03)
    window = make_window()
    dialog, comparison = _two_columns(qtbot, window, "Take your time")
    said = comparison.announcer.said
    qtbot.waitUntil(lambda: bool(dialog.stops) and dialog.stops[0].isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: len(dialog.views[0].message_texts[0].split()) > 3, timeout=5000)
    assert list(said) == []  # tokens arrived: nothing said
    dialog.stops[0].click()
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    assert list(said) == [
        ("Column 1 (test-model): Reply stopped.", False),
        ("Column 2 (other-model): Reply finished: " + " ".join(w.strip() for w in words), False),
    ]
    dialog.reject()


def test_a_failed_column_is_announced_with_its_error(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(status=404, body={"error": {"message": "no such model"}}))
    server.default = Stream(chunks=["Fine."])
    window = make_window()
    dialog = _opened(qtbot, window, "Hello?")
    dialog.pickers[1][1].setText("missing-model")
    comparison = _started(dialog)
    qtbot.waitUntil(lambda: all(r is not None for r in comparison.results), timeout=10000)
    said = sorted(text for text, _ in comparison.announcer.said)
    assert len(said) == 2
    failed = next(c for c, r in enumerate(comparison.results) if r and r.error is not None)
    model = comparison.targets[failed].model
    assert any(
        s.startswith(f"Column {failed + 1} ({model}): Reply failed. Error: ")
        and "no such model" in s
        for s in said
    )
    assert any(s.endswith("): Reply finished: Fine.") for s in said)
    dialog.reject()
