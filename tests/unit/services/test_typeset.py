"""The typesetter: real model output typesets; what it cannot do is said, never half-drawn."""

from __future__ import annotations

import pytest

from chatdesk.services import typeset
from chatdesk.services.typeset import Typeset, Typesetter, Unsupported, prepare

# As chat models write them: ChatGPT, GPT-4o, Qwen and Llama replies (see
# tests/unit/core/test_math_markup.py for where the longer ones come from).
WELL_FORMED = {
    "fraction": r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
    "sum": r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}",
    "integral": r"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}",
    "greek": r"\alpha + \beta = \gamma, \quad \Delta \Omega \theta \lambda \mu \sigma \phi",
    "pmatrix": r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
    "bmatrix": (
        r"R = \begin{bmatrix} \cos\theta & -\sin\theta \\"
        r" \sin\theta & \cos\theta \end{bmatrix}"
    ),
    "vmatrix": r"\det(A) = \begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc",
    "aligned": r"\begin{aligned} f(x) &= (x+1)^2 \\ &= x^2 + 2x + 1 \end{aligned}",
    "aligned text": (
        r"\begin{aligned} \text{Predict:} & x_{k} = f(x_{k-1}) + w_k \\"
        r" \text{Update:} & y_{k} = h(x_{k}) + v_k \end{aligned}"
    ),
    "text": r"\text{ord}(a) = \min\{n \in \mathbb{Z}^+ : a^n = e \}",
    "cases": r"f(x) = \begin{cases} x^2 & \text{if } x \ge 0 \\ -x & \text{otherwise} \end{cases}",
    "left right": r"A = P \left(1 + \frac{r}{n}\right)^{nt}",
    "boxed": r"\boxed{x = 3}",
    "numbered align": r"\begin{align} a &= b \\ c &= d \end{align}",
    "gathered": r"\begin{gathered} a = b \\ c = d \end{gathered}",
    "equation": r"\begin{equation} E = mc^2 \label{eq:e} \end{equation}",
    "tag": r"E = mc^2 \tag{1}",
}
UNSUPPORTED = {
    r"\unknowncommand{x} + 1": "\\unknowncommand is not supported",
    r"\frac{1}{2": "a brace is never closed",
    r"x}": "a closing brace without an opening one",
    r"\begin{tikzcd} A \arrow[r] & B \end{tikzcd}": "the tikzcd environment is not supported",
    r"\begin{pmatrix} 1 & 2": "\\begin{pmatrix} is never ended",
    r"a & b": "& outside an environment that aligns",
    r"x^": "missing super script or subscript error",
}


@pytest.mark.parametrize("name", list(WELL_FORMED))
def test_real_model_output_typesets(name: str) -> None:
    result = typeset.typeset(WELL_FORMED[name], True, 16.0, "#202020")
    assert isinstance(result, Typeset), result
    assert result.width > 0 and result.ascent > 0 and result.descent >= 0
    assert result.svg.startswith("<svg") and 'fill="#202020"' in result.svg
    assert "<symbol" not in result.svg  # Qt's SVG renderer draws paths, not symbols


@pytest.mark.parametrize("source", list(UNSUPPORTED))
def test_what_cannot_be_typeset_says_why(source: str) -> None:
    result = typeset.typeset(source, False, 16.0, "#202020")
    assert result == Unsupported(UNSUPPORTED[source])


def test_inline_and_display_differ_and_size_scales() -> None:
    inline = typeset.typeset(r"\sum_{i=1}^n i", False, 16.0, "#000000")
    display = typeset.typeset(r"\sum_{i=1}^n i", True, 16.0, "#000000")
    big = typeset.typeset(r"\sum_{i=1}^n i", True, 32.0, "#000000")
    assert isinstance(inline, Typeset) and isinstance(display, Typeset)
    assert isinstance(big, Typeset)
    assert display.ascent + display.descent > inline.ascent + inline.descent
    assert big.width == pytest.approx(2 * display.width, rel=0.05)


def test_prepare_renames_numbered_environments_and_keeps_tags_readable() -> None:
    assert prepare(r"\begin{align} a \end{align}") == r"\begin{align*} a \end{align*}"
    assert prepare(r"\begin{gather} a \end{gather}") == r"\begin{array}{c} a \end{array}"
    assert prepare(r"x \tag{2}") == r"x \qquad\text{(2)}"
    with pytest.raises(ValueError, match="longer than"):
        prepare("x" * (typeset.MAX_SOURCE + 1))


def test_the_child_process_answers_and_a_slow_formula_is_cut_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setter = Typesetter()
    try:
        answer = setter.typeset(r"\frac{a}{b}", False, 16.0, "#000000")
        assert isinstance(answer, Typeset)
        assert isinstance(setter.typeset(r"\nope", False, 16.0, "#000000"), Unsupported)
        monkeypatch.setattr(typeset, "BUDGET_S", 0.0)  # any formula now overruns
        assert setter.typeset("x", False, 16.0, "#000000") == Unsupported(
            "typesetting took too long"
        )
        assert setter.restarts == 1
        monkeypatch.setattr(typeset, "BUDGET_S", 5.0)
        assert isinstance(setter.typeset("y", False, 16.0, "#000000"), Typeset)  # a new child
    finally:
        setter.close()
