"""Start-up and streaming with assistive technology listening: the accessibility bus on.

A screen reader's desktop runs the AT-SPI bus (at-spi2-core) and Qt exposes every widget on
it; chatdesk then also builds its accessible message items and announcements. This starts
a session bus and the AT-SPI bus (as the end-to-end accessibility test does), sets
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` (Qt's switch for "a screen reader is there"), and runs
``bench.startup``'s mapped measure (chatdesk against a bare window, both with the bus on) and
``bench.stall`` (its idle baseline is the same window, same run). Run on a real display:
``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m bench.a11y
[mapped_rounds] [stall_tokens]``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = shutil.which("at-spi-bus-launcher") or "/usr/libexec/at-spi-bus-launcher"


def bus_answers(env: dict[str, str]) -> bool:
    query = ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply"]
    query += ["/org/a11y/bus", "org.a11y.Bus.GetAddress"]
    return subprocess.run(query, env=env, capture_output=True, timeout=10).returncode == 0


def main() -> None:
    rounds = sys.argv[1] if len(sys.argv) > 1 else "7"
    tokens = sys.argv[2] if len(sys.argv) > 2 else "2000"
    if not Path(LAUNCHER).exists():
        sys.exit("at-spi-bus-launcher is missing: apt-get install at-spi2-core")
    env = dict(os.environ)
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout.split()
    env["DBUS_SESSION_BUS_ADDRESS"], dbus_pid = started[0], int(started[1])
    bus = subprocess.Popen(
        [LAUNCHER, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not bus_answers(env):
            if time.monotonic() > deadline:
                sys.exit("the AT-SPI bus did not start")
            time.sleep(0.2)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        print("AT-SPI bus on, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1", flush=True)
        for module, args in (("bench.startup", ["3", rounds, "0"]), ("bench.stall", [tokens])):
            print(f"--- python -m {module} {' '.join(args)}", flush=True)
            subprocess.run([sys.executable, "-m", module, *args], env=env, cwd=ROOT, check=True)
    finally:
        bus.terminate()
        bus.wait(10)
        with contextlib.suppress(ProcessLookupError):
            os.kill(dbus_pid, signal.SIGTERM)


if __name__ == "__main__":
    main()
