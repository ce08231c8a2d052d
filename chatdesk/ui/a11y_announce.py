"""Announcements: what happened, said without moving focus. A reply is said once, when
it ends (never per token); errors and retry countdowns politely, each countdown once per
try. Wired to the controller by ``view_accessibility.install``. Lists stepped through
from a box beside them (search results, the "/" popup, the project picker) say the row
reached (``say_current_row``).
"""

from __future__ import annotations

import re
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocumentFragment

from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.messages import MessageStatus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from chatdesk.core.errors import ChatError

_ANNOUNCED_CHARS = 400
"""How much of a finished reply is read out; the rest is in its item."""
_FAILED = {
    MessageStatus.INCOMPLETE: noop("Reply cut off: incomplete."),
    MessageStatus.ERROR: noop("Reply failed."),
}
"""Said for a failed reply (English, marked for translation: ``tr`` them when said)."""
_NUMBER = re.compile(r"\d+")


def same_try(before: str, now: str) -> bool:
    """Whether retry notice ``now`` is the countdown of ``before`` ticking on (the seconds
    left one less, or "now" after 1 s) rather than a new try, in any language: the words
    stay, and only the number counting down changes or goes."""
    if not before or now == before:
        return bool(before)
    old, new = _NUMBER.findall(before), _NUMBER.findall(now)
    if len(new) == len(old):  # "… in 2 s…" → "… in 1 s…"
        if _NUMBER.sub("#", before) != _NUMBER.sub("#", now):
            return False
        changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
        return len(changed) == 1 and int(changed[0][1]) == int(changed[0][0]) - 1
    if len(new) == len(old) - 1:  # "… in 1 s…" → "… now…"
        return any(old[i] == "1" and old[:i] + old[i + 1 :] == new for i in range(len(old)))
    return False


class Announcer(QObject):
    """Says what happened without moving focus: a reply once when it ends, errors and
    retry countdowns politely, each countdown once per try (not per second)."""

    def __init__(self, source: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.said: deque[tuple[str, bool]] = deque(maxlen=50)
        """What was announced, and whether assertively (for tests and logs)."""
        self._last_notice = ""
        self._failed: MessageStatus | None = None
        self._error_said = False

    def say(self, text: str, assertive: bool = False, source: QObject | None = None) -> None:
        """``source``: the control it is about, if not the conversation."""
        text = " ".join(text.split())
        if not text:
            return
        self.said.append((text, assertive))
        _announce(source or self._source, text, assertive)

    def reply_ended(self, status: MessageStatus, text: str) -> None:
        """Said at once for a finished or stopped reply; a failed or cut-off one waits a
        moment for its error, and is said with it (once, not twice)."""
        if status in (MessageStatus.COMPLETE, MessageStatus.STOPPED):
            self.say(ending(status, text))
        elif status in _FAILED and not self._error_said:
            self._failed = status
            QTimer.singleShot(0, self._say_failed)

    def _say_failed(self) -> None:
        if self._failed is not None:
            self.say(tr(_FAILED[self._failed]))
            self._failed = None

    def error(self, error: ChatError) -> None:
        failed = _FAILED.get(self._failed) if self._failed is not None else None
        prefix = tr(failed) if failed else ""
        self._failed = None
        said = tr("Error: {title}. {message}").format(title=error.title, message=error.message)
        self.say(f"{prefix} {said}")
        self._error_said = True  # a reply ending right after with this error: said already
        QTimer.singleShot(0, self._forget_error)

    def _forget_error(self) -> None:
        self._error_said = False

    def notice(self, text: str) -> None:
        """A retry countdown ticks every second: say it once per try."""
        if text and not same_try(self._last_notice, text):
            self.say(text)
        self._last_notice = text


def _announce(source: QObject, text: str, assertive: bool = False) -> None:
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    polite = QAccessible.AnnouncementPoliteness
    event.setPoliteness(polite.Assertive if assertive else polite.Polite)
    QAccessible.updateAccessibility(event)


def announcer_for(obj: QObject) -> Announcer | None:
    """The announcer of the window ``obj`` is in (or of the window a dialog belongs to)."""
    here: QObject | None = obj
    while here is not None:
        found = here.findChild(Announcer, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(found, Announcer):
            return found
        here = here.parent()
    return None


def say_current_row(view: QListWidget) -> None:
    """Up/Down typed in a box moved the current row of a list beside it: the list has no
    focus, so a screen reader would say nothing. Say the row and where it is, as it
    would for a focused list ("Garden, 2 of 5")."""
    item = view.currentItem()
    if item is None:
        return
    text = item.data(Qt.ItemDataRole.AccessibleTextRole) or item.text()
    widget = view.itemWidget(item)
    if not text and widget is not None:  # a row drawn by a label (rich text)
        text = QTextDocumentFragment.fromHtml(widget.property("text") or "").toPlainText()
    said = tr("{title}, {n} of {m}").format(
        title=text, n=number(view.currentRow() + 1), m=number(view.count())
    )
    announcer = announcer_for(view)
    if announcer is not None:
        announcer.say(said, source=view)
    else:
        _announce(view, " ".join(said.split()))


def _excerpt(text: str) -> str:
    """A finished reply as read out: its first ``_ANNOUNCED_CHARS``, cut at a word."""
    shown = text.strip()
    if len(shown) > _ANNOUNCED_CHARS:
        shown = shown[:_ANNOUNCED_CHARS].rsplit(" ", 1)[0] + "…"
    return shown


def ending(status: MessageStatus, text: str, error: ChatError | None = None) -> str:
    """How a reply ended, as said aloud (the main window's phrases): finished with its
    text, stopped, cut off or failed with its error."""
    if status is MessageStatus.COMPLETE:
        shown = _excerpt(text)
        return (
            tr("Reply finished: {reply}").format(reply=shown)
            if shown
            else tr("Reply finished, empty.")
        )
    said = tr("Reply stopped.") if status is MessageStatus.STOPPED else ""
    if status in _FAILED:
        said = tr(_FAILED[status])
    if error is not None:
        told = tr("Error: {title}. {message}").format(title=error.title, message=error.message)
        said = f"{said} {told}"
    return said


def column_ended(
    announcer: Announcer,
    column: int,
    name: str,
    status: MessageStatus,
    text: str,
    error: ChatError | None = None,
    source: QObject | None = None,
) -> None:
    """A compare column's reply ended: said once, with which column and model it was (the
    columns stream side by side, so "Reply finished" alone would not say whose)."""
    said = ending(status, text, error)
    if said:
        announcer.say(
            tr("Column {number} ({model}): {ending}", "a compare column's reply ended").format(
                number=number(column + 1), model=name, ending=said
            ),
            source=source,
        )
