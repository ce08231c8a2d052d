"""Numbers in text fields the way the user's locale writes them: a parameter's value shown
in a field ("0,7" in German), and what the user typed turned into the plain form
``Params.parse`` and ``int`` read ("0,7" → "0.7", "8.192" → "8192"). Both the conversation
and the project settings use these, so a value shown in one is read back by either.

Not to be confused with ``core.i18n.number``, which formats a number for reading only."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_WHOLE = re.compile(r"[+-]?\d+")


def field_text(value: float | None) -> str:
    """``value`` for a field: empty for none, a whole number's digits as they are, and a
    fraction with the locale's decimal mark, as precise as stored (0.7 → "0,7" in German)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return QLocale().toString(float(value), "g", shortest)


def parser_text(text: str) -> str:
    """A number as the user's locale writes it ("0,7", "8.192" in German) in the form the
    parser reads ("0.7", "8192"); plain digits stay exact (a large seed loses nothing), and
    anything else is left for the parser to judge."""
    text = text.strip()
    if not text or _WHOLE.fullmatch(text):
        return text
    value, ok = QLocale().toDouble(text)
    if not ok:
        return text
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
