"""The display preferences: the conversation's text size and the selectable palettes."""

from __future__ import annotations

import pytest

from chatdesk.core.settings import TEXT_SCALE_RANGE, Prefs, Settings, Theme
from chatdesk.core.theme_tokens import PALETTES


def test_text_size_round_trips_through_json() -> None:
    prefs = Prefs(text_scale=150)
    assert prefs.to_json()["text_scale"] == 150
    assert Prefs.from_json(prefs.to_json()) == prefs
    assert Settings.from_json(Settings(prefs=prefs).to_json()).prefs.text_scale == 150


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        (None, 100),
        ("big", 100),
        (True, 100),
        (10, TEXT_SCALE_RANGE[0]),
        (9000, TEXT_SCALE_RANGE[1]),
    ],
)
def test_a_missing_or_wrong_text_size_reads_as_the_system_size_or_its_bounds(
    stored: object, read: int
) -> None:
    data = {} if stored is None else {"text_scale": stored}
    assert Prefs.from_json(data).text_scale == read


def test_every_palette_is_a_theme_and_high_contrast_survives_a_save() -> None:
    assert set(PALETTES) <= set(Theme)
    prefs = Prefs(theme=Theme.HIGH_CONTRAST)
    assert Prefs.from_json(prefs.to_json()).theme is Theme.HIGH_CONTRAST


def test_the_theme_is_one_of_the_themes_and_settings_json_keeps_its_strings() -> None:
    # The settings dialog hands over its combo box's string; the file holds plain text.
    prefs = Prefs(theme="dark")
    assert prefs.theme is Theme.DARK
    assert type(prefs.to_json()["theme"]) is str and prefs.to_json()["theme"] == "dark"
    # A theme this version does not know (a newer one's, a hand edit) follows the system.
    assert Prefs.from_json({"theme": "neon"}).theme is Theme.SYSTEM
    assert Prefs.from_json({"theme": 3}).theme is Theme.SYSTEM
