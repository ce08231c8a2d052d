"""One MCP server's settings, as the Tools dialog edits them: how to start or reach it, its
environment or headers, which of those are secret, and its timeout.

Values are ``NAME=value`` lines in two fields: those in the first are written to mcp.json;
those in the second ("secret") go to the system keyring and the file keeps a reference. A
secret already kept shows as ``NAME=<in the keyring>`` and stays as it is unless retyped.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import noop, tr

if TYPE_CHECKING:
    from chatdesk.services.mcp.config import ServerEntry, Value

_KINDS = [
    (noop("Local command (stdio)"), "stdio"),
    (noop("Remote (HTTP)"), "http"),
    (noop("Remote (SSE)"), "sse"),
]
#: Shown in place of a value kept in the keyring (``tr`` it where it is shown).
_IN_KEYRING = noop("<in the keyring>")


class ServerEditor(QDialog):
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
        plain, secret = _lines(entry)
        self.values = QPlainTextEdit(plain)
        self.values.setPlaceholderText(tr("NAME=value, one per line (headers for remote servers)"))
        self.values.setTabChangesFocus(True)
        self.secrets = QPlainTextEdit(secret)
        self.secrets.setPlaceholderText(tr("API_TOKEN=…, one per line: kept in the system keyring"))
        self.secrets.setAccessibleDescription(
            tr("These values are kept in the system keyring; mcp.json keeps only a reference")
        )
        self.secrets.setTabChangesFocus(True)
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
        form.addRow(tr("Secret &values (system keyring):"), self.secrets)
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
        values: dict[str, Value] = {}
        secrets: dict[str, str] = {}
        old = dict(self._old.env if place == "env" else self._old.headers) if self._old else {}
        for name, value in _pairs(self.values.toPlainText()):
            values[name] = value
        for name, value in _pairs(self.secrets.toPlainText()):
            if value in (_IN_KEYRING, tr(_IN_KEYRING)) and name in old:
                values[name] = old[name]
            else:
                values[name] = ""
                secrets[f"{place}:{name}"] = value
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


def _pairs(text: str) -> list[tuple[str, str]]:
    """``NAME=value`` lines; anything else is skipped."""
    out = []
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip():
            out.append((name.strip(), value.strip()))
    return out


def _lines(entry: ServerEntry | None) -> tuple[str, str]:
    """The entry's plain values and its secret ones, as ``NAME=value`` lines."""
    from chatdesk.services.mcp.config import SecretRef

    if entry is None:
        return "", ""
    values = entry.headers if entry.is_remote else entry.env
    in_keyring = tr(_IN_KEYRING)
    plain = [f"{k}={v}" for k, v in values.items() if not isinstance(v, SecretRef)]
    secret = [f"{k}={in_keyring}" for k, v in values.items() if isinstance(v, SecretRef)]
    return "\n".join(plain), "\n".join(secret)
