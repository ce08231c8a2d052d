"""One way to ask before something cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from chatdesk.ui.plain_text import rich_escaped


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Yes/Cancel, Cancel by default (Enter does not delete by accident).

    The question often names something from outside (a conversation's title, a profile's
    name), so it is shown as text, never as rich text."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, rich_escaped(question), buttons.Yes | buttons.Cancel, buttons.Cancel
    )
    return answer == buttons.Yes
