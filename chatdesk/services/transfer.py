"""Import and export files, for the window and the command line alike: the one place that
reads an import file into the history and writes the history out to a file.

An import is refused before it is read when it is too large or not a regular file; any
refusal is an ``ImportRefused`` saying "<file> was not imported: <why>.", and nothing of
a refused file is stored. An export is written owner-only (0600) to a ``.part`` file
that is renamed into place, and removed on any failure, so a half-written export never
looks like a whole one. The formats are ``core/export.py``'s and ``core/imports.py``'s.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO

from chatdesk.core import export
from chatdesk.core.i18n import number, tr
from chatdesk.core.imports import (
    MAX_IMPORT_BYTES,
    InvalidImport,
    decode_text,
    load_json,
    parse_import,
)
from chatdesk.core.messages import Conversation
from chatdesk.core.projects import Project
from chatdesk.services.paths import open_private
from chatdesk.services.storage import HistoryStore, StorageError


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    """The branch shown of each conversation, to read."""
    JSON = "json"
    """chatdesk's own format (``docs/export-format.md``): every branch, to import again."""


class ImportRefused(StorageError):
    """An import file refused whole; the message names the file and what is wrong."""


@dataclass(frozen=True)
class ImportResult:
    source: str
    """The file's name."""
    imported: int
    skipped: int
    """Conversations already in the history."""

    def message(self) -> str:
        if self.skipped:
            return tr(
                "Imported %Ln conversation(s) from {source} ({skipped} already present).",
                "",
                self.imported,
            ).format(source=self.source, skipped=number(self.skipped))
        return tr("Imported %Ln conversation(s) from {source}.", "", self.imported).format(
            source=self.source
        )


@dataclass(frozen=True)
class Archive:
    """What an import file holds: conversations, and the projects they live in."""

    conversations: list[Conversation]
    projects: list[Project]


# -- import ----------------------------------------------------------------------------


def import_file(store: HistoryStore, path: Path, limit: int = MAX_IMPORT_BYTES) -> ImportResult:
    """Read, check and store the conversations in ``path`` (in one transaction).

    ``ImportRefused`` when the file is unusable; ``StorageError`` when the history is."""
    try:
        archive = read_archive(path, limit)
    except InvalidImport as exc:
        raise ImportRefused(
            tr("{name} was not imported: {reason}.").format(name=path.name, reason=exc)
        ) from None
    imported, skipped = store.import_conversations(archive.conversations, archive.projects)
    return ImportResult(path.name, imported, skipped)


def read_import(path: Path, limit: int = MAX_IMPORT_BYTES) -> list[Conversation]:
    """The conversations in an import file; ``InvalidImport`` says what is wrong."""
    return read_archive(path, limit).conversations


def read_archive(path: Path, limit: int = MAX_IMPORT_BYTES) -> Archive:
    """The conversations and projects in an import file (ChatGPT's has no projects);
    ``InvalidImport`` says what is wrong."""
    try:
        # Non-blocking, so a named pipe is refused below instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InvalidImport(tr("it is not a regular file"))
            if info.st_size > limit:
                raise InvalidImport(_too_large(info.st_size, limit))
            raw = fh.read(limit + 1)  # a file growing while read is still capped
    except OSError as exc:
        raise InvalidImport(
            tr("it could not be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    if len(raw) > limit:
        raise InvalidImport(_too_large(len(raw), limit))
    try:
        text = decode_text(raw)
        data = load_json(text)
        if isinstance(data, dict) and data.get("format") == export.FORMAT_NAME:
            conversations = export.parse_chatdesk(data)  # checks the version first
            return Archive(conversations, export.parse_projects(data))
        return Archive(parse_import(text), [])
    except MemoryError:
        raise InvalidImport(tr("there is not enough memory to read it")) from None


def _too_large(size: int, limit: int) -> str:
    mib = 1024 * 1024
    return tr(
        "it is {size} MiB; chatdesk imports files of up to {limit} MiB "
        "(split a ChatGPT conversations.json into several files)"
    ).format(size=number(size / mib), limit=number(limit // mib))


# -- export ----------------------------------------------------------------------------


def write_export(
    store: HistoryStore,
    out: IO[str],
    fmt: ExportFormat,
    uid: str | None = None,
    *,
    project: str | None = None,
) -> int:
    """Write conversation ``uid``, or those of ``project``, or all to ``out``; returns how
    many conversations were written.

    JSON carries the projects those conversations live in (every project when all are
    exported, empty ones included); Markdown starts a project's export with its name and
    defaults. Conversations are read one at a time, so a large history never sits in
    memory whole.
    """
    count = 0
    chosen = [p for p in store.list_projects() if project is None or p.uid == project]
    if project is not None and not chosen:
        raise StorageError(tr("That project no longer exists."))
    if ExportFormat(fmt) is ExportFormat.JSON:  # a plain "json" too
        if uid is not None:
            conv = store.load_conversation(uid, tail=0)
            chosen = [p for p in chosen if conv is not None and p.uid == conv.project]
        out.write(export.document_head(chosen))
        # Every branch, so a re-import loses nothing; ``current_leaf`` says which is shown.
        for conv in store.conversations(uid, all_branches=True, project=project):
            if count:
                out.write(", ")
            out.write(json.dumps(export.conversation_to_json(conv), ensure_ascii=False))
            count += 1
        out.write("]}\n")
    else:
        if project is not None:
            out.write(export.project_to_markdown(chosen[0]) + "\n---\n\n")
        for conv in store.conversations(uid, all_branches=False, project=project):  # shown
            if count:
                out.write("\n---\n\n")
            out.write(export.to_markdown(conv))
            count += 1
    return count


def export_to_file(
    store: HistoryStore,
    path: Path,
    fmt: ExportFormat,
    uid: str | None,
    *,
    project: str | None = None,
) -> int:
    """Write ``fmt`` to ``path``; returns the number of conversations.

    Raises ``StorageError`` with the reason; ``path`` is untouched unless it succeeds.
    """
    tmp = path.with_name(path.name + ".part")
    try:
        with open_private(tmp) as out:
            count = write_export(store, out, fmt, uid, project=project)
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise StorageError(
            tr("Could not write {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        _remove(tmp)
        raise
    return count


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # the original failure is the one to report
        tmp.unlink(missing_ok=True)
