"""The "system" theme follows the desktop's high-contrast preference (Qt's accessibility
hints): the built-in high-contrast palette when the desktop asks for it, at start and
whenever the preference changes. The desktop's setting cannot be changed under Xvfb, so
the decision is checked directly and the change arrives as Qt would send it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAccessibilityHints, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication

from chatdesk.core.theme_tokens import DARK, HIGH_CONTRAST, LIGHT, PALETTES
from chatdesk.ui import theme
from chatdesk.ui.theme import apply_theme, follow_desktop, palette_for, tokens


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    if not hasattr(QGuiApplication.styleHints(), "accessibility"):
        pytest.skip("Qt before 6.10 has no contrast preference")
    yield
    apply_theme("system", False)


def hints() -> QAccessibilityHints:
    """The desktop's accessibility hints (held with the style hints: PySide drops the
    hints' wrapper along with a temporary one of theirs)."""
    style_hints = QGuiApplication.styleHints()
    found = style_hints.accessibility()
    _held.append(style_hints)
    return found


_held: list[QStyleHints] = []


def base() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).name()


def test_system_takes_the_high_contrast_palette_when_the_desktop_asks() -> None:
    assert palette_for("system", True) is HIGH_CONTRAST
    assert palette_for("system", False) is None  # the desktop's own palette
    # A theme chosen in Settings wins over the desktop's preference.
    assert palette_for("light", True) is LIGHT
    assert palette_for("dark", True) is DARK
    for name, palette in PALETTES.items():
        assert palette_for(name, False) is palette


def test_the_desktop_asking_for_high_contrast_at_run_time_is_followed(themed: None) -> None:
    apply_theme("system", False)
    follow_desktop()
    desktop = hints()
    assert desktop.receivers(SIGNAL("contrastPreferenceChanged(Qt::ContrastPreference)")) >= 1
    plain = base()
    desktop.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert tokens() is HIGH_CONTRAST
    assert base() == HIGH_CONTRAST.base
    desktop.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert tokens() in (LIGHT, DARK)
    assert base() == plain


def test_a_theme_chosen_in_settings_ignores_the_desktop_preference(themed: None) -> None:
    follow_desktop()
    apply_theme("light")
    hints().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert tokens() is LIGHT
    assert base() == LIGHT.base
    assert theme.desktop_wants_high_contrast() is False  # Xvfb's desktop asks for nothing
