"""Markdown rendering: what a user sees, and what must never get through."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chatdesk.core.markdown import MarkdownRenderer, StreamSplitter, Theme
from tests.support.budget import within

R = MarkdownRenderer()


def test_tables_tasks_strikethrough_headings_quotes() -> None:
    out = R.render(
        "# Title\n\n> quoted\n\n- [x] done\n- [ ] todo\n\n~~gone~~\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |"
    ).html
    assert "<h1>Title</h1>" in out
    assert "<blockquote>" in out
    assert "☑ done" in out and "☐ todo" in out
    assert "<s>gone</s>" in out
    assert '<table border="1"' in out and "<th>a</th>" in out and "<td>2</td>" in out


def test_code_blocks_are_plain_labelled_and_copyable() -> None:
    """No lexer runs while rendering (some backtrack for seconds): code is escaped text,
    and its language is recorded for the UI to colour off the UI thread."""
    rendered = R.render("```python\ndef f(x):\n    return x < 1\n```\n\n```\nplain\n```", "m1/")
    assert rendered.code_blocks == ["def f(x):\n    return x < 1", "plain"]
    assert rendered.languages == ["python", ""]
    assert "def f(x):\n    return x &lt; 1</pre>" in rendered.html
    assert "<span" not in rendered.html
    assert "&nbsp;python</small>" in rendered.html and "&nbsp;code</small>" in rendered.html
    assert (
        'href="chatdesk-copy:m1/0"' in rendered.html
        and 'href="chatdesk-copy:m1/1"' in rendered.html
    )
    assert "white-space: pre-wrap" in rendered.html


def test_dark_palette_uses_a_dark_code_style() -> None:
    dark = MarkdownRenderer(Theme(dark=True)).render("```python\nx = 1\n```").html
    assert "#1a1a1a" in dark and "#eaeef2" not in dark


def test_math_is_shown_as_marked_source_until_typeset() -> None:
    """The view typesets formulas later; rendering shows each as its source, marked."""
    out = R.render("Inline $a^2$ and \\(b_1\\)\n\n$$\\int x\\,dx$$").html
    assert "<code" in out and "a^2" in out and "b_1" in out
    assert '<div align="center"' in out and "\\int x\\,dx</code>" in out
    assert out.count('title="\u2063') == 3


def test_hostile_html_is_text_and_unsafe_links_and_images_are_neutered() -> None:
    out = R.render(
        '<script>alert(1)</script>\n\n<img src="http://evil/x.png" onerror="x()">\n\n'
        "[click](javascript:alert(1)) [ok](https://example.com) ![pic](http://evil/p.png)"
    ).html
    assert "<script" not in out and "&lt;script&gt;" in out
    assert "<img" not in out
    assert "javascript:" not in out.replace("[click](javascript:alert(1))", "")
    assert '<a href="https://example.com">ok</a>' in out
    assert '<a href="http://evil/p.png">[image: pic]</a>' in out


def test_splitter_marks_finished_blocks_only() -> None:
    s = StreamSplitter()
    text = "para\n\n```py\nx\n\ny\n"
    assert text[: s.feed(text)] == "para\n\n"  # the open fence is not finished
    text += "```\nmore"
    assert text[: s.feed(text)] == "para\n\n```py\nx\n\ny\n```\n"


@given(st.text(alphabet="ab`~ \n#-", max_size=80), st.lists(st.integers(1, 80), max_size=8))
def test_splitter_gives_the_same_boundary_however_the_text_grows(
    text: str, cuts: list[int]
) -> None:
    whole = StreamSplitter().feed(text)
    piecewise = StreamSplitter()
    for cut in sorted(cuts):
        piecewise.feed(text[:cut])
    assert piecewise.feed(text) == whole


def test_a_paragraph_is_cut_only_where_no_inline_markup_is_open() -> None:
    from chatdesk.core.markdown import inline_cut

    text = "One **two. three** four. Five `six. seven` eight. [a. b](u) c. \\(x. y\\) z. end"
    cuts = [i for i in range(len(text)) if inline_cut(text, i, i + 1) == i + 1]
    assert [text[:c].split()[-1] for c in cuts] == ["four.", "eight.", "c.", "z."]
    assert inline_cut("No sentence end here", 0, 99) is None


def test_many_unclosed_inline_math_openings_render_in_linear_time() -> None:
    """``\\(`` opened 20,000 times and never closed: each opening used to rescan the rest
    of the text for its closing, ~3.6 s per render (and a render runs per repaint)."""
    text = "\\(a " * 20000
    rendered = within(1.5, lambda: R.render(text))
    assert rendered.html.count("(a") == 20000  # shown as the text it is, not as math
