"""One way to ask before something cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Yes/Cancel, Cancel by default (Enter does not delete by accident)."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, question, buttons.Yes | buttons.Cancel, buttons.Cancel
    )
    return answer == buttons.Yes
