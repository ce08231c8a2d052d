"""What the hub knows of its servers, readable from any thread: mcp.json as last loaded, and
each server's status, tools and prompts. The hub's loop thread writes it; every change is
announced with an event (``StatusChanged``, ``ToolsChanged``, ``PromptsChanged``), on that
thread, after the lock is released.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from chatdesk.services.mcp import config as mcp_config
from chatdesk.services.mcp.api import (
    PromptsChanged,
    PromptSpec,
    ServerRemoved,
    ServerState,
    ServerStatus,
    StatusChanged,
    ToolsChanged,
    ToolSpec,
)


class Catalog:
    def __init__(self, emit: Callable[[object], None]) -> None:
        self._emit = emit
        self._lock = threading.Lock()
        self._config = mcp_config.McpConfig()
        self._statuses: dict[str, ServerStatus] = {}
        self._tools: dict[str, tuple[ToolSpec, ...]] = {}
        self._prompts: dict[str, tuple[PromptSpec, ...]] = {}

    # -- read, from any thread ------------------------------------------------------------------

    def config(self) -> mcp_config.McpConfig:
        with self._lock:
            return self._config

    def statuses(self) -> list[ServerStatus]:
        with self._lock:
            names = [s.name for s in self._config.servers]
            return [self._statuses[n] for n in names if n in self._statuses]

    def tools(self) -> list[ToolSpec]:
        with self._lock:
            names = [s.name for s in self._config.servers]
            return [t for n in names for t in self._tools.get(n, ())]

    def prompts(self) -> list[PromptSpec]:
        with self._lock:
            names = [s.name for s in self._config.servers]
            return [p for n in names for p in self._prompts.get(n, ())]

    def known(self) -> list[str]:
        """The servers that have a status."""
        with self._lock:
            return list(self._statuses)

    # -- written on the hub's thread ------------------------------------------------------------

    def set_config(self, config: mcp_config.McpConfig) -> None:
        with self._lock:
            self._config = config

    def publish(
        self,
        status: ServerStatus,
        tools: tuple[ToolSpec, ...] = (),
        prompts: tuple[PromptSpec, ...] | None = None,
    ) -> None:
        """A server's new status, with its tools and (``None``: as they were) its prompts
        when it is ready; a server that is not ready has neither. Events say what changed:
        the status, then the prompts, then the tools (what the tool-calling loop waits for)."""
        ready = status.state is ServerState.READY
        tools = tools if ready else ()
        with self._lock:
            previous = self._statuses.get(status.name)
            self._statuses[status.name] = status
            old_tools = self._tools.get(status.name, ())
            self._tools[status.name] = tools
            old_prompts = self._prompts.get(status.name, ())
            new_prompts = (old_prompts if prompts is None else prompts) if ready else ()
            self._prompts[status.name] = new_prompts
        if status != previous:
            self._emit(StatusChanged(status))
        if new_prompts != old_prompts:
            self._emit(PromptsChanged(status.name))
        if tools != old_tools:
            self._emit(ToolsChanged(status.name))

    def set_prompts(self, name: str, prompts: tuple[PromptSpec, ...]) -> None:
        """A ready server listed its prompts (again)."""
        with self._lock:
            ready = (status := self._statuses.get(name)) and status.state is ServerState.READY
            if not ready or self._prompts.get(name, ()) == prompts:
                return
            self._prompts[name] = prompts
        self._emit(PromptsChanged(name))

    def forget(self, name: str) -> None:
        """A server removed from mcp.json, or stopped."""
        with self._lock:
            had_status = self._statuses.pop(name, None) is not None
            had_tools = bool(self._tools.pop(name, ()))
            had_prompts = bool(self._prompts.pop(name, ()))
        if had_prompts:
            self._emit(PromptsChanged(name))
        if had_tools:
            self._emit(ToolsChanged(name))
        if had_status:  # a disabled or failed server has no tools, but its row must go
            self._emit(ServerRemoved(name))
