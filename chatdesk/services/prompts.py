"""The prompt library on disk: ``prompts.json`` in the config folder, and its import and
export files.

Reads never raise for what a file says: a missing library is empty, and a damaged, foreign
or huge one comes back as a ``Loaded`` with a ``problem`` that says why (the file is left
as it is). Writes go to a temporary file that replaces the old one (a crash never leaves
half a library), owner-only (0600) like every file chatdesk writes; they raise ``OSError``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chatdesk.core.i18n import number, tr
from chatdesk.core.prompts import MAX_FILE_BYTES, InvalidPrompts, Prompt, dumps, loads
from chatdesk.services.paths import PRIVATE_FILE_MODE, AppPaths, private_dir

FILE_NAME = "prompts.json"


def library_path(paths: AppPaths) -> Path:
    """Where the library is kept: next to settings.json."""
    return paths.config_dir / FILE_NAME


@dataclass(frozen=True)
class Loaded:
    prompts: tuple[Prompt, ...] = ()
    problem: str = ""
    """Why the file could not be used, as a whole sentence; empty when it was read."""


def read_library(path: Path) -> Loaded:
    """The saved library; an empty one when there is none yet."""
    if not path.exists():
        return Loaded()
    loaded = read_file(path)
    if loaded.problem:
        return Loaded(
            problem=tr(
                "{problem} It was left as it is; your next change to the library "
                "keeps it as {name}.damaged-… and starts a new one."
            ).format(problem=loaded.problem, name=path.name)
        )
    return loaded


def read_file(path: Path) -> Loaded:
    """A library file (the saved one, or one to import)."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE_BYTES:
                return Loaded(
                    problem=tr(
                        "The prompt library {name} could not be used: it is {size}, "
                        "more than {limit}."
                    ).format(name=name, size=_mb(size), limit=_mb(MAX_FILE_BYTES))
                )
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return Loaded(
            problem=tr("The prompt library {name} could not be used: {reason}.").format(
                name=name, reason=exc.strerror or exc
            )
        )
    if len(raw) > MAX_FILE_BYTES:  # it grew while being read, or is not a regular file
        return Loaded(
            problem=tr(
                "The prompt library {name} could not be used: it is larger than {limit}."
            ).format(name=name, limit=_mb(MAX_FILE_BYTES))
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Loaded(
            problem=tr(
                "The prompt library {name} could not be used: it is not UTF-8 text (byte {offset})."
            ).format(name=name, offset=number(exc.start))
        )
    try:
        return Loaded(tuple(loads(text)))
    except InvalidPrompts as exc:
        return Loaded(
            problem=tr("The prompt library {name} could not be used: {reason}.").format(
                name=name, reason=exc
            )
        )


def write_library(path: Path, prompts: Sequence[Prompt], *, set_aside: bool = False) -> str:
    """Save the library; ``set_aside``: first keep the file there as ``….damaged-<time>``
    (it could not be read, and is not to be lost). Returns the kept file's name, or ""."""
    private_dir(path.parent)
    kept = ""
    if set_aside and path.exists():
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        os.replace(path, aside)
        kept = aside.name
    write_file(path, prompts)
    return kept


def write_file(path: Path, prompts: Sequence[Prompt]) -> None:
    """Write ``prompts`` to ``path`` (the library, or an export) atomically, 0600."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".prompts-", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it 0600 already; whatever the platform says
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumps(prompts))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mb(size: int) -> str:
    return tr("{size} MB").format(size=number(size / (1024 * 1024), 1))
