"""Reading an attached text file again in another encoding, when detection guessed wrong.

A text file, HTML page or CSV table whose encoding was detected (not plain UTF-8) or chosen
by the user keeps its bytes while it waits in the tray (``Source``, kept by the tray in a
``Kept``). Its chip's menu then has a "Read as" submenu of the common encodings, named by
region and code page, the one in use checked (``add_read_as``). Choosing another has the
tray read the same bytes again, strictly in that encoding and off the UI thread; the new
attachment takes the old one's place, or the banner says why it could not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from chatdesk.core.i18n import noop, tr
from chatdesk.ui.plain_text import button_text

COMMON = (
    ("cp1252", noop("Western")),
    ("cp1250", noop("Central European")),
    ("cp1251", noop("Cyrillic")),
    ("koi8_r", noop("Cyrillic")),
    ("iso8859_7", noop("Greek")),
    ("cp1254", noop("Turkish")),
    ("cp1255", noop("Hebrew")),
    ("cp1256", noop("Arabic")),
    ("cp1257", noop("Baltic")),
    ("cp874", noop("Thai")),
    ("shift_jis", noop("Japanese")),
    ("euc_jp", noop("Japanese")),
    ("gb18030", noop("Chinese Simplified")),
    ("big5", noop("Chinese Traditional")),
    ("euc_kr", noop("Korean")),
    ("utf-8", noop("Unicode")),
    ("utf-16", noop("Unicode")),
)
"""The encodings offered (Python codec names), each with the region it is used in."""


@dataclass(frozen=True)
class Source:
    """What a text file in the tray was read from, to read it again."""

    name: str
    data: bytes
    pasted: bool


def add_read_as(menu: QMenu, in_use: str, choose: Callable[[str], None]) -> None:
    """Add the "Read as" submenu to a chip's menu. ``in_use``: the label of the encoding
    the file was read in ("Windows-1252"), checked; one detected that is not among the
    common ones comes first. ``choose`` gets the codec name of another one chosen."""
    from chatdesk.services.documents.text import label

    submenu = menu.addMenu(tr("Read &as"))
    submenu.setObjectName("readAsMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    entries = [
        (
            label(codec),
            tr("{region} ({encoding})", "an encoding: Western (Windows-1252)").format(
                region=tr(region), encoding=label(codec)
            ),
            codec,
        )
        for codec, region in COMMON
    ]
    if all(shown != in_use for shown, _, _ in entries):
        entries.insert(0, (in_use, in_use, ""))
    for shown, text, codec in entries:
        action = submenu.addAction(button_text(text))
        action.setCheckable(True)
        action.setChecked(shown == in_use)
        group.addAction(action)
        if shown != in_use:
            action.triggered.connect(lambda _=False, codec=codec: choose(codec))
