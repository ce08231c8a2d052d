"""Real MCP servers for the hub's tests: the devkit test server (stdio and Streamable HTTP),
mcp-server-time from PyPI, and the npm "everything" server when Node has it installed.

Every hub a test makes is shut down afterwards within a budget, and then no process it
started may be left: neither a child of this process nor a pid a server wrote down.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from chatdesk.services.mcp.api import (
    SamplingReply,
    SamplingRequest,
    ServerState,
    ServerStatus,
    StatusChanged,
)
from chatdesk.services.mcp.hub import McpHub
from tests.support.budget import within

ROOT = Path(__file__).resolve().parents[4]
TEST_SERVER = ROOT / "devkit" / "mcp_test_server.py"
PYTHON = sys.executable
BIN = Path(sys.executable).parent


def server_entry(*args: str, **extra: Any) -> dict[str, Any]:
    return {"command": PYTHON, "args": [str(TEST_SERVER), *args], **extra}


class Events:
    """What the hub reported, in order, with a way to wait for a condition on it."""

    def __init__(self) -> None:
        self.items: list[object] = []
        self._cond = threading.Condition()
        self.threads: set[str] = set()

    def add(self, event: object) -> None:
        with self._cond:
            self.items.append(event)
            self.threads.add(threading.current_thread().name)
            self._cond.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
        with self._cond:
            if not self._cond.wait_for(predicate, timeout):
                raise AssertionError(f"not seen within {timeout} s; events: {self.items}")

    def of(self, kind: type) -> list[Any]:
        with self._cond:
            return [e for e in self.items if isinstance(e, kind)]

    def states(self, name: str) -> list[ServerState]:
        return [e.status.state for e in self.of(StatusChanged) if e.status.name == name]


def poll(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for something outside the hub's events (a server's log, a future)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"not seen within {timeout} s")
        time.sleep(0.02)


def when(predicate: Callable[[], bool], then: Callable[[], None]) -> None:
    """Run ``then`` on another thread as soon as ``predicate`` holds (for at most 20 s)."""

    def wait() -> None:
        deadline = time.monotonic() + 20
        while not predicate() and time.monotonic() < deadline:
            time.sleep(0.02)
        then()

    threading.Thread(target=wait, daemon=True).start()


def status(hub: McpHub, name: str) -> ServerStatus | None:
    return next((s for s in hub.statuses() if s.name == name), None)


def wait_state(hub: McpHub, events: Events, name: str, state: ServerState, timeout: float = 30.0):
    events.wait(lambda: (s := status(hub, name)) is not None and s.state is state, timeout)
    found = status(hub, name)
    assert found is not None
    return found


ADA = {"name": "Ada", "age": 36}
SHORT = SamplingReply("short", "m1")


@dataclass
class Answers:
    """The UI's side of elicitation and sampling: scripted answers, and what was asked."""

    elicit_answer: dict[str, Any] | None = field(default_factory=lambda: dict(ADA))
    sample_answer: SamplingReply | None = SHORT
    delay: float = 0.0
    asked: list[tuple[str, Any]] = field(default_factory=list)
    pending: list[Future[Any]] = field(default_factory=list)
    hold: bool = False
    """Never answer (the future stays pending until cancelled)."""

    def _answer(self, value: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.pending.append(future)
        if self.hold:
            return future
        if self.delay:
            threading.Timer(self.delay, lambda: future.done() or future.set_result(value)).start()
        else:
            future.set_result(value)
        return future

    def elicit(self, server: str, message: str, schema: dict[str, Any]) -> Future[Any]:
        self.asked.append(("elicit", (server, message, schema)))
        return self._answer(self.elicit_answer)

    def sample(self, server: str, request: SamplingRequest) -> Future[Any]:
        self.asked.append(("sample", (server, request)))
        return self._answer(self.sample_answer)


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "mcp.json"


def write_config(path: Path, servers: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"mcpServers": servers}), encoding="utf-8")


HubFactory = Callable[..., tuple[McpHub, Events]]


@pytest.fixture
def make_hub(config_file: Path, start_server: Callable[..., int]) -> Iterator[HubFactory]:
    """Makes hubs; shuts them down after the test (before the servers it started stop)."""
    hubs: list[McpHub] = []
    before = children()

    def make(
        servers: dict[str, Any],
        handlers: Any = None,
        secret: Callable[[str], str] = lambda ref: "",
        **kwargs: Any,
    ) -> tuple[McpHub, Events]:
        write_config(config_file, servers)
        events = Events()
        hub = McpHub(config_file, secret, events.add, handlers, **kwargs)
        hubs.append(hub)
        within(5, hub.start)
        return hub, events

    yield make
    for hub in hubs:
        within(15, hub.shutdown)
    servers = {p.pid for p in getattr(start_server, "processes", [])}
    left = {p for p in children() - before - servers if alive(p)}
    assert not left, f"processes left behind: {left}"


@dataclass
class SharedHub:
    """One hub with the test server over stdio, shared by a module's tests that leave the
    server as they found it (each uses call ids of its own)."""

    hub: McpHub
    events: Events
    answers: Answers
    log: Path

    def log_lines(self) -> list[str]:
        return read_log(self.log)


@pytest.fixture(scope="module")
def shared_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedHub]:
    before = children()
    folder = tmp_path_factory.mktemp("shared-hub")
    log, path = folder / "server.log", folder / "mcp.json"
    write_config(path, {"test": server_entry(env={"MCP_TEST_LOG": str(log)})})
    events, answers = Events(), Answers()
    hub = McpHub(path, lambda ref: "", events.add, answers)
    within(5, hub.start)
    try:
        wait_state(hub, events, "test", ServerState.READY, 60)
        yield SharedHub(hub, events, answers, log)
    finally:
        within(15, hub.shutdown)
    left = {p for p in children() - before if alive(p)}
    assert not left, f"processes left behind: {left}"


@pytest.fixture
def shared(shared_hub: SharedHub) -> SharedHub:
    """The shared hub, its scripted answers as new."""
    vars(shared_hub.answers).update(vars(Answers()))
    return shared_hub


@pytest.fixture
def test_log(tmp_path: Path) -> Path:
    return tmp_path / "server.log"


def read_log(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


# -- processes ---------------------------------------------------------------------------


def children() -> set[int]:
    """Every live descendant of this process."""
    try:
        import psutil
    except ImportError:  # pragma: no cover - /proc instead
        return _proc_children(os.getpid())
    return {p.pid for p in psutil.Process().children(recursive=True)}


def alive(pid: int) -> bool:
    """True for a process that exists and is not a zombie waiting to be reaped."""
    try:
        import psutil
    except ImportError:  # pragma: no cover
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        return stat.rpartition(")")[2].split()[0] != "Z"
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _proc_children(root: int) -> set[int]:  # pragma: no cover - psutil is in the dev extras
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found: set[int] = set()
    todo = [root]
    while todo:
        parent = todo.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found.add(pid)
                todo.append(pid)
    return found


def wait_gone(pids: list[int], timeout: float = 5.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = [p for p in pids if alive(p)]
        if not left:
            return []
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


# -- a Streamable HTTP server ------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def start_server(test_log: Path) -> Iterator[Callable[..., int]]:
    """Starts a server listening on 127.0.0.1 (``{port}`` in its arguments is replaced);
    returns its port. Stopped after the test."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(*command: str, env: dict[str, str] | None = None) -> int:
        port = free_port()
        environment = {**os.environ, "MCP_TEST_LOG": str(test_log), "PORT": str(port)}
        environment.update(env or {})
        process = subprocess.Popen(
            [arg.replace("{port}", str(port)) for arg in command],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        processes.append(process)
        wait_listening(port)
        return port

    start.processes = processes  # type: ignore[attr-defined]  # make_hub leaves these be
    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def http_server(start_server: Callable[..., int]) -> str:
    """The devkit test server over Streamable HTTP on 127.0.0.1; its URL."""
    port = start_server(PYTHON, str(TEST_SERVER), "--http", "{port}")
    return f"http://127.0.0.1:{port}/mcp"


def wait_listening(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port} after {timeout} s")
