"""Which processes are alive to finish the replies they stream.

A window that streams replies holds an OS lock on a file of its own, named by a random
token, for as long as it runs; the history stores that token with each streaming reply.
The OS drops the lock when the process ends, however it ends (a crash, ``kill -9``, a
power cut), so any reader can tell a reply whose writer is gone from one still being
written, without trusting process ids that the OS reuses.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import uuid
from pathlib import Path

from chatdesk.services.paths import PRIVATE_FILE_MODE, private_dir

_SUFFIX = ".lock"


class WriterLock:
    """This process's claim on the replies it streams; release it when done."""

    def __init__(self, folder: Path) -> None:
        """Take a fresh lock in ``folder`` (created owner-only)."""
        private_dir(folder)
        self.token = uuid.uuid4().hex
        self.path = folder / (self.token + _SUFFIX)
        self._fd: int | None = os.open(
            self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE
        )
        try:
            if not _try_lock(self._fd, exclusive=True):
                raise OSError(f"could not lock {self.path}")
            os.write(self._fd, f"{os.getpid()}\n".encode())  # for a person looking
        except BaseException:
            os.close(self._fd)
            self.path.unlink(missing_ok=True)
            raise

    def release(self) -> None:
        """Give the claim up (at close); the file goes too."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def is_alive(folder: Path, token: str) -> bool:
    """Whether the writer ``token`` still holds its lock (that is, its process runs)."""
    if not token or not token.isalnum():
        return False
    try:
        fd = os.open(folder / (token + _SUFFIX), os.O_RDWR)
    except OSError:
        return False  # no file: released, or cleaned up after a crash
    try:
        if _try_lock(fd, exclusive=False):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def remove_stale(folder: Path, min_age: float = 60.0) -> None:
    """Delete the lock files of writers that are gone (they crashed before releasing).

    Files younger than ``min_age`` seconds stay: a writer creates its file an instant
    before it locks it.
    """
    now = time.time()
    with contextlib.suppress(OSError):
        for path in folder.glob("*" + _SUFFIX):
            token = path.name[: -len(_SUFFIX)]
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > min_age and not is_alive(folder, token):
                    path.unlink()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        """Windows has exclusive byte-range locks only, which serve both purposes here."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        """``flock``: tied to the open file, so two stores in one process see each other."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
