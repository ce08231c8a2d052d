"""Light, dark and high-contrast palettes: follow the desktop, or force one (Settings > Appearance).

The colours themselves live in ``chatdesk.core.theme_tokens``. This module turns one of
its palettes into Qt's application palette, says which palette is in force (``tokens()``),
and keeps widgets styled from it (``style``), so no widget writes a colour down.

"system" follows the desktop's high-contrast preference too (Qt 6.10's accessibility
hints): when the desktop asks for high contrast, the built-in high-contrast palette is
used (``palette_for``), and a change of that preference is followed at run time
(``follow_desktop``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from chatdesk.core.theme_tokens import DARK, HIGH_CONTRAST, LIGHT, PALETTES, Palette

if TYPE_CHECKING:
    # The Qt namespace's enums cost start-up time: loaded when the preference is read.
    from PySide6.QtCore import Qt

_system_palette: QPalette | None = None
_system_style = ""
_applied = "system"
_in_force: Palette | None = None
"""The built-in palette applied (None: the desktop's own)."""
_following = False

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


def desktop_wants_high_contrast() -> bool:
    """Whether the desktop asks for high contrast (always False before Qt 6.10)."""
    access = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if access is None:
        return False
    return _is_high(access().contrastPreference())


def _is_high(preference: Qt.ContrastPreference) -> bool:
    from PySide6.QtCore import Qt

    return bool(preference == Qt.ContrastPreference.HighContrast)


def palette_for(theme: str, high_contrast: bool) -> Palette | None:
    """The built-in palette for ``theme`` when the desktop does (or does not) ask for
    ``high_contrast``; None: the desktop's own palette. A theme forced in Settings wins;
    "system" (or anything unknown) takes the high-contrast palette when asked for."""
    chosen = PALETTES.get(theme)
    if chosen is None and high_contrast:
        return HIGH_CONTRAST
    return chosen


def apply_theme(theme: str, high_contrast: bool | None = None) -> None:
    """Set the application palette for ``theme``: "system" or a name in ``PALETTES``.
    ``high_contrast``: the desktop's preference, when known (else it is asked)."""
    global _system_palette, _system_style, _applied, _in_force
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    _applied = theme if theme in PALETTES else "system"
    if _applied == "system":
        _watch_desktop()
    if high_contrast is None:
        high_contrast = _applied == "system" and desktop_wants_high_contrast()
    chosen = palette_for(_applied, high_contrast)
    _in_force = chosen
    if chosen is None:
        app.setStyle(_system_style)
        app.setPalette(_system_palette)
        return
    app.setStyle("Fusion")
    app.setPalette(qt_palette(chosen))


def apply_chosen(theme: str) -> None:
    """The theme the user chose, before anything is shown: "system" follows the desktop
    (its contrast preference included), any other is forced."""
    if theme == "system":
        follow_desktop()
    else:
        apply_theme(theme)


def follow_desktop() -> None:
    """Follow the desktop's contrast preference while the theme is "system": now (the
    high-contrast palette if it asks for it) and whenever it changes."""
    _watch_desktop()
    if _applied == "system" and desktop_wants_high_contrast():
        apply_theme("system", True)


def _watch_desktop() -> None:
    """Connect to the desktop's contrast preference changing (once; Qt 6.10 or later)."""
    global _following
    access = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if _following or access is None:
        return
    _following = True
    access().contrastPreferenceChanged.connect(_contrast_changed)


def _contrast_changed(preference: Qt.ContrastPreference) -> None:
    if _applied == "system":
        apply_theme("system", _is_high(preference))


def is_dark() -> bool:
    """Whether the application palette is dark (a forced theme, or the desktop's)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def tokens() -> Palette:
    """The palette in force: the theme applied, or light or dark after the desktop."""
    if _in_force is not None:
        return _in_force
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
