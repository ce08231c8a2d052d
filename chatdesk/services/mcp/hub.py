"""The MCP service the rest of chatdesk talks to: every configured server, on one thread.

The SDK is asyncio/anyio based, so the hub runs its own event loop on a thread of its own
("mcp-hub"); each server is a ``Connection`` task on it. The public methods are called from
other threads: ``call()`` blocks its caller (a worker, never the UI thread and never the hub
thread) until the tool answers, fails, times out or is cancelled, and ``get_prompt()`` until the
prompt's text comes (or ``PROMPT_TIMEOUT``); the others return at once. Events
(``StatusChanged``, ``ToolsChanged``, ``PromptsChanged``, ``Progress``) are handed to
``on_event`` on the hub thread: the UI marshals them to its own.

No server process outlives the hub: ``shutdown()`` stops every server (stdin closed, then
SIGTERM, then SIGKILL, for the whole process group), and if that overruns its time, kills the
remaining groups outright; an ``atexit`` hook does the same if nobody called it.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chatdesk.services.mcp import config as mcp_config
from chatdesk.services.mcp import text
from chatdesk.services.mcp.api import (
    McpHandlers,
    Progress,
    PromptFailure,
    PromptSpec,
    PromptText,
    RemoteNetwork,
    ServerState,
    ServerStatus,
    ToolResult,
    ToolSpec,
)
from chatdesk.services.mcp.catalog import Catalog
from chatdesk.services.mcp.processes import ProcessGroups

if TYPE_CHECKING:
    from chatdesk.services.mcp.connection import Connection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Shared:
    """What every connection gets from the hub."""

    secret: Callable[[str], str]
    handlers: McpHandlers | None
    network: Callable[[str], RemoteNetwork] | None
    groups: ProcessGroups
    publish: Callable[[ServerStatus, tuple[ToolSpec, ...], tuple[PromptSpec, ...] | None], None]
    prompts: Callable[[str, tuple[PromptSpec, ...]], None]
    progress: Callable[[Progress], None]
    start_timeout: float


START_TIMEOUT = 120.0
"""How long a server may take to start (``npx`` may download the server first)."""
PROMPT_TIMEOUT = 30.0
"""The longest a prompt's text is waited for (less if the server's ``timeout`` is less)."""
_EARLY_CANCELS = 256
_EARLY_CANCEL_TTL = 10.0
"""A cancel for a call that has not come yet holds this long (call ids may repeat later)."""


class McpHub:
    def __init__(
        self,
        config_path: Path,
        secret: Callable[[str], str],
        on_event: Callable[[object], None],
        handlers: McpHandlers | None = None,
        *,
        network: Callable[[str], RemoteNetwork] | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        """``secret(ref)`` reads a keyring entry (``KeyStore().secret``); ``network(url)`` gives
        the proxy and CA settings for a remote server (``remote.network_for(profile_network)``)
        and is called on the hub thread; without it the system's apply."""
        self.config_path = config_path
        self._on_event = on_event
        self._lock = threading.Lock()
        self._catalog = Catalog(self._emit)
        self._groups = ProcessGroups()
        self._shared = Shared(
            secret=secret,
            handlers=handlers,
            network=network,
            groups=self._groups,
            publish=self._catalog.publish,
            prompts=self._catalog.set_prompts,
            progress=self._emit,
            start_timeout=start_timeout,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        # Owned by the loop thread:
        self._connections: dict[str, Connection] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._stopping: set[asyncio.Task[None]] = set()
        """Tasks of servers being stopped (by a reload or restart): shutdown waits for them too."""
        self._early_cancels: dict[str, float] = {}
        self._loaded: asyncio.Event | None = None
        """Set once mcp.json has been read the first time: calls wait for it."""

    # -- public API, from any thread but the hub's -----------------------------------------

    def start(self) -> None:
        """Start the hub thread and every enabled server; returns at once."""
        with self._lock:
            if self._thread is not None or self._closed:
                return
            loop = self._loop = asyncio.new_event_loop()
            started = threading.Event()
            self._thread = threading.Thread(
                target=self._run_loop, args=(loop, started), name="mcp-hub", daemon=True
            )
        self._thread.start()
        started.wait()
        ref = weakref.ref(self)
        atexit.register(_shutdown_at_exit, ref)
        self._submit(self._reload())

    def statuses(self) -> list[ServerStatus]:
        """Every configured server's status, in the file's order."""
        return self._catalog.statuses()

    def tools(self) -> list[ToolSpec]:
        """The tools of the servers that are ready, server by server in the file's order."""
        return self._catalog.tools()

    def prompts(self) -> list[PromptSpec]:
        """The prompts of the servers that are ready, server by server in the file's order."""
        return self._catalog.prompts()

    def config(self) -> mcp_config.McpConfig:
        """mcp.json as last (re)loaded: ``alwaysAllow``, timeouts, problems."""
        return self._catalog.config()

    def call(
        self,
        server: str,
        tool: str,
        arguments: dict[str, Any],
        call_id: str,
        timeout: float | None = None,
    ) -> ToolResult:
        """Call ``tool`` and wait for its result (an error result on any failure).

        ``timeout`` defaults to the server's ``timeout`` in mcp.json; it stands still while
        the server waits for the user. Never call this on the hub thread (``on_event``)."""
        loop = self._loop
        if loop is None or self._closed:
            return text.error_result("The MCP servers are not running")
        if threading.current_thread() is self._thread:
            raise RuntimeError("McpHub.call() would deadlock on the hub thread")
        future = asyncio.run_coroutine_threadsafe(
            self._call(server, tool, arguments, call_id, timeout), loop
        )
        try:
            # Only a wedged hub reaches this bound: the call has its own timeout inside.
            return future.result(timeout=_outer_bound(timeout, self._default_timeout(server)))
        except FutureTimeout:
            future.cancel()
            return text.error_result(f'The MCP server "{server}" did not answer')
        except CancelledError:
            return text.error_result("The MCP servers were stopped")
        except Exception as exc:
            log.exception("MCP call failed")
            return text.error_result(f"The tool call failed: {type(exc).__name__}")

    def get_prompt(self, server: str, name: str, arguments: dict[str, str]) -> PromptText:
        """A prompt's text (``prompts/get``), or why not. Blocks its caller (a worker, never
        the hub thread) for at most the server's ``timeout`` or ``PROMPT_TIMEOUT``."""
        loop = self._loop
        if loop is None or self._closed:
            return PromptText(failure=PromptFailure.NOT_RUNNING)
        if threading.current_thread() is self._thread:
            raise RuntimeError("McpHub.get_prompt() would deadlock on the hub thread")
        timeout = min(self._default_timeout(server), PROMPT_TIMEOUT)
        future = asyncio.run_coroutine_threadsafe(
            self._get_prompt(server, name, arguments, timeout), loop
        )
        try:
            return future.result(timeout=_outer_bound(timeout, timeout))
        except FutureTimeout:
            future.cancel()
            return PromptText(failure=PromptFailure.TIMEOUT, seconds=timeout)
        except CancelledError:
            return PromptText(failure=PromptFailure.NOT_RUNNING)

    def cancel(self, call_id: str) -> None:
        """Cancel a call now: the server is sent ``notifications/cancelled`` and ``call()``
        returns the error result "cancelled". Also works just before the call starts."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._cancel, call_id)

    def restart(self, server: str) -> None:
        self._submit(self._restart(server))

    def reload(self) -> None:
        """Re-read mcp.json: start new and enabled servers, stop removed and disabled ones,
        restart those whose command, URL, env or headers changed."""
        self._submit(self._reload())

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop every server and the hub thread. Blocks up to ``timeout`` seconds; any server
        process still alive then is killed."""
        if self._thread is not None and threading.current_thread() is self._thread:
            raise RuntimeError("McpHub.shutdown() would deadlock on the hub thread")
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._stop_all(), loop)
        with contextlib.suppress(Exception):
            future.result(timeout=timeout)
        self._groups.kill_all()
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=2.0)

    # -- the loop thread --------------------------------------------------------------------

    def _run_loop(self, loop: asyncio.AbstractEventLoop, started: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        self._loaded = asyncio.Event()
        loop.call_soon(started.set)
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                pending = asyncio.all_tasks(loop)
                for task in pending:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    def _submit(self, coro: Any) -> None:
        loop = self._loop
        if loop is None or self._closed:
            coro.close()
            return
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        future.add_done_callback(_log_failure)

    def _default_timeout(self, server: str) -> float:
        entry = self.config().get(server)
        return entry.timeout if entry else mcp_config.DEFAULT_TIMEOUT

    async def _call(
        self, server: str, tool: str, arguments: dict[str, Any], call_id: str, timeout: float | None
    ) -> ToolResult:
        if self._loaded is not None:
            await self._loaded.wait()
        connection = self._connections.get(server)
        if connection is None:
            entry = self.config().get(server)
            if entry is not None and entry.disabled:
                return text.error_result(f'The MCP server "{server}" is turned off')
            return text.error_result(f'There is no MCP server called "{server}"')
        cancelled_at = self._early_cancels.pop(call_id, None)
        now = asyncio.get_running_loop().time()
        cancelled = cancelled_at is not None and now - cancelled_at < _EARLY_CANCEL_TTL
        return await connection.call(
            tool, arguments, call_id, timeout or connection.entry.timeout, cancelled
        )

    async def _get_prompt(
        self, server: str, name: str, arguments: dict[str, str], timeout: float
    ) -> PromptText:
        if self._loaded is not None:
            await self._loaded.wait()
        connection = self._connections.get(server)
        if connection is None:
            return PromptText(failure=PromptFailure.NOT_RUNNING)
        return await connection.get_prompt(name, arguments, timeout)

    def _cancel(self, call_id: str) -> None:
        if not any(c.cancel_call(call_id) for c in self._connections.values()):
            self._early_cancels[call_id] = asyncio.get_running_loop().time()
            while len(self._early_cancels) > _EARLY_CANCELS:
                del self._early_cancels[next(iter(self._early_cancels))]

    async def _reload(self) -> None:
        loaded = await asyncio.to_thread(mcp_config.load, self.config_path)
        if loaded.problem:
            log.warning("mcp.json: %s", loaded.problem)
        self._catalog.set_config(loaded)
        wanted = {e.name: e for e in loaded.servers}
        stale: list[str] = []
        for name, connection in self._connections.items():
            entry = wanted.get(name)
            if (
                entry is None
                or entry.disabled
                or entry.launch_key() != connection.entry.launch_key()
                or connection.state is ServerState.FAILED
            ):
                stale.append(name)
            else:
                connection.entry = entry  # alwaysAllow and timeout apply at once
        await asyncio.gather(*(self._stop(name) for name in stale))
        for name in self._catalog.known():
            if name not in wanted:
                self._catalog.forget(name)
        for entry in loaded.servers:
            if entry.disabled:
                self._catalog.publish(ServerStatus(entry.name, ServerState.DISABLED))
            elif entry.name not in self._connections:
                self._launch(entry)
        if self._loaded is not None:
            self._loaded.set()

    async def _restart(self, server: str) -> None:
        entry = self.config().get(server)
        await self._stop(server)
        if entry is not None and not entry.disabled:
            self._launch(entry)

    def _launch(self, entry: mcp_config.ServerEntry) -> None:
        if self._closed:  # shutting down: a reload still under way starts nothing
            return
        # The SDK loads here, on the hub thread, the first time a server starts (about a
        # second): importing this module costs the UI thread nothing.
        from chatdesk.services.mcp.connection import Connection

        connection = Connection(entry, self._shared)
        self._connections[entry.name] = connection
        task = asyncio.get_running_loop().create_task(connection.run(), name=f"mcp:{entry.name}")
        self._tasks[entry.name] = task
        task.add_done_callback(_log_task_failure)

    async def _stop(self, name: str) -> None:
        connection = self._connections.pop(name, None)
        task = self._tasks.pop(name, None)
        if connection is not None:
            connection.stop()
        if task is not None:
            self._stopping.add(task)
            try:
                await asyncio.wait({task})
            finally:
                self._stopping.discard(task)
        self._catalog.forget(name)

    async def _stop_all(self) -> None:
        for connection in self._connections.values():
            connection.stop()
        tasks = set(self._tasks.values()) | self._stopping
        if tasks:
            await asyncio.wait(tasks)

    def _emit(self, event: object) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("an MCP event handler failed")


def _outer_bound(timeout: float | None, default: float) -> float:
    # The call's own timeout (paused while the user answers a server's question, hence the
    # generous margin) plus the time to stop it.
    return max(timeout or default, 1.0) * 10 + 60


def _log_task_failure(task: asyncio.Task[None]) -> None:
    # A connection that failed stays in place, so its calls can say why; restart and reload
    # replace it. Only a bug in it (not a server's failure) ends its task with an exception.
    if not task.cancelled() and task.exception() is not None:
        log.error("MCP server task %s failed", task.get_name(), exc_info=task.exception())


def _log_failure(future: Any) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("MCP hub task failed", exc_info=future.exception())


def _shutdown_at_exit(ref: weakref.ref[McpHub]) -> None:
    hub = ref()
    if hub is not None:
        hub.shutdown(timeout=3.0)
