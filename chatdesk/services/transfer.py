"""Import and export files: the file side of ``core/export.py``, shared by the window and
the command line so both check the same limits and leave the same traces (none).

An import is refused before it is read when it is too large, and every failure is an
``InvalidImport`` whose message completes "… was not imported: ". An export is written
owner-only (0600) to a ``.part`` file that is renamed into place, and removed on any
failure, so a half-written export never looks like a whole one.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from chatdesk.core.imports import (
    MAX_IMPORT_BYTES,
    InvalidImport,
    decode_text,
    parse_import,
)
from chatdesk.core.messages import Conversation
from chatdesk.services.paths import open_private

if TYPE_CHECKING:
    from chatdesk.services.storage import HistoryStore


def read_import(path: Path, limit: int = MAX_IMPORT_BYTES) -> list[Conversation]:
    """The conversations in an import file; ``InvalidImport`` says what is wrong."""
    try:
        # Non-blocking, so a named pipe is refused below instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InvalidImport("it is not a regular file")
            if info.st_size > limit:
                raise InvalidImport(_too_large(info.st_size, limit))
            raw = fh.read(limit + 1)  # a file growing while read is still capped
    except OSError as exc:
        raise InvalidImport(f"it could not be read ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise InvalidImport(_too_large(len(raw), limit))
    try:
        return parse_import(decode_text(raw))
    except MemoryError:
        raise InvalidImport("there is not enough memory to read it") from None


def _too_large(size: int, limit: int) -> str:
    mib = 1024 * 1024
    return (
        f"it is {size / mib:,.0f} MiB; chatdesk imports files of up to {limit // mib} MiB "
        "(split a ChatGPT conversations.json into several files)"
    )


def export_to_file(store: HistoryStore, path: Path, fmt: str, uid: str | None) -> int:
    """Write ``fmt`` ("md" or "json") to ``path``; returns the number of conversations.

    Raises ``StorageError`` with the reason; ``path`` is untouched unless it succeeds.
    """
    from chatdesk.services.storage import StorageError

    tmp = path.with_name(path.name + ".part")
    try:
        with open_private(tmp) as out:
            write = store.export_json if fmt == "json" else store.export_markdown
            count = write(out, uid)
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise StorageError(f"Could not write {path}: {exc.strerror or exc}.") from None
    except BaseException:
        _remove(tmp)
        raise
    return count


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # the original failure is the one to report
        tmp.unlink(missing_ok=True)
