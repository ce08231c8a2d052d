"""Which dollar signs are math, and how formulas are marked for the view: real model output.

The replies below are shaped after what chat models write (ChatGPT's group-theory answer
quoted in BetterChatGPT#19, a Kalman filter from open-webui#410, compound interest from
chatty-server#133; matrices, sums, integrals as GPT-4o and Qwen write them)."""

from __future__ import annotations

import html
import re

import pytest

from chatdesk.core.markdown import MarkdownRenderer
from chatdesk.core.math_markup import Formula, not_math, parse_marker

R = MarkdownRenderer()
_TITLE = re.compile(r'title="(\u2063[^"]*)"')


def formulas(text: str) -> list[Formula]:
    """Every formula the renderer marked, in order."""
    found = [parse_marker(html.unescape(m)) for m in _TITLE.findall(R.render(text).html)]
    assert all(f is not None for f in found)
    return [f for f in found if f is not None]


GROUP_THEORY = r"""Sure, here are a few examples of LaTeX equations related to group theory:

1. The group axioms:

$$
\begin{aligned}
&\textbf{Closure: } \forall a,b \in G, \quad ab \in G \\
&\textbf{Identity: } \exists e \in G \text{ such that } \forall a \in G, \quad ae = ea = a
\end{aligned}
$$

2. The order of an element:

$$
\text{ord}(a) = \min\{n \in \mathbb{Z}^+ : a^n = e \}
$$

where $H$ is a subgroup of $G$.
"""

MIXED = r"""The roots of \(ax^2 + bx + c = 0\) are
\[
x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}
\]
For \(A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}\), $\det A = -2$, and
$\sum_{i=1}^{n} i = \frac{n(n+1)}{2}$ while $\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}$.
Greek: $\alpha + \beta = \gamma$. Compound interest: $$A = P\left(1 + \frac{r}{n}\right)^{nt}$$
"""


def test_display_and_inline_formulas_from_real_replies_are_found_with_their_source() -> None:
    found = formulas(GROUP_THEORY)
    assert [f.display for f in found] == [True, True, False, False]
    assert found[0].source.startswith("\\begin{aligned}") and "\\text{ such that }" in (
        found[0].source
    )
    assert found[0].written.startswith("$$") and found[0].written.endswith("$$")
    assert [f.source for f in found[2:]] == ["H", "G"]


def test_all_four_delimiters_including_brackets_inside_a_paragraph() -> None:
    found = formulas(MIXED)
    assert [(f.delimiter, f.display) for f in found] == [
        ("\\(", False),
        ("\\[", True),
        ("\\(", False),
        ("$", False),
        ("$", False),
        ("$", False),
        ("$", False),
        ("$$", True),
    ]
    assert found[1].source == "x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}"
    assert found[1].written == "\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]"
    assert "\\begin{pmatrix}" in found[2].source


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5 and $10.",
        "between $5 and $10 per month",
        "Prices like $5 and $10 stay text, and so does `$HOME`.",
        "$10 a month, or `$PRICE` in the shell",
        "echo $HOME and $PATH",
        "cp $SRC/$FILE /tmp",
        "export PATH=$PATH:$HOME/bin",
        'echo "${HOME}/$USER"',
        "a range of $20-$30",
        "Run `echo $HOME` first",
        "array\\[0\\] is the first element",
    ],
)
def test_prices_and_shell_variables_are_not_math(text: str) -> None:
    assert formulas(text) == []
    assert "$" in R.render(text).html or "[0]" in R.render(text).html


def test_a_code_span_after_a_refused_dollar_is_still_code() -> None:
    out = R.render("Pay $10 a month, or set `$HOME` and $x$.").html
    assert '<code style="background-color:#eaeef2">$HOME</code>' in out
    assert [f.source for f in formulas("Pay $10 a month, or set `$HOME` and $x$.")] == ["x"]


def test_math_that_looks_a_little_like_prices_is_still_math() -> None:
    assert [f.source for f in formulas("So $2x + 3 = 7$ and $10^6$, $n$th and $3.50$.")] == [
        "2x + 3 = 7",
        "10^6",
        "n",
        "3.50",
    ]


def test_markers_round_trip_and_other_tooltips_are_not_formulas() -> None:
    for formula in (Formula("x^2", False, "$"), Formula("a \\\\ b", True, "\\[")):
        assert parse_marker(formula.marker) == formula
    assert parse_marker("$x$") is None  # a link title a model wrote, without the separator
    assert parse_marker("") is None
    assert not_math("SRC/", "F") and not not_math("SRC/", " ")


def test_hostile_source_stays_escaped_in_the_marker_and_the_text() -> None:
    out = R.render('$a"><img src=x>$').html
    assert "<img" not in out and "&quot;&gt;&lt;img" in out


def test_only_text_with_a_formula_s_delimiter_is_searched_for_formulas() -> None:
    from chatdesk.core.math_markup import may_hold_math

    for text in ("the sum $x+y$ here", "inline \\(a^2\\)", "display \\[\\int f\\]", "$$x$$"):
        assert may_hold_math(text), text
    for text in ("| cell 1 | cell 2 |\n|---|---|", "plain words (and brackets [1])", ""):
        assert not may_hold_math(text), text
