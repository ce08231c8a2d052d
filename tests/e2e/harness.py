"""What the end-to-end tests run on: a real model server, a recording proxy in front of
it, a virtual X display with a real Secret Service keyring, and chatdesk as its own process
driven with xdotool. Every process started here is stopped again, also when a test fails.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from chatdesk.services.paths import APP_NAME, HISTORY_FILE_NAME
from chatdesk.ui import handoff

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "e2e"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: Processes every wait depends on (the model server), with their logs: when one dies, a
#: wait fails at once with its exit status and the end of its log, not after its timeout.
VITAL: list[tuple[subprocess.Popen[Any], Path]] = []


def _log_tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def check_vital() -> None:
    for proc, log in VITAL:
        if proc.poll() is not None:
            raise AssertionError(
                f"{proc.args[0] if isinstance(proc.args, list) else proc.args} exited with "
                f"status {proc.returncode}; the end of {log}:\n{_log_tail(log)}"
            )


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, step: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        check_vital()
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def stop(proc: subprocess.Popen[Any] | None, grace: float = 5.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


# -- the model server ------------------------------------------------------------------


@contextlib.contextmanager
def llama_server(python: Path, model: Path, api_key: str) -> Iterator[str]:
    """``llama_cpp.server`` with the small base model; yields its base URL."""
    port = free_port()
    log = (ARTIFACTS / "llama-server.log").open("w")
    proc = subprocess.Popen(
        [
            str(python), "-m", "llama_cpp.server", "--model", str(model),
            "--host", "127.0.0.1", "--port", str(port), "--chat_format", "vicuna",
            "--logits_all", "false", "--interrupt_requests", "false", "--n_ctx", "2048",
            "--api_key", api_key,
        ],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/v1"

    vital = (proc, Path(log.name))
    VITAL.append(vital)

    def answers() -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/v1/models", headers={"Authorization": f"Bearer {api_key}"})
            return conn.getresponse().status == 200
        except OSError:
            return False

    try:
        wait_for(answers, 180, "the llama server to answer GET /v1/models", step=0.5)
        yield base
    finally:
        VITAL.remove(vital)
        stop(proc)
        log.close()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    answered: bool = False  # the whole reply has been passed on


class RecordingProxy:
    """Forwards to the model server and records every request, streaming replies through."""

    def __init__(self, upstream: str) -> None:
        self.seen: list[Seen] = []
        host_port = upstream.split("//", 1)[1].split("/", 1)[0]
        host, port = host_port.split(":")
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body: Any = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                proxy.seen.append(seen)
                conn = http.client.HTTPConnection(host, int(port), timeout=300)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                conn.request(self.command, self.path, body=raw or None, headers=headers)
                resp = conn.getresponse()
                self.send_response(resp.status)
                for name, value in resp.getheaders():
                    if name.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(name, value)
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                try:
                    while chunk := resp.read1(65536):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:
                    pass  # the app stopped reading (Stop): fine
                finally:
                    conn.close()
                    seen.answered = True

            do_GET = do_POST = _forward  # noqa: N815 - stdlib names

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def chats(self) -> list[Seen]:
        return [s for s in self.seen if s.method == "POST" and s.path.endswith("/chat/completions")]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# -- the desktop: X display and keyring ---------------------------------------------------


@dataclass
class Desktop:
    home: Path
    env: dict[str, str]
    artifacts: Path
    procs: list[subprocess.Popen[Any]] = field(default_factory=list)
    dbus_pid: int = 0
    shots: int = 0

    def xdotool(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60
        )
        if check and result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr}")
        return result.stdout.strip()

    def window(self, name: str, timeout: float = 60) -> str:
        """Wait for a window whose title is exactly ``name``; focus it; return its id."""

        def find() -> str:
            out = self.xdotool("search", "--onlyvisible", "--name", f"^{name}$", check=False)
            return out.splitlines()[-1] if out else ""

        wid = wait_for(find, timeout, f"a window titled {name!r}")
        self.xdotool("windowfocus", "--sync", wid, check=False)
        time.sleep(0.3)
        return str(wid)

    def main_window(self, timeout: float = 60) -> str:
        """``window(APP_NAME)``, once it has finished starting: it maps before it is built,
        and its shortcuts, the start-up and the single-instance socket come after the first
        paint. (The socket's name depends on the data folder, which a test may move: any
        of ours will do.)"""
        wid = self.window(APP_NAME, timeout)
        runtime = handoff.runtime_dir(self.env)
        wait_for(
            lambda: any(handoff.ours(p) for p in runtime.glob(f"{APP_NAME}-*")),
            timeout,
            "the main window to finish starting",
        )
        return wid

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "50", *keys)

    def screenshot(self, step: str) -> Path:
        self.shots += 1
        path = self.artifacts / f"{self.shots:02d}-{step}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, timeout=60, check=False
        )
        return path

    def keyring_get(self, service: str, user: str) -> str | None:
        code = f"import keyring; print(keyring.get_password({service!r}, {user!r}) or '')"
        out = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "-c", code],
            env=self.env, capture_output=True, text=True, timeout=60, check=True,
        ).stdout.strip()  # fmt: skip
        return out or None

    @property
    def history(self) -> Path:
        return self.home / ".local" / "share" / APP_NAME / HISTORY_FILE_NAME

    def state(self, key: str) -> str | None:
        """A value the app keeps in the history's ``app_state`` (``last_conversation``)."""
        if not self.history.exists():
            return None
        try:
            db = sqlite3.connect(f"file:{self.history}?mode=ro", uri=True, timeout=5)
            row = db.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
            db.close()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    def messages(self) -> list[tuple[str, str, str, int]]:
        """(role, content, status, usage_estimated) of every stored message, oldest first."""
        if not self.history.exists():
            return []
        try:
            db = sqlite3.connect(f"file:{self.history}?mode=ro", uri=True, timeout=5)
            rows = db.execute(
                "SELECT role, content, status, usage_estimated FROM messages ORDER BY id"
            ).fetchall()
            db.close()
        except sqlite3.Error:
            return []
        return [(r[0], r[1], r[2], r[3]) for r in rows]


@contextlib.contextmanager
def desktop(tmp: Path, artifacts: Path) -> Iterator[Desktop]:
    """Xvfb + a private D-Bus session + an unlocked gnome-keyring, in a fresh HOME."""
    home = tmp / "home"
    runtime = tmp / "run"
    for d in (home, runtime):
        d.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    artifacts.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }
    desk = Desktop(home, env, artifacts)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    desk.procs.append(xvfb)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise AssertionError("Xvfb did not start")
        env["DISPLAY"] = f":{display}"
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env, capture_output=True, text=True, timeout=30, check=True,
        ).stdout.split()  # fmt: skip
        env["DBUS_SESSION_BUS_ADDRESS"], desk.dbus_pid = out[0], int(out[1])
        keyring = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert keyring.stdin is not None
        keyring.stdin.write(b"e2e-keyring-password")
        keyring.stdin.close()
        desk.procs.append(keyring)
        time.sleep(1.0)
        yield desk
    finally:
        for proc in reversed(desk.procs):
            stop(proc)
        if desk.dbus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(desk.dbus_pid, signal.SIGTERM)


AT_SPI_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def start_atspi(desk: Desktop) -> None:
    """The accessibility bus (at-spi2-core) on the desktop's session bus, as a desktop with a
    screen reader has it; apps started afterwards expose their accessibility tree (Qt is
    told to with QT_LINUX_ACCESSIBILITY_ALWAYS_ON: without a screen reader it waits for one).
    Stopping the launcher stops its bus."""
    launcher = shutil.which("at-spi-bus-launcher") or str(AT_SPI_LAUNCHER)
    bus = subprocess.Popen(
        [launcher, "--launch-immediately"], env=desk.env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    desk.procs.append(bus)

    def answers() -> bool:
        return subprocess.run(
            ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"],
            env=desk.env, capture_output=True, timeout=10,
        ).returncode == 0  # fmt: skip

    wait_for(answers, 20, "the AT-SPI bus")
    desk.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"


def have_desktop_tools() -> list[str]:
    needed = ["Xvfb", "xdotool", "dbus-daemon", "gnome-keyring-daemon", "import"]
    return [tool for tool in needed if shutil.which(tool) is None]
