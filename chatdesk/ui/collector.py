"""Python's cyclic garbage collection, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up:
a request thread, the history's thread. A Qt object owned by Python and caught in a
reference cycle is then destroyed on that thread. Its destructor takes Qt's
signal-slot lock and asks for the interpreter lock, while the UI thread, holding the
interpreter lock, waits for that same signal-slot lock in a ``connect``: the window froze
for good (seen in the test suite: a request thread collecting in ``urllib3``). So
automatic collection is off, and a timer on the UI thread collects the generations that
have filled up, as automatic collection would have, only on the right thread (what
calibre's ``GarbageCollector`` does for the same reason).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the counts are checked: garbage lives at most this long past its threshold.
INTERVAL_MS = 100
#: A full collection pauses the window ~10-15 ms (``bench.compare``'s idle window), and
#: Python's own collector runs one only when many objects have survived since the last;
#: that count is not readable from Python, so full collections are spaced out instead.
FULL_EVERY_S = 60.0


class Collector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._thresholds = gc.get_threshold()
        self._full_at = time.monotonic()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold (-1: none)."""
        (c0, c1, c2), (t0, t1, t2) = gc.get_count(), self._thresholds
        if c0 <= t0:
            return -1
        generation = 0
        if c1 > t1:
            generation = 1
            now = time.monotonic()
            if c2 > t2 and now - self._full_at >= FULL_EVERY_S:
                generation, self._full_at = 2, now
        gc.collect(generation)
        return generation


_collector: Collector | None = None


def install() -> Collector | None:
    """Collect on the UI thread from now on (once; later calls return the same)."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is None and app is not None:
        _collector = Collector(app)
    return _collector
