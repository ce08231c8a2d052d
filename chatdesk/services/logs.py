"""Diagnostics: a rotating log file in the data folder.

Records are handed to a background thread (``QueueListener``) so the UI thread
never waits on the disk. That thread writes a burst of records together, ``GATHER_S``
after its first: each request logs as its reply starts, and a writer waking then took
the interpreter lock from the replies' first tokens (four at once in a comparison).

Every secret registered with ``add_secret`` is masked in the whole formatted record
(message, traceback and stack) before it is queued, in case one slips into a message or
an exception's text.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import queue

LOG_FILE = "chatdesk.log"
#: How long the writer waits after a quiet spell's first record before writing it (and
#: those that came meanwhile).
GATHER_S = 0.05

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_listener: Any = None  # logging.handlers.QueueListener, imported on first use
_handler: logging.Handler | None = None


def add_secret(secret: str) -> None:
    """Mask ``secret`` in every log record from now on."""
    if secret and len(secret) >= 4:
        with _secrets_lock:
            _secrets.add(secret)


def mask(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    with _secrets_lock:
        secrets = tuple(_secrets)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def _masking_queue_handler(records: queue.SimpleQueue[logging.LogRecord]) -> logging.Handler:
    """A ``QueueHandler`` that queues each record formatted and masked whole.

    ``QueueHandler.prepare`` folds the traceback and stack into a copy's message, so
    masking that copy covers message, traceback and stack; a filter on the message
    alone let tracebacks through. Built on first use: ``logging.handlers`` is slow to
    import."""
    import logging.handlers

    class MaskingQueueHandler(logging.handlers.QueueHandler):
        def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
            prepared: logging.LogRecord = super().prepare(record)
            prepared.msg = prepared.message = mask(str(prepared.msg))
            return prepared

    return MaskingQueueHandler(records)


def _gathering_listener(
    records: queue.SimpleQueue[logging.LogRecord], handler: logging.Handler
) -> Any:
    """A ``QueueListener`` that, woken by a record after a quiet spell, waits ``GATHER_S``
    and then writes it and every record that came meanwhile."""
    import logging.handlers
    import queue
    import time

    class GatheringListener(logging.handlers.QueueListener):
        def dequeue(self, block: bool) -> Any:  # a record, or None: the sentinel
            try:
                return records.get_nowait()
            except queue.Empty:
                if not block:
                    raise
            record = records.get()
            if record is not None:  # None is the listener's sentinel: stop now
                time.sleep(GATHER_S)
            return record

    return GatheringListener(records, handler)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Start file logging; idempotent. Failure to open the file never stops the app."""
    global _listener, _handler
    if _listener is not None:
        return
    import logging.handlers
    import queue

    root = logging.getLogger("chatdesk")
    root.setLevel(level)
    from chatdesk.services.paths import private_dir, private_opener

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Log files are owner-only (0600), the first and every one after a rollover."""

        def _open(self) -> Any:
            return open(self.baseFilename, self.mode, encoding=self.encoding, opener=private_opener)

    try:
        private_dir(log_dir)
        file_handler: logging.Handler = PrivateRotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    queue_handler = _masking_queue_handler(records)
    root.addHandler(queue_handler)
    _handler = queue_handler
    _listener = _gathering_listener(records, file_handler)
    _listener.start()


def shutdown_logging() -> None:
    """Flush pending records to the file and detach (at exit)."""
    global _listener, _handler
    if _handler is not None:
        logging.getLogger("chatdesk").removeHandler(_handler)
        _handler = None
    if _listener is not None:
        _listener.stop()
        _listener = None
