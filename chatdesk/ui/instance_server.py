"""The running chatdesk's side of the hand-over: it listens for later launches and reads
each one's request line.

Apart from ``single_instance`` because every start claims the data folder, but only a
first launch listens, and only once its window is painted: ``SingleInstance.listen``
imports this module then, so the start before the first paint loads none of it. On Unix
the socket is a file served with the standard library and read when ready; a file left by
a crash is removed before binding. Windows uses QtNetwork's named pipes.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from chatdesk.ui import handoff

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

_ANSWER = handoff.ANSWER
#: The longest request line taken, its newline included (a launch's is under 600 bytes).
_MAX_LINE = 4096
#: Connections read at once; more are closed unread (a launch needs one for milliseconds).
_MAX_CLIENTS = 8

OnRequest = Callable[[handoff.Request], None]


# -- Unix: a socket file, the standard library, read when ready ---------------------------


class UnixServer(QObject):
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

    def __init__(self, sock: socket.socket, server: UnixServer) -> None:
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


class QtServer(QObject):
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
