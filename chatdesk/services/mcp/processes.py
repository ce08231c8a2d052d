"""The process groups of local servers: each server runs in a group of its own, so stopping
the group stops what the server started too. Plain ``os`` calls, cheap to import, usable
from any thread (the hub's last resort at shutdown and at interpreter exit)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading


class ProcessGroups:
    """The process groups of the servers running now, so a last resort can kill them all
    synchronously from any thread (shutdown that overran its time, interpreter exit)."""

    def __init__(self) -> None:
        self._groups: set[int] = set()
        self._lock = threading.Lock()

    def add(self, pgid: int) -> None:
        with self._lock:
            self._groups.add(pgid)

    def discard(self, pgid: int) -> None:
        with self._lock:
            self._groups.discard(pgid)

    def kill_all(self) -> None:
        with self._lock:
            groups, self._groups = set(self._groups), set()
        for pgid in groups:
            signal_group(pgid, signal.SIGKILL)


def signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
