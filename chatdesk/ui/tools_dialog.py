"""Settings for tools: the MCP servers in mcp.json — add, edit, enable or disable, remove,
restart, or paste an existing ``mcpServers`` file — with each server's status.

Every change is written to mcp.json off the UI thread (the keyring may be slow when a
value is kept there) and the servers are reloaded; what a server reports (its status,
the tail of its stderr) is shown as plain text.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import noop, tr
from chatdesk.ui.background import run_in_background
from chatdesk.ui.mcp_tools import McpTools, state_label
from chatdesk.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from chatdesk.services.mcp.config import ServerEntry

_KINDS = [
    (noop("Local command (stdio)"), "stdio"),
    (noop("Remote (HTTP)"), "http"),
    (noop("Remote (SSE)"), "sse"),
]
#: Shown in place of a value kept in the keyring (``tr`` it where it is shown).
_IN_KEYRING = noop("<in the keyring>")


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
                state = tr("ready, %n tool(s)", "", status.tools)
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
            self._write(lambda: _save_entry(path, new, entry.name if entry else None, secrets))

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


def _save_entry(path: Any, entry: ServerEntry, old: str | None, secrets: dict[str, str]) -> None:
    """Secrets go to the keyring first, and the file is written only once they are there:
    a keyring that fails leaves mcp.json as it was (and the dialog says why)."""
    from chatdesk.services.mcp import config as mcp_config
    from chatdesk.services.mcp.secret_refs import SecretPlace, keep_secret, with_secret

    for key, value in secrets.items():
        place, _, name = key.partition(":")
        ref = keep_secret(entry.name, SecretPlace(place), name, value)
        entry = with_secret(entry, SecretPlace(place), name, ref)
    mcp_config.put_server(path, entry, old)


def _remove_entry(path: Any, entry: ServerEntry) -> None:
    """The server leaves mcp.json, and the secrets chatdesk kept for it leave the keyring
    (a reference written by hand to some other entry is left alone: it may be shared)."""
    from dataclasses import replace

    from chatdesk.services.mcp import config as mcp_config
    from chatdesk.services.mcp.config import SecretRef
    from chatdesk.services.mcp.secret_refs import forget_secrets

    def own(values: dict[str, Any]) -> dict[str, Any]:
        mine = f"mcp:{entry.name}:"
        return {
            k: v for k, v in values.items() if isinstance(v, SecretRef) and v.ref.startswith(mine)
        }

    mcp_config.remove_server(path, entry.name)
    forget_secrets(replace(entry, env=own(dict(entry.env)), headers=own(dict(entry.headers))))


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


class ServerEditor(QDialog):
    """One server: how to start or reach it, its environment or headers, its timeout."""

    def __init__(self, entry: ServerEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("MCP server"))
        self._old = entry
        self.name = QLineEdit(entry.name if entry else "")
        self.kind = QComboBox()
        for label, value in _KINDS:
            self.kind.addItem(tr(label), value)
        if entry is not None and entry.is_remote:
            self.kind.setCurrentIndex(2 if entry.transport.value == "sse" else 1)
        self.command = QLineEdit(entry.command if entry else "")
        self.arguments = QLineEdit(shlex.join(entry.args) if entry else "")
        self.cwd = QLineEdit(entry.cwd if entry else "")
        self.url = QLineEdit(entry.url if entry else "")
        self.values = QPlainTextEdit(_lines(entry))
        self.values.setPlaceholderText(tr("NAME=value, one per line (headers for remote servers)"))
        self.secret = QCheckBox(
            tr("Keep these values in the system &keyring (the file keeps a reference)")
        )
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 24 * 3600)
        self.timeout.setSuffix(tr(" s", "seconds, after a number"))
        self.timeout.setValue(entry.timeout if entry else 60)
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("&Command:"), self.command)
        form.addRow(tr("&Arguments:"), self.arguments)
        form.addRow(tr("&Working folder:"), self.cwd)
        form.addRow(tr("&URL:"), self.url)
        form.addRow(tr("&Environment or headers:"), self.values)
        form.addRow("", self.secret)
        form.addRow(tr("&Timeout per call:"), self.timeout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def entry(self) -> tuple[ServerEntry, dict[str, str]]:
        """The entry to write, and the values to move to the keyring (``place:NAME``)."""
        from dataclasses import replace

        from chatdesk.services.mcp import config as mcp_config

        kind = str(self.kind.currentData())
        place = "env" if kind == "stdio" else "headers"
        values: dict[str, mcp_config.Value] = {}
        secrets: dict[str, str] = {}
        old = dict(self._old.env if place == "env" else self._old.headers) if self._old else {}
        for line in self.values.toPlainText().splitlines():
            name, sep, value = line.partition("=")
            name, value = name.strip(), value.strip()
            if not sep or not name:
                continue
            if value in (_IN_KEYRING, tr(_IN_KEYRING)) and name in old:
                values[name] = old[name]
            elif self.secret.isChecked():
                values[name] = ""
                secrets[f"{place}:{name}"] = value
            else:
                values[name] = value
        raw: dict[str, Any] = {"timeout": self.timeout.value()}
        if kind == "stdio":
            raw |= {"command": self.command.text().strip(), "cwd": self.cwd.text().strip()}
            raw["args"] = shlex.split(self.arguments.text())
        else:
            raw |= {"url": self.url.text().strip(), "type": kind}
        entry = mcp_config.parse_entry(self.name.text().strip() or "server", raw)
        entry = replace(entry, env=values) if place == "env" else replace(entry, headers=values)
        if self._old is not None:
            entry = replace(entry, disabled=self._old.disabled, always_allow=self._old.always_allow)
        return entry, secrets


def _lines(entry: ServerEntry | None) -> str:
    from chatdesk.services.mcp.config import SecretRef

    if entry is None:
        return ""
    values = entry.headers if entry.is_remote else entry.env
    in_keyring = tr(_IN_KEYRING)
    return "\n".join(
        f"{k}={in_keyring if isinstance(v, SecretRef) else v}" for k, v in values.items()
    )
