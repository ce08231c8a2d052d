"""Start-up against a bare PySide6 window: two measures, each alternating the two children.

1. First paint and peak RSS: the child reports its main window's first paint event.
2. Mapped (X display only): from spawning ``python -m chatdesk`` (exactly as a user starts
   it, single-instance check included) to its top-level window being *mapped* on the X
   server, seen from outside the process: this process listens for the root window's
   MapNotify events through libX11 (ctypes, no extra dependency) and takes the first
   window carrying the child's ``_NET_WM_PID``. Median of 5 by default. Each child is then
   closed like a user closing it (WM_DELETE_WINDOW), so every start finds what a normal
   later start finds: settings, history, and no stale single-instance socket.

Both run with a temporary HOME, XDG folders and CHATDESK_HOME: no real data is touched.
Run: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m
bench.startup [paint_rounds] [mapped_rounds]`` (without an X display, only measure 1).
"""

from __future__ import annotations

import compileall
import ctypes
import ctypes.util
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Both children show their window, let the event loop run for 0.5 s (so chatdesk's
# after-show work — settings, keyring lookup, logging — is inside the RSS figure), then exit.
HEAD = """
import os, json, time as _t
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
_first_paint = []
class _PaintWatch(QObject):
    # "Shown" = the main window's first paint event, the moment it is on screen.
    def eventFilter(self, obj, event):
        if not _first_paint and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            _first_paint.append(_t.time())
        return False
_watch = _PaintWatch()
app.installEventFilter(_watch)
"""

COMMON_TAIL = """
def _done():
    print(json.dumps({"shown": _first_paint[0]}), flush=True)
    os._exit(0)
QTimer.singleShot(500, _done)
app.exec()
"""

BARE = (
    HEAD
    + """
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(900, 700)
w.show()
"""
    + COMMON_TAIL
)

CHATDESK = (
    HEAD
    + """
from chatdesk.app import create_window
app, w = create_window(["chatdesk"])
"""
    + COMMON_TAIL
)


def run_child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to window shown, and peak RSS in MiB."""
    started = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, cwd=str(ROOT)
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode})")
    shown = json.loads(out.decode().strip().splitlines()[-1])["shown"]
    return shown - started, usage.ru_maxrss / 1024


# -- measure 2: spawn to mapped window, watched from outside through the X server ---------

BARE_MAPPED = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(900, 700)
w.show()
sys.exit(app.exec())
"""

_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_MAP_NOTIFY = 19
_CLIENT_MESSAGE = 33


class _MapEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    )


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _XEvent(ctypes.Union):
    _fields_ = (
        ("type", ctypes.c_int),
        ("map", _MapEvent),
        ("client", _ClientMessage),
        ("pad", ctypes.c_long * 24),
    )


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_x_errors = _ERROR_HANDLER(lambda _dpy, _err: 0)  # a window gone meanwhile: no exit


class MapWatch:
    """The X server's MapNotify events for top-level windows, and each window's owner pid."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11")
        if not name:
            raise RuntimeError("libX11 not found")
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
        x.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
        x.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
        x.XPending.argtypes = (ctypes.c_void_p,)
        x.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_XEvent))
        x.XConnectionNumber.argtypes = (ctypes.c_void_p,)
        x.XFree.argtypes = (ctypes.c_void_p,)
        x.XGetWindowProperty.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        )  # fmt: skip
        x.XSendEvent.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_XEvent)
        )  # fmt: skip
        x.XSetErrorHandler(_ignore_x_errors)
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise RuntimeError("cannot open the X display")
        self.root = x.XDefaultRootWindow(self.dpy)
        self.net_wm_pid = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self.wm_protocols = x.XInternAtom(self.dpy, b"WM_PROTOCOLS", 0)
        self.wm_delete = x.XInternAtom(self.dpy, b"WM_DELETE_WINDOW", 0)
        x.XSelectInput(self.dpy, self.root, _SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 1)  # subscribed before any child starts; drop older events

    def pid_of(self, window: int) -> int | None:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        cardinal = 6  # XA_CARDINAL
        status = self.x.XGetWindowProperty(
            self.dpy, window, self.net_wm_pid, 0, 1, 0, cardinal,
            ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return None
        try:
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[0]) if count.value else None
        finally:
            self.x.XFree(data)

    def wait_mapped(self, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
        """Block until ``proc`` maps a top-level window; return that window."""
        event = _XEvent()
        fd = self.x.XConnectionNumber(self.dpy)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type != _MAP_NOTIFY or event.map.override_redirect:
                    continue  # tooltips and popups are not the main window
                if self.pid_of(event.map.window) == proc.pid:
                    return int(event.map.window)
            if proc.poll() is not None:
                raise RuntimeError(f"child exited ({proc.returncode}) before mapping a window")
            select.select([fd], [], [], 0.05)
        raise RuntimeError("no window mapped in time")

    def close(self, window: int) -> None:
        """Ask ``window`` to close, as the window manager's close button does."""
        event = _XEvent()
        event.client.type = _CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = self.wm_protocols
        event.client.format = 32
        event.client.data[0] = self.wm_delete
        self.x.XSendEvent(self.dpy, window, 0, 0, ctypes.byref(event))
        self.x.XSync(self.dpy, 0)


def run_mapped(
    watch: MapWatch, command: list[str], env: dict[str, str], quit_keys: bool = False
) -> float:
    """Seconds from spawning ``command`` to its window being mapped; then close it (with
    ``quit_keys``, by pressing Ctrl+Q in it: with close-to-tray on, closing only hides)."""
    started = time.monotonic()
    proc = subprocess.Popen(command, env=env, cwd=str(ROOT), stdout=subprocess.DEVNULL)
    try:
        window = watch.wait_mapped(proc)
        mapped = time.monotonic()
        time.sleep(0.7)  # let its after-show work finish, as a user's first second would
        if quit_keys and command[-1] == "chatdesk":
            xdotool = ["xdotool", "windowfocus", "--sync", str(window), "key", "ctrl+q"]
            subprocess.run(xdotool, env=env, check=False, timeout=10)
        else:
            watch.close(window)
        if proc.wait(10) != 0:
            raise RuntimeError(f"{command[-1]} exited with {proc.returncode}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return mapped - started


def mcp_servers(home: Path, count: int) -> None:
    """``count`` configured MCP servers (mcp-server-time): they start after the first paint."""
    server = str(Path(sys.executable).parent / "mcp-server-time")
    home.mkdir(parents=True, exist_ok=True)
    doc = {"mcpServers": {f"time{n}": {"command": server} for n in range(count)}}
    (home / "mcp.json").write_text(json.dumps(doc))


def mapped_ratio(rounds: int, servers: int = 0, seed: Path | None = None) -> None:
    """Print the median spawn-to-mapped times and their ratio; ``seed`` is a CHATDESK_HOME
    to start from (copied: history, prompts, settings)."""
    tmp = Path(tempfile.mkdtemp(prefix="chatdesk-bench-mapped-"))
    if seed is not None:
        shutil.copytree(seed, tmp / "chatdesk")
    mcp_servers(tmp / "chatdesk", servers)
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ)
    env.update(
        HOME=str(tmp),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        XDG_STATE_HOME=str(tmp / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        CHATDESK_HOME=str(tmp / "chatdesk"),
        OPENAI_API_KEY="fake-bench",  # no first-start key dialog
        PYTHONPATH=str(ROOT),
    )
    commands = {
        "bare": [sys.executable, "-c", BARE_MAPPED],
        "chatdesk": [sys.executable, "-m", "chatdesk"],
    }
    watch = MapWatch()
    quit_keys = seed is not None
    for command in commands.values():  # first start (creates the history), warm disk cache
        run_mapped(watch, command, env, quit_keys)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            times[name].append(run_mapped(watch, command, env, quit_keys))
    med = {name: statistics.median(t) for name, t in times.items()}
    with_servers = f", {servers} MCP servers configured" if servers else ""
    print(f"spawn to window mapped (X server), median of {rounds}, alternating{with_servers}:")
    for name, t in med.items():
        each = " ".join(f"{x * 1000:.0f}" for x in times[name])
        print(f"{name:9s} mapped after {t * 1000:7.1f} ms   ({each})")
    print(f"ratio     mapped {med['chatdesk'] / med['bare']:.2f}x   (target <= 1.5x)")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mapped_rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    servers = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    # An installed chatdesk starts from compiled bytecode (pip and the bundle compile it).
    # A checkout being edited may hold stale bytecode, and with PYTHONDONTWRITEBYTECODE it
    # stays stale: every start would recompile the changed modules and time the compiler.
    compileall.compile_dir(ROOT / "chatdesk", quiet=1)
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    mcp_servers(Path(home), servers)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(CHATDESK_HOME=home, OPENAI_API_KEY="fake-bench", PYTHONPATH=str(ROOT))
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "chatdesk": []}
    run_child(BARE, env)  # warm the disk cache for both
    run_child(CHATDESK, env)
    for _ in range(rounds):
        results["bare"].append(run_child(BARE, env))
        results["chatdesk"].append(run_child(CHATDESK, env))
    med = {
        name: (statistics.median(t for t, _ in r), statistics.median(m for _, m in r))
        for name, r in results.items()
    }
    print(f"platform={env['QT_QPA_PLATFORM']} rounds={rounds} mcp_servers={servers}")
    for name, (t, m) in med.items():
        print(f"{name:9s} shown after {t * 1000:7.1f} ms   peak RSS {m:6.1f} MiB")
    print(
        f"ratio     time {med['chatdesk'][0] / med['bare'][0]:.2f}x   "
        f"RSS {med['chatdesk'][1] / med['bare'][1]:.2f}x   (target <= 1.5x both)"
    )
    if env["QT_QPA_PLATFORM"] == "xcb" and mapped_rounds > 0:
        print()
        mapped_ratio(mapped_rounds, servers)


if __name__ == "__main__":
    main()
