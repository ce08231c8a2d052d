"""One chatdesk window per user and data folder: a second launch hands over to the first.

Two windows on one history would each think the other's streaming reply was cut off,
and the second would not see the first's new conversations. So the first launch listens
on a local socket named after the user and the data folder (``CHATDESK_HOME`` gives a
separate one); a later launch connects, passes its arguments (``--quick``: the quick-ask
window; none: come forward), and exits. On Linux a later launch usually never gets here:
``handoff`` does the same without loading Qt, and this is the way when it cannot. A socket
left behind by a crash does not answer; it is removed and the new launch takes over.
A lock file held from "is anyone there?" until "listening" keeps two simultaneous
launches from both becoming first.

On Unix (Linux, macOS) the socket is a file in the temp folder, served with the standard
library (``socket.AF_UNIX``) and read on the UI thread only when data is there
(``QSocketNotifier``): no QtNetwork, which the bundle leaves out. The usual start (no
file) neither connects nor opens a socket before the window is painted. Windows, where
``AF_UNIX`` is not a given, uses QtNetwork's named pipes (``QLocalServer``). Both servers
are in ``instance_server``, loaded by ``listen``.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal

from chatdesk.ui import handoff

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from chatdesk.ui.instance_server import QtServer, UnixServer

log = logging.getLogger(__name__)

_ANSWER = handoff.ANSWER


def _qt_sha256_hex(data: bytes) -> str:
    # SHA-256 through Qt, which is loaded anyway: ``hashlib`` would load OpenSSL (~2 ms).
    raw = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(raw.toHex().data()).decode()


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for every launch by this user on this data folder."""
    return handoff.server_name(data_dir, _qt_sha256_hex)


class AlreadyRunning(Exception):
    """Another chatdesk holds the socket but did not answer (it is busy or stuck)."""


class SingleInstance(QObject):
    """Claim the data folder for this process, or hand over to the process that has it."""

    activated = Signal(list)  # a later launch's arguments (handoff.FORWARDED): act on them

    def __init__(self, data_dir: Path, timeout_ms: int = 2000, start_ms: int = 20000) -> None:
        """``timeout_ms`` for each socket step (and for a connection to send its request);
        ``start_ms``: how long a launch waits for another one that is still starting (it
        holds the lock until its window is up)."""
        super().__init__()
        self.name = server_name(data_dir)
        self.timeout_ms = timeout_ms
        self.start_ms = start_ms
        self._server: UnixServer | QtServer | None = None
        self._lock: QLockFile | None = None

    def claim(self, args: list[str] | None = None) -> bool:
        """True: this process is the first; call ``listen`` once the window is up.
        False: the running one was handed ``args`` (it comes forward, or opens the quick
        window), so this launch should exit.
        ``AlreadyRunning`` when one is there but does not answer."""
        if sys.platform == "win32":
            lock_path = QDir.temp().filePath(self.name + ".lock")
        else:  # this user's own folder: a lock another user made cannot stall the start
            try:
                lock_path = str(handoff.private(handoff.runtime_dir()) / (self.name + ".lock"))
            except OSError as exc:
                log.warning("no private folder for the single-instance lock: %s", exc)
                return True
        lock = QLockFile(lock_path)
        lock.setStaleLockTime(0)  # only a dead holder's lock is stale (pid check)
        if not lock.tryLock(self.start_ms):
            log.warning("single-instance lock busy; starting anyway")
            return True
        if self._may_be_running():
            answered = self._ask_running(args or [])
            if answered is not False:
                lock.unlock()
            if answered is True:
                return False
            if answered is None:
                raise AlreadyRunning(
                    "chatdesk is already running for this data folder but does not answer. "
                    "Close it (or end its process), then start chatdesk again."
                )
        self._lock = lock  # held until listening, so a launch meanwhile waits for us
        return True

    def _may_be_running(self) -> bool:
        """On Unix the socket is a file in the temp folder: no file, nobody listens."""
        if sys.platform == "win32":
            return True
        return handoff.ours(handoff.socket_path(self.name))

    def _ask_running(self, args: list[str]) -> bool | None:
        """True: one answered. False: nobody listens (or a crash left the socket).
        None: something accepted the connection but did not answer."""
        if sys.platform != "win32":
            return handoff.ask(handoff.socket_path(self.name), args, self.timeout_ms / 1000)
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(self.timeout_ms):
            return False
        sock.write(handoff.request_line(args))
        sock.waitForBytesWritten(self.timeout_ms)
        reply = b""
        while _ANSWER not in reply and sock.waitForReadyRead(self.timeout_ms):
            reply += bytes(sock.readAll().data())
        sock.disconnectFromServer()
        return True if _ANSWER in reply else None

    def listen(self) -> None:
        """Answer later launches from now on (after the first paint: it costs start-up
        time), then let them in by releasing the claim's lock."""
        if self._server is None:
            try:
                from chatdesk.ui import instance_server

                if sys.platform == "win32":
                    self._server = instance_server.QtServer(self.name, self._handle, self)
                else:
                    path = handoff.socket_path(self.name)  # where launches look for it
                    handoff.private(path.parent)
                    self._server = instance_server.UnixServer(
                        path, self.timeout_ms, self._handle, self
                    )
            except (OSError, ImportError) as exc:
                log.warning(
                    "cannot listen on %s (%s): a later launch will open a second window",
                    self.name,
                    exc,
                )
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _handle(self, request: handoff.Request) -> None:
        log.info("a second launch handed over: %s", " ".join(request.args) or "come forward")
        if request.token:  # the launch's right to take focus, used by the next activation
            os.environ[handoff.TOKEN] = request.token
        self.activated.emit(request.args)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` restored, on top and focused (as far as the window manager allows)."""
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    _activate_once_exposed(window, 40)
    QApplication.alert(window)  # where focus stealing is prevented, flash the taskbar entry


def _activate_once_exposed(window: QWidget, tries: int) -> None:
    """A window that was hidden is mapped by the X server a moment after ``show()``, and
    focus cannot go to it before: ask again once it is on screen (for at most a second)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    handle = window.windowHandle()
    if window.isActiveWindow() or tries <= 0 or handle is None or not window.isVisible():
        return
    if handle.isExposed():
        if QGuiApplication.focusWindow() is handle:
            # The X server's focus never left it while hidden (no window manager to move
            # it), so no focus event comes to make it the active window again: say so.
            # Qt 6 deprecates this, and offers nothing else for the case.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                QApplication.setActiveWindow(window)
        else:
            window.activateWindow()
    QTimer.singleShot(25, window, lambda: _activate_once_exposed(window, tries - 1))
