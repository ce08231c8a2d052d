"""Which window asked the running turn: the main window, or the quick-ask window.

The two share one ``ChatController``, so both hear every turn's end. What a turn gives
back (its announcements, a question returned when it failed before the first word) goes
to the window that asked it: the quick-ask window while it is shown and the turn is one
it asked (``QuickAsk.speaks``), else the main window. Found by object name, so the main
window never loads the quick-ask module for this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from chatdesk.ui.quick_ask import QuickAsk


def quick_window_asked() -> bool:
    """Whether the turn ending now (or running) is the quick-ask window's."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "quickAsk" and cast("QuickAsk", widget).speaks():
            return True
    return False
