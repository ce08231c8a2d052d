"""One configured server while it runs: its SDK session, its status and tools, its calls.

Everything here runs on the hub's event loop. ``run()`` owns the session from start to stop
in one task, inside one cancel scope: its deadline bounds the start, ``stop()`` cancels it.
Each call has a cancel scope of its own, whose deadline is the call's timeout (paused while
the server waits for the user: ``asking.py``); cancelling it makes the SDK send
``notifications/cancelled``.
"""

from __future__ import annotations

import itertools
import logging
import math
from contextlib import AbstractAsyncContextManager, AsyncExitStack
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types
from mcp import Client
from mcp.client.subscriptions import PromptsListChanged
from mcp.shared.exceptions import MCPError
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from chatdesk import __version__
from chatdesk.core.i18n import decimal, tr
from chatdesk.services.mcp import prompts, remote, results, text
from chatdesk.services.mcp.api import (
    Progress,
    PromptFailure,
    PromptSpec,
    PromptText,
    ServerState,
    ServerStatus,
    ToolResult,
    ToolSpec,
)
from chatdesk.services.mcp.asking import Asking, CallClock
from chatdesk.services.mcp.config import ServerEntry, TransportKind
from chatdesk.services.mcp.entries import entry_problem
from chatdesk.services.mcp.failures import Redactor, answered, describe
from chatdesk.services.mcp.secret_refs import MissingSecret, resolve
from chatdesk.services.mcp.stdio import StderrTail, stdio_transport

if TYPE_CHECKING:
    from chatdesk.services.mcp.hub import Shared

log = logging.getLogger(__name__)

MAX_TOOL_PAGES = 100
CLIENT_INFO = types.Implementation(name="chatdesk", version=__version__)
_prompt_ids = itertools.count()


class StartFailed(Exception):
    """The server could not be reached; the message says why."""


def _with_status(reason: str, status: str) -> str:
    """``reason`` with the HTTP error status it came with ("HTTP 401 Unauthorized: …")."""
    return f"{status}: {reason}" if status and status not in reason else reason


class Connection:
    def __init__(self, entry: ServerEntry, shared: Shared) -> None:
        self.entry = entry
        self.name = entry.name
        self._shared = shared
        self._scope: anyio.CancelScope | None = None
        self._stopping = False
        self._client: Client | None = None
        self._status = ServerStatus(self.name, ServerState.STARTING)
        self._settled = anyio.Event()
        self._closed = anyio.Event()
        self._exit_code: int | None = None
        self._refresh = anyio.Event()
        self._prompts_refresh = anyio.Event()
        self._calls: dict[str, CallClock] = {}
        self._asking = Asking(self.name, shared.handlers, self._calls)
        self._tail = StderrTail()
        self._redact = Redactor()

    @property
    def state(self) -> ServerState:
        return self._status.state

    # -- lifetime ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Start the server and serve it until ``stop()`` or until it fails."""
        if self._stopping:
            return
        self._publish(ServerStatus(self.name, ServerState.STARTING))
        failure = ""
        with anyio.CancelScope() as self._scope:
            self._scope.deadline = anyio.current_time() + self._shared.start_timeout
            try:
                failure = await self._serve()
            except MissingSecret as exc:
                failure = str(exc)
            except Exception as exc:  # noqa: BLE001 - any failure becomes the server's status
                # A server that exited while starting: its exit code says more than the SDK.
                failure = self._exited() if self._exit_code is not None else self._reason(exc)
                log.info("MCP server %s failed: %s", self.name, self._redact(failure))
        self._client = None
        if self._stopping:
            return
        if self._scope.cancelled_caught and not failure:
            failure = tr("it did not start within {seconds} s").format(
                seconds=decimal(self._shared.start_timeout)
            )
        self._publish(ServerStatus(self.name, ServerState.FAILED, detail=self._detail(failure)))

    def stop(self) -> None:
        """Stop the server (from the loop); ``run()`` returns once its process is gone."""
        self._stopping = True
        if self._scope is not None:
            self._scope.cancel()

    async def _serve(self) -> str:
        async with AsyncExitStack() as stack:
            client = await self._connect(stack)
            tools = await self._list_tools(client)
            listed = await self._list_prompts(client)  # known once it is ready
            assert self._scope is not None
            self._scope.deadline = math.inf  # started: from now on only stop() ends it
            self._client = client
            info = client.server_info
            detail = f"{info.name} {info.version}".strip() if info else ""
            ready = ServerStatus(self.name, ServerState.READY, len(tools), detail)
            self._publish(ready, tools, listed or ())
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._refresher, client)
                caps = client.server_capabilities
                if caps.prompts is not None:  # a server without the capability has none
                    tg.start_soon(self._prompt_refresher, client)
                tools_change = bool(caps.tools and caps.tools.list_changed)
                prompts_change = bool(caps.prompts and caps.prompts.list_changed)
                modern = client.protocol_version in MODERN_PROTOCOL_VERSIONS
                if modern and (tools_change or prompts_change):
                    tg.start_soon(self._listen, client, tools_change, prompts_change)
                await self._closed.wait()
                tg.cancel_scope.cancel()
        return self._exited()

    def _exited(self) -> str:
        code = self._exit_code
        if code is None:
            return tr("the server stopped")
        if code < 0:
            return tr("the server was killed (signal {signal})").format(signal=-code)
        return tr("the server stopped (exit code {code})").format(code=code)

    async def _connect(self, stack: AsyncExitStack) -> Client:
        entry = self.entry
        if entry.problem:
            raise ValueError(entry.problem.removeprefix(entry_problem(entry.name, "")))
        if not entry.is_remote:
            env = await anyio.to_thread.run_sync(resolve, entry.env, self._shared.secret)
            self._redact.add(*(v for k, v in env.items() if entry.env.get(k) != v))
            transport = stdio_transport(
                entry.command,
                entry.args,
                env,
                entry.cwd,
                self._tail,
                self._shared.groups,
                self._on_exit,
            )
            return await stack.enter_async_context(self._client_for(transport))
        headers = await anyio.to_thread.run_sync(resolve, entry.headers, self._shared.secret)
        self._redact.add(*(v for k, v in headers.items() if entry.headers.get(k) != v))
        self._redact.add_url(entry.url)
        network = None
        if self._shared.network is not None:
            network = await anyio.to_thread.run_sync(self._shared.network, entry.url)
        kinds = [entry.transport]
        if entry.transport is TransportKind.HTTP:
            kinds = [TransportKind.STREAMABLE_HTTP, TransportKind.SSE]
        first = ""
        for kind in kinds:
            errors = remote.HttpErrors()
            transport = remote.remote_transport(entry.url, kind, headers, network, errors)
            try:
                return await stack.enter_async_context(self._client_for(transport))
            except Exception as exc:  # noqa: BLE001 - the next transport may work; else raised
                log.info("MCP server %s over %s: %s", self.name, kind.value, type(exc).__name__)
                first = first or _with_status(describe(exc, shown=True), errors.last)
                if not (answered(exc) or errors.last):
                    break
        raise StartFailed(first)

    def _client_for(self, transport: AbstractAsyncContextManager[Any]) -> Client:
        handlers = self._shared.handlers
        return Client(
            transport,  # any async context manager of the two streams
            client_info=CLIENT_INFO,
            cache=None,
            message_handler=self._on_message,
            elicitation_callback=self._asking.elicit if handlers else None,
            sampling_callback=self._asking.sample if handlers else None,
        )

    def _on_exit(self, code: int) -> None:
        self._exit_code = code
        self._closed.set()

    def _publish(
        self,
        status: ServerStatus,
        tools: tuple[ToolSpec, ...] = (),
        listed: tuple[PromptSpec, ...] | None = None,
    ) -> None:
        self._status = status
        if status.state is not ServerState.STARTING:
            self._settled.set()
        self._shared.publish(status, tools, listed)

    def _reason(self, exc: BaseException) -> str:
        return str(exc) if isinstance(exc, StartFailed) else describe(exc, shown=True)

    def _detail(self, failure: str) -> str:
        tail = self._tail.text()
        return self._redact(f"{failure}\n{tail}" if tail else failure)

    # -- tools -------------------------------------------------------------------------------

    async def _list_tools(self, client: Client) -> tuple[ToolSpec, ...]:
        tools: list[ToolSpec] = []
        cursor: str | None = None
        for _ in range(MAX_TOOL_PAGES):
            page = await client.list_tools(cursor=cursor)
            for tool in page.tools:
                description = tool.description or tool.title or ""
                tools.append(ToolSpec(self.name, tool.name, description, dict(tool.input_schema)))
            cursor = page.next_cursor
            if not cursor:
                break
        return tuple(tools)

    async def _on_message(self, message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification):
            self._refresh.set()
        elif isinstance(message, types.PromptListChangedNotification):
            self._prompts_refresh.set()
        elif isinstance(message, Exception):
            log.info("MCP server %s: %s", self.name, self._redact(describe(message)))

    async def _listen(self, client: Client, tools: bool, prompts: bool) -> None:
        """2026-07-28 servers announce list changes on a ``subscriptions/listen`` stream."""
        try:
            listening = client.listen(tools_list_changed=tools, prompts_list_changed=prompts)
            async with listening as subscription:
                # No replay: what changed before the server acknowledged is listed again.
                self._refresh.set()
                if prompts:
                    self._prompts_refresh.set()
                async for event in subscription:
                    if isinstance(event, PromptsListChanged):
                        self._prompts_refresh.set()
                    else:
                        self._refresh.set()
        except Exception as exc:  # noqa: BLE001 - without it, lists refresh on restart only
            log.info("MCP server %s: no list updates (%s)", self.name, describe(exc))

    async def _refresher(self, client: Client) -> None:
        while True:
            await self._refresh.wait()
            self._refresh = anyio.Event()
            await anyio.sleep(0.05)  # several changes at once: one listing
            try:
                with anyio.fail_after(self.entry.timeout):
                    tools = await self._list_tools(client)
            except Exception as exc:  # noqa: BLE001 - the old list stays; the next change retries
                log.info("MCP server %s: tools not refreshed: %s", self.name, describe(exc))
                continue
            detail = self._status.detail
            self._publish(ServerStatus(self.name, ServerState.READY, len(tools), detail), tools)

    # -- prompts -----------------------------------------------------------------------------

    async def _list_prompts(self, client: Client) -> tuple[PromptSpec, ...] | None:
        """The server's prompts; none without the capability; ``None`` if listing failed
        (a server whose prompts cannot be listed still serves its tools)."""
        if client.server_capabilities.prompts is None:
            return ()
        try:
            with anyio.fail_after(self.entry.timeout):
                return await prompts.list_prompts(client, self.name)
        except Exception as exc:  # noqa: BLE001 - no prompts (or the old ones) until a change
            log.info("MCP server %s: prompts not listed: %s", self.name, describe(exc))
            return None

    async def _prompt_refresher(self, client: Client) -> None:
        while True:
            await self._prompts_refresh.wait()
            self._prompts_refresh = anyio.Event()
            await anyio.sleep(0.05)  # several changes at once: one listing
            listed = await self._list_prompts(client)
            if listed is not None:
                self._shared.prompts(self.name, listed)

    async def get_prompt(self, name: str, arguments: dict[str, str], timeout: float) -> PromptText:
        """The prompt's text, or why not; waits for a server still starting. Its clock stands
        still while the server asks the user something, as a tool call's does."""
        key = f"prompt:{next(_prompt_ids)}"
        call = self._calls[key] = self._asking.clock(timeout)
        try:
            with call.scope:
                if self.state is ServerState.STARTING:
                    await self._settled.wait()
                client = self._client
                if self.state is not ServerState.READY or client is None:
                    detail = self._status.detail.splitlines()[0] if self._status.detail else ""
                    return PromptText(failure=PromptFailure.NOT_RUNNING, detail=detail)
                result = await client.get_prompt(name, arguments or None)
                return PromptText(prompts.prompt_text(result))
        except MCPError as exc:
            if exc.error.code == types.CONNECTION_CLOSED:
                self._closed.set()
                return PromptText(failure=PromptFailure.NOT_RUNNING, detail=self._exited())
            return prompts.refused(self._redact(describe(exc)))
        except Exception as exc:  # noqa: BLE001 - a bad answer is this prompt's failure
            return prompts.refused(self._redact(describe(exc)))
        finally:
            del self._calls[key]
        return PromptText(failure=PromptFailure.TIMEOUT, seconds=timeout)

    # -- calls -------------------------------------------------------------------------------

    async def call(
        self,
        tool: str,
        arguments: dict[str, Any],
        call_id: str,
        timeout: float,
        cancelled: bool = False,
    ) -> ToolResult:
        """Call ``tool``; any failure is an error result. Waits for a server still starting
        (within the call's timeout). ``cancelled``: the call was cancelled before it came."""
        if call_id in self._calls:
            return text.error_result(f"A tool call with the id {call_id} is already running")
        call = self._calls[call_id] = self._asking.clock(timeout)
        call.cancelled = cancelled
        try:
            with call.scope:
                if call.cancelled:
                    call.scope.cancel()
                return await self._call(tool, arguments, call_id)
        except MCPError as exc:
            if exc.error.code == types.CONNECTION_CLOSED:
                self._closed.set()
                tail = self._tail.text(4)
                return text.error_result(
                    f'The MCP server "{self.name}" stopped during the call'
                    + (f":\n{self._redact(tail)}" if tail else "")
                )
            return text.error_result(f'The MCP server "{self.name}" refused: {describe(exc)}')
        except Exception as exc:  # noqa: BLE001 - a bad answer is the call's error, not a crash
            reason = self._redact(describe(exc))
            return text.error_result(f'The MCP server "{self.name}": {reason}')
        finally:
            del self._calls[call_id]
        # Only a cancelled scope gets here.
        if call.cancelled:
            return text.error_result("cancelled")
        if self.state is ServerState.STARTING:
            return text.error_result(
                f'The MCP server "{self.name}" did not start within {timeout:g} s'
            )
        return text.error_result(
            f'The tool did not finish within {timeout:g} s (MCP server "{self.name}"), so it was '
            'cancelled. A slow tool can be given more time with the server\'s "timeout".'
        )

    async def _call(self, tool: str, arguments: dict[str, Any], call_id: str) -> ToolResult:
        if self.state is ServerState.STARTING:
            await self._settled.wait()
        client = self._client
        if self.state is not ServerState.READY or client is None:
            detail = self._status.detail.splitlines()[0] if self._status.detail else ""
            return text.error_result(
                f'The MCP server "{self.name}" is not running'
                + (f": {detail}" if detail and self.state is ServerState.FAILED else "")
            )

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            self._shared.progress(Progress(call_id, progress, total, message or ""))

        answer = await client.call_tool(tool, arguments, progress_callback=on_progress)
        return results.tool_result(answer)

    def cancel_call(self, call_id: str) -> bool:
        call = self._calls.get(call_id)
        if call is None:
            return False
        call.cancelled = True
        call.scope.cancel()
        return True
