"""A second launch hands its arguments to the running chatdesk, without loading Qt.

``chatdesk --quick`` is meant for a desktop shortcut, and its window should appear in
a tenth of a second; importing PySide6 alone takes 60-80 ms here. So before anything
imports Qt, a launch on Linux works out the running instance's socket (the same name
``single_instance`` listens on: user and data folder, hashed), connects to it with the
standard library, and sends one line: ``activate`` and, as JSON, its arguments and the
activation token the desktop gave this launch (on Wayland a window may take focus only
with one: the running window uses it as if it had been launched). The answer ``ok``
means the running window took over and this launch exits. Anything else
(no socket file, a socket left by a crash, another platform) goes the Qt way
(``SingleInstance.claim``), which also settles two launches racing to be first.

The protocol is shared with ``single_instance``: ``request_line`` and ``parse_request``,
and on Unix ``ask``, which its own claim uses too (no QtNetwork needed there).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ANSWER = b"ok\n"
_VERB = b"activate"
#: The arguments a running window acts on; anything else a launch passes is left out.
FORWARDED = ("--quick",)
#: The launcher's xdg-activation token (Qt's Wayland plugin reads it when a window asks to
#: be activated).
TOKEN = "XDG_ACTIVATION_TOKEN"


@dataclass(frozen=True)
class Request:
    args: list[str]
    token: str = ""


def _sha256_hex(data: bytes) -> str:
    """Only on the Qt-free path (the Qt side hashes with Qt): CPython's own SHA-256 where
    it has one, as ``hashlib`` would load OpenSSL first (~2 ms of every start)."""
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12 and later
        except ImportError:
            from hashlib import sha256
    digest: str = sha256(data).hexdigest()
    return digest


def server_name(data_dir: Path, sha256_hex: Callable[[bytes], str] = _sha256_hex) -> str:
    """The socket's name: the same for every launch by this user on this data folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = str(data_dir.expanduser().resolve())
    digest = sha256_hex(f"{user}\0{folder}".encode())
    return f"chatdesk-{user}-{digest[:16]}"


def data_dir_without_qt() -> Path | None:
    """The data folder as ``paths.app_paths`` finds it, where that is knowable without Qt:
    ``CHATDESK_HOME``, or on Linux Qt's XDG rule for ``AppDataLocation``. None elsewhere."""
    home = os.environ.get("CHATDESK_HOME")
    if home:
        return Path(home).expanduser().resolve()
    if not sys.platform.startswith("linux"):
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg.startswith("/") else Path.home() / ".local" / "share"
    return base / "chatdesk"


def runtime_dir(environ: Mapping[str, str] | None = None) -> Path:
    """This user's private folder for the socket and its lock: ``XDG_RUNTIME_DIR`` (made by
    the login session, owner-only), else ``chatdesk-<uid>`` in ``TMPDIR`` or /tmp. Never a
    name in a shared folder that another user could take first (see ``private``)."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime.startswith("/"):
        return Path(os.path.normpath(runtime))
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(os.path.normpath(env.get("TMPDIR") or "/tmp"), f"chatdesk-{uid}")


def private(folder: Path) -> Path:
    """``folder``, made if missing, checked to be a real folder of this user's that no one
    else can enter; ``PermissionError`` when it is not (another user took the name)."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine or info.st_mode & 0o077:
        raise PermissionError(f"{folder} is not a private folder of this user")
    return folder


def socket_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """Where socket ``name`` is on Unix: in this user's ``runtime_dir``."""
    return runtime_dir(environ) / name


def ours(path: Path) -> bool:
    """``path`` is a socket this user made (not a file another user put in the way)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISSOCK(info.st_mode) and mine


def forwarded(args: Sequence[str]) -> list[str]:
    return [a for a in args if a in FORWARDED]


def request_line(args: Sequence[str], token: str | None = None) -> bytes:
    """``token``: the activation token to pass on (default: this launch's own)."""
    token = os.environ.get(TOKEN, "") if token is None else token
    body = {"args": forwarded(args), "token": token}
    return _VERB + b" " + json.dumps(body).encode() + b"\n"


def parse_request(line: bytes) -> Request | None:
    """One request line, or None when it is not one. A bare ``activate`` (an older
    chatdesk) asks the window to come forward; whatever does not parse counts as that."""
    verb, _, rest = line.strip().partition(b" ")
    if verb != _VERB:
        return None
    try:
        body = json.loads(rest) if rest else {}
    except (ValueError, RecursionError):
        return Request([])
    if not isinstance(body, dict):
        return Request([])
    args, token = body.get("args"), body.get("token")
    args = forwarded([a for a in args if isinstance(a, str)]) if isinstance(args, list) else []
    if not (isinstance(token, str) and len(token) <= 512 and token.isprintable()):
        token = ""
    return Request(args, token)


def hand_over(args: Sequence[str], timeout: float = 2.0) -> bool | None:
    """True: the running chatdesk took ``args``. False: nobody answers here (no socket
    file, or one a crash left), or this platform needs Qt to tell. None: something
    accepted the connection but did not answer."""
    if sys.platform == "win32":
        return False
    data_dir = data_dir_without_qt()
    if data_dir is None:
        return False
    path = socket_path(server_name(data_dir))
    if not ours(path):
        return False
    return ask(path, args, timeout)


def ask(path: Path, args: Sequence[str], timeout: float = 2.0) -> bool | None:
    """Hand ``args`` to whoever listens on the Unix socket ``path``. True: it answered.
    False: nobody listens there (no file, or one a crash left). None: something accepted
    the connection but did not answer within ``timeout`` seconds a step."""
    import socket
    import time

    if not ours(path):
        return False
    deadline = time.monotonic() + 2 * timeout  # the whole exchange, not each step
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
        except OSError:
            return False
        try:
            sock.sendall(request_line(args))
            reply = b""
            while ANSWER not in reply and len(reply) < 64:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = sock.recv(64)
                if not chunk or time.monotonic() > deadline:
                    break
                reply += chunk
        except OSError:
            return None
    return True if ANSWER in reply else None
