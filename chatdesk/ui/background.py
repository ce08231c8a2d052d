"""Run a blocking call (disk, keyring, HTTP) off the UI thread; get its result back on it.

Like Anki's ``QueryOp``: ``run_in_background(fn, on_success, on_failure)``.
The callbacks always run on the UI thread because they are invoked through a
queued connection to an object that lives there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pending: set[Delivery] = set()


class Delivery(QObject):
    """Hands a result or an error from any thread to callbacks on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_success: Callable[[Any], None], on_failure: Callable[[Exception], None] | None
    ) -> None:
        super().__init__()
        _pending.add(self)
        self._on_success = on_success
        self._on_failure = on_failure
        # This object lives on the UI thread and is emitted from a pool thread, so the
        # automatic connection type queues the call onto the UI thread.
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        _pending.discard(self)
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        _pending.discard(self)
        if self._on_failure is not None and isinstance(error, Exception):
            self._on_failure(error)
        else:  # nobody asked to hear about it: never drop a failure silently
            log.error("Background work failed", exc_info=error)  # type: ignore[arg-type]


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], delivery: Delivery) -> None:
        super().__init__()
        self._fn = fn
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure is handed back to the UI
            self._delivery.failed.emit(exc)
        else:
            self._delivery.succeeded.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """``pool``: a pool of its own for work that may be slow (highlighting), so it never
    holds up the shared pool's disk and network work."""
    delivery = Delivery(on_success, on_failure)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, delivery))


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Block until queued background work is done (used at exit, so writes land)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
