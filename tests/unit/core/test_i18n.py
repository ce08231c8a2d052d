"""The Qt-free translation hook: English until the UI installs a translator, and the
language chosen from the environment the way POSIX orders it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chatdesk.core import i18n
from chatdesk.core.settings import Prefs
from chatdesk.core.usage import Usage, format_usage


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    i18n.reset()


def test_english_until_a_translator_is_installed() -> None:
    assert i18n.tr("Send") == "Send"
    assert i18n.tr("%n message(s)", "", 3) == "3 messages"
    assert i18n.tr("%n message(s) in %n box(es)", "", 1) == "1 message in 1 box"
    assert i18n.tr("Exported %n conversation(s).", "", 0) == "Exported 0 conversations."
    assert i18n.number(1234567.891, 2) == "1,234,567.89"


def test_english_counts_group_their_digits_and_say_one_in_the_singular() -> None:
    """``%Ln`` is the count as the locale writes it ("12,345", not "12345"), and a count
    that was once put in a plain template now picks its form: "1 token", not "1 tokens"."""
    assert i18n.tr("%Ln token(s)", "", 12345) == "12,345 tokens"
    assert i18n.tr("%Ln token(s)", "", 1) == "1 token"
    assert format_usage(Usage(prompt_tokens=1)) == "1 prompt + 0 completion = 1 token"
    assert format_usage(Usage(9000, 3345)) == "9,000 prompt + 3,345 completion = 12,345 tokens"


def test_a_string_the_translator_lacks_is_english_with_the_locales_digits() -> None:
    """Qt hands back an untranslated plural string filled in ("12.345 token(s)"): it is
    said in English, its count as the locale writes it."""

    def qt_without_translations(text: str, disambiguation: str, n: int) -> str:
        return text.replace("%Ln", i18n.number(n)) if n >= 0 else text

    i18n.install(qt_without_translations, lambda value, decimals: f"{value:,.0f}".replace(",", "."))
    assert i18n.tr("%Ln token(s)", "", 12345) == "12.345 tokens"
    assert i18n.tr("%Ln token(s)", "", 1) == "1 token"


def test_an_installed_translator_and_number_format_are_used() -> None:
    seen: list[tuple[str, str, int]] = []

    def translate(text: str, disambiguation: str, n: int) -> str:
        seen.append((text, disambiguation, n))
        return "Senden" if text == "Send" else text

    i18n.install(translate, lambda value, decimals: f"<{value}:{decimals}>")
    assert i18n.tr("Send", "button") == "Senden"
    assert i18n.number(5) == "<5:0>"
    assert seen == [("Send", "button", -1)]


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("de_DE.UTF-8", "de"),
        ("de_AT", "de"),
        ("pt_BR.UTF-8", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_TW", "en"),
        ("ja_JP.eucJP", "ja"),
        ("ar_EG.UTF-8", "ar"),
        ("sr_RS@latin", "en"),
        ("fr-CA", "fr"),
    ],
)
def test_a_locale_maps_to_the_closest_shipped_language(code: str, language: str) -> None:
    assert i18n.closest_language(code) == language


def test_the_environment_is_read_in_posix_order() -> None:
    assert i18n.language_from_environment({"LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.language_from_environment({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "ja_JP"}) == "ja"
    assert (
        i18n.language_from_environment({"LC_ALL": "fr_FR", "LC_MESSAGES": "ja_JP", "LANG": "de"})
        == "fr"
    )
    assert i18n.language_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert i18n.language_from_environment({"LC_ALL": "C", "LANG": "es_ES"}) == "en"
    assert i18n.language_from_environment({}) == ""


def test_the_language_setting_round_trips_and_ignores_unknown_values() -> None:
    assert Prefs.from_json(Prefs(language="ja").to_json()).language == "ja"
    assert Prefs.from_json({"language": "tlh"}).language == ""
    assert Prefs.from_json({}).language == ""


def test_decimal_keeps_the_decimals_a_value_has() -> None:
    assert [i18n.decimal(v) for v in (10.0, 2.5, 1234.25, 0.1)] == ["10", "2.5", "1,234.25", "0.1"]
    assert i18n.decimal(1e-05) == "1e-05"  # as :g writes it, not rounded to "0"
    i18n.install(lambda text, _d, _n: text, lambda value, decimals: f"<{value}:{decimals}>")
    assert i18n.decimal(2.5) == "<2.5:1>"
