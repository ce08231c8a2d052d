"""History failures as the user reads them, and telling a busy lock from a real failure."""

from __future__ import annotations

import sqlite3

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


def friendly(exc: sqlite3.Error, action: str) -> StorageError:
    """``exc`` as a ``StorageError`` saying what could not be done, why, and what to do."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            f"Could not {action}: the history is locked by another program. "
            "Is another chatdesk writing to it? Try again in a moment."
        )
    if "full" in text:
        return StorageError(
            f"Could not {action}: the disk is full. Free some space; nothing was damaged, "
            "and the last change will be saved with the next one."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(
            f"Could not {action}: the history file is read-only. Check the data folder's "
            "permissions."
        )
    return StorageError(f"Could not {action}: {exc}.")
