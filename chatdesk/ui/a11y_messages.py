"""One built message as assistive technology meets it: an accessible list item that says
who wrote it (You, Assistant, a tool), its status (streaming, stopped, incomplete, failed,
which version), its text as shown, and offers its links (Copy, Edit, Delete, versions,
reasoning) as actions.

The list holding these items, and the factory Qt asks, are in ``view_accessibility``;
this module only names that list as a type, so the two do not import each other.

PySide notes, learned the hard way: ``interface_cast`` must return a ``shiboken6.VoidPtr``
(a plain int crashes), and an item handed to Qt is deleted by Qt only
(``QAccessible.deleteAccessibleInterface``), never by Python's garbage collector.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QTextCursor,
    QWindow,
)
from shiboken6 import Shiboken

from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.markdown import COPY_SCHEME
from chatdesk.core.messages import MessageSnapshot, MessageStatus, Role
from chatdesk.ui.message_blocks import ACTION_SCHEME, LINK_LABELS, state_word

if TYPE_CHECKING:
    from chatdesk.ui.conversation_view import ConversationView
    from chatdesk.ui.view_accessibility import ConversationAccessible

#: A message's status in words (English, marked for translation: ``tr`` them when shown).
STATUS_WORDS = {
    MessageStatus.COMPLETE: noop("complete"),
    MessageStatus.STREAMING: noop("being written"),
    MessageStatus.STOPPED: noop("stopped"),
    MessageStatus.INCOMPLETE: noop("incomplete: the reply was cut off"),
    MessageStatus.ERROR: noop("failed"),
}

#: Names and descriptions of the links a message shows, by verb (English, marked for
#: translation: ``tr`` them when shown). A link not listed here (one added later) is
#: offered under its own label.
ACTIONS = {
    "copy": (LINK_LABELS["copy"], noop("Copy the message to the clipboard")),
    "edit": (LINK_LABELS["edit"], noop("Edit the message and send it as a new version")),
    "delete": (LINK_LABELS["delete"], noop("Delete the message (asks first)")),
    "prev": (noop("Previous version"), noop("Show the previous version")),
    "next": (noop("Next version"), noop("Show the next version")),
    "reasoning": (noop("Show or hide reasoning"), noop("Show or hide the model's reasoning")),
    "tool": (noop("Show all or less"), noop("Show the whole tool result, or its start only")),
    "prompt": (LINK_LABELS["prompt"], noop("Save the message in the prompt library")),
}
_PLAIN = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})
"""Paragraph, line and frame marks as newlines: one character each, so offsets hold."""


def null() -> shiboken6.VoidPtr:
    """What ``interface_cast`` hands Qt for an interface it does not offer."""
    return shiboken6.VoidPtr(0)


def pointer(interface: Shiboken.Object) -> shiboken6.VoidPtr:
    """What ``interface_cast`` hands Qt: the C++ address of a Python-made interface."""
    return shiboken6.VoidPtr(shiboken6.getCppPointer(interface)[0])


def who(msg: MessageSnapshot) -> str:
    """Who wrote a message, as an item's name."""
    if msg.role is Role.USER:
        return tr("You")
    if msg.role is Role.TOOL:
        run = msg.tool_run
        if run is None:
            return tr("Tool result")
        return tr("Tool result: {server} · {tool}").format(server=run.server, tool=run.tool)
    return tr("Assistant")


def status_words(msg: MessageSnapshot) -> str:
    """A message's status as an item's description: "stopped", "complete, version 2 of 3"."""
    if msg.role is Role.TOOL and msg.tool_run is not None:
        words = state_word(msg.tool_run.state)
    else:
        known = STATUS_WORDS.get(msg.status)
        words = tr(known) if known is not None else str(msg.status)
    if msg.branch is not None:
        words = tr("{status}, version {number} of {count}").format(
            status=words, number=number(msg.branch[0]), count=number(msg.branch[1])
        )
    return words


# -- text ---------------------------------------------------------------------------------


class DocumentText(QAccessibleTextInterface):
    """Read-only text of a stretch of the view's document (offsets are positions in it
    minus the stretch's start)."""

    def __init__(self, view: ConversationView, span: Callable[[], tuple[int, int]]) -> None:
        super().__init__()
        self._view = view
        self._span = span

    def _bounds(self) -> tuple[int, int]:
        if not shiboken6.isValid(self._view):
            return 0, 0
        start, end = self._span()
        return start, max(start, end)

    def _clamp(self, offset: int) -> int:
        start, end = self._bounds()
        return max(0, min(offset, end - start))

    def characterCount(self) -> int:  # noqa: N802 - Qt override
        start, end = self._bounds()
        return end - start

    def text(self, start_offset: int, end_offset: int) -> str:
        start, end = self._bounds()
        if end_offset < 0:
            end_offset = end - start
        lo, hi = self._clamp(start_offset), self._clamp(end_offset)
        if hi <= lo:
            return ""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start + lo)
        cursor.setPosition(start + hi, QTextCursor.MoveMode.KeepAnchor)
        # A typeset formula is an image: read out its LaTeX, as copying gives it.
        formulas = self._view.math.source_of(cursor)
        return (formulas if formulas is not None else cursor.selectedText()).translate(_PLAIN)

    def cursorPosition(self) -> int:  # noqa: N802 - Qt override
        start, end = self._bounds()
        position = self._view.textCursor().position()
        return position - start if start <= position <= end else 0

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - Qt override
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._bounds()[0] + self._clamp(position))
        self._view.setTextCursor(cursor)

    def selectionCount(self) -> int:  # noqa: N802 - Qt override
        return 1 if self._selection() is not None else 0

    def _selection(self) -> tuple[int, int] | None:
        cursor = self._view.textCursor()
        start, end = self._bounds()
        lo, hi = cursor.selectionStart(), cursor.selectionEnd()
        if hi <= lo or hi < start or lo > end:
            return None
        return max(lo, start) - start, min(hi, end) - start

    def selection(self, index: int) -> tuple[int, int]:
        found = self._selection()
        return found if index == 0 and found is not None else (0, 0)

    def addSelection(self, start_offset: int, end_offset: int) -> None:  # noqa: N802
        self.setSelection(0, start_offset, end_offset)

    def setSelection(self, index: int, start_offset: int, end_offset: int) -> None:  # noqa: N802
        start = self._bounds()[0]
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start + self._clamp(start_offset))
        cursor.setPosition(start + self._clamp(end_offset), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)

    def removeSelection(self, index: int) -> None:  # noqa: N802 - Qt override
        cursor = self._view.textCursor()
        cursor.clearSelection()
        self._view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:  # noqa: N802 - Qt override
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._bounds()[0] + self._clamp(offset))
        rect = self._view.cursorRect(cursor)
        rect.setWidth(max(rect.width(), self._view.fontMetrics().averageCharWidth()))
        return QRect(self._view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:  # noqa: N802 - Qt override
        local = self._view.viewport().mapFromGlobal(point)
        position = self._view.cursorForPosition(local).position()
        start, end = self._bounds()
        return position - start if start <= position <= end else -1

    def scrollToSubstring(self, start_index: int, end_index: int) -> None:  # noqa: N802
        self.setSelection(0, start_index, end_index)
        self._view.ensureCursorVisible()


# -- one message ---------------------------------------------------------------------------


def links(view: ConversationView, start: int, end: int) -> list[tuple[str, str, str]]:
    """The links between ``start`` and ``end`` in ``view``: (action name, description,
    href), in order; a code block's Copy is "Copy code"."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    block = view.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href and href not in seen and href.startswith((ACTION_SCHEME, COPY_SCHEME)):
                seen.add(href)
                if href.startswith(COPY_SCHEME):
                    name, about = tr("Copy code"), tr("Copy this code block to the clipboard")
                else:
                    verb = href.split(":")[1]
                    label = fragment.text().strip().strip("▸▾ ") or verb
                    known = ACTIONS.get(verb)
                    name, about = (tr(known[0]), tr(known[1])) if known else (label, label)
                    if name in (n for n, _, _ in out):
                        name = f"{name} ({len(out) + 1})"
                out.append((name, about, href))
            it += 1
        block = block.next()
    return out


class _MessageActions(QAccessibleActionInterface):
    """A message's links, offered as actions: doing one is clicking its link."""

    def __init__(self, item: MessageItem) -> None:
        super().__init__()
        self._item = item

    def _links(self) -> list[tuple[str, str, str]]:
        start, end = self._item.frame_span()
        return links(self._item.host.view, start, end) if end > start else []

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        return [name for name, _, _ in self._links()]

    def localizedActionName(self, name: str) -> str:  # noqa: N802 - Qt override
        return name

    def localizedActionDescription(self, name: str) -> str:  # noqa: N802 - Qt override
        return next((about for n, about, _ in self._links() if n == name), "")

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802 - Qt override
        return []

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        href = next((h for n, _, h in self._links() if n == name), None)
        if href is not None:
            self._item.host.view.anchorClicked.emit(QUrl(href))


class MessageItem(QAccessibleInterface):
    """One built message: a list item with its author, status, text and actions."""

    def __init__(self, host: ConversationAccessible, uid: str) -> None:
        super().__init__()
        self.host = host
        self.uid = uid
        self.retired = False
        self.leaving = -1
        """Where it was, while its removal is reported (it is valid until then)."""
        self._text = DocumentText(host.view, self.span)
        self._actions = _MessageActions(self)

    # -- where it is ---------------------------------------------------------------------

    def index(self) -> int:
        """Its place in the list (while its removal is reported: where it was)."""
        if self.retired:
            return -1
        return self.leaving if self.leaving >= 0 else self._built()

    def _built(self) -> int:
        """Its place among the built messages, -1 once it is not built (or leaving)."""
        if self.retired or self.leaving >= 0:
            return -1
        try:
            return self.host.uids().index(self.uid)
        except ValueError:
            return -1

    def message(self) -> MessageSnapshot | None:
        index = self._built()
        return self.host.view.shown_messages[index] if index >= 0 else None

    def span(self) -> tuple[int, int]:
        """The message's text in the document: after its header line, to its frame's end."""
        index = self._built()
        if index < 0:
            return 0, 0
        frame = self.host.view.message_frames[index]
        header = self.host.view.document().findBlock(frame.firstPosition())
        return header.next().position(), frame.lastPosition()

    def frame_span(self) -> tuple[int, int]:
        """The whole message in the document, header and links included."""
        index = self._built()
        if index < 0:
            return 0, 0
        frame = self.host.view.message_frames[index]
        return frame.firstPosition(), frame.lastPosition()

    def shown_text(self) -> str:
        """The message as shown: rendered Markdown, formulas as their LaTeX."""
        return self._text.text(0, -1)

    # -- QAccessibleInterface ------------------------------------------------------------

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        return shiboken6.isValid(self.host.view) and self.index() >= 0

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.host.window()

    def parent(self) -> QAccessibleInterface:
        return self.host

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def rect(self) -> QRect:
        index = self._built()
        view = self.host.view
        if index < 0 or not shiboken6.isValid(view):
            return QRect()
        frame = view.message_frames[index]
        box = view.document().documentLayout().frameBoundingRect(frame).toRect()
        box.translate(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.readOnly = True
        state.selectable = True
        view = self.host.view
        if shiboken6.isValid(view):
            current = self.host.current_index() == self._built()
            state.focused = current and view.hasFocus()
            state.selected = current
            state.offscreen = not self.rect().intersects(
                QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
            )
        return state

    def text(self, kind: QAccessible.Text) -> str:
        msg = self.message()
        if msg is None:
            return ""
        if kind == QAccessible.Text.Name:
            return who(msg)
        if kind == QAccessible.Text.Description:
            return status_words(msg)
        if kind == QAccessible.Text.Value:
            return self.shown_text()
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        pass

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return pointer(self._text)
        if kind == QAccessible.InterfaceType.ActionInterface:
            return pointer(self._actions)
        return null()
