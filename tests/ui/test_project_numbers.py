"""Project settings under German: numbers are shown and typed the German way ("0,7"), as
in Conversation settings, through the same helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from chatdesk.core.params import Params
from chatdesk.core.projects import Project
from chatdesk.ui import language
from chatdesk.ui.number_fields import field_text, parser_text
from devkit import translations
from tests.ui.conftest import MakeWindow
from tests.ui.test_projects import open_settings, seed_projects


@pytest.fixture
def german(tmp_path: Path) -> Iterator[None]:
    translations.compile_all(tmp_path, ["de"])
    assert language.install("de", tmp_path) == "de"
    yield
    language.uninstall()


def test_project_dialog_takes_german_numbers(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path, german: None
) -> None:
    seed_projects(isolated_env, Project(name="Drafts", params=Params(top_p=0.5, seed=7)))
    window = make_window()
    dialog = open_settings(qtbot, window, "Drafts")
    assert dialog.edits["top_p"].text() == "0,5"  # shown the German way
    assert dialog.edits["seed"].text() == "7"
    dialog.edits["temperature"].setText("0,7")
    dialog.edits["max_tokens"].setText("1.024")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.error.text()
    qtbot.waitUntil(lambda: window.sidebar.projects[0].params.temperature == 0.7, timeout=5000)
    saved = window.sidebar.projects[0].params
    assert (saved.temperature, saved.top_p, saved.max_tokens, saved.seed) == (0.7, 0.5, 1024, 7)


def test_fields_round_trip_in_german(german: None) -> None:
    for value in (0.7, 1.024, 1e-7, 2.0):
        assert float(parser_text(field_text(value))) == value
    assert parser_text("8.192") == "8192"
    assert parser_text("12345678901234567890") == "12345678901234567890"  # a seed, exact
    assert field_text(None) == "" and parser_text("  ") == ""


@pytest.mark.parametrize(
    "typed", ["1e400", "NaN", "inf", "0,7,7", "0x10", " 1 000 ", "9" * 5000, "١٫٥", "\x00"]
)
def test_hostile_numbers_are_refused_with_a_message_at_once(german: None, typed: str) -> None:
    import time

    from chatdesk.core.params import InvalidParameter

    started = time.monotonic()
    for field in ("temperature", "seed"):
        with pytest.raises(InvalidParameter):
            Params.parse({field: parser_text(typed)})
    assert time.monotonic() - started < 5, "a typed number hung the dialog"
