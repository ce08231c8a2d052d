"""A second launch brings the running window forward: shown, restored and active.

The running window listens as ``app.main`` sets it up (``SingleInstance`` handing later
launches to ``Desktop.handle``); the second launch is a real process doing what
``chatdesk`` does first on Linux (``handoff.hand_over``, before any Qt is loaded).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.services.paths import app_paths
from chatdesk.ui.desktop import Desktop
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.single_instance import SingleInstance
from tests.ui.conftest import MakeWindow

ROOT = Path(__file__).resolve().parents[2]

SECOND_LAUNCH = """
import sys
from chatdesk.ui.handoff import hand_over
print(hand_over([]), flush=True)
"""


@pytest.fixture
def listening(make_window: MakeWindow) -> Iterator[MainWindow]:
    """The main window, answering later launches as the app does."""
    window = make_window()
    instance = SingleInstance(app_paths().data_dir)
    assert instance.claim([])
    desktop = Desktop(window, with_tray=False)
    instance.activated.connect(desktop.handle)
    instance.listen()
    yield window
    instance.close()


def _launch_again(qtbot: QtBot) -> None:
    """Start chatdesk's hand-over in its own process and wait for it (the window keeps
    serving events meanwhile: it is the one answering)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("XDG_ACTIVATION_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", SECOND_LAUNCH], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
        assert proc.stdout is not None
        assert proc.stdout.read().strip() == "True"  # the running window took it
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


def _minimise(qtbot: QtBot, window: MainWindow) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)


def _hide(qtbot: QtBot, window: MainWindow) -> None:
    window.hide()  # as closing to the tray does
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.parametrize("put_away", [_minimise, _hide], ids=["minimised", "hidden"])
def test_a_second_launch_brings_the_window_forward(
    qtbot: QtBot, listening: MainWindow, put_away: Callable[[QtBot, MainWindow], None]
) -> None:
    window = listening
    put_away(qtbot, window)
    _launch_again(qtbot)
    qtbot.waitUntil(
        lambda: window.isVisible() and not window.isMinimized() and window.isActiveWindow(),
        timeout=5000,
    )
    qtbot.waitUntil(window.prompt.hasFocus)  # ready to type into
