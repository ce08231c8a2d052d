"""Background work fails loudly: the outside world's failures reach their handler as they
are; a bug is logged with its traceback and reaches the user as an internal error, never
dressed up as a history, settings or network problem, and never dropped."""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.settings import Settings
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import KeyringUnavailable, KeyStore
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import DB_NAME, HistoryStore, StorageError
from chatdesk.ui.background import (
    InternalError,
    run_in_background,
    unhandled,
    wait_for_background,
)
from chatdesk.ui.server_access import ServerAccess
from chatdesk.ui.storage_runner import StorageRunner
from tests.ui.conftest import MakeWindow

BUDGET_MS = 10_000  # a hang fails, a slow machine does not


class HistoryFull(StorageError):
    """A history failure of a kind the helper has never heard the name of."""


def _raise(error: Exception) -> None:
    raise error


@pytest.mark.parametrize(
    "error",
    [
        OSError(28, "No space left on device"),
        HistoryFull("The disk holding the history is full."),
        ChatError(ErrorKind.NETWORK, "Connection refused"),
        KeyringUnavailable("The keyring is locked."),
    ],
    ids=["disk", "history", "network", "keyring"],
)
def test_the_outside_worlds_failure_reaches_its_handler_as_it_is(
    qtbot: QtBot, error: Exception
) -> None:
    failures: list[Exception] = []
    run_in_background(lambda: _raise(error), lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=BUDGET_MS)
    assert failures == [error] and failures[0] is error


def test_a_bug_in_a_job_becomes_an_internal_error_logged_with_its_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[Exception] = []

    def buggy() -> int:
        return len(None)  # type: ignore[arg-type]

    with caplog.at_level(logging.ERROR, logger="chatdesk"):
        run_in_background(buggy, lambda _: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=BUDGET_MS)
    [failure] = failures
    assert isinstance(failure, InternalError) and isinstance(failure.cause, TypeError)
    assert "bug" in str(failure) and "report" in str(failure)
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[0] is TypeError]
    assert logged, "the bug's traceback is not in the log"
    assert "buggy" in caplog.text  # the frame that failed is named in the traceback


def test_work_that_exits_rather_than_raises_still_ends_as_an_internal_error(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A ``SystemExit`` (not an ``Exception``) from a library's code: the job still ends,
    so nothing that waits for it (a busy window, a tray chip) waits for good."""
    failures: list[Exception] = []

    def exits() -> None:
        raise SystemExit(2)

    with caplog.at_level(logging.ERROR, logger="chatdesk"):
        run_in_background(exits, lambda _: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=BUDGET_MS)
    [failure] = failures
    assert isinstance(failure, InternalError) and isinstance(failure.cause, SystemExit)


def test_a_failure_nobody_handles_is_announced(qtbot: QtBot) -> None:
    error = OSError("Permission denied")
    with qtbot.waitSignal(unhandled().failed, timeout=BUDGET_MS) as announced:
        run_in_background(lambda: _raise(error), lambda _: None)
    assert announced.args == [error]


def _shows_internal_error(window: object, qtbot: QtBot) -> None:
    banner = window.banner  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible, timeout=BUDGET_MS)
    assert banner.title.text() == "Internal error"
    assert "History problem" not in banner.title.text()
    assert "bug" in banner.message.text() and "TypeError" in banner.message.text()


def test_a_bug_in_a_history_write_is_shown_as_an_internal_error(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()

    def buggy(store: HistoryStore) -> None:
        store.rename("no-such-uid")  # type: ignore[call-arg]  # a missing argument

    window.controller.sync.write(buggy)
    _shows_internal_error(window, qtbot)


def test_a_bug_in_a_history_job_without_a_handler_is_shown_as_an_internal_error(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.library is not None
    window.library.runner.submit(lambda store: store.rename("no-such-uid"))  # type: ignore[call-arg]
    _shows_internal_error(window, qtbot)


def test_a_bug_in_work_without_a_handler_reaches_the_banner(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    run_in_background(lambda: len(None), lambda _: None)  # type: ignore[arg-type]
    _shows_internal_error(window, qtbot)


class _BuggyConfig(ConfigStore):
    """The real settings file, read by code with a bug in it."""

    def load(self) -> Settings:
        raise TypeError("'NoneType' object is not subscriptable")


def test_settings_that_fail_to_load_are_said_so_and_never_saved_over(qtbot: QtBot) -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    mine = {"version": 2, "profiles": [{"id": "default", "name": "Mine"}], "theme": "dark"}
    path.write_text(json.dumps(mine))
    access = ServerAccess(_BuggyConfig(path), KeyStore())
    with qtbot.waitSignal(access.error_raised, timeout=BUDGET_MS) as told:
        access.start()
    shown = told.args[0]
    assert isinstance(shown, ChatError) and shown.kind is ErrorKind.INTERNAL
    assert access.ready  # chatdesk still starts, with the defaults
    access.set_model("another-model")  # a change that would save
    assert wait_for_background(BUDGET_MS)  # any save there was has landed
    assert json.loads(Path(path).read_text()) == mine


def test_a_history_job_after_close_is_logged_not_dropped_silently(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = StorageRunner(app_paths().data_dir / DB_NAME)
    runner.submit(lambda store: store.open())
    runner.close()
    ran: list[object] = []
    with caplog.at_level(logging.ERROR, logger="chatdesk"):
        runner.submit(lambda store: ran.append(store))  # a late write, at quit
    assert "after the history closed" in caplog.text
    assert runner.wait_idle() and not ran  # it was not run on a closed database


class Held(QObject):
    """A Qt object owned by Python that says on which thread it was destroyed."""

    def __init__(self, freed_on: list[int]) -> None:
        super().__init__()
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


@pytest.mark.parametrize("ending", ["success", "failure"])
def test_what_background_work_held_is_let_go_on_the_ui_thread(qtbot: QtBot, ending: str) -> None:
    """A Qt object only the work still held was destroyed on the worker's thread, when
    the worker let go of the job, while the UI thread could be using it: a segfault in
    CI, with a history runner (its job's closure holds it) the test had finished with."""
    freed_on: list[int] = []
    ended: list[object] = []

    def start() -> None:
        held = Held(freed_on)

        def work() -> str:
            time.sleep(0.02)
            if ending == "failure":
                raise OSError(held.objectName() or "the disk is gone")
            return held.objectName()

        run_in_background(work, ended.append, ended.append)

    start()
    qtbot.waitUntil(lambda: bool(ended), timeout=BUDGET_MS)
    ended.clear()  # an error's traceback holds the work's frame
    qtbot.waitUntil(lambda: bool(freed_on), timeout=BUDGET_MS)
    assert freed_on == [threading.get_ident()]
