"""A local MCP server as a child process: JSON-RPC lines on its stdin and stdout.

Not the SDK's ``stdio_client``, for two reasons. chatdesk shows the tail of a server's
stderr when it fails, so stderr is read here and its last few KB kept. And no process may
outlive chatdesk: the server runs in a process group of its own, and when it stops, the whole
group is stopped — also what it started (``npx`` runs the real server as its child), also when
the server itself exited politely on stdin closing, which the SDK's transport does not cover.
The stop follows the MCP spec: close stdin, wait, SIGTERM, wait, SIGKILL.

Windows has no process groups; there the SDK's transport (which uses a Job Object) is used,
with stderr going to a temporary file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.abc
import mcp_types as types
from mcp.shared.message import SessionMessage

from chatdesk.services.mcp.processes import ProcessGroups, group_alive, signal_group

log = logging.getLogger(__name__)

STOP_GRACE = 1.5
"""Seconds a server has to exit after its stdin closes, then again after SIGTERM."""
TAIL_BYTES = 4096
MAX_LINE = 64 * 1024 * 1024
"""A line (one message) longer than this ends the connection: a server gone wrong."""

#: What a server inherits from chatdesk's environment besides its own ``env``: the SDK's safe
#: list plus locale, temporary folders, proxies and CA files.
INHERITED = (
    *("HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER"),
    *("LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TEMP", "TMP", "XDG_RUNTIME_DIR"),
    *("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"),
    *("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "NODE_EXTRA_CA_CERTS"),
    *("APPDATA", "LOCALAPPDATA", "PATHEXT", "SYSTEMROOT", "SYSTEMDRIVE", "USERPROFILE"),
)


def server_environment(env: Mapping[str, str]) -> dict[str, str]:
    inherited = {k: v for k in INHERITED if (v := os.environ.get(k)) and not v.startswith("()")}
    return inherited | dict(env)


class StderrTail:
    """The last ``TAIL_BYTES`` a server wrote to stderr."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._lock = threading.Lock()

    def add(self, chunk: bytes) -> None:
        with self._lock:
            self._data += chunk
            del self._data[:-TAIL_BYTES]

    def text(self, lines: int = 12) -> str:
        with self._lock:
            data = bytes(self._data)
        kept = data.decode("utf-8", errors="replace").strip().splitlines()[-lines:]
        return "\n".join(line.rstrip() for line in kept)


@asynccontextmanager
async def stdio_transport(
    command: str,
    args: tuple[str, ...],
    env: Mapping[str, str],
    cwd: str,
    tail: StderrTail,
    groups: ProcessGroups,
    on_exit: Callable[[int], None],
) -> AsyncIterator[tuple[Any, Any]]:
    """Start the server; yield the (read, write) streams a ``ClientSession`` speaks over.
    ``on_exit(returncode)`` is called when the server exits by itself."""
    if sys.platform == "win32":  # pragma: no cover - no process groups there
        async with _windows_transport(command, args, env, cwd, tail) as streams:
            yield streams
        return
    process = await anyio.open_process(
        [command, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=server_environment(env),
        cwd=cwd or None,
        start_new_session=True,
    )
    pgid = process.pid
    groups.add(pgid)
    read_send, read_recv = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_send, write_recv = anyio.create_memory_object_stream[SessionMessage](0)
    eof = anyio.Event()
    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(_read_stdout, process, read_send, eof)
            tg.start_soon(_write_stdin, process, write_recv)
            tg.start_soon(_read_stderr, process, tail)

            async def watch() -> None:
                while process.returncode is None:
                    await anyio.sleep(0.1)
                on_exit(process.returncode)

            tg.start_soon(watch)
            try:
                yield read_recv, write_send
            finally:
                # Its output ended before we stopped it: the server stopped by itself (its
                # exit code may reach us a moment after the end of its output).
                by_itself = eof.is_set() or process.returncode is not None
                with anyio.CancelScope(shield=True):
                    await _stop(process)
                if by_itself and process.returncode is not None:
                    on_exit(process.returncode)
                tg.cancel_scope.cancel()
    finally:
        groups.discard(pgid)
        for stream in (read_send, read_recv, write_send, write_recv):
            stream.close()


async def _read_stdout(
    process: anyio.abc.Process,
    send: anyio.abc.ObjectSendStream[SessionMessage | Exception],
    eof: anyio.Event,
) -> None:
    assert process.stdout is not None
    async with send:
        try:
            await _read_lines(process.stdout, send)
        except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
            eof.set()
        except anyio.ClosedResourceError:
            pass


async def _read_lines(
    stdout: anyio.abc.ByteReceiveStream,
    send: anyio.abc.ObjectSendStream[SessionMessage | Exception],
) -> None:
    buffer = b""
    while True:
        buffer += await stdout.receive()
        *lines, buffer = buffer.split(b"\n")
        if len(buffer) > MAX_LINE:
            await send.send(ValueError("the server sent a message over 64 MB"))
            return
        for line in lines:
            if line.strip():
                try:
                    await send.send(_parse(line))
                except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                    return


def _parse(line: bytes) -> SessionMessage | Exception:
    try:
        return SessionMessage(types.jsonrpc_message_adapter.validate_json(line, by_name=False))
    except ValueError as exc:
        log.warning("an MCP server wrote a line that is not JSON-RPC (%d bytes)", len(line))
        return exc


async def _write_stdin(
    process: anyio.abc.Process, receive: anyio.abc.ObjectReceiveStream[SessionMessage]
) -> None:
    assert process.stdin is not None
    with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
        async with receive:
            async for message in receive:
                data = message.message.model_dump_json(by_alias=True, exclude_unset=True)
                await process.stdin.send(data.encode("utf-8") + b"\n")


async def _read_stderr(process: anyio.abc.Process, tail: StderrTail) -> None:
    assert process.stderr is not None
    with contextlib.suppress(anyio.EndOfStream, anyio.ClosedResourceError, OSError):
        while True:
            tail.add(await process.stderr.receive())


async def _stop(process: anyio.abc.Process) -> None:
    """Close stdin, wait; SIGTERM the group, wait; SIGKILL it. Then the group's stragglers."""
    pgid = process.pid
    if process.stdin is not None:
        with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
            await process.stdin.aclose()
    if not await _exited(process, STOP_GRACE):
        signal_group(pgid, signal.SIGTERM)
        if not await _exited(process, STOP_GRACE):
            signal_group(pgid, signal.SIGKILL)
            await _exited(process, STOP_GRACE)
    # What the server started and left behind (it exited, its children did not).
    if group_alive(pgid):
        signal_group(pgid, signal.SIGTERM)
        with anyio.move_on_after(0.5):
            while group_alive(pgid):
                await anyio.sleep(0.02)
        signal_group(pgid, signal.SIGKILL)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, anyio.BrokenResourceError):
                await stream.aclose()


async def _exited(process: anyio.abc.Process, seconds: float) -> bool:
    # Polled: process.wait() also waits for the pipes, which a grandchild may hold open.
    with anyio.move_on_after(seconds):
        while process.returncode is None:
            await anyio.sleep(0.02)
    return process.returncode is not None


@asynccontextmanager
async def _windows_transport(  # pragma: no cover - Windows only
    command: str, args: tuple[str, ...], env: Mapping[str, str], cwd: str, tail: StderrTail
) -> AsyncIterator[tuple[Any, Any]]:
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(
        command=command, args=list(args), env=server_environment(env), cwd=cwd or None
    )
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errlog:
        try:
            async with stdio_client(params, errlog=errlog) as streams:
                yield streams
        finally:
            errlog.seek(0)
            tail.add(errlog.read()[-TAIL_BYTES:].encode("utf-8"))
