"""How fast the quick-ask window appears, watched from outside through the X server.

1. chatdesk running: from spawning ``python -m chatdesk --quick`` (as a desktop shortcut
   does) to the running chatdesk's quick-ask window being mapped. Target: <= 100 ms.
   Each round then closes the window like a user (WM_DELETE_WINDOW), which hides it.
2. chatdesk not running: from spawning ``python -m chatdesk --quick`` to its quick-ask
   window mapped, against a plain start's main window and a bare PySide6 QMainWindow
   (the start-up budget is 1.5x the bare window), alternating the three.

Temporary HOME, XDG folders and CHATDESK_HOME: no real data is touched. Run:
``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m
bench.quick_ask [running_rounds] [cold_rounds]``
"""

from __future__ import annotations

import compileall
import ctypes
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.startup import _MAP_NOTIFY, BARE_MAPPED, MapWatch, _XEvent
from chatdesk.ui.handoff import server_name, socket_path
from chatdesk.ui.quick_ask import TITLE

ROOT = Path(__file__).resolve().parents[1]
CHATDESK = [sys.executable, "-m", "chatdesk"]


class TitledMapWatch(MapWatch):
    def __init__(self) -> None:
        super().__init__()
        self.x.XFetchName.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)
        )  # fmt: skip

    def title(self, window: int) -> str:
        name = ctypes.c_char_p()
        if not self.x.XFetchName(self.dpy, window, ctypes.byref(name)) or not name.value:
            return ""
        return name.value.decode(errors="replace")

    def wait_for(self, accept: Callable[[int, int], bool], timeout: float = 30.0) -> int:
        """Block until a top-level window is mapped for which ``accept(window, pid)``."""
        event = _XEvent()
        fd = self.x.XConnectionNumber(self.dpy)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type != _MAP_NOTIFY or event.map.override_redirect:
                    continue
                window = int(event.map.window)
                if accept(window, self.pid_of(window) or 0):
                    return window
            select.select([fd], [], [], 0.02)
        raise RuntimeError("no such window mapped in time")


def environment(tmp: Path) -> dict[str, str]:
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
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
    return env


def quit_app(watch: TitledMapWatch, window: int, proc: subprocess.Popen[bytes]) -> None:
    watch.close(window)
    try:
        proc.wait(15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def running(rounds: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="chatdesk-bench-quick-"))
    env = environment(tmp)
    watch = TitledMapWatch()
    app = subprocess.Popen(CHATDESK, env=env, cwd=str(ROOT), stdout=subprocess.DEVNULL)
    try:
        main = watch.wait_for(lambda _w, pid: pid == app.pid)
        sock = socket_path(server_name(Path(env["CHATDESK_HOME"])), env)
        deadline = time.monotonic() + 30
        while not sock.exists():
            if time.monotonic() > deadline:
                raise RuntimeError("the running chatdesk never listened")
            time.sleep(0.05)
        time.sleep(1.5)  # its after-paint work, the hidden quick window included
        shown, exits = [], []
        for _ in range(rounds):
            started = time.monotonic()
            launch = subprocess.Popen(
                [*CHATDESK, "--quick"], env=env, cwd=str(ROOT), stdout=subprocess.DEVNULL
            )
            window = watch.wait_for(lambda _w, pid: pid == app.pid)
            shown.append(time.monotonic() - started)
            if launch.wait(10) != 0:
                raise RuntimeError(f"the launch exited with {launch.returncode}")
            exits.append(time.monotonic() - started)
            if watch.title(window) != TITLE:
                raise RuntimeError(f"mapped {watch.title(window)!r}, not the quick window")
            time.sleep(0.3)
            watch.close(window)  # hides it
            time.sleep(0.4)
        each = " ".join(f"{t * 1000:.0f}" for t in shown)
        print(f"chatdesk running: `chatdesk --quick` to quick window mapped, {rounds} rounds")
        print(
            f"  median {statistics.median(shown) * 1000:.1f} ms, max {max(shown) * 1000:.1f} ms"
            f"   ({each})   target <= 100 ms"
        )
        print(f"  the launching process exited after {statistics.median(exits) * 1000:.1f} ms")
    finally:
        quit_app(watch, main, app)


def cold(rounds: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="chatdesk-bench-quick-cold-"))
    env = environment(tmp)
    watch = TitledMapWatch()

    def timed(command: list[str], title: str | None) -> float:
        """Spawn to the window titled ``title`` (None: the first) mapped; then quit it."""
        started = time.monotonic()
        proc = subprocess.Popen(command, env=env, cwd=str(ROOT), stdout=subprocess.DEVNULL)
        mine: list[int] = []

        def accept(window: int, pid: int) -> bool:
            if pid != proc.pid:
                return False
            mine.append(window)
            return title is None or watch.title(window) == title

        try:
            watch.wait_for(accept)
            took = time.monotonic() - started
            main = [w for w in mine if watch.title(w) != TITLE]
            if not main:  # the quick window came first: the main window maps behind it
                main = [watch.wait_for(lambda w, pid: pid == proc.pid and w not in mine)]
            time.sleep(0.7)
            quit_app(watch, main[0], proc)  # closing the main window quits
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        return took

    commands: dict[str, tuple[list[str], str | None]] = {
        "bare": ([sys.executable, "-c", BARE_MAPPED], None),
        "chatdesk": (CHATDESK, None),
        "--quick": ([*CHATDESK, "--quick"], TITLE),
    }
    for command, title in commands.values():  # first start, warm caches
        timed(command, title)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (command, title) in commands.items():
            times[name].append(timed(command, title))
    med = {name: statistics.median(t) for name, t in times.items()}
    print(f"chatdesk not running: spawn to window mapped, median of {rounds}, alternating")
    for name, t in med.items():
        each = " ".join(f"{x * 1000:.0f}" for x in times[name])
        what = {"bare": "bare QMainWindow", "chatdesk": "main window", "--quick": "quick window"}
        print(f"  {name:9s} {what[name]:17s} {t * 1000:7.1f} ms   ({each})")
    print(
        f"  quick window / bare window {med['--quick'] / med['bare']:.2f}x "
        f"(start-up budget <= 1.5x); / plain start's main window "
        f"{med['--quick'] / med['chatdesk']:.2f}x"
    )


def main() -> None:
    running_rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    cold_rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    compileall.compile_dir(ROOT / "chatdesk", quiet=1)  # as an install has it (see startup)
    if running_rounds > 0:
        running(running_rounds)
    if cold_rounds > 0:
        print()
        cold(cold_rounds)


if __name__ == "__main__":
    main()
