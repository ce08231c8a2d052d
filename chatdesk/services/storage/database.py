"""The history's SQLite connection: opening it safely, transactions, and busy retries.

Opening checks the file (``PRAGMA quick_check``) and moves a damaged one aside, never
deleting it; the file and its ``-wal``/``-shm`` companions are owner-only. Every write is
one ``BEGIN IMMEDIATE`` transaction, retried while another program (a long
``chatdesk import``) holds the lock, so a write waits rather than fails.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, TypeVar

from chatdesk.core.i18n import tr
from chatdesk.services.paths import PRIVATE_FILE_MODE, private_dir, private_file
from chatdesk.services.storage.errors import StorageError, friendly, is_busy

log = logging.getLogger(__name__)

T = TypeVar("T")


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; ``BEGIN IMMEDIATE`` takes the write lock up front.

    A failed ``COMMIT`` (busy) rolls back too, so the transaction can be retried."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


class Database:
    """One connection to the history file (``check_same_thread=False``: the caller keeps
    every use on one thread at a time, as the UI's storage thread does)."""

    def __init__(self, path: Path, *, busy_timeout: float, busy_retry: float) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self.busy_retry = busy_retry
        self._db: sqlite3.Connection | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise StorageError(tr("The history is not open."))
        return self._db

    def open(self, prepare: Callable[[sqlite3.Connection], None]) -> Path | None:
        """Connect and run ``prepare`` (the migrations); returns where a damaged file went.

        A file that fails the check, or that ``prepare`` finds damaged, is moved aside and a
        fresh one started; a locked one is reported instead."""
        private_dir(self.path.parent)
        moved: Path | None = None
        try:
            self._connect(prepare)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc).lower():
                raise friendly(exc, "open the history") from None
            moved = self._move_aside(exc)
            self._connect(prepare)
        self._tighten_companions()
        return moved

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
            self._db.close()
            self._db = None

    def _connect(self, prepare: Callable[[sqlite3.Connection], None]) -> None:
        private_file(self.path)  # before SQLite creates it with the umask's mode
        db = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("history is in %s mode, not WAL", mode)
            db.execute("PRAGMA synchronous = NORMAL")
            # A 1 MB page cache (SQLite's default is 2 MB): the OS caches the file anyway,
            # and the app's resident memory matters more than the last bit of speed.
            db.execute("PRAGMA cache_size = -1024")
            prepare(db)
        except BaseException:
            db.close()
            raise
        self._db = db

    def _tighten_companions(self) -> None:
        """Owner-only -wal and -shm (SQLite copies the database's mode to new ones; this
        fixes those an older chatdesk left readable)."""
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(self.path.with_name(self.path.name + suffix), PRIVATE_FILE_MODE)

    def _move_aside(self, exc: Exception) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        log.error("history unusable (%s); moving it to %s", exc, target.name)
        try:
            self.path.rename(target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
        except OSError as move_error:
            raise StorageError(
                tr(
                    "The history file {path} cannot be read ({error}) and could not be "
                    "moved aside ({move_error}). Move it away yourself, then restart chatdesk."
                ).format(path=self.path, error=exc, move_error=move_error)
            ) from None
        return target

    def write(self, action: str, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in one transaction, retrying while another program holds the lock.

        Each attempt already waits ``busy_timeout`` inside SQLite; between attempts the
        pause doubles (from 50 ms to 2 s) until ``busy_retry`` seconds have passed.
        ``action`` completes "Could not …" in the error.
        """
        deadline = time.monotonic() + self.busy_retry
        pause = 0.05
        while True:
            try:
                with transaction(self.connection) as db:
                    return fn(db)
            except sqlite3.Error as exc:
                if not is_busy(exc) or time.monotonic() + pause > deadline:
                    raise friendly(exc, action) from None
                log.info("history busy (%s); retrying to %s", exc, action)
            time.sleep(pause)
            pause = min(pause * 2, 2.0)

    def read(self, action: str, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """The rows of one query; a failure is a ``StorageError`` naming ``action``."""
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise friendly(exc, action) from None

    def rows(self, action: str, sql: str, args: tuple[Any, ...] = ()) -> Generator[Any, None, None]:
        """The rows of one query, read only as far as the caller goes: a walk of an index
        that stops early stops the query. ``close()`` it when done (a pending query keeps
        its read snapshot); a failure is a ``StorageError`` naming ``action``."""
        cursor: sqlite3.Cursor | None = None
        try:
            cursor = self.connection.execute(sql, args)
            yield from cursor
        except sqlite3.Error as exc:
            raise friendly(exc, action) from None
        finally:
            if cursor is not None:
                cursor.close()

    def has_table(self, name: str) -> bool:
        return bool(
            self.read("open the history", "SELECT 1 FROM sqlite_master WHERE name = ?", (name,))
        )

    def integrity_ok(self) -> bool:
        return bool(self.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
