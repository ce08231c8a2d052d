"""One window per data folder: real processes on real local sockets, no stand-ins."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatdesk.services.logs import LOG_FILE
from chatdesk.ui import handoff
from chatdesk.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[1]

CLAIM = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from chatdesk.ui.single_instance import SingleInstance

os.environ.pop("XDG_ACTIVATION_TOKEN", None)
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]), timeout_ms=int(os.environ.get("TIMEOUT_MS", "2000")))
token = lambda: [t] if (t := os.environ.pop("XDG_ACTIVATION_TOKEN", "")) else []
instance.activated.connect(lambda args: print("activated", *args, *token(), flush=True))
first = instance.claim(sys.argv[3:])
if first:
    instance.listen()
print("first" if first else "handed over", flush=True)
if sys.argv[2] == "serve":
    app.exec()
"""


#: The bundle leaves QtNetwork out: this makes it unimportable, before chatdesk is imported.
WITHOUT_QTNETWORK = """
import sys
class _LeftOut:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtNetwork":
            raise ImportError("PySide6.QtNetwork is left out (as in the bundle)")
        return None
sys.meta_path.insert(0, _LeftOut())
"""


def claimer(
    home: Path, mode: str, *args: str, qtnetwork: bool = True, timeout_ms: int = 2000
) -> subprocess.Popen[str]:
    code = CLAIM if qtnetwork else WITHOUT_QTNETWORK + CLAIM
    return subprocess.Popen(
        [sys.executable, "-c", code, str(home), mode, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TIMEOUT_MS": str(timeout_ms)},
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

    crashed = claimer(tmp_path, "serve")
    assert first_line(crashed) == "first"
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(30)
    assert handoff.socket_path(server_name(tmp_path)).exists()  # the crash left it behind
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


def test_launching_chatdesk_again_hands_over_to_the_running_window(
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
        quick = subprocess.run(
            [sys.executable, "-m", "chatdesk", "--quick"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert quick.returncode == 0, quick.stderr
        assert first.poll() is None
        deadline = time.monotonic() + 30
        while "handed over: --quick" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the first window was not handed --quick"
            time.sleep(0.1)
    finally:
        first.terminate()
        try:
            first.wait(30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait(30)


# -- without QtNetwork (the bundle): the standard library's socket, read when ready --------


def socket_file(home: Path) -> Path:
    return handoff.socket_path(server_name(home))


def connect(home: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(30)  # the budget: a hang fails here
    sock.connect(str(socket_file(home)))
    return sock


def read_to_end(sock: socket.socket) -> bytes:
    """What the server answered before it closed the connection."""
    reply = b""
    try:
        while chunk := sock.recv(64):
            reply += chunk
    except ConnectionResetError:  # closed with the client's bytes unread
        pass
    return reply


def test_without_qtnetwork_a_later_launch_hands_over(tmp_path: Path) -> None:
    first = claimer(tmp_path, "serve", qtnetwork=False)
    try:
        assert first_line(first) == "first"
        mode = socket_file(tmp_path).stat().st_mode
        assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
        second = claimer(tmp_path, "once", "--quick", qtnetwork=False)
        assert first_line(second) == "handed over"  # claim returned False
        assert second.wait(30) == 0
        assert first_line(first) == "activated --quick"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CHATDESK_HOME": str(tmp_path)}
        env.pop("XDG_ACTIVATION_TOKEN", None)
        out = subprocess.run(
            [sys.executable, "-c", HAND_OVER], env=env, capture_output=True, text=True, timeout=30
        )
        assert out.stdout.split() == ["True", "False"], out.stderr
        assert first_line(first) == "activated"
    finally:
        first.kill()
        first.wait(30)


def test_a_connection_that_sends_no_request_waits_for_nothing_and_is_dropped(
    tmp_path: Path,
) -> None:
    first = claimer(tmp_path, "serve", qtnetwork=False, timeout_ms=500)
    try:
        assert first_line(first) == "first"
        silent = connect(tmp_path)
        partial = connect(tmp_path)
        partial.sendall(b"activate")  # and never the rest of the line
        # Meanwhile a launch is served at once: nothing waited on the two.
        second = claimer(tmp_path, "once", "--quick", qtnetwork=False)
        assert first_line(second) == "handed over"
        assert second.wait(30) == 0
        assert first_line(first) == "activated --quick"
        assert read_to_end(silent) == b""  # closed unanswered after its time
        assert read_to_end(partial) == b""
        silent.close()
        partial.close()
    finally:
        first.kill()
        first.wait(30)


def test_an_over_long_request_is_refused(tmp_path: Path) -> None:
    first = claimer(tmp_path, "serve", qtnetwork=False)
    try:
        assert first_line(first) == "first"
        body = {"args": ["--quick"], "token": "", "padding": "x" * 5000}
        with connect(tmp_path) as sock:
            sock.sendall(b"activate " + json.dumps(body).encode() + b"\n")
            assert read_to_end(sock) == b""  # no "ok"
        plain = claimer(tmp_path, "once", qtnetwork=False)
        assert first_line(plain) == "handed over"
        assert plain.wait(30) == 0
        assert first_line(first) == "activated"  # not "--quick": the long one was not read
    finally:
        first.kill()
        first.wait(30)


def test_a_failure_to_listen_is_a_warning(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    instance = SingleInstance(tmp_path)
    assert instance.claim()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as squatter:
        squatter.bind(str(socket_file(tmp_path)))  # a live socket that is not ours
        squatter.listen(1)
        with caplog.at_level(logging.WARNING, logger="chatdesk.ui.single_instance"):
            instance.listen()
        instance.close()
        assert socket_file(tmp_path).exists()  # left alone
        socket_file(tmp_path).unlink()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and "cannot listen" in warnings[0].getMessage()
    assert "another process listens" in warnings[0].getMessage()


# -- a later launch's arguments, and the hand-over without Qt ------------------------------

HAND_OVER = """
import sys
from chatdesk.ui.handoff import hand_over
print(hand_over(sys.argv[1:]), "PySide6" in sys.modules, flush=True)
"""


def test_a_later_launch_passes_its_arguments_to_the_first(tmp_path: Path) -> None:
    first = claimer(tmp_path, "serve")
    try:
        assert first_line(first) == "first"
        second = claimer(tmp_path, "once", "--quick", "--not-forwarded")
        assert first_line(second) == "handed over"
        assert second.wait(30) == 0
        assert first_line(first) == "activated --quick"  # only what the window acts on
        plain = claimer(tmp_path, "once")
        assert first_line(plain) == "handed over"
        assert plain.wait(30) == 0
        assert first_line(first) == "activated"
    finally:
        first.kill()
        first.wait(30)


def test_the_hand_over_without_qt_reaches_the_running_instance(tmp_path: Path) -> None:
    """What ``chatdesk --quick`` does on Linux before importing anything of Qt."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CHATDESK_HOME": str(tmp_path)}
    env["XDG_ACTIVATION_TOKEN"] = "launcher-token-1"  # the desktop's, for this launch
    nobody = subprocess.run(
        [sys.executable, "-c", HAND_OVER, "--quick"], env=env, capture_output=True, text=True
    )
    assert nobody.stdout.split() == ["False", "False"]  # no socket: the Qt way decides
    first = claimer(tmp_path, "serve")
    try:
        assert first_line(first) == "first"
        out = subprocess.run(
            [sys.executable, "-c", HAND_OVER, "--quick"], env=env, capture_output=True, text=True
        )
        assert out.stdout.split() == ["True", "False"], out.stderr
        assert first_line(first) == "activated --quick launcher-token-1"  # focus may follow
    finally:
        first.kill()
        first.wait(30)
    # The crash left its socket file: nobody answers, and the hand-over says so.
    assert handoff.socket_path(server_name(tmp_path)).exists()
    out = subprocess.run(
        [sys.executable, "-c", HAND_OVER, "--quick"], env=env, capture_output=True, text=True
    )
    assert out.stdout.split() == ["False", "False"]


NAMES = """
import json, os
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from chatdesk.services.paths import app_paths
from chatdesk.ui import handoff, single_instance
app = QCoreApplication([])
QCoreApplication.setApplicationName("chatdesk")  # as app.main does
qt_dir = app_paths().data_dir
plain_dir = handoff.data_dir_without_qt()
print(json.dumps({
    "qt": [str(qt_dir), single_instance.server_name(qt_dir)],
    "plain": [str(plain_dir), handoff.server_name(plain_dir)],
}))
"""


def test_the_qt_free_names_match_qts(tmp_path: Path) -> None:
    """The hand-over finds the socket where Qt puts it, for every way the folder is set."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CHATDESK_", "TMP"))}
    cases = [
        {"HOME": str(tmp_path / "home")},
        {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")},
        {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": "relative/ignored"},
        {"HOME": str(tmp_path / "home"), "CHATDESK_HOME": str(tmp_path / "portable")},
        {"HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path / "tmp") + "/"},
    ]
    for case in cases:
        out = subprocess.run(
            [sys.executable, "-c", NAMES],
            env={**base, **case, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            check=True,
        )
        names = json.loads(out.stdout)
        assert names["plain"] == names["qt"], case


def test_only_forwarded_arguments_are_read_from_the_socket() -> None:
    from chatdesk.ui.handoff import Request, parse_request, request_line

    line = request_line(["--quick", "--local-server", "http://x"], token="abc-123")
    assert parse_request(line) == Request(["--quick"], "abc-123")
    assert parse_request(b"activate\n") == Request([])
    assert parse_request(b'activate {"args": ["--quick", 3, {"a": 1}]}\n') == Request(["--quick"])
    assert parse_request(b'activate {"args": [], "token": "bad\\u0007"}\n') == Request([])
    assert parse_request(b"activate {not json\n") == Request([])
    assert parse_request(b'activate ["--quick"]\n') == Request([])
    assert parse_request(b"GET / HTTP/1.1\r\n") is None


def test_the_socket_and_lock_live_in_this_users_private_folder(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    assert handoff.socket_path("x", {"XDG_RUNTIME_DIR": str(runtime)}) == runtime / "x"
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    folder = handoff.runtime_dir({"TMPDIR": str(shared)})
    assert folder == shared / f"chatdesk-{os.getuid()}"
    assert handoff.private(folder) == folder and (folder.stat().st_mode & 0o777) == 0o700


def test_a_name_another_user_could_take_first_is_refused(tmp_path: Path) -> None:
    """In a shared /tmp another user can make our folder's name, or put a socket or file
    where ours goes: chatdesk neither trusts nor waits on them."""
    open_folder = tmp_path / "chatdesk-open"
    open_folder.mkdir(mode=0o755)
    open_folder.chmod(0o755)
    with pytest.raises(PermissionError):
        handoff.private(open_folder)
    link = tmp_path / "chatdesk-link"
    link.symlink_to(tmp_path)
    with pytest.raises(PermissionError):
        handoff.private(link)
    planted = tmp_path / "planted"
    planted.write_text("not a socket")
    assert not handoff.ours(planted)
    assert handoff.ask(planted, ["--quick"], timeout=1) is False  # never connects to it


def test_a_server_that_drips_bytes_does_not_hold_a_launch(tmp_path: Path) -> None:
    import threading
    import time

    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    stop = threading.Event()

    def drip() -> None:
        conn, _ = server.accept()
        with conn:
            while not stop.is_set():
                conn.sendall(b"x")
                time.sleep(0.2)

    threading.Thread(target=drip, daemon=True).start()
    started = time.monotonic()
    try:
        assert handoff.ask(path, ["--quick"], timeout=0.5) is None
    finally:
        stop.set()
        server.close()
    assert time.monotonic() - started < 10  # bounded: a hang would be a failure here


def test_a_deeply_nested_request_is_just_not_a_request() -> None:
    assert handoff.parse_request(b"activate " + b"[" * 5000 + b"\n") == handoff.Request([])
