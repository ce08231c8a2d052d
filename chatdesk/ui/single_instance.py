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
``AF_UNIX`` is not a given, uses QtNetwork's named pipes (``QLocalServer``).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCryptographicHash,
    QDir,
    QLockFile,
    QObject,
    QSocketNotifier,
    QTimer,
    Signal,
)

from chatdesk.ui import handoff

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_ANSWER = handoff.ANSWER
#: The longest request line taken, its newline included (a launch's is under 600 bytes).
_MAX_LINE = 4096
#: Connections read at once; more are closed unread (a launch needs one for milliseconds).
_MAX_CLIENTS = 8

OnRequest = Callable[[handoff.Request], None]


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
        self._server: _UnixServer | _QtServer | None = None
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
                if sys.platform == "win32":
                    self._server = _QtServer(self.name, self._handle, self)
                else:
                    path = handoff.socket_path(self.name)  # where launches look for it
                    handoff.private(path.parent)
                    self._server = _UnixServer(path, self.timeout_ms, self._handle, self)
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


# -- Unix: a socket file, the standard library, read when ready ---------------------------


class _UnixServer(QObject):
    """Listens on the socket file ``path`` (mode 0600) and reads each connection's request
    line on the UI thread as its bytes arrive, never waiting for one: a connection that
    sends no full line within ``timeout_ms``, or a longer line than ``_MAX_LINE``, is
    closed unanswered. Raises ``OSError`` when it cannot listen."""

    def __init__(self, path: Path, timeout_ms: int, on_request: OnRequest, parent: QObject):
        super().__init__(parent)
        self.path = path
        self.timeout_ms = timeout_ms
        self._on_request = on_request
        self._clients: set[_Client] = set()
        self._closed = False
        self._sock = _bind(path)
        stat = path.stat()
        self._file = (stat.st_dev, stat.st_ino)  # to remove only our own file on close
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def _accept(self, *_: object) -> None:
        while True:
            try:
                conn, _address = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of file descriptors, say: pause rather than spin
                log.warning("cannot accept a connection on %s: %s", self.path, exc)
                self._notifier.setEnabled(False)
                QTimer.singleShot(1000, self, self._resume)
                return
            if len(self._clients) >= _MAX_CLIENTS:
                conn.close()
                continue
            conn.setblocking(False)
            self._clients.add(_Client(conn, self))

    def _resume(self) -> None:
        if not self._closed:
            self._notifier.setEnabled(True)

    def _finish(self, client: _Client, request: handoff.Request | None) -> None:
        self._clients.discard(client)
        if request is not None:
            self._on_request(request)

    def close(self) -> None:
        self._closed = True
        for client in list(self._clients):
            client.close()
        self._clients.clear()
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        with contextlib.suppress(OSError):
            stat = self.path.stat()
            if (stat.st_dev, stat.st_ino) == self._file:  # not a later instance's
                self.path.unlink()
        self._sock.close()


class _Client:
    """One connection: its bytes until a newline, then the answer and the end."""

    def __init__(self, sock: socket.socket, server: _UnixServer) -> None:
        self.sock = sock
        self.server = server
        self.buffer = b""
        # Both are the server's children (Qt-owned), deleted later: a notifier must not be
        # deleted from inside its own signal.
        self.notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, server)
        self.notifier.activated.connect(self._read)
        self.timer = QTimer(server)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expire)
        self.timer.start(server.timeout_ms)

    def _read(self, *_: object) -> None:
        try:
            while b"\n" not in self.buffer and len(self.buffer) < _MAX_LINE:
                chunk = self.sock.recv(_MAX_LINE)
                if not chunk:  # closed before a full line
                    self._done(None)
                    return
                self.buffer += chunk
        except (BlockingIOError, InterruptedError):
            return  # the rest comes later (or the timer ends it)
        except OSError:
            self._done(None)
            return
        end = self.buffer.find(b"\n")
        if end < 0 or end + 1 > _MAX_LINE:  # not a launch of ours: no line is this long
            log.info("refused a connection on %s: its request is too long", self.server.path)
            self._done(None)
            return
        request = handoff.parse_request(self.buffer[: end + 1])
        if request is not None:
            with contextlib.suppress(OSError):  # it left already: its request stands
                self.sock.send(_ANSWER)  # a few bytes into an empty buffer: never waits
        self._done(request)

    def _expire(self) -> None:
        server = self.server
        log.info("dropped a connection on %s: no request in %d ms", server.path, server.timeout_ms)
        self._done(None)

    def _done(self, request: handoff.Request | None) -> None:
        self.close()
        self.server._finish(self, request)

    def close(self) -> None:
        self.timer.stop()
        self.timer.deleteLater()
        self.notifier.setEnabled(False)  # before the descriptor goes
        self.notifier.deleteLater()
        self.sock.close()


def _bind(path: Path) -> socket.socket:
    """A non-blocking listening socket at ``path``, mode 0600. It is made in a private
    folder next to ``path`` and linked into place, so no one else can connect meanwhile and
    a live instance's file is never replaced; a file nobody answers on (a crash left it) is
    removed first."""
    import socket
    import tempfile

    if len(os.fsencode(path)) >= 104:  # sun_path: 108 bytes on Linux, 104 on macOS
        raise OSError(errno.ENAMETOOLONG, f"{path} is too long for a socket (set TMPDIR)")
    private = Path(tempfile.mkdtemp(prefix=".chatdesk-", dir=path.parent))  # mode 0700
    temp = private / "s"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(temp))
        temp.chmod(0o600)
        sock.listen(_MAX_CLIENTS)
        sock.setblocking(False)
        if os.path.lexists(path):
            if _answers(path):
                raise OSError(errno.EADDRINUSE, f"another process listens on {path}")
            path.unlink(missing_ok=True)
        try:
            os.link(temp, path)  # fails if the file is there: nothing is replaced
        except FileExistsError as exc:
            raise OSError(errno.EADDRINUSE, f"{path} exists and is not a stale socket") from exc
        except OSError:  # no hard links to sockets here (the folder is this user's own,
            os.rename(temp, path)  # and the claim's lock keeps two launches apart)
    except BaseException:
        sock.close()
        raise
    finally:
        temp.unlink(missing_ok=True)
        private.rmdir()
    return sock


def _answers(path: Path) -> bool:
    """Whether a process listens on the socket file ``path`` (asked without waiting)."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.setblocking(False)
        try:
            probe.connect(str(path))
        except BlockingIOError:  # its backlog is full: it listens
            return True
        except OSError:  # refused (nobody), gone, or not a socket
            return False
    return True


# -- Windows: QtNetwork's local server (named pipes) ------------------------------------


class _QtServer(QObject):
    """``QLocalServer`` for Windows, where ``AF_UNIX`` is not a given (the Windows bundle
    keeps QtNetwork: build.spec). Raises ``OSError`` when it cannot listen."""

    def __init__(self, name: str, on_request: OnRequest, parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._on_request = on_request
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # what a crash left: nobody answered on it
            if not self._server.listen(name):
                raise OSError(self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > _MAX_LINE:  # not a launch of ours: no line this long
                sock.abort()
            return
        request = handoff.parse_request(bytes(sock.readLine(_MAX_LINE).data()))
        if request is None:
            sock.abort()
            return
        sock.write(_ANSWER)
        sock.flush()
        self._on_request(request)

    def close(self) -> None:
        self._server.close()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` restored, on top and focused (as far as the window manager allows)."""
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where focus stealing is prevented, flash the taskbar entry
