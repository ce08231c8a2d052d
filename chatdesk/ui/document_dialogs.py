"""The questions a document can raise before it is attached: which pages (it is big, or
scanned and its pages would go as images) and its password.

Each dialog is window-modal and opened with ``open()``, never ``exec()``: the caller hears
the answer through a signal, and the event loop (streams, other extractions) goes on.
File names and document text come from outside, so every label is plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import noop, tr
from chatdesk.ui.plain_text import PlainLabel, plain

Check = Callable[[int, int], tuple[bool, str]]
"""(first, last) -> (whether that range may go, what it amounts to)."""

SEND_RANGE = {
    "page": noop("Send pages {first} to {last}"),
    "slide": noop("Send slides {first} to {last}"),
    "sheet": noop("Send sheets {first} to {last}"),
    "section": noop("Send sections {first} to {last}"),
}
"""The range row by ``Extraction.unit``: its words around the two number boxes."""
BOX_NAMES = {
    "page": (noop("First page"), noop("Last page")),
    "slide": (noop("First slide"), noop("Last slide")),
    "sheet": (noop("First sheet"), noop("Last sheet")),
    "section": (noop("First section"), noop("Last section")),
}
"""What a screen reader calls the two number boxes, by ``Extraction.unit``."""
_BOX = re.compile(r"\{(first|last)\}")


class PageRangeDialog(QDialog):
    """A document's summary and, when it has several pages, which of them to send."""

    chosen = Signal(int, int)  # first, last (from 1, inclusive)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        summary: str,
        unit: str,
        count: int,
        check: Check,
        accept_text: str,
        initial: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageRangeDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._check = check
        layout = QVBoxLayout(self)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setText(summary)
        layout.addWidget(self.summary)
        self.first = QSpinBox()
        self.last = QSpinBox()
        names = BOX_NAMES.get(unit, (noop("First"), noop("Last")))
        for box, name in zip((self.first, self.last), names, strict=True):
            box.setRange(1, max(count, 1))
            box.setAccessibleName(tr(name))
        first, last = initial or (1, count)
        self.first.setValue(first)
        self.last.setValue(last)
        row = QHBoxLayout()
        placed: list[QWidget] = []
        if unit and count > 1:
            template = (
                tr(SEND_RANGE[unit])
                if unit in SEND_RANGE
                else tr("Send {unit}s {first} to {last}").replace("{unit}", unit)
            )
            boxes = {"first": self.first, "last": self.last}
            for index, piece in enumerate(_BOX.split(template)):
                if index % 2:  # a box's name
                    row.addWidget(boxes[piece])
                    placed.append(boxes[piece])
                elif piece.strip():
                    words = QLabel(piece.strip())
                    plain(words)
                    row.addWidget(words)
            row.addStretch(1)
            layout.addLayout(row)
        self.estimate = PlainLabel()
        self.estimate.setObjectName("rangeEstimate")
        self.estimate.setWordWrap(True)
        layout.addWidget(self.estimate)
        if len(placed) == 2:  # Tab as the row reads, whichever box the language puts first
            QWidget.setTabOrder(placed[0], placed[1])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(accept_text)
        self.accept_button.setObjectName("acceptRange")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Made after Cancel, it would follow it; Tab goes as standard buttons do, accept first.
        QWidget.setTabOrder(self.accept_button, buttons.button(buttons.StandardButton.Cancel))
        self.first.valueChanged.connect(self._update)
        self.last.valueChanged.connect(self._update)
        self._update()
        self.accept_button.setDefault(True)

    def _update(self) -> None:
        first, last = self.first.value(), self.last.value()
        if first > last:
            self.accept_button.setEnabled(False)
            self.estimate.setText(tr("The first page comes after the last."))
            return
        ok, text = self._check(first, last)
        self.estimate.setText(text)
        self.accept_button.setEnabled(ok)

    def accept(self) -> None:
        if not self.accept_button.isEnabled():
            return
        super().accept()
        self.chosen.emit(self.first.value(), self.last.value())


class PasswordDialog(QDialog):
    """The password of an encrypted PDF (shown as dots; never stored)."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None, name: str, *, wrong: bool) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(tr("Password"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        self.question = PlainLabel()
        self.question.setWordWrap(True)
        if wrong:
            question = tr(
                "That password did not open it. {file} is protected by a password. "
                "Enter it to attach its text:"
            )
        else:
            question = tr("{file} is protected by a password. Enter it to attach its text:")
        self.question.setText(question.format(file=name))
        layout.addWidget(self.question)
        self.field = QLineEdit()
        self.field.setObjectName("documentPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Password"))
        self.field.setAccessibleDescription(self.question.text())
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        super().accept()
        self.entered.emit(self.field.text())
