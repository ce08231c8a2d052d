"""Sizing up a document's text for the model in use: the summary the user sees, whether a
page range may go, and the longest range from the first page that may.

Plain functions over an ``Extraction`` and the model's context length; the limits
themselves are ``core.attachments``'s."""

from __future__ import annotations

from collections.abc import Callable

from chatdesk.core.attachments import document_limit, document_problem
from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.usage import estimate_text_tokens
from chatdesk.services.documents import Extraction

Check = Callable[[int, int], tuple[bool, str]]

KINDS = frozenset(
    {
        noop("PDF"),
        noop("Word document"),
        noop("PowerPoint presentation"),
        noop("Excel workbook"),
        noop("OpenDocument text"),
        noop("OpenDocument spreadsheet"),
        noop("OpenDocument presentation"),
        noop("EPUB book"),
        noop("Web page"),
        noop("CSV table"),
    }
)
"""What a file is (``Extraction.kind``, which the model reads in English), for the user."""


def kind_text(kind: str) -> str:
    """``Extraction.kind`` in the user's language."""
    return tr(kind) if kind in KINDS else kind


def parts_text(unit: str, count: int) -> str:
    """ "12 pages": ``count`` (more than one) of ``Extraction.unit``."""
    shown = number(count)
    if unit == "page":
        return tr("{count} page(s)", "", count).format(count=shown)
    if unit == "slide":
        return tr("{count} slide(s)", "", count).format(count=shown)
    if unit == "sheet":
        return tr("{count} sheet(s)", "", count).format(count=shown)
    if unit == "section":
        return tr("{count} section(s)", "", count).format(count=shown)
    return f"{shown} {unit}s"


def tokens_text(n: int) -> str:
    if n >= 1000:
        return tr("{thousands}k", "thousands of tokens: 203.1k").format(
            thousands=number(n / 1000, 1)
        )
    return number(n)


def summary(extraction: Extraction, text: str, tokens: int, context: int | None) -> str:
    """ "report.pdf: PDF, 300 pages, 812,345 characters, ~203.1k tokens; one file may take
    ~96.0k of the model's 128.0k." """
    limit = document_limit(context)
    fields = {
        "file": extraction.name,
        "kind": kind_text(extraction.kind),
        "characters": number(len(text)),
        "tokens": tokens_text(tokens),
    }
    if extraction.count > 1:
        size = tr(
            "{file}: {kind}, {parts}, {characters} characters, ~{tokens} token(s)", "", tokens
        ).format(parts=parts_text(extraction.unit, extraction.count), **fields)
    else:
        size = tr("{file}: {kind}, {characters} characters, ~{tokens} token(s)", "", tokens).format(
            **fields
        )
    if limit is not None and context:
        return tr("{size}; one file may take ~{limit} of the model's {context}.").format(
            size=size, limit=tokens_text(limit), context=tokens_text(context)
        )
    return tr("{size} (the model's context length is not known).").format(size=size)


def range_check(extraction: Extraction, context: int | None) -> Check:
    """Whether pages first–last may go, and what they amount to."""

    def check(first: int, last: int) -> tuple[bool, str]:
        chosen = extraction.text(first, last)
        n = estimate_text_tokens(chosen)
        why = document_problem(extraction.name, len(chosen.encode()), n, context)
        if why:
            return False, tr("Too long: {problem}.").format(problem=why)
        return True, tr("To send: {characters} characters, ~{tokens} token(s).", "", n).format(
            characters=number(len(chosen)), tokens=tokens_text(n)
        )

    return check


def longest_fitting(extraction: Extraction, context: int | None) -> int:
    """The last page of the longest range from page 1 that may go (at least 1)."""
    check = range_check(extraction, context)
    last, low, high = 1, 1, extraction.count
    while low <= high:  # binary search: the text only grows with the range
        middle = (low + high) // 2
        if check(1, middle)[0]:
            last, low = middle, middle + 1
        else:
            high = middle - 1
    return last
