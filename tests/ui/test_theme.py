"""Themes reach Qt and the widgets: the palette in force, and styles that follow a switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.messages import Role
from chatdesk.core.theme_tokens import DARK, HIGH_CONTRAST, LIGHT, PALETTES
from chatdesk.ui.conversation_view import ConversationView
from chatdesk.ui.error_banner import ErrorBanner
from chatdesk.ui.theme import _Styler, apply_theme, error_text, is_dark, style, tokens
from tests.support.snapshots import said


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("system")


def colour(role: QPalette.ColorRole) -> str:
    return QGuiApplication.palette().color(role).name()


@pytest.mark.parametrize("name", PALETTES)
def test_a_forced_theme_is_the_application_palette(themed: None, name: str) -> None:
    apply_theme(name)
    palette = PALETTES[name]
    assert tokens() is palette
    assert is_dark() == palette.dark
    role = QPalette.ColorRole
    assert colour(role.Base) == palette.base
    assert colour(role.Text) == palette.text
    assert colour(role.Window) == palette.window
    assert colour(role.Highlight) == palette.selection_bg
    assert colour(role.PlaceholderText) == palette.placeholder
    assert colour(role.Link) == palette.link


def test_following_the_system_picks_light_or_dark_by_its_palette(themed: None) -> None:
    apply_theme("dark")
    apply_theme("system")
    assert tokens() is (DARK if is_dark() else LIGHT)


def test_the_error_banner_follows_the_theme(qtbot: QtBot, themed: None) -> None:
    apply_theme("dark")
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(ChatError(ErrorKind.AUTH, "The server rejected the key.", status=401))
    assert DARK.banner_error_bg in banner.styleSheet()
    assert DARK.banner_error_text in banner.styleSheet()
    apply_theme("light")
    qtbot.waitUntil(lambda: LIGHT.banner_error_bg in banner.styleSheet())
    banner.show_notice("Retrying in 3 s…")
    assert LIGHT.banner_notice_bg in banner.styleSheet()
    apply_theme("high-contrast")
    qtbot.waitUntil(lambda: HIGH_CONTRAST.banner_notice_bg in banner.styleSheet())
    banner.show()
    qtbot.waitUntil(
        lambda: (
            banner.message.palette().color(QPalette.ColorRole.WindowText).name()
            == HIGH_CONTRAST.banner_notice_text
        )
    )


def test_a_styled_label_keeps_one_styler_and_can_lose_its_style(qtbot: QtBot, themed: None) -> None:
    label = QLabel("⚠")
    qtbot.addWidget(label)
    style(label, error_text)
    style(label, error_text)
    assert len([c for c in label.children() if isinstance(c, _Styler)]) == 1
    assert label.styleSheet() == f"color: {tokens().error};"
    apply_theme("dark")
    qtbot.waitUntil(lambda: label.styleSheet() == f"color: {DARK.error};")
    style(label, None)
    assert label.styleSheet() == ""


def test_the_conversation_takes_its_colours_from_the_palette(qtbot: QtBot, themed: None) -> None:
    apply_theme("dark")
    view = ConversationView()
    qtbot.addWidget(view)
    view.add_message(said(Role.USER, "Hello", "u1"))
    view.add_message(said(Role.ASSISTANT, "```python\nx = 1\n```", "a1"))
    frames = view.document().rootFrame().childFrames()
    assert frames[0].frameFormat().background().color().name() == DARK.user_bubble
    assert frames[1].frameFormat().background().color().name() == DARK.assistant_bubble
    assert DARK.code_bg in view.toHtml().lower()
    assert view.renderer().theme.palette is DARK
    assert view.jump_to("u1")
    selection = view.extraSelections()[0]
    assert selection.format.background().color().name() == DARK.jump_highlight
