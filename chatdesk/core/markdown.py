"""Markdown to the HTML subset Qt's rich text understands, safely, block by block.

CommonMark plus GitHub tables, task lists and strikethrough (markdown-it-py), code
fences highlighted with Pygments (inline styles, per palette), math shown as set-apart
monospace source. Raw HTML in a reply is escaped, never interpreted; images are shown
as links and never loaded; only http(s) and mailto links are kept.

``StreamSplitter`` finds where the finished blocks of a streaming reply end, so the
view renders each finished block once and re-renders only the unfinished tail.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TASK_CHECKED = re.compile(r'<input class="task-list-item-checkbox" checked="checked"[^>]*>')
_TASK_OPEN = re.compile(r'<input class="task-list-item-checkbox"[^>]*>')

COPY_SCHEME = "chatdesk-copy"


@dataclass(frozen=True)
class Theme:
    dark: bool = False

    @property
    def code_bg(self) -> str:
        return "#1e1e1e" if self.dark else "#f6f8fa"

    @property
    def border(self) -> str:
        return "#444444" if self.dark else "#d0d7de"

    @property
    def muted(self) -> str:
        return "#9aa0a6" if self.dark else "#57606a"

    @property
    def inline_code_bg(self) -> str:
        return "#3a3a3a" if self.dark else "#eaeef2"

    @property
    def pygments_style(self) -> str:
        return "monokai" if self.dark else "default"


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)
    """Source of each fenced code block, in order (for the Copy links)."""


class MarkdownRenderer:
    """Renders Markdown for one palette; reuse it, building the parser is the costly part."""

    def __init__(self, theme: Theme | None = None) -> None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.dollarmath import dollarmath_plugin
        from mdit_py_plugins.tasklists import tasklists_plugin
        from mdit_py_plugins.texmath import texmath_plugin

        self.theme = theme or Theme()
        md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
        md.enable(["table", "strikethrough"])
        md.use(tasklists_plugin)
        md.use(dollarmath_plugin, double_inline=True)
        md.use(texmath_plugin, delimiters="brackets")
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
        self._prefix = ""
        self._formatter: Any = None

    # -- rules (markdown-it calls them with these positional arguments) ------------------

    def _math_inline(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        t = self.theme
        return (
            f'<code style="background-color:{t.inline_code_bg}; color:#7c4dff">'
            f"{html.escape(tokens[idx].content)}</code>"
        )

    def _math_block(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        t = self.theme
        return (
            f'<table width="100%" cellpadding="6" cellspacing="0" style="background-color:'
            f'{t.code_bg}"><tr><td><pre style="color:#7c4dff">'
            f"{html.escape(tokens[idx].content.strip())}</pre></td></tr></table>\n"
        )

    def _code_inline(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return (
            f'<code style="background-color:{self.theme.inline_code_bg}">'
            f"{html.escape(tokens[idx].content)}</code>"
        )

    def _image(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        alt = html.escape(token.content or "image")
        if _SAFE_LINK.match(src):
            return f'<a href="{html.escape(src)}">[image: {alt}]</a>'
        return f"[image: {alt}]"

    def _fence(self, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        code = token.content
        language = (token.info or "").strip().split(" ")[0]
        index = len(self._codes)
        self._codes.append(code.rstrip("\n"))
        body = self._highlight(code, language)
        t = self.theme
        label = html.escape(language) if language else "code"
        return (
            f'<table width="100%" cellpadding="6" cellspacing="0" border="0" '
            f'style="background-color:{t.code_bg}; border: 1px solid {t.border}">'
            f'<tr><td style="color:{t.muted}"><small>{label}</small>&nbsp;&nbsp;'
            f'<a href="{COPY_SCHEME}:{self._prefix}{index}"><small>Copy</small></a></td></tr>'
            f'<tr><td><pre style="white-space: pre-wrap">{body}</pre></td></tr></table>\n'
        )

    def _highlight(self, code: str, language: str) -> str:
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        if not language:
            return html.escape(code.rstrip("\n"))
        try:
            lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
        except ClassNotFound:
            return html.escape(code.rstrip("\n"))
        if self._formatter is None:
            self._formatter = HtmlFormatter(
                nowrap=True, noclasses=True, style=self.theme.pygments_style
            )
        return str(highlight(code.rstrip("\n"), lexer, self._formatter)).rstrip("\n")

    # -- API -------------------------------------------------------------------------

    def render(self, text: str, code_id_prefix: str = "") -> Rendered:
        """HTML for ``text``; code blocks get Copy links ``chatdesk-copy:<prefix><n>``."""
        self._codes = []
        self._prefix = code_id_prefix
        out = self._md.render(text)
        out = _TASK_CHECKED.sub("☑", out)
        out = _TASK_OPEN.sub("☐", out)
        out = out.replace(
            "<table>\n<thead>",
            f'<table border="1" cellspacing="0" cellpadding="4" '
            f'style="border-color:{self.theme.border}; border-collapse: collapse">\n<thead>',
        )
        return Rendered(out, self._codes)


def _as_rule(method: Any) -> Any:
    """markdown-it binds rules to its renderer; route the call to our bound method."""

    def rule(_renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return str(method(tokens, idx, options, env))

    return rule


class StreamSplitter:
    """Tracks where the finished blocks of a growing Markdown text end.

    A block is finished at a blank line outside a code fence, or at a closing fence.
    ``feed`` scans only the lines added since the last call, so its cost follows the
    new text, not the whole reply.
    """

    def __init__(self) -> None:
        self._scanned = 0
        self._fence: str | None = None
        self.stable = 0
        """Length of the prefix made of finished blocks."""

    def feed(self, text: str) -> int:
        while True:
            newline = text.find("\n", self._scanned)
            if newline == -1:
                return self.stable
            line = text[self._scanned : newline]
            self._scanned = newline + 1
            match = _FENCE.match(line)
            if self._fence is None:
                if match:
                    self._fence = match.group(1)
                elif not line.strip():
                    self.stable = self._scanned
            elif (
                match
                and match.group(1)[0] == self._fence[0]
                and len(match.group(1)) >= len(self._fence)
                and not line.strip()[len(match.group(1)) :].strip()
            ):
                self._fence = None
                self.stable = self._scanned
