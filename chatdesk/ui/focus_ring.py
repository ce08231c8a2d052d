"""A visible focus indicator on every widget: a 2-pixel ring in the palette's highlight
colour around whatever has the keyboard focus, in the main window and in every dialog.

Styles draw focus faintly or not at all (Fusion shows nothing around a focused text box),
and style sheets would have to name every kind of widget. One overlay that follows
``QApplication.focusChanged`` covers them all. It never takes the mouse or the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

WIDTH = 2
"""The ring's width in device-independent pixels (WCAG 2.2 asks for at least 2)."""


class FocusRing(QWidget):
    """Drawn over the focused widget's area, as a child of its window (one per window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is None:
            self.hide()
            return
        widget.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        window = self.window()
        top_left = target.mapTo(window, target.rect().topLeft())
        area = QRect(top_left, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self.setGeometry(area.intersected(window.rect()))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(WIDTH)
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRings(QObject):
    """Moves the ring of the focused widget's window onto it; hides the one it left."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.shown: FocusRing | None = None
        self._app = app
        app.focusChanged.connect(self.follow)
        # Windows being torn down at quit move the focus too: leave them alone.
        app.aboutToQuit.connect(self._stop)
        self.follow(None, app.focusWidget())

    def _stop(self) -> None:
        """Stop following the focus, once; a window made after a quit (the app run again
        in the same process, as tests do) installs rings anew."""
        global _rings
        self._app.aboutToQuit.disconnect(self._stop)
        self._app.focusChanged.disconnect(self.follow)
        if _rings is self:
            _rings = None

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring_for(new) if _ringed(new) else None
        if self.shown is not None and self.shown is not ring and shiboken6.isValid(self.shown):
            self.shown.follow(None)
        self.shown = ring
        if ring is not None:
            ring.follow(new)

    @staticmethod
    def ring_for(widget: QWidget | None) -> FocusRing | None:
        if widget is None:
            return None
        window = widget.window()
        found = [c for c in window.children() if isinstance(c, FocusRing)]
        return found[0] if found else FocusRing(window)


def _ringed(widget: QWidget | None) -> bool:
    """Menus draw their own highlight, and pop-ups (a list's drop-down) are too brief."""
    if widget is None or isinstance(widget, QMenu | QMenuBar):
        return False
    window = widget.window()
    return window is not None and window.windowType() != Qt.WindowType.Popup


_rings: FocusRings | None = None


def install() -> FocusRings | None:
    """The rings for the application (once; later calls return the same)."""
    global _rings
    app = QApplication.instance()
    if _rings is None and isinstance(app, QApplication):
        _rings = FocusRings(app)
    return _rings
