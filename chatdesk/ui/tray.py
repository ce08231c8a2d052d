"""The tray icon (where the desktop has a tray) and "close to tray".

The menu offers New chat, Quick ask, the five most recently updated conversations and
Quit; clicking the icon brings the window forward. Everything it does is a function it
is given, so it is tested without a window.

Close to tray is the ``close_to_tray`` preference, off by default. Only a close asked by
the window manager (the title bar's ×, Alt+F4: a *spontaneous* close event) hides the
window; Ctrl+Q, the tray's Quit and the application quitting close it for real.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from chatdesk.core.i18n import tr
from chatdesk.ui.plain_text import button_text

RECENT = 5
_TITLE_CHARS = 48


def tray_available() -> bool:
    """Whether this desktop shows tray icons (GNOME needs the AppIndicator extension)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Summary(Protocol):
    """What the tray reads of a conversation in the history list."""

    @property
    def uid(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def updated(self) -> float: ...


@dataclass(frozen=True)
class TrayActions:
    """What the tray's entries do."""

    show_window: Callable[[], None]
    new_chat: Callable[[], None]
    quick_ask: Callable[[], None]
    open_conversation: Callable[[str], None]
    quit: Callable[[], None]


def recent(conversations: Sequence[Summary], count: int = RECENT) -> list[tuple[str, str]]:
    """(uid, menu text) of the ``count`` most recently updated, pinned or not."""
    latest = sorted(conversations, key=lambda c: c.updated, reverse=True)[:count]
    out = []
    for conv in latest:
        title = " ".join(conv.title.split()) or tr("Untitled")
        if len(title) > _TITLE_CHARS:
            title = title[: _TITLE_CHARS - 1] + "…"
        out.append((conv.uid, button_text(title)))
    return out


class Tray(QObject):
    """The icon and its menu. ``menu`` is built again when the history list changes."""

    def __init__(self, actions: TrayActions, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self._recent: list[tuple[str, str]] = []
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("chatdesk")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._told = False
        self._fill()

    def show(self) -> None:
        self.icon.show()

    def set_conversations(self, conversations: Sequence[Summary]) -> None:
        shown = recent(conversations)
        if shown != self._recent:
            self._recent = shown
            self._fill()

    def _fill(self) -> None:
        menu, act = self.menu, self.actions
        menu.clear()
        self._add(tr("&New chat"), act.new_chat, "trayNewChat")
        self._add(tr("&Quick ask"), act.quick_ask, "trayQuickAsk")
        if self._recent:
            menu.addSection(tr("Recent"))
            for uid, title in self._recent:
                self._add(title, partial(act.open_conversation, uid), f"trayRecent-{uid}")
        menu.addSeparator()
        self._add(tr("&Show chatdesk"), act.show_window, "trayShow")
        self._add(tr("Q&uit"), act.quit, "trayQuit")

    def _add(self, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(name)

        def fire(_checked: bool = False) -> None:
            slot()

        action.triggered.connect(fire)
        return action

    def recent_titles(self) -> list[str]:
        return [title for _uid, title in self._recent]

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.actions.show_window()

    def tell_once(self) -> None:
        """The first hide to the tray says where chatdesk went."""
        if not self._told:
            self._told = True
            self.icon.showMessage(
                tr("chatdesk is still running"),
                tr(
                    "Closing the window keeps chatdesk in the tray. Quit it from the tray's menu "
                    "or with Ctrl+Q; Settings turns this off."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                5000,
            )


class CloseToTray(QObject):
    """Installed on the main window: while ``enabled``, a window manager's close hides it."""

    def __init__(self, window: QWidget, hidden: Callable[[], None] | None = None) -> None:
        super().__init__(window)  # a child, not a reference: the window's life is its own
        self.enabled = False
        self._hidden = hidden
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            self.enabled
            and watched is self.parent()
            and isinstance(watched, QWidget)
            and event.type() == QEvent.Type.Close
            and event.spontaneous()
        ):
            event.ignore()
            watched.hide()
            if self._hidden is not None:
                self._hidden()
            return True
        return False
