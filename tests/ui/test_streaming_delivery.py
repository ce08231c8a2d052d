"""Streamed items reach the UI thread in order, all of them, before the end is told; a
busy stream wakes the UI thread far less often than once per item; held streams start
together."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from chatdesk.ui.background import stream_in_background

BUDGET_MS = 20_000  # generous: a hang fails, a slow machine does not


def test_every_item_arrives_in_order_before_the_end(qtbot: QtBot) -> None:
    got: list[int] = []
    ended: list[int] = []
    on_ui = threading.get_ident()
    seen_threads: set[int] = set()

    def on_item(value: object) -> None:
        seen_threads.add(threading.get_ident())
        got.append(int(str(value)))

    stream_in_background(lambda: iter(range(20_000)), on_item, lambda: ended.append(len(got)))
    qtbot.waitUntil(lambda: bool(ended), timeout=BUDGET_MS)
    assert got == list(range(20_000))
    assert ended == [20_000], "the end was told before every item arrived"
    assert seen_threads == {on_ui}


def test_a_failing_stream_delivers_what_came_before_the_failure(qtbot: QtBot) -> None:
    got: list[object] = []
    failures: list[tuple[Exception, int]] = []

    def items() -> Iterator[int]:
        for i in range(500):
            if i % 50 == 0:
                time.sleep(0.003)  # some arrive during the pause between deliveries
            yield i
        raise OSError("connection reset")

    stream_in_background(items, got.append, lambda: None, lambda e: failures.append((e, len(got))))
    qtbot.waitUntil(lambda: bool(failures), timeout=BUDGET_MS)
    error, delivered = failures[0]
    assert isinstance(error, OSError)
    assert delivered == 500 and got == list(range(500))


def test_a_busy_stream_wakes_the_ui_thread_far_less_than_once_per_item(qtbot: QtBot) -> None:
    """Four replies at 1,000 tokens a second each were thousands of wake-ups a second."""
    got: list[object] = []
    ended: list[bool] = []

    def items() -> Iterator[int]:
        for i in range(600):
            time.sleep(0.0005)  # ~a token a millisecond, as a fast server streams
            yield i

    task = stream_in_background(items, got.append, lambda: ended.append(True))
    wakeups: list[None] = []
    task.wakeups.connect(lambda: wakeups.append(None))  # counted as it is sent
    qtbot.waitUntil(lambda: bool(ended), timeout=BUDGET_MS)
    assert got == list(range(600))
    assert len(wakeups) < 600 / 3, f"{len(wakeups)} wake-ups for 600 items"


def test_the_first_item_after_a_quiet_spell_is_not_held_back(qtbot: QtBot) -> None:
    """Items are paced only while they keep coming: a reply's first token, or one after
    a pause, is handed over at once (the UI thread is woken for it)."""
    got: list[object] = []
    go_on = threading.Event()

    def items() -> Iterator[str]:
        yield "first"
        go_on.wait(10)
        yield "after a pause"

    stream_in_background(items, got.append, lambda: None)
    qtbot.waitUntil(lambda: got == ["first"], timeout=BUDGET_MS)
    qtbot.wait(50)  # well past the pause between deliveries: the stream is quiet
    go_on.set()
    qtbot.waitUntil(lambda: got == ["first", "after a pause"], timeout=BUDGET_MS)


def test_held_streams_start_only_when_let_go(qtbot: QtBot) -> None:
    hold = threading.Event()
    started: list[int] = []
    done: list[int] = []

    def items(n: int) -> Iterator[int]:
        started.append(n)
        yield n

    for n in range(3):
        stream_in_background(lambda n=n: items(n), lambda _: None, lambda n=n: done.append(n))
        # (not held: a control, it runs at once)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=BUDGET_MS)
    started.clear()
    done.clear()
    held = [
        stream_in_background(
            lambda n=n: items(n), lambda _: None, lambda n=n: done.append(n), hold=hold
        )
        for n in range(3)
    ]
    qtbot.wait(100)
    assert started == [] and done == [], "a held stream started before it was let go"
    held[1].cancel()
    hold.set()
    qtbot.waitUntil(lambda: sorted(done) == [0, 2], timeout=BUDGET_MS)
    qtbot.wait(50)
    assert sorted(started) == [0, 2], "a stream cancelled while held still ran"


def test_a_handler_that_raises_loses_no_other_item(qtbot: QtBot) -> None:
    """A bug in one item's handler is reported; the items after it still arrive, in
    order, and so does the end."""
    got: list[int] = []
    ended: list[int] = []

    def on_item(value: object) -> None:
        if value == 5:
            raise RuntimeError("a bug in the handler")
        got.append(int(str(value)))

    def items() -> Iterator[int]:
        yield from range(10)  # all waiting together, one delivery
        time.sleep(0.05)
        yield from range(10, 20)

    with qtbot.capture_exceptions() as raised:
        stream_in_background(items, on_item, lambda: ended.append(len(got)))
        qtbot.waitUntil(lambda: bool(ended), timeout=BUDGET_MS)
    assert [str(e[1]) for e in raised] == ["a bug in the handler"]
    assert got == [i for i in range(20) if i != 5]
    assert ended == [19]
