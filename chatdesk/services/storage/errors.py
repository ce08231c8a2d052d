"""History failures as the user reads them, and telling a busy lock from a real failure."""

from __future__ import annotations

import sqlite3

from chatdesk.core.i18n import noop, tr

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


class StorageError(Exception):
    """A history failure, with a message that says what happened and what to do."""


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock (as opposed to a real failure)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


#: What a failed history job could not do, by the ``action`` its caller names it with (in
#: English, for the log): each a whole clause for the user's language.
_COULD_NOT = {
    "open the history": noop("Could not open the history"),
    "read the history": noop("Could not read the history"),
    "save the history": noop("Could not save the history"),
    "list conversations": noop("Could not list conversations"),
    "find the conversation": noop("Could not find the conversation"),
    "open the conversation": noop("Could not open the conversation"),
    "save the conversation": noop("Could not save the conversation"),
    "rename the conversation": noop("Could not rename the conversation"),
    "pin the conversation": noop("Could not pin the conversation"),
    "move the conversation": noop("Could not move the conversation"),
    "delete the conversation": noop("Could not delete the conversation"),
    "save the message": noop("Could not save the message"),
    "save the reply": noop("Could not save the reply"),
    "delete the message": noop("Could not delete the message"),
    "switch the branch": noop("Could not switch the branch"),
    "list projects": noop("Could not list projects"),
    "save the project": noop("Could not save the project"),
    "delete the project": noop("Could not delete the project"),
    "search": noop("Could not search"),
    "read usage": noop("Could not read usage"),
    "import": noop("Could not import"),
    "export": noop("Could not export"),
}


def could_not(action: str) -> str:
    """ "Could not ``action``", in the user's language."""
    known = _COULD_NOT.get(action)
    return tr(known) if known else tr("Could not {action}").format(action=action)


def friendly(exc: sqlite3.Error, action: str) -> StorageError:
    """``exc`` as a ``StorageError`` saying what could not be done, why, and what to do."""
    text = str(exc).lower()
    failed = could_not(action)
    if "locked" in text or "busy" in text:
        return StorageError(
            tr(
                "{failed}: the history is locked by another program. "
                "Is another chatdesk writing to it? Try again in a moment."
            ).format(failed=failed)
        )
    if "full" in text:
        return StorageError(
            tr(
                "{failed}: the disk is full. Free some space; nothing was damaged, "
                "and the last change will be saved with the next one."
            ).format(failed=failed)
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(
            tr(
                "{failed}: the history file is read-only. Check the data folder's permissions."
            ).format(failed=failed)
        )
    return StorageError(tr("{failed}: {error}.").format(failed=failed, error=exc))
