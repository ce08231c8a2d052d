"""Qt paints on the UI thread alone unless the user asks for its fill pool back."""

from __future__ import annotations

import os

import pytest

from chatdesk.app import serial_fills

NAME = "QT_NO_GUI_THREADPOOL"


def test_qt_fills_stay_on_the_ui_thread_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)
    serial_fills()
    assert os.environ[NAME] == "1"


def test_zero_gives_qt_its_fill_pool_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt only asks whether the variable is set, so "0" must leave the environment."""
    monkeypatch.setenv(NAME, "0")
    serial_fills()
    assert NAME not in os.environ
