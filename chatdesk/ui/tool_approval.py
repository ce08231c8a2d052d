"""Asks before every tool call: which server, which tool, what it does, with what.

The default button is **Allow once** (Enter); Esc is **Deny**; **Always allow this tool**
is remembered for that server and tool. The tool's description and arguments come from
a server and a model: they are shown as plain text, never as rich text.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import number, tr
from chatdesk.core.tools import Tool, ToolCall
from chatdesk.ui.plain_text import PlainLabel
from chatdesk.ui.tool_runner import Approver, Decision

#: Arguments shown in the dialog, at most (the rest is cut, and said to be).
SHOWN_ARGUMENTS = 20_000


def formatted_arguments(call: ToolCall) -> str:
    """The arguments as indented JSON (as they came when they are not JSON)."""
    try:
        text = json.dumps(json.loads(call.arguments or "{}"), indent=2, ensure_ascii=False)
    except ValueError:
        text = call.arguments
    if len(text) > SHOWN_ARGUMENTS:
        more = len(text) - SHOWN_ARGUMENTS
        text = (
            text[:SHOWN_ARGUMENTS]
            + "\n"
            + tr("… ({count} more characters)", "", more).format(count=number(more))
        )
    return text


class ToolApproval(QDialog):
    def __init__(self, tool: Tool, call: ToolCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolApproval")
        self.setWindowTitle(tr("Allow this tool call?"))
        self.decision = Decision.DENY
        form = QFormLayout()
        server = PlainLabel(tool.server)
        server.setObjectName("toolServer")
        form.addRow(tr("Server:"), server)
        name = PlainLabel(tool.name)
        name.setObjectName("toolName")
        form.addRow(tr("Tool:"), name)
        description = PlainLabel(tool.description[:2000] or tr("(no description)"))
        description.setWordWrap(True)
        form.addRow(tr("What it does:"), description)
        self.arguments = QPlainTextEdit(formatted_arguments(call))
        self.arguments.setReadOnly(True)
        self.arguments.setObjectName("toolArguments")
        self.arguments.setAccessibleName(tr("Arguments"))
        form.addRow(tr("Arguments:"), self.arguments)
        buttons = QDialogButtonBox()
        self.allow_button = QPushButton(tr("&Allow once"))
        self.always_button = QPushButton(tr("Always allow this &tool"))
        self.deny_button = QPushButton(tr("&Deny"))
        buttons.addButton(self.allow_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.always_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.deny_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.allow_button.setDefault(True)
        self.allow_button.setAutoDefault(True)
        self.allow_button.clicked.connect(lambda: self._choose(Decision.ALLOW_ONCE))
        self.always_button.clicked.connect(lambda: self._choose(Decision.ALWAYS))
        self.deny_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.allow_button.setFocus()

    def _choose(self, decision: Decision) -> None:
        self.decision = decision
        self.accept()


def dialog_approver(parent: QWidget) -> Approver:
    """An approver that asks in a window-modal dialog and answers when it closes."""

    def approve(
        tool: Tool, call: ToolCall, answer: Callable[[Decision], None]
    ) -> Callable[[], None]:
        dialog = ToolApproval(tool, call, parent)
        dialog.finished.connect(lambda result: answer(dialog.decision if result else Decision.DENY))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog.reject  # Stop while asking: the question goes away

    return approve
