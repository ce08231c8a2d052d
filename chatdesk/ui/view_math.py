"""Noticing that the conversation's formula images no longer fit the view.

A formula image is made for one text size, ink colour and pixel ratio (``math_images``).
The view tells of each change by an event to itself: a font change (Ctrl+=, the desktop's
font), a palette or style change (a theme), a pixel-ratio or screen change (a move to
another screen). A theme sends several at once, so they are gathered into one call, made
on the next event-loop turn, once the view has taken the change in (its document's
font follows its own font only then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_RESTYLED = frozenset(
    (
        QEvent.Type.FontChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.StyleChange,
        QEvent.Type.DevicePixelRatioChange,
        QEvent.Type.ScreenChangeInternal,
    )
)


class RestyleWatch(QObject):
    """Calls ``restyled`` once after each run of size, palette or pixel-ratio changes."""

    def __init__(self, view: QWidget, restyled: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(restyled)
        self._window: QtGui.QWindow | None = None
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _RESTYLED:
            self._timer.start()
        elif kind == QEvent.Type.Show:
            window = self._view.window().windowHandle()
            if window is not None and window is not self._window:
                self._window = window  # its screen may change without the view hearing of it
                window.screenChanged.connect(self._on_screen)
        return False

    def _on_screen(self, _screen: QtGui.QScreen) -> None:
        self._timer.start()
