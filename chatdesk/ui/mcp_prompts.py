"""MCP servers' prompts in the "/" popup: their rows, and what choosing one does.

They are listed after the saved prompts, as "server · title" ("…" when the prompt takes
arguments). A prompt without arguments is got from its server at once, off the UI thread,
and its text put in the prompt box. One with arguments first asks for them in a small dialog
(a field each, the required ones marked). A dialog rather than ``{{variables}}`` in the box,
as saved prompts have: the server writes the text from the arguments, in ways a local
template cannot copy, so the values are needed before there is any text to show; what
arrives is then the server's real text, to read and change before sending.

A failure (the server stopped, refused, or did not answer in time) is said above the prompt
with what to do; the prompt box keeps what was typed. Names, titles, descriptions and texts
come from the servers: they are shown as plain text, and the hub has cleaned and capped them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import number, tr
from chatdesk.core.prompts import Entry, EntryKind
from chatdesk.services.mcp.api import PromptFailure, PromptSpec, PromptText
from chatdesk.ui.background import named_pool, run_in_background
from chatdesk.ui.plain_text import PlainLabel, rich_escaped

if TYPE_CHECKING:
    from chatdesk.ui.mcp_tools import McpTools
    from chatdesk.ui.prompt_edit import PromptEdit


@dataclass(frozen=True)
class McpPromptEntry(Entry):
    """A row for a server's prompt; ``text`` holds its name and description (searched from
    three letters typed, as saved prompts' texts are), not the prompt's text."""

    prompt: PromptSpec | None = None


def prompt_entries(prompts: Iterable[PromptSpec]) -> list[Entry]:
    rows: list[Entry] = []
    for p in prompts:
        #: A server's prompt in the "/" popup: the MCP server's name, then the prompt's title.
        name = tr("{server} · {prompt}").format(server=p.server, prompt=p.title)
        if p.arguments:
            name += "…"  # asks for its arguments first, as a menu item that opens a dialog
        rows.append(
            McpPromptEntry(EntryKind.PROMPT, name, p.description, f"{p.name} {p.description}", p)
        )
    return rows


class McpPrompts(QObject):
    """Gets a chosen prompt's text from its server and puts it in the prompt box."""

    notice = Signal(str)  # a failure, for the banner ("" once a prompt arrives)
    status = Signal(str)  # what is being fetched, for the status bar ("" when done)

    def __init__(self, tools: McpTools, edit: PromptEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tools = tools
        self._edit = edit
        self._latest = 0
        """The latest request: an earlier one's answer is dropped."""
        self.dialog: PromptArguments | None = None

    def entries(self) -> list[Entry]:
        return prompt_entries(self._tools.prompts())

    def take(self, entry: Entry) -> bool:
        """Handle ``entry`` if it is a server's prompt (its text is inserted when it comes)."""
        if not isinstance(entry, McpPromptEntry) or entry.prompt is None:
            return False
        spec = entry.prompt
        if spec.arguments:
            dialog = self.dialog = PromptArguments(spec, self._edit.window())
            dialog.accepted.connect(lambda: self.get(spec, dialog.values()))
            dialog.finished.connect(lambda _: self._edit.setFocus())
            dialog.open()
        else:
            self.get(spec, {})
        return True

    def get(self, spec: PromptSpec, arguments: dict[str, str]) -> None:
        """Ask the server for the prompt's text (off the UI thread, within its time budget)."""
        self._latest += 1
        before = self._edit.toPlainText()
        self.notice.emit("")  # an earlier failure is no longer the news
        self.status.emit(
            tr("Getting the prompt “{prompt}” from {server}…").format(
                prompt=spec.title, server=spec.server
            )
        )
        tools = self._tools
        run_in_background(
            lambda: tools.get_prompt(spec, arguments),
            partial(self._got, self._latest, spec, before),
            partial(self._failed, self._latest, spec),
            named_pool("mcp-prompts", 2),
        )

    def _got(self, request: int, spec: PromptSpec, before: str, result: PromptText) -> None:
        if request != self._latest:
            return
        self.status.emit("")
        if result.failure is not None:
            self.notice.emit(failure_text(spec, result))
            return
        self.notice.emit("")
        self._edit.insert_prompt(result.text, replacing=before)
        self._edit.setFocus()

    def _failed(self, request: int, spec: PromptSpec, error: Exception) -> None:
        if request == self._latest:
            self.status.emit("")
            self.notice.emit(
                failure_text(spec, PromptText(failure=PromptFailure.REFUSED, detail=str(error)))
            )


def failure_text(spec: PromptSpec, result: PromptText) -> str:
    """Why the prompt's text did not come, and what the user can do."""
    names = {"server": spec.server, "prompt": spec.title}
    if result.failure is PromptFailure.TIMEOUT:
        seconds = result.seconds
        return tr(
            "The MCP server “{server}” did not send the prompt “{prompt}” within {seconds} s. "
            "Choose it again to retry; a slow server can be given more time with its "
            "“timeout” in mcp.json."
        ).format(seconds=number(seconds, 0 if seconds.is_integer() else 1), **names)
    if result.failure is PromptFailure.NOT_RUNNING:
        if result.detail:
            return tr(
                "The MCP server “{server}” is not running ({reason}), so its prompt “{prompt}” "
                "was not inserted. Restart it in File › Tools (MCP servers)…"
            ).format(reason=result.detail, **names)
        return tr(
            "The MCP server “{server}” is not running, so its prompt “{prompt}” was not "
            "inserted. Check it in File › Tools (MCP servers)…"
        ).format(**names)
    return tr(
        "The MCP server “{server}” could not give the prompt “{prompt}”: {reason}. Choose it "
        "again to retry, or restart the server in File › Tools (MCP servers)…"
    ).format(reason=result.detail or tr("no reason given"), **names)


class PromptArguments(QDialog):
    """One field per argument of a server's prompt; Insert needs the required ones."""

    def __init__(self, spec: PromptSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mcpPromptArguments")
        title = tr("{server} · {prompt}").format(server=spec.server, prompt=spec.title)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = PlainLabel(title)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        if spec.description:
            about = PlainLabel(spec.description)
            about.setWordWrap(True)
            layout.addWidget(about)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self._required: list[QLineEdit] = []
        for argument in spec.arguments:
            field = QLineEdit()
            field.setObjectName(f"argument-{len(self.fields)}")
            field.setPlaceholderText(argument.description)
            field.setToolTip(rich_escaped(argument.description))
            label = argument.name
            if argument.required:
                #: A required argument of a server's prompt, in the dialog that asks for them.
                label = tr("{name} (required)").format(name=argument.name)
                self._required.append(field)
                field.textChanged.connect(self._check)
            field.setAccessibleName(label)
            form.addRow(PlainLabel(label), field)
            self.fields[argument.name] = field
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.insert = buttons.addButton(tr("&Insert"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.insert.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._check()

    def _check(self) -> None:
        self.insert.setEnabled(all(f.text().strip() for f in self._required))

    def values(self) -> dict[str, str]:
        """The arguments filled in (empty optional ones are left out)."""
        return {name: f.text() for name, f in self.fields.items() if f.text().strip()}
