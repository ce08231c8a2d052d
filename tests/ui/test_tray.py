"""The tray menu from the keyboard, and close to tray: a window manager's close hides the
window when the setting is on (real WM_DELETE_WINDOW messages through the X server),
Ctrl+Q and the tray's Quit still quit."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from chatdesk.services.paths import resource_path
from chatdesk.ui.desktop import Desktop
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.tray import Tray, TrayActions, recent
from devkit.fake_server import FakeOpenAI
from tests.ui.conftest import MakeWindow, send

on_x = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs an X server (window manager close)"
)


@dataclass
class Conv:
    uid: str
    title: str
    updated: float
    pinned: bool = False


def test_the_five_most_recent_conversations_pinned_or_not() -> None:
    convs = [Conv(f"u{i}", f"Chat {i}", float(i)) for i in range(8)]
    convs.insert(0, Conv("old", "Pinned long ago", 0.5, pinned=True))
    convs.append(Conv("amp", "R&D   notes\nand more " + "x" * 60, 100.0))
    shown = recent(convs)
    assert [uid for uid, _ in shown] == ["amp", "u7", "u6", "u5", "u4"]
    title = shown[0][1]
    assert title.startswith("R&&D notes and more x") and title.endswith("…")  # & is not a key
    assert len(title) <= 49
    assert recent([Conv("e", "  ", 1.0)]) == [("e", "Untitled")]


def menu_tray(calls: list[str]) -> Tray:
    actions = TrayActions(
        show_window=lambda: calls.append("show"),
        new_chat=lambda: calls.append("new"),
        quick_ask=lambda: calls.append("quick"),
        open_conversation=lambda uid: calls.append(f"open {uid}"),
        quit=lambda: calls.append("quit"),
    )
    return Tray(actions, QIcon(str(resource_path("icons") / "chatdesk-64.png")))


def choose(qtbot: QtBot, menu: QMenu, downs: int) -> None:
    """Open the menu, press Down ``downs`` times and Enter, as a keyboard user does."""
    menu.popup(QPoint(200, 200))
    qtbot.waitUntil(menu.isVisible)
    for _ in range(downs):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def press(qtbot: QtBot, menu: QMenu, key: Qt.Key) -> None:
    """Open the menu and press an entry's underlined letter."""
    menu.popup(QPoint(200, 200))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, key)


def test_the_menu_from_the_keyboard(qtbot: QtBot) -> None:
    calls: list[str] = []
    tray = menu_tray(calls)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["&New chat", "&Quick ask", "&Show chatdesk", "Q&uit"]
    tray.set_conversations([Conv(f"u{i}", f"Chat {i}", float(i)) for i in range(7)])
    assert tray.recent_titles() == ["Chat 6", "Chat 5", "Chat 4", "Chat 3", "Chat 2"]

    choose(qtbot, tray.menu, 1)
    choose(qtbot, tray.menu, 2)
    choose(qtbot, tray.menu, 3)  # the first recent one (the section title is skipped)
    choose(qtbot, tray.menu, 7)
    choose(qtbot, tray.menu, 8)
    assert calls == ["new", "quick", "open u6", "open u2", "show"]
    press(qtbot, tray.menu, Qt.Key.Key_Q)  # &Quick ask
    press(qtbot, tray.menu, Qt.Key.Key_U)  # Q&uit
    assert calls[-2:] == ["quick", "quit"]


def start_desktop(window: MainWindow) -> Desktop:
    desktop = Desktop(window, with_tray=True)
    desktop.start()
    return desktop


def wm_close(window: MainWindow) -> None:
    """What the title bar's × does: the window manager's WM_DELETE_WINDOW message."""
    from tests.support.x11 import wm_close as send

    send(int(window.winId()))


def started_again(make_window: MakeWindow) -> None:
    """chatdesk starts again after quitting, its settings kept. (Also: on Xvfb without a
    window manager, the next test's window gets the focus only if one is made here.)"""
    again = make_window()
    assert again.isActiveWindow()


@on_x
def test_close_to_tray_hides_the_window_and_quit_still_quits(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window(settings={"close_to_tray": True})
    desktop = start_desktop(window)
    assert desktop.tray is not None
    assert desktop.closer is not None and desktop.closer.enabled
    send(qtbot, window, "Still here?")
    wm_close(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.wait(300)  # also: without a window manager, X refuses focus to a window re-mapped at once
    assert not window.isVisible()  # hidden, not closed: chatdesk keeps running
    press(qtbot, desktop.tray.menu, Qt.Key.Key_S)  # &Show chatdesk
    qtbot.waitUntil(window.isActiveWindow)
    assert window.view.message_texts[0] == "Still here?"

    app = QApplication.instance()
    assert app is not None
    QTimer.singleShot(50, lambda: press(qtbot, desktop.tray.menu, Qt.Key.Key_U))  # Q&uit
    assert app.exec() == 0
    assert not window.isVisible()
    started_again(make_window)


@on_x
def test_without_the_setting_closing_the_window_quits(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    desktop = start_desktop(window)
    assert desktop.closer is not None and not desktop.closer.enabled
    app = QApplication.instance()
    assert app is not None
    QTimer.singleShot(50, lambda: wm_close(window))
    assert app.exec() == 0
    assert not window.isVisible()
    started_again(make_window)


def test_ctrl_q_quits_even_with_close_to_tray(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings={"close_to_tray": True})
    start_desktop(window)
    app = QApplication.instance()
    assert app is not None
    QTimer.singleShot(
        50, lambda: qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    )
    assert app.exec() == 0
    assert not window.isVisible()
    started_again(make_window)


def test_the_setting_from_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    window = make_window()
    assert window.controller.settings.prefs.close_to_tray is False  # off by default
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.tray_check.isChecked()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.tray_check.isChecked)  # a mnemonic clicks with an animation
    qtbot.keyClick(dialog.tray_check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.settings.prefs.close_to_tray)
    saved = isolated_env / "settings.json"
    qtbot.waitUntil(lambda: json.loads(saved.read_text()).get("close_to_tray") is True)
