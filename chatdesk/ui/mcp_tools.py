"""The MCP servers as the chat sees them: a ``ToolSource`` over the hub, on the UI thread.

The hub runs the SDK on its own thread; its events arrive here through a queued signal,
so widgets only ever hear of them on the UI thread. Servers start after the window is
shown (``start``) and stop when chatdesk quits (``shutdown``): no process outlives it.
A server's own request for input (elicitation) is asked in a dialog the user may decline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from chatdesk.core.i18n import tr
from chatdesk.core.tools import Tool

if TYPE_CHECKING:
    from chatdesk.core.profiles import NetworkSettings
    from chatdesk.services.mcp.api import (
        PromptSpec,
        PromptText,
        RemoteNetwork,
        SamplingReply,
        SamplingRequest,
        ServerStatus,
    )
    from chatdesk.services.mcp.hub import McpHub

log = logging.getLogger(__name__)


def state_label(state: str) -> str:
    """A server's state (a ``ServerState`` value) as the Tools menu and dialog show it."""
    labels = {
        "disabled": tr("disabled", "MCP server state"),
        "starting": tr("starting", "MCP server state"),
        "ready": tr("ready", "MCP server state"),
        "failed": tr("failed", "MCP server state"),
    }
    return labels.get(state, state)


class McpTools(QObject):
    changed = Signal()  # statuses, tools or prompts changed (on the UI thread)
    progress = Signal(str, str)  # call id, what the server says about its progress
    _event = Signal(object)  # from the hub thread, queued to the UI thread
    _elicit = Signal(object, str, str, object)  # future, server, message, schema
    _sample = Signal(object, str, object)  # future, server, SamplingRequest
    _open_url = Signal(object, str, str, str)  # future, server, message, url

    def __init__(self, config_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config_path = config_path
        self._hub: McpHub | None = None
        self._event.connect(self._on_event)
        self._elicit.connect(self._ask)
        self._sample.connect(self._on_sample)
        self._open_url.connect(self._ask_url)
        self.sampler: Callable[[str, SamplingRequest, Future[Any]], None] | None = None
        """Asks the user and runs a server's sampling request (set by the app)."""
        self.network: Callable[[], NetworkSettings] | None = None
        """The active profile's proxy and CA settings, for remote servers (set by the app)."""

    def start(self) -> None:
        """Start the hub and the configured servers (after the first paint; returns at once)."""
        if self._hub is not None:
            return
        from chatdesk.services.mcp import config as mcp_config

        if not any(not entry.disabled for entry in mcp_config.load(self.config_path).servers):
            return  # nothing to run: the SDK (~50 MiB) is not even loaded until there is
        from chatdesk.services.keystore import KeyStore
        from chatdesk.services.mcp.hub import McpHub

        keystore = KeyStore()
        self._hub = McpHub(
            self.config_path,
            keystore.secret,
            self._event.emit,
            _Handlers(self),
            network=self._remote_network if self.network is not None else None,
        )
        self._hub.start()

    def _remote_network(self, url: str) -> RemoteNetwork:
        """Called on the hub thread: the profile's settings are an immutable value."""
        from chatdesk.services.http.network import Network
        from chatdesk.services.mcp.remote import network_for

        assert self.network is not None
        return network_for(Network.of(self.network()))(url)

    @property
    def hub(self) -> McpHub | None:
        return self._hub

    def statuses(self) -> list[ServerStatus]:
        return self._hub.statuses() if self._hub is not None else []

    def _on_event(self, event: object) -> None:
        from chatdesk.services.mcp.api import Progress

        if isinstance(event, Progress):
            total = f"/{event.total:g}" if event.total else ""
            self.progress.emit(event.call_id, f"{event.progress:g}{total} {event.message}".strip())
        else:
            self.changed.emit()

    # -- ToolSource --------------------------------------------------------------------

    def tools(self) -> list[Tool]:
        if self._hub is None:
            return []
        return [Tool(t.server, t.name, t.description, t.input_schema) for t in self._hub.tools()]

    def call(self, tool: Tool, arguments: dict[str, object], call_id: str) -> tuple[str, bool]:
        """Runs on a tools-pool thread: the hub call blocks until the result or a timeout."""
        if self._hub is None:
            return "The MCP servers are not running.", True
        result = self._hub.call(tool.server, tool.name, dict(arguments), call_id)
        return result.text, result.is_error

    def cancel(self, call_id: str) -> None:
        if self._hub is not None:
            self._hub.cancel(call_id)

    # -- prompts ---------------------------------------------------------------------------

    def prompts(self) -> list[PromptSpec]:
        """The ready servers' prompts, for the "/" popup."""
        return self._hub.prompts() if self._hub is not None else []

    def get_prompt(self, prompt: PromptSpec, arguments: dict[str, str]) -> PromptText:
        """Runs on a worker thread: blocks until the text comes or its time is up."""
        if self._hub is None:
            from chatdesk.services.mcp.api import PromptFailure, PromptText

            return PromptText(failure=PromptFailure.NOT_RUNNING)
        return self._hub.get_prompt(prompt.server, prompt.name, dict(arguments))

    def always_allowed(self, tool: Tool) -> bool:
        if self._hub is None:
            return False
        entry = self._hub.config().get(tool.server)
        return entry is not None and tool.name in entry.always_allow

    def allow_always(self, tool: Tool) -> None:
        from chatdesk.services.mcp import config as mcp_config
        from chatdesk.ui.background import run_in_background

        path, hub = self.config_path, self._hub

        def write() -> None:
            mcp_config.set_always_allow(path, tool.server, tool.name)
            if hub is not None:
                hub.reload()

        run_in_background(write, lambda _: None)

    # -- lifecycle --------------------------------------------------------------------------

    def reload(self) -> None:
        """mcp.json changed: apply it (starting the hub if this is the first server)."""
        if self._hub is not None:
            self._hub.reload()
        else:
            self.start()
            self.changed.emit()

    def restart(self, server: str) -> None:
        if self._hub is not None:
            self._hub.restart(server)

    def shutdown(self) -> None:
        """Stop every server process (at quit)."""
        if self._hub is not None:
            self._hub.shutdown()

    # -- a server asks the user ---------------------------------------------------------------

    def _ask(self, future: Future[Any], server: str, message: str, schema: object) -> None:
        from chatdesk.ui.elicitation import ask

        if future.cancelled():
            return
        ask(server, message, schema if isinstance(schema, dict) else {}, future)

    def _ask_url(self, future: Future[Any], server: str, message: str, url: str) -> None:
        from chatdesk.ui.elicitation import ask_url

        if not future.cancelled():
            ask_url(server, message, url, future)

    def _on_sample(self, future: Future[Any], server: str, request: SamplingRequest) -> None:
        if future.done():
            return
        if self.sampler is None:
            future.set_result(None)  # nobody to ask: declined
        else:
            self.sampler(server, request, future)


class _Handlers:
    """Server-initiated requests, called on the hub thread: handed to the UI thread."""

    def __init__(self, tools: McpTools) -> None:
        self._tools = tools

    def elicit(
        self, server: str, message: str, schema: dict[str, Any]
    ) -> Future[dict[str, Any] | None]:
        future: Future[dict[str, Any] | None] = Future()
        self._tools._elicit.emit(future, server, message, schema)
        return future

    def sample(self, server: str, request: SamplingRequest) -> Future[SamplingReply | None]:
        """Asked on the UI thread; the user sees what would be sent before anything is."""
        future: Future[SamplingReply | None] = Future()
        self._tools._sample.emit(future, server, request)
        return future

    def open_url(self, server: str, message: str, url: str) -> Future[bool | None]:
        """Asked on the UI thread: the address is shown whole before anything opens."""
        future: Future[bool | None] = Future()
        self._tools._open_url.emit(future, server, message, url)
        return future
