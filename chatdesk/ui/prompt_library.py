"""The prompt library dialog: add, edit, delete, import and export saved prompts.

Edits apply as they are typed (the library writes them shortly after, and when the dialog
closes); deleting asks first. Names and texts may come from someone else's file, so they
are shown as plain text everywhere, tooltips included.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.core.prompts import MAX_NAME, Prompt, clean_name, name_for, variables
from chatdesk.ui.confirm import confirm
from chatdesk.ui.plain_text import PlainLabel
from chatdesk.ui.prompts import PromptLibrary

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow


def hint() -> str:
    """How to write a variable (the text field's placeholder, or the list of them)."""
    return tr(
        "Write {{{{name}}}} where the prompt should ask for something: after inserting it "
        "with “/”, Tab jumps from one variable to the next."
    ).format()


class PromptLibraryDialog(QDialog):
    def __init__(self, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptLibrary")
        self.setWindowTitle(tr("Prompt library"))
        self.library = library
        self._showing = False  # filling the fields from the library: not an edit

        self.problem = PlainLabel()
        self.problem.setObjectName("promptLibraryProblem")
        self.problem.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("promptFilter")
        self.filter.setPlaceholderText(tr("Filter prompts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter prompts"))
        self.filter.setAccessibleDescription(tr("Enter picks the first prompt shown."))
        self.list = QListWidget()
        self.list.setObjectName("promptList")
        self.list.setAccessibleName(tr("Prompts"))
        self.name = QLineEdit()
        self.name.setObjectName("promptName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(tr("Name (shown in the “/” list)"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("promptText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(hint())
        self.variables = PlainLabel()
        self.variables.setObjectName("promptVariables")
        self.variables.setWordWrap(True)
        self.status = PlainLabel()
        self.status.setObjectName("promptLibraryStatus")

        self.new_button = QPushButton(tr("&New"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.import_button = QPushButton(tr("&Import…"))
        self.export_button = QPushButton(tr("E&xport…"))
        for button in (self.new_button, self.delete_button, self.import_button, self.export_button):
            button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for close in buttons.buttons():  # Enter in the filter picks a prompt, never closes
            if isinstance(close, QPushButton):
                close.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Name")))
        right.addWidget(self.name)
        right.addWidget(QLabel(tr("Text")))
        right.addWidget(self.text, 1)
        right.addWidget(self.variables)
        panes = QHBoxLayout()
        panes.addLayout(left, 2)
        panes.addLayout(right, 3)
        row = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.import_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(panes, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(760, 480)

        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._first_shown)
        self.list.currentRowChanged.connect(self._show_prompt)
        self.name.textEdited.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.new_button.clicked.connect(lambda: self.add_prompt(tr("New prompt"), ""))
        self.delete_button.clicked.connect(self._delete)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        library.changed.connect(self._rebuild)
        library.problem.connect(self._show_problem)
        library.notice.connect(self.status.setText)
        library.failed.connect(lambda error: self.status.setText(error.message))
        self.finished.connect(lambda _: library.flush())
        self._show_problem(library.load_problem)
        self._rebuild()

    # -- the list ----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        """The list again from the library, keeping the current row where it can."""
        row = self.list.currentRow()
        self._showing = True
        self.list.clear()
        for prompt in self.library.prompts:
            self.list.addItem(QListWidgetItem(prompt.name))
        self._showing = False
        self._apply_filter(self.filter.text())
        count = self.list.count()
        self.list.setCurrentRow(min(max(row, 0), count - 1) if count else -1)
        if not count:
            self._show_prompt(-1)

    def _apply_filter(self, query: str) -> None:
        wanted = query.strip().casefold()
        for row, prompt in enumerate(self.library.prompts):
            item = self.list.item(row)
            if item is not None:
                hit = (
                    not wanted
                    or wanted in prompt.name.casefold()
                    or wanted in prompt.text[:2000].casefold()
                )
                item.setHidden(not hit)

    def _first_shown(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and not item.isHidden():
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return

    def _show_prompt(self, row: int) -> None:
        prompts = self.library.prompts
        prompt = prompts[row] if 0 <= row < len(prompts) else None
        self._showing = True
        self.name.setText(prompt.name if prompt else "")
        self.text.setPlainText(prompt.text if prompt else "")
        self._showing = False
        for widget in (self.name, self.text, self.delete_button):
            widget.setEnabled(prompt is not None)
        self._show_variables()

    def _show_variables(self) -> None:
        names = variables(self.text.toPlainText())
        listed = ", ".join(f"{{{{{n}}}}}" for n in names)
        self.variables.setText(tr("Variables: {names}").format(names=listed) if names else hint())

    # -- editing -----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._showing:
            return
        row = self.list.currentRow()
        if not 0 <= row < len(self.library.prompts):
            return
        name = clean_name(self.name.text()) or tr("Untitled")
        self.library.replace(row, Prompt(name, self.text.toPlainText()))
        item = self.list.item(row)
        if item is not None and item.text() != name:
            item.setText(name)
        self._show_variables()

    def add_prompt(self, name: str, text: str) -> None:
        """A new prompt, selected, with its name ready to type over."""
        self.filter.clear()
        row = self.library.add(clean_name(name) or tr("New prompt"), text)
        self.list.setCurrentRow(row)
        self.name.setFocus()
        self.name.selectAll()

    def _delete(self) -> None:
        row = self.list.currentRow()
        prompts = self.library.prompts
        if 0 <= row < len(prompts) and confirm(
            self,
            tr("Delete prompt"),
            tr("Delete the prompt “{name}”?").format(name=prompts[row].name),
        ):
            self.library.remove(row)
            self.list.setFocus()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- sharing -----------------------------------------------------------------------------

    def _import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import prompts"),
            "",
            tr("Prompt library") + " (*.json);;" + tr("All files") + " (*)",
        )
        if path:
            self.status.setText(tr("Importing…"))
            self.library.import_file(Path(path))

    def _export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export prompts"), "chatdesk-prompts.json", tr("Prompt library") + " (*.json)"
        )
        if path:
            self.library.export_file(Path(path))


def open_library(window: MainWindow, new_text: str | None = None) -> None:
    """Show the library (once it is read); ``new_text``: first add it as a new prompt (a
    message saved as a prompt), its name ready to type over."""
    library = window.prompt.library
    if library is None:
        return  # before the first paint: the library is not attached yet

    def show() -> None:
        dialog = getattr(library, "dialog", None)
        if not isinstance(dialog, PromptLibraryDialog):
            dialog = PromptLibraryDialog(library, window)
            library.dialog = dialog
            dialog.finished.connect(lambda _: window.prompt.setFocus())
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        if new_text is not None:
            dialog.add_prompt(name_for(new_text), new_text)
        else:
            dialog.filter.setFocus()

    library.load(then=show)
