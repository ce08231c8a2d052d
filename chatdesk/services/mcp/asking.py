"""What a server asks of the user (elicitation, sampling), and call timeouts that stand still
meanwhile: a user filling in a form must not make the tool call that asked time out.

Runs on the hub's loop. The UI is asked through ``McpHandlers`` (it returns a future at once)
and the loop waits without blocking; a call cancelled meanwhile cancels the future, so the UI
can close its dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Callable, Iterator, MutableMapping
from concurrent.futures import Future
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urlsplit

import anyio
import mcp_types as types

from chatdesk.core.urls import is_loopback_host
from chatdesk.services.mcp import results
from chatdesk.services.mcp.api import McpHandlers, SamplingRequest

log = logging.getLogger(__name__)

T = TypeVar("T")


class CallClock:
    """A call's cancel scope, whose deadline is the call's timeout, with the time it has left
    kept aside while the server waits for the user."""

    def __init__(self, timeout: float, paused: bool) -> None:
        now = anyio.current_time()
        self.scope = anyio.CancelScope(deadline=math.inf if paused else now + timeout)
        self.remaining: float | None = timeout if paused else None
        self.cancelled = False

    def pause(self, now: float) -> None:
        if self.remaining is None:
            self.remaining = max(0.0, self.scope.deadline - now)
            self.scope.deadline = math.inf

    def resume(self, now: float) -> None:
        if self.remaining is not None:
            self.scope.deadline = now + self.remaining
            self.remaining = None


class Asking:
    """One server's requests to the user; ``calls`` are that server's calls in flight."""

    def __init__(
        self, server: str, handlers: McpHandlers | None, calls: MutableMapping[str, CallClock]
    ) -> None:
        self.server = server
        self.handlers = handlers
        self.calls = calls
        self.waiting = 0
        """How many questions are with the user now."""

    def clock(self, timeout: float) -> CallClock:
        """The clock of a new call (stopped if a question is with the user already)."""
        return CallClock(timeout, paused=self.waiting > 0)

    @contextmanager
    def user_time(self) -> Iterator[None]:
        """While the server waits for the user, its calls' timeouts stand still."""
        if self.waiting == 0:
            now = anyio.current_time()
            for call in self.calls.values():
                call.pause(now)
        self.waiting += 1
        try:
            yield
        finally:
            self.waiting -= 1
            if self.waiting == 0:
                now = anyio.current_time()
                for call in self.calls.values():
                    call.resume(now)

    async def elicit(
        self, context: Any, params: types.ElicitRequestParams
    ) -> types.ElicitResult | types.ErrorData:
        handlers = self.handlers
        if handlers is not None and isinstance(params, types.ElicitRequestURLParams):
            return await self._open_url(handlers, params)
        if handlers is None or not isinstance(params, types.ElicitRequestFormParams):
            return types.ElicitResult(action="decline")
        schema = dict(params.requested_schema)
        with self.user_time():
            ok, answer = await wait_for(
                lambda: handlers.elicit(self.server, params.message, schema)
            )
        if not ok:
            return types.ElicitResult(action="cancel")
        if answer is None:
            return types.ElicitResult(action="decline")
        try:
            return types.ElicitResult(action="accept", content=answer)
        except ValueError:
            log.warning("MCP server %s: the elicitation answer had the wrong shape", self.server)
            return types.ElicitResult(action="cancel")

    async def _open_url(
        self, handlers: McpHandlers, params: types.ElicitRequestURLParams
    ) -> types.ElicitResult:
        """URL mode: the server asks the user to visit a page (a sign-in, a payment) out of
        band. Only a plain web address is offered; the user decides, and the browser opens
        it, never chatdesk."""
        url = params.url
        if not openable(url):
            log.warning("MCP server %s asked to open an address that is not offered", self.server)
            return types.ElicitResult(action="decline")
        with self.user_time():
            asked: Callable[[], Future[bool | None]] = partial(
                handlers.open_url, self.server, params.message, url
            )
            ok, opened = await wait_for(asked)
        if not ok:
            return types.ElicitResult(action="cancel")
        return types.ElicitResult(action="accept" if opened else "decline")

    async def sample(
        self, context: Any, params: types.CreateMessageRequestParams
    ) -> types.CreateMessageResult | types.ErrorData:
        handlers = self.handlers
        if handlers is None:
            return types.ErrorData(code=types.INVALID_REQUEST, message="Sampling not supported")
        preferences = params.model_preferences
        hints = (preferences.hints or []) if preferences else []
        request = SamplingRequest(
            messages=tuple(results.sampling_message(m) for m in params.messages),
            max_tokens=params.max_tokens,
            system_prompt=params.system_prompt or "",
            temperature=params.temperature,
            stop_sequences=tuple(params.stop_sequences or ()),
            model_hints=tuple(h.name for h in hints if h.name),
        )
        with self.user_time():
            ok, reply = await wait_for(lambda: handlers.sample(self.server, request))
        if not ok or reply is None:
            return types.ErrorData(code=-1, message="The user declined the sampling request")
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text=reply.text),
            model=reply.model,
            stop_reason=reply.stop_reason,
        )


async def wait_for(ask: Callable[[], Future[T]]) -> tuple[bool, T | None]:
    """Ask the UI and wait for its answer without blocking the loop: (True, answer), or
    (False, None) when the UI failed or cancelled. If this task is cancelled (the call was),
    the future is cancelled too."""
    try:
        future = ask()
    except Exception:
        log.exception("an MCP request handler failed")
        return False, None
    done = anyio.Event()
    loop = asyncio.get_running_loop()

    def wake(_: Future[T]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
            loop.call_soon_threadsafe(done.set)

    future.add_done_callback(wake)
    try:
        await done.wait()
    except anyio.get_cancelled_exc_class():
        future.cancel()
        raise
    if future.cancelled() or future.exception() is not None:
        if not future.cancelled():
            log.warning("an MCP request handler failed: %r", future.exception())
        return False, None
    return True, future.result()


MAX_URL = 2048


def openable(url: str) -> bool:
    """A server's address worth showing the user: https (http only on this machine), no
    user name or password in it, no spaces or control characters, not absurdly long."""
    if len(url) > MAX_URL or not url.isprintable() or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return False
    if not host or len(host) > 253 or parts.username is not None or parts.password is not None:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host))
