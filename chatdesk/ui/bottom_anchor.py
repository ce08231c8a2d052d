"""Keeps a scrolled view at its end while the user is there, and says when newer text is below.

The anchor is a state the user sets by where they scroll, not a guess made after each
insert: on X11 a QTextDocument lays itself out lazily, so right after an append the scroll
range is stale and "am I at the bottom?" answers wrong. Every later change of the range
(layout catching up, the view resized by a banner, tray, window or splitter) re-applies
the anchor, so a bottom-anchored view stays at the bottom at any length and rate.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollBar

#: Pixels from the end that still count as "at the bottom".
SLACK = 4


class BottomAnchor(QObject):
    """Owns one fact: whether the view follows its end."""

    newer_below = Signal(bool)  # True when content the user has not seen is below the view

    def __init__(self, bar: QScrollBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._anchored = True
        self._below = False
        bar.rangeChanged.connect(self._on_range)
        bar.valueChanged.connect(self._on_value)

    @property
    def anchored(self) -> bool:
        return self._anchored

    def follow(self) -> None:
        """Anchor to the end now (the user sent something or asked for the latest)."""
        self._anchored = True
        self._bar.setValue(self._bar.maximum())
        self._report()

    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._anchored:
            self._bar.setValue(maximum)
        self._report()

    def _on_value(self, value: int) -> None:
        # Growth never moves the value, and shrinking clamps it to the new end, so a value
        # away from the end is the user's (or a deliberate jump), and it lifts the anchor.
        self._anchored = value >= self._bar.maximum() - SLACK
        self._report()

    def _report(self) -> None:
        below = not self._anchored and self._bar.value() < self._bar.maximum() - SLACK
        if below != self._below:
            self._below = below
            self.newer_below.emit(below)
