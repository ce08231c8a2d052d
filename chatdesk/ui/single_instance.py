"""One chatdesk window per user and data folder: a second launch brings the first forward.

Two windows on one history would each think the other's streaming reply was cut off,
and the second would not see the first's new conversations. So the first launch listens
on a local socket named after the user and the data folder (``CHATDESK_HOME`` gives a
separate one); a later launch connects, asks it to come forward, and exits. A socket
left behind by a crash does not answer; it is removed and the new launch takes over.
A lock file around "is anyone there? then listen" keeps two simultaneous launches from
both becoming first.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_ASK = b"activate\n"
_ANSWER = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for every launch by this user on this data folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = str(data_dir.expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"chatdesk-{user}-{digest}"


class AlreadyRunning(Exception):
    """Another chatdesk holds the socket but did not answer (it is busy or stuck)."""


class SingleInstance(QObject):
    """Claim the data folder for this process, or hand over to the process that has it."""

    activated = Signal()  # a later launch asked this window to come forward

    def __init__(self, data_dir: Path, timeout_ms: int = 2000) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self.timeout_ms = timeout_ms
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this process is the first and now listens. False: the running one was
        asked to come forward, so this launch should exit. ``AlreadyRunning`` when it is
        there but does not answer."""
        lock = QLockFile(QDir.temp().filePath(self.name + ".lock"))
        lock.setStaleLockTime(0)  # only a dead holder's lock is stale (pid check)
        if not lock.tryLock(self.timeout_ms):
            log.warning("single-instance lock busy; starting anyway")
            return self._listen()
        try:
            answered = self._ask_running()
            if answered is True:
                return False
            if answered is None:
                raise AlreadyRunning(
                    "chatdesk is already running for this data folder but does not answer. "
                    "Close it (or end its process), then start chatdesk again."
                )
            return self._listen()
        finally:
            lock.unlock()

    def _ask_running(self) -> bool | None:
        """True: one answered. False: nobody listens (or a crash left the socket).
        None: something accepted the connection but did not answer."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(self.timeout_ms):
            return False
        sock.write(_ASK)
        sock.waitForBytesWritten(self.timeout_ms)
        reply = b""
        while _ANSWER not in reply and sock.waitForReadyRead(self.timeout_ms):
            reply += bytes(sock.readAll().data())
        sock.disconnectFromServer()
        return True if _ANSWER in reply else None

    def _listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crash (nobody answered on it): remove it and retry.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                return True  # run anyway, just without the hand-over
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        data = bytes(sock.peek(64).data())
        if _ASK not in data:
            return
        sock.readAll()
        sock.write(_ANSWER)
        sock.flush()
        log.info("a second launch asked this window to come forward")
        self.activated.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` restored, on top and focused (as far as the window manager allows)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where focus stealing is prevented, flash the taskbar entry
