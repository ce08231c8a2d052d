"""The conversation's text size: Ctrl+= / Ctrl+- / Ctrl+0, remembered in the preferences.

The size is a percentage of the application font, which follows the desktop's font size:
at 100 % the pane simply inherits it (and its later changes), and any other size is
worked out again from it whenever it changes. Text already laid out with a size of its
own (a message's links, some Markdown) is rescaled in place, so a change never rebuilds
the conversation or moves the view. Formula images are made for one size: the view hears
of the font change and typesets them again, each swapped in place (``view_math``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from chatdesk.core.i18n import number, tr
from chatdesk.core.settings import TEXT_SCALE_RANGE

#: The sizes Ctrl+= and Ctrl+- step through, in percent (as browsers do).
SCALES = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
SAVE_AFTER_MS = 400
"""Saved this long after the last press."""
assert SCALES[0] == TEXT_SCALE_RANGE[0] and SCALES[-1] == TEXT_SCALE_RANGE[1]


def stepped(scale: int, direction: int) -> int:
    """The next size up (``direction`` 1) or down (-1) from ``scale``."""
    if direction > 0:
        return next((s for s in SCALES if s > scale), SCALES[-1])
    return next((s for s in reversed(SCALES) if s < scale), SCALES[0])


def rescale_document(document: QTextDocument, factor: float) -> int:
    """Multiply every explicit point size in ``document`` by ``factor``; returns how many
    fragments changed. Text without a size of its own follows the widget's font."""
    changes: list[tuple[int, int, float]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            size = fragment.charFormat().fontPointSize()
            if fragment.isValid() and size > 0:
                changes.append((fragment.position(), fragment.length(), size))
            it += 1
        block = block.next()
    if not changes:
        return 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position, length, size in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(max(1.0, size * factor))
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    return len(changes)


class TextSize(QObject):
    """Sizes one text widget (the conversation pane) as a percentage of the app font."""

    def __init__(
        self,
        widget: QWidget,
        document: Callable[[], QTextDocument],
        save: Callable[[int], None],
        announce: Callable[[str], None] = lambda _: None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._document = document
        self._save = save
        self._announce = announce
        self.scale = 100
        self._saving = QTimer(self)  # one save after a run of presses, not one per press
        self._saving.setSingleShot(True)
        self._saving.setInterval(SAVE_AFTER_MS)
        self._saving.timeout.connect(lambda: self._save(self.scale))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self._on_app_font)

    def _on_app_font(self, _font: QFont) -> None:
        self._apply()  # the desktop's font size changed: the same percentage of it

    def show_scale(self, scale: int) -> None:
        """The remembered size (settings loaded or changed): apply it, save nothing."""
        if scale != self.scale:
            self.scale = scale
            self._apply()

    def change(self, direction: int) -> None:
        """Larger (1), smaller (-1) or back to the system's size (0)."""
        scale = 100 if direction == 0 else stepped(self.scale, direction)
        if scale == self.scale:
            if direction > 0:
                self._announce(
                    tr("Text size {percent} %, the largest").format(percent=number(scale))
                )
            else:
                self._announce(
                    tr("Text size {percent} %, the smallest").format(percent=number(scale))
                )
            return
        self.scale = scale
        self._apply()
        self._saving.start()
        self._announce(tr("Text size {percent} %").format(percent=number(scale)))

    def point_size(self) -> float:
        return self._widget.font().pointSizeF()

    def _apply(self) -> None:
        before = self.point_size()
        font = QFont()  # resolves nothing: the widget inherits the application font
        if self.scale != 100:
            font.setPointSizeF(QGuiApplication.font().pointSizeF() * self.scale / 100)
        self._widget.setFont(font)
        after = self.point_size()
        if before > 0 and after > 0 and abs(after - before) > 0.01:
            rescale_document(self._document(), after / before)
