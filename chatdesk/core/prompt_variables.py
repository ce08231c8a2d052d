"""A prompt's ``{{variables}}``: finding them, stepping between them, filling them in.

The template language on its own: what a variable is, and the editing help built on it
(stepping to the next one, one typed value filling every use of a name). The library file
and the "/" popup are ``prompts.py``'s, which re-exports these names for its callers.

Positions are Python string indexes; a Qt text document counts UTF-16 code units, so the UI
converts with ``to_utf16`` and ``from_utf16`` (an emoji is one index but two positions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VARIABLE = re.compile(r"\{\{([^{}\n]{1,64})\}\}")
"""``{{name}}``: up to 64 characters on one line, spaces around the name ignored."""


def variable_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every ``{{name}}`` in ``text``, in order."""
    spans = []
    for match in VARIABLE.finditer(text):
        name = match.group(1).strip()
        if name:
            spans.append((match.start(), match.end(), name))
    return spans


def variables(text: str) -> tuple[str, ...]:
    """The names of ``text``'s variables, each once, in order of first use."""
    return tuple(dict.fromkeys(name for _, _, name in variable_spans(text)))


def next_variable(
    text: str, start: int, end: int, *, forward: bool = True
) -> tuple[int, int] | None:
    """The variable after the selection ``start..end`` (before it, backwards), wrapping
    around the text; ``None`` when the text has none."""
    spans = [(s, e) for s, e, _ in variable_spans(text)]
    if not spans:
        return None
    if forward:
        return next(((s, e) for s, e in spans if s >= end and (s, e) != (start, end)), spans[0])
    return next(
        ((s, e) for s, e in reversed(spans) if e <= start and (s, e) != (start, end)), spans[-1]
    )


@dataclass(frozen=True)
class Filling:
    """A variable the user was taken to: the text on either side of it at that moment."""

    name: str
    before: str
    after: str


def filling(text: str, start: int, end: int) -> Filling | None:
    """What ``filled`` needs to know about the variable at ``start..end``."""
    match = VARIABLE.fullmatch(text, start, end)
    if match is None or not match.group(1).strip():
        return None
    return Filling(match.group(1).strip(), text[:start], text[end:])


def filled(state: Filling, text: str) -> tuple[str, int] | None:
    """After the user typed a value in place of ``{{name}}``: the text with that name's other
    variables given the same value, and where the value ends in it.

    ``None`` when the text changed outside the variable (the value cannot be told apart),
    when nothing was typed, or when no other variable has that name."""
    if len(text) < len(state.before) + len(state.after):
        return None
    if not (text.startswith(state.before) and text.endswith(state.after)):
        return None
    value = text[len(state.before) : len(text) - len(state.after)]
    if VARIABLE.fullmatch(value) is not None:
        return None  # still the placeholder: nothing typed yet
    before = fill(state.before, state.name, value)
    after = fill(state.after, state.name, value)
    if before == state.before and after == state.after:
        return None
    return before + value + after, len(before) + len(value)


def fill(text: str, name: str, value: str) -> str:
    """``text`` with every ``{{name}}`` (spaces around the name allowed) replaced by ``value``."""

    def replace(match: re.Match[str]) -> str:
        return value if match.group(1).strip() == name else match.group(0)

    return VARIABLE.sub(replace, text)


def to_utf16(text: str, index: int) -> int:
    """A Python index in ``text`` as a Qt document position (UTF-16 code units)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, position: int) -> int:
    """A Qt document position (UTF-16 code units) as a Python index in ``text``."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
