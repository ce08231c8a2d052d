"""Settings for tools: the MCP servers in mcp.json — add, edit, enable or disable, remove,
restart, or paste an existing ``mcpServers`` file — with each server's status.

Every change is written to mcp.json off the UI thread (the keyring may be slow when a
value is kept there) and the servers are reloaded; what a server reports (its status,
the tail of its stderr) is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.ui.background import run_in_background
from chatdesk.ui.mcp_tools import McpTools, state_label
from chatdesk.ui.plain_text import PlainLabel
from chatdesk.ui.server_editor import ServerEditor

if TYPE_CHECKING:
    from chatdesk.services.mcp.config import ServerEntry


class ToolsDialog(QDialog):
    def __init__(self, tools: McpTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsDialog")
        self.setWindowTitle(tr("Tools: MCP servers"))
        self._tools = tools
        self.servers = QListWidget()
        self.servers.setObjectName("mcpServers")
        self.servers.setAccessibleName(tr("MCP servers"))
        self.servers.currentRowChanged.connect(self._show_detail)
        self.detail = PlainLabel()
        self.detail.setObjectName("serverDetail")
        self.detail.setWordWrap(True)
        self.problem = PlainLabel()
        self.problem.setWordWrap(True)
        buttons = QHBoxLayout()
        for label, slot in (
            (tr("&Add…"), self.add),
            (tr("&Edit…"), self.edit),
            (tr("Enable/&disable"), self.toggle),
            (tr("&Remove"), self.remove),
            (tr("Re&start"), self.restart),
            (tr("&Paste mcp.json…"), self.paste),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                tr("Servers are kept in {path} (Claude Desktop's shape).").format(
                    path=tools.config_path
                )
            )
        )
        layout.addWidget(self.servers, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 420)
        tools.changed.connect(self.refresh)
        self.refresh()

    def _entries(self) -> list[ServerEntry]:
        from chatdesk.services.mcp import config as mcp_config

        hub = self._tools.hub
        return list((hub.config() if hub else mcp_config.load(self._tools.config_path)).servers)

    def refresh(self) -> None:
        statuses = {s.name: s for s in self._tools.statuses()}
        row = self.servers.currentRow()
        self.servers.clear()
        for entry in self._entries():
            status = statuses.get(entry.name)
            if entry.disabled:
                state = state_label("disabled")
            elif status is None:
                state = state_label("starting")
            elif status.state.value == "ready":
                state = tr("ready, %Ln tool(s)", "", status.tools)
            else:
                state = state_label(status.state.value)
            self.servers.addItem(f"{entry.name} — {state}")
        if self.servers.count():
            self.servers.setCurrentRow(max(0, min(row, self.servers.count() - 1)))

    def _show_detail(self, row: int) -> None:
        entries = self._entries()
        if not 0 <= row < len(entries):
            self.detail.setText("")
            return
        entry = entries[row]
        status = next((s for s in self._tools.statuses() if s.name == entry.name), None)
        where = entry.url if entry.is_remote else " ".join([entry.command, *entry.args])
        detail = (status.detail if status else "") or entry.problem
        self.detail.setText(f"{where}\n{detail[-800:]}".strip())

    def _current(self) -> ServerEntry | None:
        entries, row = self._entries(), self.servers.currentRow()
        return entries[row] if 0 <= row < len(entries) else None

    def _write(self, change: Callable[[], object]) -> None:
        """Change mcp.json off the UI thread, then reload the servers."""

        def done(_: object) -> None:
            self.problem.setText("")
            self._tools.reload()
            self.refresh()

        run_in_background(change, done, lambda error: self.problem.setText(str(error)))

    def add(self) -> None:
        self._edit(None)

    def edit(self) -> None:
        entry = self._current()
        if entry is not None:
            self._edit(entry)

    def _edit(self, entry: ServerEntry | None) -> None:
        editor = ServerEditor(entry, self)
        path = self._tools.config_path

        def save() -> None:
            new, secrets = editor.entry()
            self._write(lambda: _save_entry(path, new, entry, secrets))

        editor.accepted.connect(save)
        editor.open()

    def toggle(self) -> None:
        from chatdesk.services.mcp import config as mcp_config

        entry = self._current()
        if entry is not None:
            path = self._tools.config_path
            self._write(lambda: mcp_config.set_disabled(path, entry.name, not entry.disabled))

    def remove(self) -> None:
        entry = self._current()
        if entry is not None:
            path = self._tools.config_path
            self._write(lambda: _remove_entry(path, entry))

    def restart(self) -> None:
        entry = self._current()
        if entry is not None:
            self._tools.restart(entry.name)

    def paste(self) -> None:
        """Paste a whole file (``{"mcpServers": {...}}``): its servers are added or replaced."""
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Paste mcp.json"))
        text = QPlainTextEdit()
        text.setPlaceholderText('{"mcpServers": {"time": {"command": "uvx", "args": [...]}}}')
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        path = self._tools.config_path
        dialog.accepted.connect(lambda: self._write(lambda: _merge(path, text.toPlainText())))
        dialog.open()


def _save_entry(
    path: Any, entry: ServerEntry, old: ServerEntry | None, secrets: dict[str, str]
) -> None:
    """Secrets go to the keyring first, and the file is written only once they are there:
    a keyring that fails leaves mcp.json as it was (and the dialog says why). Secrets the
    old entry kept that no server refers to any more (a line deleted) leave the keyring."""
    from chatdesk.services.mcp import config as mcp_config
    from chatdesk.services.mcp.secret_refs import (
        SecretPlace,
        forget_unreferenced,
        keep_secret,
        with_secret,
    )

    for key, value in secrets.items():
        place, _, name = key.partition(":")
        ref = keep_secret(entry.name, SecretPlace(place), name, value)
        entry = with_secret(entry, SecretPlace(place), name, ref)
    mcp_config.put_server(path, entry, old.name if old else None)
    if old is not None:
        forget_unreferenced(path, old)


def _remove_entry(path: Any, entry: ServerEntry) -> None:
    """The server leaves mcp.json, and the secrets chatdesk kept for it leave the keyring."""
    from chatdesk.services.mcp import config as mcp_config
    from chatdesk.services.mcp.secret_refs import forget_unreferenced

    mcp_config.remove_server(path, entry.name)
    forget_unreferenced(path, entry)


def _merge(path: Any, text: str) -> None:
    import json

    from chatdesk.services.mcp import config as mcp_config

    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise mcp_config.McpConfigError(
            tr("That is not JSON: {problem}").format(problem=exc)
        ) from None
    pasted = mcp_config.parse(doc, tr("the pasted text"))
    if pasted.problem:
        raise mcp_config.McpConfigError(pasted.problem)
    for entry in pasted.servers:
        mcp_config.put_server(path, entry)


__all__ = ["ServerEditor", "ToolsDialog"]
