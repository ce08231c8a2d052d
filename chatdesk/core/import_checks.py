"""What every import format shares: the refusal, and the checks on values both formats carry.

The bottom of the import modules: ``export.py`` (chatdesk's format) and ``chatgpt.py``
(ChatGPT's) raise ``InvalidImport`` from here, and ``imports.py`` chooses between them,
so no parser imports the module that dispatches to it.
"""

from __future__ import annotations

from typing import Any

from chatdesk.core.i18n import tr

MAX_TIMESTAMP = 32_503_680_000.0
"""1 January 3000: later (or non-finite) times cannot be formatted on every platform."""


class InvalidImport(Exception):
    """An import file that cannot be used; the message names what is wrong and where.

    The message completes "… was not imported: "."""


def shown(value: Any) -> str:
    """A short rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def timestamp(value: Any, where: str, name: str) -> float | None:
    """A time in seconds since 1970, or None when absent; ``InvalidImport`` when absurd."""
    if value is None:
        return None
    if not is_number(value) or not 0 <= value <= MAX_TIMESTAMP:
        raise InvalidImport(
            tr("{where}: “{name}” is not a time ({value})").format(
                where=where, name=name, value=shown(value)
            )
        )
    return float(value)
