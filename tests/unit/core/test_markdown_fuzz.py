"""The Markdown renderer under generated input: it always finishes, and whatever came in
stays text — no tag a reply writes reaches the view as markup."""

from __future__ import annotations

import re
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from chatdesk.core.markdown import MarkdownRenderer, Theme
from tests.support.budget import within

#: Pieces models write, and pieces that broke renderers before: fences, math, tables,
#: emphasis runs, links, raw HTML, entities, backslashes, lone surrogates' replacements.
PIECES = st.sampled_from(
    [
        "```",
        "```python\n",
        "~~~",
        "\n",
        "\n\n",
        "    ",
        "# ",
        "> ",
        "- ",
        "1. ",
        "|",
        "---",
        "*",
        "**",
        "_",
        "`",
        "$",
        "$$",
        "\\(",
        "\\)",
        "\\[",
        "\\]",
        "\\",
        "[a](",
        ")",
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "&amp;",
        "&#x3c;",
        "<b>",
        "word ",
        "ünïcode ",
        "😀",
        "\ufffd",
        "a",
        " ",
    ]
)
TEXT = st.lists(PIECES, max_size=80).map("".join)
_RAW_TAG = re.compile(r"<(script|img|b)\b", re.IGNORECASE)


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(text=TEXT)
def _renders_safely(text: str) -> None:
    rendered = MarkdownRenderer(Theme()).render(text, "fuzz.")
    assert not _RAW_TAG.search(rendered.html), rendered.html


def test_fuzz_the_renderer_always_finishes_and_escapes_what_it_is_given() -> None:
    within(120, _renders_safely)
