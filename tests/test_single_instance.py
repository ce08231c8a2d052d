"""One window per data folder: real processes on real local sockets, no stand-ins."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from chatdesk.services.logs import LOG_FILE
from chatdesk.ui.single_instance import server_name

ROOT = Path(__file__).resolve().parents[1]

CLAIM = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from chatdesk.ui.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
instance.activated.connect(lambda: print("activated", flush=True))
first = instance.claim()
if first:
    instance.listen()
print("first" if first else "handed over", flush=True)
if sys.argv[2] == "serve":
    app.exec()
"""


def claimer(home: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLAIM, str(home), mode],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def test_a_second_process_hands_over_to_the_first(tmp_path: Path) -> None:
    first = claimer(tmp_path, "serve")
    try:
        assert first_line(first) == "first"
        second = claimer(tmp_path, "once")
        assert first_line(second) == "handed over"
        assert second.wait(30) == 0
        assert first_line(first) == "activated"
    finally:
        first.kill()
        first.wait(30)


def test_two_launches_at_once_make_one_first(tmp_path: Path) -> None:
    procs = [claimer(tmp_path, "serve") for _ in range(3)]
    try:
        lines = sorted(first_line(p) for p in procs)
        assert lines == ["first", "handed over", "handed over"]
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(30)


def test_a_socket_left_by_a_crash_does_not_block_start_up(tmp_path: Path) -> None:
    from PySide6.QtCore import QDir

    crashed = claimer(tmp_path, "serve")
    assert first_line(crashed) == "first"
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(30)
    assert Path(QDir.tempPath(), server_name(tmp_path)).exists()  # the crash left it behind
    again = claimer(tmp_path, "serve")
    try:
        assert first_line(again) == "first"
        third = claimer(tmp_path, "once")
        assert first_line(third) == "handed over"
        assert third.wait(30) == 0
    finally:
        again.kill()
        again.wait(30)


def test_each_data_folder_has_its_own_window(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    one = claimer(tmp_path / "a", "serve")
    two = claimer(tmp_path / "b", "serve")
    try:
        assert first_line(one) == "first"
        assert first_line(two) == "first"
    finally:
        for proc in (one, two):
            proc.kill()
            proc.wait(30)


def test_launching_chatdesk_twice_brings_the_running_window_forward(
    isolated_env: Path, tmp_path: Path
) -> None:
    isolated_env.mkdir(parents=True, exist_ok=True)
    (isolated_env / "settings.json").write_text(
        json.dumps({"base_url": "http://127.0.0.1:9/v1", "model": "test-model"})
    )
    env = {**os.environ, "CHATDESK_HOME": str(isolated_env), "OPENAI_API_KEY": "fake-key-1"}
    log = isolated_env / "logs" / LOG_FILE
    first = subprocess.Popen(
        [sys.executable, "-m", "chatdesk"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not log.exists():  # written after the first paint, so it listens by now
            assert first.poll() is None, "the first window exited"
            assert time.monotonic() < deadline, "the first window never painted"
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "chatdesk"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None
        deadline = time.monotonic() + 30
        while "come forward" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the first window was not asked to come forward"
            time.sleep(0.1)
    finally:
        first.terminate()
        try:
            first.wait(30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait(30)
