"""Light, dark and high-contrast palettes: follow the desktop, or force one (Settings > Appearance).

The colours themselves live in ``chatdesk.core.theme_tokens``. This module turns one of
its palettes into Qt's application palette, says which palette is in force (``tokens()``),
and keeps widgets styled from it (``style``), so no widget writes a colour down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from chatdesk.core.theme_tokens import DARK, LIGHT, PALETTES, Palette

_system_palette: QPalette | None = None
_system_style = ""
_applied = "system"

#: A style sheet made from a palette.
Css = Callable[[Palette], str]


def qt_palette(tokens: Palette) -> QPalette:
    """The Qt palette for ``tokens``; bevel shades are derived from the button colour."""
    palette = QPalette(QColor(tokens.button), QColor(tokens.window))
    role = QPalette.ColorRole
    for qt_role, colour in (
        (role.Window, tokens.window),
        (role.WindowText, tokens.window_text),
        (role.Base, tokens.base),
        (role.AlternateBase, tokens.alternate_base),
        (role.ToolTipBase, tokens.tooltip_bg),
        (role.ToolTipText, tokens.tooltip_text),
        (role.Text, tokens.text),
        (role.Button, tokens.button),
        (role.ButtonText, tokens.button_text),
        (role.Link, tokens.link),
        (role.LinkVisited, tokens.link_visited),
        (role.Highlight, tokens.selection_bg),
        (role.HighlightedText, tokens.selection_text),
        (role.Accent, tokens.selection_bg),
        (role.PlaceholderText, tokens.placeholder),
    ):
        palette.setColor(qt_role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for qt_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, qt_role, QColor(tokens.disabled_text))
    return palette


def apply_theme(theme: str) -> None:
    """Set the application palette for ``theme``: "system" or a name in ``PALETTES``."""
    global _system_palette, _system_style, _applied
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    chosen = PALETTES.get(theme)
    _applied = theme if chosen is not None else "system"
    if chosen is None:
        app.setStyle(_system_style)
        app.setPalette(_system_palette)
        return
    app.setStyle("Fusion")
    app.setPalette(qt_palette(chosen))


def is_dark() -> bool:
    """Whether the application palette is dark (a forced theme, or the desktop's)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def tokens() -> Palette:
    """The palette in force: the theme applied, or light or dark after the desktop."""
    chosen = PALETTES.get(_applied)
    if chosen is not None:
        return chosen
    return DARK if is_dark() else LIGHT


# -- style sheets that follow the palette -------------------------------------------------


def error_text(tokens: Palette) -> str:
    return f"color: {tokens.error};"


def success_text(tokens: Palette) -> str:
    return f"color: {tokens.success};"


class _Styler(QObject):
    """Gives its parent widget the style sheet its ``css`` makes of the palette in force,
    again after every palette change (a theme picked in Settings, the desktop going dark)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.css: Css | None = None
        widget.installEventFilter(self)

    def apply(self) -> None:
        sheet = self.css(tokens()) if self.css is not None else ""
        if self.widget.styleSheet() != sheet:  # setting it again would loop via PaletteChange
            self.widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


def style(widget: QWidget, css: Css | None) -> None:
    """Style ``widget`` with ``css`` of the palette in force, now and after palette
    changes; ``None`` takes its style sheet away."""
    # Not findChild: its options are in the Qt namespace, whose enums cost start-up time.
    found = [child for child in widget.children() if isinstance(child, _Styler)]
    styler = found[0] if found else _Styler(widget)
    styler.css = css
    styler.apply()
