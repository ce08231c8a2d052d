"""Text from a server or a file is shown as text, never as rich text.

Qt guesses: a QLabel, a tooltip or a QMessageBox takes its text as HTML when
``Qt.mightBeRichText`` says so. An imported title such as ``<img src="file:///dev/zero">``
would then be laid out as an image that Qt reads from disk, on the UI thread.
Labels are switched to plain text; tooltips and message boxes have no such switch, so
their text is escaped into rich text that shows literally.

The ``Qt`` namespace is looked up when called, not at import (see main_window on start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QWidget


def open_outside(url: QUrl) -> bool:
    """Open a link from a reply outside the app: http(s) in the system browser, mailto with
    its address only (a query could fill in a body or attach files: ``?attach=…``). False
    for any other scheme, which is never opened."""
    from PySide6.QtGui import QDesktopServices

    scheme = url.scheme()
    if scheme == "mailto":
        url = QUrl(f"mailto:{url.path()}")
    elif scheme not in ("http", "https"):
        return False
    QDesktopServices.openUrl(url)
    return True


def plain(*labels: QLabel) -> None:
    """Show whatever these labels are given as text, whatever it looks like."""
    from PySide6.QtCore import Qt

    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def rich_escaped(text: str) -> str:
    """``text`` escaped into a paragraph, for places that guess (tooltips, message boxes).

    Line breaks stay line breaks; runs of spaces may collapse, as in any paragraph."""
    from PySide6.QtGui import Qt

    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def button_text(text: str) -> str:
    """``text`` for a button or menu item, where ``&`` would mark a shortcut key."""
    return text.replace("&", "&&")


class PlainLabel(QLabel):
    """A label for text from outside (model names, server text): always shown as text.

    Switched to plain text on its first ``setText``, not when built, so building the
    window does not load the ``Qt`` enums."""

    _plain = False

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if text:
            self.setText(text)  # through setText: QLabel(text) would guess rich text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        if not self._plain:
            plain(self)
            self._plain = True
        super().setText(text)
