"""The conversation as assistive technology meets it: a list named "Conversation" whose
items are the built messages, the factory's ``make`` that Qt's interfaces come from, and
``install``, which wires announcements to a window. Others import from here.

The pane stays a ``QTextBrowser`` (its paging and streaming budgets hold), and behind it
sits this custom accessible interface. Screen readers reach it through Qt's AT-SPI bridge
(Linux), UI Automation (Windows) or NSAccessibility (macOS). One message's item is in
``a11y_messages``; what is said aloud is in ``a11y_announce``.

Nothing here runs unless assistive technology is listening: Qt asks the factory for an
interface only then, and items are tracked only once one was made. Changes to the item
list are reported at most every ``_SYNC_MS`` (never per token), and a reply is announced
once, when it ends (``Announcer``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from chatdesk.core.errors import ChatError
from chatdesk.core.i18n import tr
from chatdesk.core.messages import MessageStatus
from chatdesk.ui.a11y_announce import Announcer
from chatdesk.ui.a11y_messages import (
    ACTIONS,
    STATUS_WORDS,
    DocumentText,
    MessageItem,
    links,
    null,
    pointer,
    status_words,
    who,
)
from chatdesk.ui.conversation_view import ConversationView
from chatdesk.ui.error_banner import ErrorBanner
from chatdesk.ui.turn_owner import quick_window_asked

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow

__all__ = [
    "ACTIONS",
    "STATUS_WORDS",
    "AlertAccessible",
    "Announcer",
    "ConversationAccessible",
    "MessageItem",
    "install",
    "item_for",
    "last_reply_text",
    "links",
    "make",
    "message_index",
    "release_all",
    "status_words",
    "who",
]

_SYNC_MS = 150
"""How often, at most, a change in the message list is reported."""


# -- the list ---------------------------------------------------------------------------


class ConversationAccessible(QAccessibleWidget):
    """The conversation pane: a list of message items, then its own child widgets (the
    "↓ Latest" button), with the whole conversation as read-only text."""

    def __init__(self, view: ConversationView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = view
        self._items: dict[str, MessageItem] = {}
        self._known: list[str] = list(view.message_uids)
        self._text = DocumentText(view, self._whole)
        self._sync = QTimer(view)
        self._sync.setSingleShot(True)
        self._sync.setInterval(_SYNC_MS)
        self._sync.timeout.connect(self.sync)
        view.document().contentsChanged.connect(self._changed)
        view.destroyed.connect(self.release)
        _HOSTS.append(self)

    def _whole(self) -> tuple[int, int]:
        return 0, self.view.document().characterCount() - 1

    def uids(self) -> list[str]:
        return self.view.message_uids

    def item(self, uid: str) -> MessageItem:
        found = self._items.get(uid)
        if found is None:
            found = self._items[uid] = MessageItem(self, uid)
        return found

    def current_index(self) -> int:
        return message_index(self.view)

    # -- keeping assistive technology in step ------------------------------------------

    def _changed(self) -> None:
        if not self._sync.isActive():
            self._sync.start()  # a throttle, not a debounce: a long stream still syncs

    def sync(self) -> None:
        """Report messages built and unbuilt since the last sync; retire the gone ones."""
        if not shiboken6.isValid(self.view):
            return
        now = self.uids()
        if now == self._known:
            return
        present, before = set(now), set(self._known)
        for uid in self._known:
            if uid not in present:
                self._retire(uid)
        self._known = now
        for uid in now:
            if uid not in before:
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self.item(uid), QAccessible.Event.ObjectCreated)
                )

    def _retire(self, uid: str) -> None:
        item = self._items.pop(uid, None)
        if item is None:
            return
        item.leaving = self._known.index(uid)
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.ObjectDestroyed))
        item.retired = True
        _delete(item)

    def release(self) -> None:
        """Give every item back to Qt (the view is going, or the app quits)."""
        for uid in list(self._items):
            item = self._items.pop(uid)
            item.retired = True
            _delete(item)
        if self in _HOSTS:
            _HOSTS.remove(self)

    # -- QAccessibleInterface ------------------------------------------------------------

    def _widgets(self) -> int:
        return super().childCount()

    def _current(self) -> None:
        """Asked about its items with a change still to report: report it first, so what
        a screen reader is told and what it reads agree."""
        if self._sync.isActive():
            self._sync.stop()
            self.sync()

    def childCount(self) -> int:  # noqa: N802 - Qt override
        self._current()
        return len(self.uids()) + self._widgets()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        self._current()
        uids = self.uids()
        if 0 <= index < len(uids):
            return self.item(uids[index])
        if index >= len(uids):
            return super().child(index - len(uids))
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        if isinstance(child, MessageItem):
            return child.index()
        index = super().indexOfChild(child)
        return index + len(self.uids()) if index >= 0 else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        widget = super().childAt(x, y)
        if widget is not None:
            return widget
        for uid in self.uids():
            item = self.item(uid)
            if item.rect().contains(x, y):
                return item
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        index = self.current_index()
        if self.view.hasFocus() and index >= 0:
            return self.item(self.uids()[index])
        return super().focusChild()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName() or tr("Conversation")
        if kind == QAccessible.Text.Description:
            shown = tr("%Ln message(s) shown.", "", len(self.uids()))
            return f"{shown} {self.view.accessibleDescription()}"
        return super().text(kind)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return pointer(self._text)
        return null()  # no actions of its own (its items have them), no value


class AlertAccessible(QAccessibleWidget):
    """The banner above the prompt: an alert, named by what it says."""

    def __init__(self, banner: ErrorBanner) -> None:
        super().__init__(banner, QAccessible.Role.AlertMessage)
        self.banner = banner

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.banner.title.text() or tr("Notice")
        if kind == QAccessible.Text.Description:
            return self.banner.message.text()
        return super().text(kind)


def message_index(view: ConversationView) -> int:
    """The built message holding the view's cursor (or its selection's start): the one
    moved to (Alt+Up/Down), jumped to, or whose link Tab selected; -1 if none."""
    cursor = view.textCursor()
    if cursor.position() == 0 and not cursor.hasSelection():
        return -1  # not placed yet (or cleared): no message is current
    frames = view.message_frames
    position = cursor.selectionStart()
    index = bisect_right([f.firstPosition() - 1 for f in frames], position) - 1
    if index < 0 or position > frames[index].lastPosition():
        return -1
    return index


_HOSTS: list[ConversationAccessible] = []
"""Live conversation interfaces (Qt owns them; this is for quitting cleanly)."""


def _delete(item: QAccessibleInterface) -> None:
    """Hand ``item`` to Qt's cache (if it is not there yet) and let Qt delete it."""
    if shiboken6.isValid(item):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))


def make(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The interface for ``obj`` (called by ``a11y_factory`` when Qt asks)."""
    if isinstance(obj, ConversationView):
        return ConversationAccessible(obj)
    if isinstance(obj, ErrorBanner):
        return AlertAccessible(obj)
    return None


def item_for(view: ConversationView, index: int) -> MessageItem | None:
    """The accessible item of built message ``index`` (for focus events and tests)."""
    host = QAccessible.queryAccessibleInterface(view)
    if not isinstance(host, ConversationAccessible):
        return None
    uids = host.uids()
    return host.item(uids[index]) if 0 <= index < len(uids) else None


def release_all() -> None:
    """Give every message item back to Qt before quitting (Qt deletes what it holds)."""
    for host in list(_HOSTS):
        host.release()


def last_reply_text(view: ConversationView) -> str:
    """The last message's text as shown (rendered Markdown, not its source)."""
    item = item_for(view, view.built_count - 1) if QAccessible.isActive() else None
    if item is not None:
        return item.shown_text()
    shown = view.shown_messages
    return shown[-1].text if shown else ""


def install(window: MainWindow) -> Announcer:
    """Announcements for ``window``: replies, errors, retry countdowns."""
    announcer = Announcer(window.view, window)
    c, view = window.controller, window.view

    # The quick-ask window, while it is shown, says the ends and errors of the turns it
    # asked (they share the controller); a turn asked here is said here, whatever has focus.
    def turn_ended(status: MessageStatus) -> None:
        if not quick_window_asked():
            announcer.reply_ended(status, last_reply_text(view))

    def error(failure: ChatError) -> None:
        if not quick_window_asked():
            announcer.error(failure)

    c.turn_ended.connect(turn_ended)
    c.error_raised.connect(error)
    c.retry_notice.connect(announcer.notice)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(release_all)
    return announcer
