"""Hands Qt chatdesk's own accessible interfaces: the conversation as a list of messages,
the banner as an alert (``view_accessibility``).

Installed before the first widget is shown, since Qt keeps the first interface it made
for a widget. Qt only asks while assistive technology is listening, and the interfaces'
module is loaded on the first ask, so start-up pays for none of it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

#: Class names (Qt passes the meta-object's) that have an interface of their own.
OWN = frozenset({"ConversationView", "ErrorBanner"})

_installed = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key not in OWN:
        return None
    from chatdesk.ui.view_accessibility import make

    return make(key, obj)


def install_factory() -> None:
    """Once per process; harmless to call again."""
    global _installed
    if not _installed:
        _installed = True
        QAccessible.installFactory(_factory)
