"""The Tools control above the prompt: which servers and tools this conversation offers.

Its menu lists each configured MCP server with its status and, for a ready server, its
tools as check boxes; unticking a server or a tool keeps it out of this conversation's
requests (saved with the conversation). The button says how many tools are offered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from chatdesk.core.i18n import number, tr
from chatdesk.core.params import Params
from chatdesk.core.tools import Tool
from chatdesk.ui.mcp_tools import McpTools, state_label
from chatdesk.ui.plain_text import rich_escaped


class ToolsButton(QToolButton):
    def __init__(
        self,
        tools: McpTools,
        params: Callable[[], Params],
        set_off: Callable[[tuple[str, ...]], None],
        open_settings: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toolsButton")
        self.setAccessibleName(tr("Tools"))
        self.setToolTip(tr("Which tools (MCP servers) this conversation may use"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._tools = tools
        self._params = params
        self._set_off = set_off
        self._open_settings = open_settings
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill)
        self.setMenu(self._menu)
        tools.changed.connect(self.refresh)
        self.refresh()

    def offered(self) -> list[Tool]:
        params = self._params()
        return [t for t in self._tools.tools() if params.offers(t.server, t.name)]

    def refresh(self) -> None:
        """The label: how many tools the conversation offers."""
        total = len(self._tools.tools())
        if not self._tools.statuses():
            self.setText(tr("Tools"))
        else:
            self.setText(
                tr("Tools ({offered}/{total})").format(
                    offered=number(len(self.offered())), total=number(total)
                )
            )

    def _fill(self) -> None:
        from chatdesk.services.mcp.api import ServerState

        menu = self._menu
        menu.clear()
        statuses = self._tools.statuses()
        if not statuses:
            empty = menu.addAction(tr("No MCP servers yet"))
            empty.setEnabled(False)
        params = self._params()
        by_server: dict[str, list[Tool]] = {}
        for tool in self._tools.tools():
            by_server.setdefault(tool.server, []).append(tool)
        for status in statuses:
            state = state_label(status.state.value)
            if status.state is ServerState.READY:
                state = tr("%Ln tool(s)", "", status.tools)
            server = menu.addAction(f"{status.name} — {state}")
            server.setCheckable(status.state is ServerState.READY)
            server.setChecked(status.name not in params.tools_off)
            server.toggled.connect(lambda on, s=status.name: self._toggle(s, on))
            if status.state is ServerState.FAILED and status.detail:
                server.setToolTip(rich_escaped(status.detail[-500:]))
            for tool in (
                by_server.get(status.name, []) if status.name not in params.tools_off else []
            ):
                action = menu.addAction(f"    {tool.name}")
                action.setCheckable(True)
                action.setChecked(params.offers(tool.server, tool.name))
                action.setToolTip(rich_escaped(tool.description[:300]))
                action.toggled.connect(
                    lambda on, key=f"{tool.server}/{tool.name}": self._toggle(key, on)
                )
        menu.addSeparator()
        menu.addAction(tr("MCP servers…"), self._open_settings)

    def _toggle(self, key: str, on: bool) -> None:
        off = [k for k in self._params().tools_off if k != key]
        if not on:
            off.append(key)
        self._set_off(tuple(off))
        self.refresh()
