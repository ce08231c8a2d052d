"""A worker child process that answers one request at a time, within a time budget.

Highlighting and typesetting run third-party code that may take exponential time on
input a model chose. Each runs in a child process started on first use (the bundle's
own executable with a flag, or this interpreter from source): a request that overruns
its budget kills the child, and the next request starts a fresh one. A child that
cannot start is not tried again for every queued request: each would wait the whole
start budget. Long requests (reading a PDF) go through ``converse``: the child sends
``Interim`` messages (progress, pages) before its answer, and the caller can cancel.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

#: Seconds a child has to import its libraries and say "ready".
START_BUDGET_S = 20.0
#: After a child failed to start, requests are refused this long before it is tried again.
RETRY_START_AFTER_S = 60.0
#: How often ``converse`` looks at its caller's cancel check while the child works.
CHECK_EVERY_S = 0.05


class Unavailable(Exception):
    """The child process could not be started (now or in the last minute)."""


class Overran(Exception):
    """The request took longer than its budget; the child was killed."""


class Crashed(Overran):
    """The child died while answering (a crash, or the memory limit it set itself)."""

    def __init__(self, message: str, returncode: int | None) -> None:
        super().__init__(message)
        self.returncode = returncode
        """Negative: killed by that signal (PDFium aborts when memory runs out)."""


@dataclass(frozen=True)
class Interim:
    """What a child sends before its answer (progress, one page of many): the request
    goes on. Only ``converse`` expects these."""

    value: Any


class ChildWorker:
    """One child process, one request at a time; thread-safe."""

    def __init__(self, module: str, flag: str, what: str) -> None:
        """``module``'s ``serve()`` answers requests; the bundle answers ``flag``
        (``chatdesk/__main__.py``); ``what`` names the work in messages."""
        self._module = module
        self._flag = flag
        self._what = what
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Connection | None = None
        self._receive: Connection | None = None
        self._unavailable_until = 0.0
        self.restarts = 0
        """Children killed for overrunning their budget (for tests and logs)."""

    def _command(self) -> list[str]:
        if getattr(sys, "frozen", False):
            return [sys.executable, self._flag]
        return [sys.executable, "-c", f"from {self._module} import serve; serve()"]

    def _ensure(self) -> tuple[Connection, Connection]:
        if self._process is not None and self._process.poll() is None:
            assert self._send is not None and self._receive is not None
            return self._send, self._receive
        self._stop()
        if time.monotonic() < self._unavailable_until:
            raise Unavailable(f"the {self._what} process could not be started")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            process = subprocess.Popen(
                self._command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
            )
        except OSError as exc:
            self._unavailable_until = time.monotonic() + RETRY_START_AFTER_S
            raise Unavailable(f"the {self._what} process could not be started: {exc}") from exc
        assert process.stdin is not None and process.stdout is not None
        send = Connection(os.dup(process.stdin.fileno()), readable=False)
        receive = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        self._process, self._send, self._receive = process, send, receive
        try:
            ready = receive.poll(START_BUDGET_S) and receive.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._stop()
            self._unavailable_until = time.monotonic() + RETRY_START_AFTER_S
            raise Unavailable(f"the {self._what} process did not start")
        return send, receive

    def ask(self, request: object, budget: float) -> Any:
        """The child's answer to ``request``; ``Overran`` (``Crashed`` when it died) or
        ``Unavailable`` otherwise."""
        return self.converse(request, budget, _no_interim, _no_check)

    def converse(
        self,
        request: object,
        budget: float,
        on_interim: Callable[[Any], None],
        check: Callable[[], None],
    ) -> Any:
        """Like ``ask``, for long requests: each ``Interim`` the child sends goes to
        ``on_interim``, and ``check`` is called every ``CHECK_EVERY_S`` while the child
        works. Whatever either raises (a cancel, a limit) kills the child and propagates;
        ``Crashed`` when the child dies, ``Overran`` past ``budget``."""
        with self._lock:
            send, receive = self._ensure()
            deadline = time.monotonic() + budget
            try:
                send.send(request)
                while (left := deadline - time.monotonic()) > 0:
                    check()
                    if not receive.poll(min(left, CHECK_EVERY_S)):
                        continue
                    message = receive.recv()
                    if not isinstance(message, Interim):
                        return message
                    on_interim(message.value)
            except (EOFError, OSError):
                self.restarts += 1
                returncode = self._ended()
                self._stop()
                raise Crashed(f"the {self._what} process died", returncode) from None
            except BaseException:
                self._stop()
                raise
            self.restarts += 1
            self._stop()
            raise Overran(f"{self._what} overran its {budget:g} s budget")

    def _ended(self) -> int | None:
        """The exit status of a child whose pipe broke, once it has exited."""
        if self._process is None:
            return None
        try:
            return self._process.wait(5)
        except subprocess.TimeoutExpired:
            return None

    def _stop(self) -> None:
        for conn in (self._send, self._receive):
            if conn is not None:
                conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.wait(5)
        self._process = self._send = self._receive = None

    def close(self) -> None:
        with self._lock:
            self._stop()

    def kill(self) -> None:
        """Kill the child now, even in the middle of a request (at quit: ``close`` would
        wait for the request); the request's caller then sees it crash."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def _no_interim(value: Any) -> None:
    raise RuntimeError(f"an interim message to a request that expects none: {value!r}")


def _no_check() -> None:
    return None


def child_pipes() -> tuple[Connection, Connection]:
    """In the child, once its libraries are loaded: the requests and answers pipes (stdin
    and stdout), with stdout itself moved to stderr so a library's print cannot corrupt
    the answers; then "ready" is sent."""
    requests = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    answers.send("ready")
    return requests, answers
