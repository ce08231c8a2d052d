"""Light and dark palettes: follow the desktop, or force one (Settings > Appearance)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e6e6e6",
    "Base": "#1e1e1e",
    "AlternateBase": "#2a2a2a",
    "ToolTipBase": "#333333",
    "ToolTipText": "#e6e6e6",
    "Text": "#e6e6e6",
    "Button": "#353535",
    "ButtonText": "#e6e6e6",
    "BrightText": "#ff6b6b",
    "Link": "#6ab0ff",
    "Highlight": "#2f6db5",
    "HighlightedText": "#ffffff",
    "PlaceholderText": "#8a8a8a",
}

_system_palette: QPalette | None = None
_system_style = ""


def apply_theme(theme: str) -> None:
    """Set the application palette for ``theme`` ("system", "light" or "dark")."""
    global _system_palette, _system_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme == "system":
        app.setStyle(_system_style)
        app.setPalette(_system_palette)
        return
    app.setStyle("Fusion")
    if theme == "light":
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    for role_name, color in _DARK.items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#777777"))
    app.setPalette(palette)


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
