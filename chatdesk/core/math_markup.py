"""Formulas in a reply, as plain data: what was written, how it is marked in rendered HTML,
and which dollar signs are not math.

The renderer shows a formula as its source first, in an element whose ``title`` is the
marker made here: the LaTeX with its delimiters, behind an invisible separator no model
writes in a link title. The view finds formulas by that marker (Qt keeps a ``title`` as
the text's tooltip), typesets them off the UI thread and puts each image in place of its
source; the image keeps the marker, so copying a selection gives the LaTeX back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = "\u2063"  # INVISIBLE SEPARATOR
_CLOSING = {"$": "$", "$$": "$$", "\\(": "\\)", "\\[": "\\]"}


@dataclass(frozen=True)
class Formula:
    source: str
    """The LaTeX between the delimiters."""
    display: bool
    """Display math (``$$…$$``, ``\\[…\\]``, centred on its own line) or inline."""
    delimiter: str = "$"
    """How it was opened: ``$``, ``$$``, ``\\(`` or ``\\[``."""

    @property
    def written(self) -> str:
        """The formula as it was written, delimiters and all (what a copy gives)."""
        return f"{self.delimiter}{self.source}{_CLOSING.get(self.delimiter, self.delimiter)}"

    @property
    def marker(self) -> str:
        return _MARK + self.written


def may_hold_math(text: str) -> bool:
    """Whether ``text`` has a formula's opening delimiter at all: a finished block without
    one is not searched for formulas (searching a long table's cells stalled the window
    ~40 ms when its reply ended)."""
    return "$" in text or "\\(" in text or "\\[" in text


def parse_marker(text: str) -> Formula | None:
    """The formula a marker stands for; ``None`` for any other tooltip."""
    if not text.startswith(_MARK):
        return None
    written = text[len(_MARK) :]
    for opening in ("$$", "\\[", "\\(", "$"):
        closing = _CLOSING[opening]
        if (
            written.startswith(opening)
            and written.endswith(closing)
            and len(written) >= len(opening) + len(closing)
        ):
            source = written[len(opening) : len(written) - len(closing)]
            return Formula(source, opening in ("$$", "\\["), opening)
    return None


_SHELL_TAIL = re.compile(r"[A-Za-z_{]")
_SHELL_BODY = re.compile(r"\{?[A-Za-z_]\w*\}?[\w./:-]*[/:;,.=-]")


_PROSE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")


def not_math(content: str, after: str) -> bool:
    """Whether ``$content$`` followed by ``after`` pairs up as math but is not.

    Prices (``$5 and $10``) mostly never get this far: a ``$`` after a space or before a
    digit does not close math. What does: two shell variables (``$SRC/$FILE``,
    ``$PATH:$HOME``: the text between the dollars ends in a path or list separator and
    another name follows at once); a span that crosses a code span (a backtick inside);
    and a price followed by prose (``$10 a month, or $``): a number, then words."""
    if "`" in content:
        return True
    if _SHELL_BODY.fullmatch(content) and _SHELL_TAIL.match(after[:1]):
        return True
    return content[:1].isdigit() and bool(_PROSE.search(content))
