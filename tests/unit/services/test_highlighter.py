"""Highlighting runs in a child process with a time budget: no lexer can freeze the app."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from chatdesk.services.highlighter import Highlighter, budget_for, compute_spans

#: Bodies that make backtracking lexers blow up, and ordinary text.
ADVERSARIAL = [
    '"' + "\\" * 40,
    "'" + "\\" * 40,
    "(" * 200 + "a" * 50,
    "{" * 100 + "$" * 100,
    "/*" + " *" * 2000,
    "a" * 20000,
    "x = '" + "\\'" * 500,
    "#" + "-" * 3000 + "\n" + "\t" * 300,
]


@pytest.fixture(scope="module")
def highlighter() -> Iterator[Highlighter]:
    h = Highlighter()
    yield h
    h.close()


def test_spans_colour_python_in_utf16_offsets(highlighter: Highlighter) -> None:
    code = "s = '😀'\ndef f(x):\n    return x\n"
    spans = highlighter.spans(code, "python", "default")
    assert spans is not None
    text16 = code.encode("utf-16-le")
    words = {text16[2 * s.start : 2 * (s.start + s.length)].decode("utf-16-le") for s in spans}
    assert {"def", "return", "f"} <= words  # the emoji (two UTF-16 units) shifted nothing
    assert highlighter.spans(code, "no-such-language", "default") == []
    assert highlighter.spans(code, "", "default") is None


def test_a_backtracking_lexer_is_stopped_within_its_budget(highlighter: Highlighter) -> None:
    body = '"' + "\\" * 44  # scala takes minutes on this in-process
    started = time.monotonic()
    assert highlighter.spans(body, "scala", "default") is None
    assert time.monotonic() - started < budget_for(body) + 3
    assert highlighter.restarts >= 1
    # The next block is highlighted by a fresh child.
    assert highlighter.spans("val x = 1", "scala", "default")


@pytest.mark.slow
def test_every_installed_lexer_answers_within_its_budget(highlighter: Highlighter) -> None:
    """Sweep every lexer Pygments has with adversarial bodies: each call ends in time,
    coloured or plain, and never raises."""
    from pygments.lexers import get_all_lexers

    names = [aliases[0] for _name, aliases, _f, _m in get_all_lexers() if aliases]
    assert len(names) > 400
    slow = []
    for name in names:
        for body in ADVERSARIAL:
            started = time.monotonic()
            answer = highlighter.spans(body, name, "monokai")
            took = time.monotonic() - started
            assert took < budget_for(body) + 5, (name, body[:20], took)
            if answer is None:
                slow.append(name)
    assert "python" not in slow


def test_spans_match_what_pygments_colours() -> None:
    spans = compute_spans("import os\n", "python", "default")
    assert spans[0].start == 0 and spans[0].length == len("import") and spans[0].bold
