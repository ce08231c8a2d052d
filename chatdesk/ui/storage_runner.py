"""The history's own thread: every database call runs there, one at a time, in order.

Jobs go through the app's one background helper on a pool of one thread that never
expires, so writes stay ordered (a reply's insert always precedes its updates), SQLite
stays off the UI thread, and the connection stays on the thread that opened it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.ui.background import ordered_pool, run_in_background

if TYPE_CHECKING:
    from chatdesk.services.storage import HistoryStore

Job = Callable[["HistoryStore"], Any]

log = logging.getLogger(__name__)


class StorageRunner(QObject):
    failed = Signal(object)  # Exception, for jobs without their own error handler

    def __init__(self, path: Path) -> None:
        """``path`` of the database; the store (and SQLite) load on the history thread."""
        super().__init__()
        self.path = path
        self._store: HistoryStore | None = None
        self._pool = ordered_pool()
        self._closed = False
        self._waiting: list[tuple[Job, Callable[[Any], None], Callable[[Exception], None]]] = []
        self._holding = 0

    def submit(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        if self._closed:
            # A caller's bug (nothing may write after quit began): said, with the stack
            # that asked, since the job itself cannot run.
            log.error("a history job came after the history closed; not run", stack_info=True)
            return
        done, failed = on_done or _ignore, on_error or self.failed.emit
        if self._holding:
            self._waiting.append((job, done, failed))
        else:
            self._queue(job, done, failed)

    def _queue(
        self, job: Job, done: Callable[[Any], None], failed: Callable[[Exception], None]
    ) -> None:
        run_in_background(lambda: job(self.store), done, failed, self._pool)

    def hold(self, longest_ms: int) -> Callable[[], None]:
        """Jobs submitted from now on wait, in order, until the returned ``release`` is
        called or ``longest_ms`` have passed, whichever comes first (released twice is
        released once). When the last hold is let go, they are queued.

        A comparison's four requests are CPU-bound from the moment they are let go to
        their first tokens, and a write running on the history's thread meanwhile
        competed with them for the interpreter lock (``bench/compare.py``: the slowest
        column's first token ~2 ms later). Its writes lose nothing by waiting those few
        milliseconds; ``longest_ms`` bounds the wait however slow the server, and
        ``close`` lets them go first."""
        self._holding += 1
        released = False

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            self._holding -= 1
            if not self._holding:
                self._let_go()

        QTimer.singleShot(longest_ms, self, release)
        return release

    def _let_go(self) -> None:
        """Queue the waiting jobs, in order (one at a time: none is lost if one fails)."""
        while self._waiting:
            self._queue(*self._waiting.pop(0))

    @property
    def store(self) -> HistoryStore:
        """Opened on first use, on the history thread."""
        if self._store is None:
            from chatdesk.services.storage import HistoryStore

            self._store = HistoryStore(self.path)
        return self._store

    def close(self, timeout: float = 5.0) -> None:
        """Finish queued writes, then close the database (at quit)."""
        if self._closed:
            return
        self._let_go()  # writes still held go first
        self.wait_idle(timeout)
        self._closed = True
        store, self._store = self._store, None
        if store is not None:
            run_in_background(lambda: _close(store), _ignore, self.failed.emit, self._pool)
            self._pool.waitForDone(int(timeout * 1000))

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every job queued so far has run (tests and shutdown)."""
        return self._pool.waitForDone(int(timeout * 1000))


def _ignore(_: object) -> None:
    pass


def _close(store: HistoryStore) -> None:
    """Close the database, logging a failure where it happens: at quit the UI thread
    never runs again to hear of it (``failed`` still tells a runner closed mid-session)."""
    try:
        store.close()
    except Exception as error:
        log.error("closing the history failed: %r", error)
        raise
