"""The history's own thread: every database call runs here, one at a time, in order.

Serialising on one thread keeps writes ordered (a reply's insert always precedes its
updates) and keeps SQLite off the UI thread. Results come back through Qt signals.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from chatdesk.ui.background import Delivery

if TYPE_CHECKING:
    from chatdesk.services.storage import HistoryStore

log = logging.getLogger(__name__)

Job = Callable[["HistoryStore"], Any]


class StorageRunner(QObject):
    failed = Signal(object)  # StorageError, for jobs without their own error handler

    def __init__(self, path: Path) -> None:
        """``path`` of the database; the store (and SQLite) load on the history thread."""
        super().__init__()
        self.path = path
        self._store: HistoryStore | None = None
        self._jobs: queue.SimpleQueue[tuple[Job, Delivery] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="history", daemon=True)
        self._started = False
        self._closed = False

    def submit(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        if self._closed:
            return
        if not self._started:
            self._started = True
            self._thread.start()
        self._jobs.put((job, Delivery(on_done or _ignore, on_error or self._report)))

    def _report(self, error: Exception) -> None:
        self.failed.emit(error)

    @property
    def store(self) -> HistoryStore:
        if self._store is None:
            from chatdesk.services.storage import HistoryStore

            self._store = HistoryStore(self.path)
        return self._store

    def _run(self) -> None:
        from chatdesk.services.storage import StorageError

        while True:
            item = self._jobs.get()
            if item is None:
                break
            job, delivery = item
            try:
                result = job(self.store)
            except StorageError as exc:
                delivery.failed.emit(exc)
            except Exception as exc:
                log.exception("history job failed")
                delivery.failed.emit(
                    StorageError(
                        f"Could not save to or read the history ({type(exc).__name__}); "
                        "the log has the details."
                    )
                )
            else:
                delivery.succeeded.emit(result)
        if self._store is not None:
            self._store.close()

    def close(self, timeout: float = 5.0) -> None:
        """Finish queued writes, then close the database (at quit)."""
        if self._closed:
            return
        self._closed = True
        if self._started:
            self._jobs.put(None)
            self._thread.join(timeout)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every job queued so far has run (tests and shutdown)."""
        done = threading.Event()
        if not self._started:
            return True
        self._jobs.put((lambda _store: done.set(), Delivery(_ignore, _ignore)))
        return done.wait(timeout)


def _ignore(_: object) -> None:
    pass
