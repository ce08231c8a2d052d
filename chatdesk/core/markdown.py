"""Markdown to the HTML subset Qt's rich text understands, safely, block by block.

CommonMark plus GitHub tables, task lists and strikethrough (markdown-it-py). Math
(``$…$``, ``\\(…\\)`` inline; ``$$…$$``, ``\\[…\\]`` display, centred) comes out as its
source, marked for the view to typeset (``core/math_markup``); prices and shell variables
are not math (a ``$`` after a space or before a digit does not close a formula, and
``$SRC/$FILE`` is text). Code fences come out as plain, escaped monospace text with
their language recorded: colouring them is the UI's job, off the UI thread and within a
time budget (some lexers backtrack exponentially), so rendering never runs a lexer.
Raw HTML in a reply is escaped, never interpreted; images are shown
as links and never loaded; only http(s) and mailto links are kept.

``StreamSplitter`` finds where the finished blocks of a streaming reply end, so the
view renders each finished block once and re-renders only the unfinished tail.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from chatdesk.core.i18n import tr
from chatdesk.core.math_markup import Formula, not_math
from chatdesk.core.theme_tokens import DARK, LIGHT, Palette

_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TASK_CHECKED = re.compile(r'<input class="task-list-item-checkbox" checked="checked"[^>]*>')
_TASK_OPEN = re.compile(r'<input class="task-list-item-checkbox"[^>]*>')

COPY_SCHEME = "chatdesk-copy"


@dataclass(frozen=True, init=False)
class Theme:
    """The palette rendered HTML takes its colours from."""

    palette: Palette

    def __init__(self, palette: Palette | None = None, *, dark: bool = False) -> None:
        object.__setattr__(self, "palette", palette or (DARK if dark else LIGHT))

    @property
    def dark(self) -> bool:
        return self.palette.dark

    @property
    def pygments_style(self) -> str:
        return "monokai" if self.dark else "default"


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)
    """Source of each fenced code block, in order (for the Copy links)."""
    languages: list[str] = field(default_factory=list)
    """The language named on each code block's fence ("" when none), in order."""


class MarkdownRenderer:
    """Renders Markdown for one palette; reuse it, building the parser is the costly part."""

    def __init__(self, theme: Theme | None = None) -> None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.dollarmath import dollarmath_plugin
        from mdit_py_plugins.tasklists import tasklists_plugin
        from mdit_py_plugins.texmath.index import make_block_func
        from mdit_py_plugins.texmath.index import rules as texmath_rules

        self.theme = theme or Theme()
        md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
        md.enable(["table", "strikethrough"])
        md.use(tasklists_plugin)
        # Pandoc's rule for inline $: no space inside the dollars, no digit after the
        # closing one, so "$5 and $10" stays text.
        md.use(dollarmath_plugin, double_inline=True, allow_space=False, allow_digits=False)
        dollar_rule = md.inline.ruler.__rules__[md.inline.ruler.__find__("math_inline")].fn
        md.inline.ruler.at("math_inline", partial(_dollar_math, dollar_rule))
        # \[…\] blocks from texmath; \(…\) and \[…\] inside a paragraph by our own rule:
        # texmath's copies the rest of the paragraph at every "\(", quadratic on "\(a "
        # repeated (3.6 s per render).
        for block_rule in texmath_rules["brackets"]["block"]:
            md.block.ruler.before("fence", block_rule["name"], make_block_func(block_rule))
        md.inline.ruler.before("escape", "math_inline_brackets", _bracket_math)
        md.validateLink = lambda url: bool(_SAFE_LINK.match(url.strip()))  # type: ignore[method-assign]
        rules = {
            "math_inline": self._math_inline,
            "math_inline_double": self._math_inline,
            "math_block": self._math_block,
            "math_block_label": self._math_block,
            "math_block_eqno": self._math_block,
            "fence": self._fence,
            "code_block": self._fence,
            "image": self._image,
            "code_inline": self._code_inline,
        }
        for name, rule in rules.items():
            md.add_render_rule(name, _as_rule(rule))
        self._md = md
        self._codes: list[str] = []
        self._languages: list[str] = []
        self._prefix = ""

    # -- rules (markdown-it calls them with these positional arguments) ------------------

    def _math_inline(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        markup = token.markup or "$"
        display = markup in ("$$", "\\[")
        source = token.content.strip() if display else token.content
        return math_html(self.theme, Formula(source, display, markup))

    def _math_block(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        source = token.content.strip()
        if token.type == "math_block_label" and token.info:
            source += f"\\tag{{{token.info}}}"
        return math_html(self.theme, Formula(source, True, token.markup or "$$")) + "\n"

    def _code_inline(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return (
            f'<code style="background-color:{self.theme.palette.inline_code_bg}">'
            f"{html.escape(tokens[idx].content)}</code>"
        )

    def _image(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        alt = html.escape(token.content or tr("image"))
        shown = tr("[image: {description}]").format(description=alt)
        if _SAFE_LINK.match(src):
            return f'<a href="{html.escape(src)}">{shown}</a>'
        return shown

    def _fence(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        code = token.content
        language = (token.info or "").strip().split(" ")[0]
        index = len(self._codes)
        self._codes.append(code.rstrip("\n"))
        self._languages.append(language)
        return code_block_html(self.theme, language, f"{self._prefix}{index}", code)

    # -- API -------------------------------------------------------------------------

    def render_inline(self, text: str) -> str:
        """HTML for part of a paragraph (no block markup), for a paragraph still growing."""
        return str(self._md.renderInline(text))

    def render(self, text: str, code_id_prefix: str = "", *, headless: bool = False) -> Rendered:
        """HTML for ``text``; code blocks get Copy links ``chatdesk-copy:<prefix><n>``.

        ``headless``: ``text`` is a later part of a table, given its header rows only so that
        it parses as one; the rendered table leaves them out (taking the row out of the
        document afterwards cost a second layout of the part)."""
        self._codes = []
        self._languages = []
        self._prefix = code_id_prefix
        out = self._md.render(text)
        out = _TASK_CHECKED.sub("☑", out)
        out = _TASK_OPEN.sub("☐", out)
        border = self.theme.palette.border
        out = out.replace(
            "<table>\n<thead>",
            f'<table border="1" cellspacing="0" cellpadding="4" '
            f'style="border-color:{border}; border-collapse: collapse">\n<thead>',
        )
        if headless and out.startswith("<table") and "<tbody>" in out:
            # The markup is the parser's own here: a cell's text is escaped.
            start, end = out.index("<thead>"), out.index("</thead>") + len("</thead>")
            out = out[:start] + out[end:]
        return Rendered(out, self._codes, self._languages)


def math_html(theme: Theme, formula: Formula) -> str:
    """A formula as its source, marked for the view to typeset: inline as a code span,
    display centred on a line of its own (a ``div`` also ends a paragraph it sits in)."""
    palette = theme.palette
    marker = html.escape(formula.marker, quote=True)
    if not formula.display:
        return (
            f'<code title="{marker}" style="background-color:{palette.inline_code_bg}; '
            f'color:{palette.math}">{html.escape(formula.source)}</code>'
        )
    lines = "<br>".join(html.escape(line) for line in formula.source.split("\n"))
    return (
        '<div align="center" style="margin-top:4px; margin-bottom:4px">'
        f'<code title="{marker}" style="color:{palette.math}">{lines or " "}</code></div>'
    )


def code_label_html(theme: Theme, language: str, copy_id: str) -> str:
    """The line above a code block: its language and its Copy link."""
    #: Above a code block whose language is not named.
    label = html.escape(language or tr("code"))
    #: The link above a code block that copies the code.
    copy = html.escape(tr("Copy"))
    return (
        f'<small style="color:{theme.palette.muted}">&nbsp;{label}</small>&nbsp;&nbsp;'
        f'<a href="{COPY_SCHEME}:{html.escape(copy_id)}"><small>{copy}</small></a>'
    )


def code_block_html(theme: Theme, language: str, copy_id: str, code: str) -> str:
    """A code block: a label line with its Copy link, then the code as plain monospace.

    Plain blocks with a background, not a table: Qt lays a table out again whole on every
    change, blocks one at a time, so a growing or colouring block costs what changed. The
    streaming view builds the same block and appends to it, so it looks the same as it
    grows and after."""
    return (
        f'<p style="margin-top:6px; margin-bottom:0">{code_label_html(theme, language, copy_id)}'
        "</p>\n"
        f'<pre style="background-color:{theme.palette.code_bg}; margin-top:0; margin-bottom:0; '
        f'white-space: pre-wrap">{html.escape(code.rstrip(chr(10))) or " "}</pre>\n'
    )


_BRACKETS = {"\\(": "\\)", "\\[": "\\]"}


def _bracket_math(state: Any, silent: bool) -> bool:
    """``\\(…\\)`` and ``\\[…\\]`` inside a paragraph, linear over it: the next closing
    delimiter is looked up once and reused by every opening before it (kept in the
    parse's env)."""
    src, pos = state.src, state.pos
    opening = src[pos : pos + 2]
    closing = _BRACKETS.get(opening)
    if closing is None or (opening == "\\[" and pos > 0 and not src[pos - 1].isspace()):
        return False  # "array\\[0\\]" is an escaped bracket in prose, not display math
    key = f"_chatdesk_close{opening}"
    entry = state.env.get(key)
    if entry is None or entry[0] is not src:  # a new paragraph
        entry = state.env[key] = [src, -2]
    close = entry[1]
    if close != -1 and close < pos + 2:
        close = entry[1] = src.find(closing, pos + 2)
    if close == -1 or not src[pos + 2 : close].strip():
        return False
    if not silent:
        token = state.push("math_inline", "math", 0)
        token.content = src[pos + 2 : close]
        token.markup = opening
    state.pos = close + 2
    return True


def _dollar_math(rule: Any, state: Any, silent: bool) -> bool:
    """The dollar rule, refusing what pairs up as math but is not: shell variables
    (``$SRC/$FILE``) and prices around prose (``$10 a month, or `$HOME`…$``). Refused,
    the ``$`` is plain text and parsing goes on from it (a code span after it still is one)."""
    start = state.pos
    if not rule(state, True):
        return False
    end, state.pos = state.pos, start
    if not state.src.startswith("$$", start) and not_math(
        state.src[start + 1 : end - 1], state.src[end : end + 1]
    ):
        return False
    return bool(rule(state, silent))


def _as_rule(method: Any) -> Any:
    """markdown-it binds rules to its renderer; route the call to our bound method."""

    def rule(_renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return str(method(tokens, idx, options, env))

    return rule


class StreamSplitter:
    """Tracks where the finished blocks of a growing Markdown text end.

    A block is finished at a blank line outside a code fence, or at a closing fence; an
    unindented opening fence also ends the block before it (a fence interrupts a
    paragraph), so a growing code block can be shown on its own. ``feed`` scans only the
    lines added since the last call, so its cost follows the new text, not the whole reply.
    """

    def __init__(self) -> None:
        self._scanned = 0
        self._fence: str | None = None
        self.stable = 0
        """Length of the prefix made of finished blocks."""
        self.points: list[int] = []
        """Every block boundary found so far, ascending."""
        self.open_fence: tuple[int, int] | None = None
        """(start of the fence line, start of the code) of an open unindented fence."""
        self.closed: dict[int, tuple[int, int]] = {}
        """Unindented fences by the start of their line: (end of the code, end of the fence)."""

    def _mark(self, point: int) -> None:
        if point > self.stable:
            self.stable = point
            self.points.append(point)

    def feed(self, text: str) -> int:
        while True:
            newline = text.find("\n", self._scanned)
            if newline == -1:
                return self.stable
            start, line = self._scanned, text[self._scanned : newline]
            self._scanned = newline + 1
            match = _FENCE.match(line)
            if self._fence is None:
                if match:
                    self._fence = match.group(1)
                    if not line.startswith(" "):
                        self._mark(start)
                        self.open_fence = (start, self._scanned)
                elif not line.strip():
                    self._mark(self._scanned)
            elif (
                match
                and match.group(1)[0] == self._fence[0]
                and len(match.group(1)) >= len(self._fence)
                and not line.strip()[len(match.group(1)) :].strip()
            ):
                self._fence = None
                if self.open_fence is not None:
                    self.closed[self.open_fence[0]] = (start, self._scanned)
                    self.open_fence = None
                self._mark(self._scanned)


_BLOCK_START = re.compile(
    r"^(?: {0,3}(?:[#>|]|[*+-](?:\s|$)|\d{1,9}[.)](?:\s|$)|`{3,}|~{3,}|\$\$|\\\["
    r"|(?:[-*_=]\s*){3,}$)| {4})"
)
_SENTENCE_END = ".!?:;"


def starts_block(line: str) -> bool:
    """Whether a line could begin (or, as a setext underline, turn into) another block."""
    return bool(_BLOCK_START.match(line))


def utf16_len(text: str) -> int:
    """Length as Qt counts it: a character outside the BMP is two."""
    return len(text.encode("utf-16-le")) // 2


_PAIRED = frozenset("`$*_~")
_CLOSES = {"]": "[", ")": "("}


def inline_cut(text: str, low: int, high: int) -> int | None:
    """The last place in ``text[low:high]`` where a paragraph can be split in two without
    changing how either part renders: after a sentence, with no code span, math, link or
    emphasis open. ``None`` when there is none. One pass, linear in ``high``."""
    odd: set[str] = set()  # delimiters seen an odd number of times so far
    depth = {"[": 0, "(": 0, "\\": 0}  # open brackets, parentheses and \( \[ math
    best: int | None = None
    i, end = 0, min(high, len(text))
    while i < end:
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            depth["\\"] += 1 if nxt in "([" else -1 if nxt in ")]" else 0
            i += 2
            continue
        if ch in _PAIRED:  # a run (``**``, a code fence of backticks) opens or closes once
            odd ^= {ch}
            while i + 1 < end and text[i + 1] == ch:
                i += 1
        elif ch in "[(":
            depth[ch] += 1
        elif ch in _CLOSES:
            depth[_CLOSES[ch]] -= 1
        elif (
            ch in " \n"
            and low <= i
            and i > 0
            and text[i - 1] in _SENTENCE_END
            and not odd
            and not any(depth.values())
        ):
            best = i + 1
        i += 1
    return best
