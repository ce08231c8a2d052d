"""The one way to run work off the UI thread: a call or a generator, results on the UI thread.

Like Anki's ``QueryOp`` and superqt's generator worker: ``run_in_background(fn,
on_success, on_failure)`` runs a blocking call (disk, keyring, HTTP); ``stream_in_background
(gen, on_item, on_done, on_failure)`` runs a generator and hands over each item as it
comes (a streamed reply). Callbacks always run on the UI thread, because they are
invoked through a queued connection to an object that lives there. Each returns a
``Task`` whose ``cancel`` stops delivery at once and calls the work's own cancel (which
closes a socket, say).

Failures come in two kinds. Expected ones — the outside world: the network, the disk,
a locked database, the keyring — reach ``on_failure`` as they are. Anything else is a
bug: it is logged with its traceback where it happened and handed over as an
``InternalError`` that says so, never dressed up as a network or history problem. A
failure nobody asked to hear about is never dropped: it is logged and announced on
``unhandled()``, which the main window shows.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr

log = logging.getLogger(__name__)
_pending: set[Delivery] = set()
#: While a stream keeps sending, its items reach the UI thread at most this often.
PAUSE_MS = 8
_requests: QThreadPool | None = None


class InternalError(Exception):
    """A bug in chatdesk (its traceback is in the log), as opposed to the environment."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(
            tr(
                "chatdesk hit a bug ({error}). It is not a problem with your server, disk "
                "or network, and trying again will not help. The log has the details "
                "(Help > Open log folder): please report the bug with it."
            ).format(error=type(error).__name__)
        )
        self.cause = error

    def shown(self) -> ChatError:
        """As the banner shows it: an internal error, whatever the work was doing."""
        return ChatError(ErrorKind.INTERNAL, str(self))


def as_bug(error: Exception) -> ChatError | None:
    """The internal error to show when ``error`` is a bug, else None.

    Every failure handler asks this first: its own wording ("History problem", "Could
    not reach the server") is for the outside world's failures, and dressing a bug up
    as one of those sends the user to check a disk or a network that are fine."""
    return error.shown() if isinstance(error, InternalError) else None


def shown(error: Exception) -> ChatError:
    """What the banner shows for a failure no handler was given: a ``ChatError`` as it is,
    anything else as an internal error (leaving a failure unhandled is itself the bug)."""
    if isinstance(error, ChatError):
        return error
    return as_bug(error) or ChatError(ErrorKind.INTERNAL, str(error))


def _expected(error: BaseException) -> bool:
    """The outside world failed (worth a plain message), rather than our own code.

    Imported here, on a worker thread and only on failure: the history package and the
    keyring module must not load at start-up for this."""
    from chatdesk.services.keystore import KeyringUnavailable
    from chatdesk.services.mcp.config import McpConfigError  # the user's mcp.json or paste
    from chatdesk.services.storage.errors import StorageError  # ImportRefused is one too

    expected = ChatError | OSError | KeyringUnavailable | StorageError | McpConfigError
    return isinstance(error, expected)


class Unhandled(QObject):
    """Failures that had no handler: announced, never silent."""

    failed = Signal(object)  # Exception


_unhandled: Unhandled | None = None


def unhandled() -> Unhandled:
    global _unhandled
    if _unhandled is None:
        _unhandled = Unhandled()
    return _unhandled


class Delivery(QObject):
    """Hands items, a result or an error from any thread to callbacks on the UI thread."""

    ready = Signal()  # items are waiting in the queue
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None,
        on_item: Callable[[Any], None] | None = None,
    ) -> None:
        # Owned by the app and deleted on the UI thread after its end: one owned by
        # Python died wherever its last reference went, on a worker too (a CI crash).
        app = QCoreApplication.instance()
        on_ui_thread = app is not None and QThread.currentThread() is app.thread()
        super().__init__(app if on_ui_thread else None)
        _pending.add(self)
        self.work: Callable[[Delivery], Any] = _spent
        """What the worker runs, held here to be let go on the UI thread too."""
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_item = on_item
        self.cancelled = False
        # Streamed items wait here; one queued call drains however many arrived meanwhile,
        # rather than one queued call per item (thousands a second with several streams).
        self._items: deque[object] = deque()
        self._lock = threading.Lock()
        self._scheduled = False
        # Made now, while nothing competes for the interpreter lock, rather than at the
        # first item: connecting a signal gives the lock up, and with other streams
        # starting it then waited ~0.5 ms right when a first token was being shown.
        self._pause = self._pause_timer() if on_item is not None else None
        owner = getattr(getattr(on_success, "func", on_success), "__self__", None)
        self._owner = owner if isinstance(owner, QObject) else None
        """A Qt object whose method gets the result: nothing is delivered once it is gone."""
        # This object lives on the UI thread and is emitted from a pool thread, so the
        # automatic connection type queues each call onto the UI thread, in order.
        self.ready.connect(self._drain)
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def push(self, value: object) -> None:
        """From the worker thread: queue ``value`` for ``on_item``, in order."""
        with self._lock:
            self._items.append(value)
            if self._scheduled:
                return
            self._scheduled = True
        self.ready.emit()

    @Slot()
    def _drain(self) -> None:
        """Deliver what is waiting, then pause before the next delivery.

        The first item after a quiet spell is delivered at once (a reply's first token
        is not held back); while items keep coming, they are delivered at most every
        ``PAUSE_MS``, in one go. A worker then wakes the UI thread ~125 times a second
        instead of once per item: four replies at 1,000 tokens a second each cost
        thousands of wake-ups a second, which the window paid for in stalls."""
        while not self._deliver_waiting():
            with self._lock:
                if not self._items:  # quiet: the next item is delivered at once
                    self._scheduled = False
                    return
        self._pause_then_drain()

    def _deliver_waiting(self) -> bool:
        """Deliver every waiting item, in order; whether there were any.

        Should ``on_item`` raise (a bug: it is reported like any other in a slot), the
        items after that one go back to the front of the queue for the next delivery
        rather than being lost, and the deliveries go on."""
        with self._lock:
            items, self._items = self._items, deque()
        if not items:
            return False
        try:
            while items:
                value = items.popleft()
                if not self.cancelled and self._on_item is not None and not self._gone():
                    self._on_item(value)
        finally:
            if items:
                with self._lock:
                    self._items.extendleft(reversed(items))
                self._pause_then_drain()
        return True

    def _pause_timer(self) -> QTimer:
        pause = QTimer(self)
        pause.setSingleShot(True)
        pause.setInterval(PAUSE_MS)
        pause.timeout.connect(self._drain)
        return pause

    def _pause_then_drain(self) -> None:
        if self._pause is None:
            self._pause = self._pause_timer()
        self._pause.start()

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        try:
            self._finish_items()
            if not self.cancelled and not self._gone():
                self._on_success(result)
        finally:
            self._release()

    def _release(self) -> None:
        """Let go of the work and callbacks here, on the UI thread (what they hold must not
        die on the worker's thread, should it let go last), then delete this object."""
        _pending.discard(self)
        self.work = _spent
        self._on_success = lambda _: None
        self._on_failure = self._on_item = None
        self._owner = None
        self.deleteLater()

    def _finish_items(self) -> None:
        """The work ended: items still waiting for the pause go first, so every item
        reaches ``on_item`` before the end is told (even if handling one raised)."""
        while True:
            try:
                self._deliver_waiting()
            except Exception:
                log.exception("A bug while handing over a streamed item")
                continue  # the items after it were put back
            break
        if self._pause is not None:
            self._pause.stop()

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        try:
            self._finish_items()
            if self.cancelled or not isinstance(error, Exception) or self._gone():
                return
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                log.error("Background work failed with no one to tell: %s", error)
                unhandled().failed.emit(error)
        finally:
            self._release()


class Task:
    """A handle on work started in the background."""

    def __init__(self, delivery: Delivery, on_cancel: Callable[[], None] | None) -> None:
        self._delivery = delivery
        self._on_cancel = on_cancel

    @property
    def wakeups(self) -> SignalInstance:
        """Sent, from the worker's thread, each time it wakes the UI thread to hand over
        the items waiting (however many): what a busy stream costs the UI thread."""
        return self._delivery.ready

    def cancel(self) -> None:
        """Deliver nothing more, and cancel the work itself (it may still be finishing)."""
        self._delivery.cancelled = True
        if self._on_cancel is not None:
            self._on_cancel()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Delivery], Any], delivery: Delivery) -> None:
        super().__init__()
        delivery.work = work  # not held here: the job is deleted on the worker's thread
        self._delivery = delivery

    def run(self) -> None:
        delivery = self._delivery
        try:
            result = delivery.work(delivery)  # no reference to the work is kept here
        except BaseException as exc:  # a SystemExit too: whoever waits must hear it ended
            if _expected(exc):
                delivery.failed.emit(exc)
            else:
                log.exception("A bug in background work")
                delivery.failed.emit(InternalError(exc))
        else:
            delivery.succeeded.emit(result)


def _spent(_: Delivery) -> Any:
    raise RuntimeError("this work has already been run")


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn`` on ``pool`` (the shared one by default; slow or ordered work has its own)."""
    delivery = Delivery(on_success, on_failure)
    (pool or QThreadPool.globalInstance()).start(_Job(lambda _: fn(), delivery))
    return Task(delivery, None)


def stream_in_background(
    generate: Callable[[], Iterable[Any]],
    on_item: Callable[[Any], None],
    on_done: Callable[[], None],
    on_failure: Callable[[Exception], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    hold: threading.Event | None = None,
) -> Task:
    """Run a generator; each item reaches ``on_item`` in order, then ``on_done`` once.

    Long-lived streams run on a pool of their own by default, so a slow server never
    holds up the shared pool's disk and keyring work. ``on_cancel`` is called by
    ``Task.cancel`` (from the UI thread) to make the generator stop now. With ``hold``,
    the generator starts only once it is set: several streams started together are
    then all set up before any of them competes with the UI thread for the
    interpreter lock (see ``Comparison.start``)."""

    def work(delivery: Delivery) -> None:
        if hold is not None:
            hold.wait()
            if delivery.cancelled:
                return
        for value in generate():
            if delivery.cancelled:
                break
            delivery.push(value)

    delivery = Delivery(lambda _: on_done(), on_failure, on_item)
    (pool or requests_pool()).start(_Job(work, delivery))
    return Task(delivery, on_cancel)


def requests_pool() -> QThreadPool:
    """Threads for requests that may stream for minutes: several replies at once."""
    global _requests
    if _requests is None:
        _requests = QThreadPool()
        _requests.setMaxThreadCount(8)
    return _requests


_named: dict[str, QThreadPool] = {}


def named_pool(name: str, threads: int = 1) -> QThreadPool:
    """A pool of its own for one kind of slow work (highlighting, typesetting, tools),
    shared by every widget that does it and kept for the app's life.

    Never parent a pool to a widget: a QThreadPool's destructor waits for every job
    queued on it, so closing a view would wait on a slow lexer or a stuck tool."""
    pool = _named.get(name)
    if pool is None:
        pool = _named[name] = QThreadPool()
        pool.setMaxThreadCount(threads)
    return pool


def ordered_pool() -> QThreadPool:
    """A pool of one thread that never expires: jobs run one at a time, in order, always
    on the same thread (an SQLite connection stays on the thread that made it)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    return pool


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Block until queued background work is done (used at exit, so writes land)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _requests is not None:
        done = _requests.waitForDone(min(timeout_ms, 1000)) and done
    return done
