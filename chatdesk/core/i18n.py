"""Words a user reads, in the user's language, without Qt in ``core``.

Every user-visible string is written in English inside ``tr(...)``; ``pyside6-lupdate``
finds those calls (and ``noop(...)``, which only marks a string) in every module and
writes them to ``resources/translations/*.ts``. At start-up the UI installs the real
translator and locale-aware number formatting with ``install``; until then, and in tests
that do not install one, ``tr`` returns the English text.

Rules that keep this working:

- ``tr`` runs when the text is shown, never at import time: a module-level table marks
  its strings with ``noop`` and calls ``tr`` on the entry it shows.
- Values go in after translation, as named ``{fields}`` with ``str.format``, so a
  translation can move them: ``tr("Saved {name}").format(name=name)``.
- Counts use Qt's plural forms with the locale's digits: ``tr("%Ln message(s)", "", count)``
  (``%Ln``, not ``%n``, which Qt fills with plain ASCII digits: "12345" beside "12.345").
  A count shown another way (``~``, ``12k``) goes in a field, and ``n`` still picks the
  form: ``tr("{tokens} token(s) billed", "", count).format(tokens=short)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[[str, str, int], str]
"""(text, disambiguation, count or -1) -> the text in the user's language."""
FormatNumber = Callable[[float, int], str]
"""(value, decimals) -> the number as the user's locale writes it."""


_PLURAL = re.compile(r"(?<=\w)\((s|es)\)")


def _filled(text: str, n: int) -> str:
    """``text`` with its count put in as Qt puts it: ``%Ln`` as the locale writes numbers."""
    return text.replace("%Ln", number(n)).replace("%n", str(n))


def english_plural(text: str, n: int) -> str:
    """The English source of a plural string, said properly: "%Ln message(s)" reads
    "1 message" and "12,345 messages" (translations carry their own forms)."""
    return _PLURAL.sub("" if n == 1 else r"\1", _filled(text, n))


def _english(text: str, disambiguation: str, n: int) -> str:
    return english_plural(text, n) if n >= 0 else text


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


_translate: Translate = _english
_number: FormatNumber = _plain_number


def install(translate: Translate, number: FormatNumber) -> None:
    """Route ``tr`` and ``number`` through the UI's translator and locale."""
    global _translate, _number
    _translate, _number = translate, number


def reset() -> None:
    """Back to English (for tests that installed a language)."""
    install(_english, _plain_number)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the user's language; ``n`` selects the plural form of ``%Ln``. A string
    the translator does not have comes back filled in but unpluralised ("1 token(s)"):
    that is said in English."""
    translated = _translate(text, disambiguation, n)
    if n >= 0 and translated == _filled(text, n):
        return english_plural(text, n)
    return translated


def noop(text: str) -> str:
    """Mark ``text`` for translation where it is defined; ``tr`` it where it is shown."""
    return text


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digit grouping and decimal mark (1,234.5 / 1.234,5)."""
    return _number(value, decimals)


def decimal(value: float) -> str:
    """``value`` with just the decimals it has (``10``, ``2.5``, as ``:g`` writes it), as
    the locale writes it: one rule for the sizes, limits and timeouts messages quote, so
    none shows needless zeros or rounds a given value away. A value ``:g`` writes with an
    exponent is left as it is (its decimals would be miscounted)."""
    text = f"{value:g}"
    if "e" in text:
        return text
    return number(value, len(text.partition(".")[2]))


#: The languages chatdesk ships, by the code their files use, named in themselves.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ar": "العربية",
}


def closest_language(code: str) -> str:
    """The shipped language for a locale name: ``de_AT.UTF-8`` → ``de``, ``pt`` → ``pt_BR``,
    ``zh_TW`` and anything not shipped → ``en``."""
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0]
    if base in LANGUAGES:
        return base
    if base == "zh":
        return "zh_CN" if code in ("zh", "zh_CN", "zh_SG", "zh_Hans") else "en"
    return next((lang for lang in LANGUAGES if lang.split("_")[0] == base), "en")


def language_from_environment(environ: dict[str, str]) -> str:
    """The language the system asks for: the first of ``LC_ALL``, ``LC_MESSAGES`` and
    ``LANG`` that is set decides (the POSIX order; ``C`` means English), "" when none is."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            plain = value in ("C", "POSIX") or value.startswith("C.")
            return "en" if plain else closest_language(value)
    return ""
