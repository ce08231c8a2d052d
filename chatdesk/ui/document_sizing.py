"""Sizing up a document's text for the model in use: the summary the user sees, whether a
page range may go, and the longest range from the first page that may.

Plain functions over an ``Extraction`` and the model's context length; the limits
themselves are ``core.attachments``'s."""

from __future__ import annotations

from collections.abc import Callable

from chatdesk.core.attachments import document_limit, document_problem
from chatdesk.core.usage import estimate_text_tokens
from chatdesk.services.documents import Extraction

Check = Callable[[int, int], tuple[bool, str]]


def tokens_text(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


def summary(extraction: Extraction, text: str, tokens: int, context: int | None) -> str:
    """ "report.pdf: PDF, 300 pages, 812,345 characters, ~203.1k tokens; one file may take
    ~96.0k of the model's 128.0k." """
    limit = document_limit(context)
    within = " (the model's context length is not known)"
    if limit is not None and context:
        within = f"; one file may take ~{tokens_text(limit)} of the model's {tokens_text(context)}"
    units = f"{extraction.count:,} {extraction.unit}s, " if extraction.count > 1 else ""
    return (
        f"{extraction.name}: {extraction.kind}, {units}{len(text):,} characters, "
        f"~{tokens_text(tokens)} tokens{within}."
    )


def range_check(extraction: Extraction, context: int | None) -> Check:
    """Whether pages first–last may go, and what they amount to."""

    def check(first: int, last: int) -> tuple[bool, str]:
        chosen = extraction.text(first, last)
        n = estimate_text_tokens(chosen)
        why = document_problem(extraction.name, len(chosen.encode()), n, context)
        if why:
            return False, f"Too long: {why}."
        return True, f"To send: {len(chosen):,} characters, ~{tokens_text(n)} tokens."

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
