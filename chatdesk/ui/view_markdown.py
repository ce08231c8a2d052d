"""Markdown into the conversation view's document, one chunk at a time.

A message, or a finished part of a streaming reply, is rendered once and inserted at its
cursor. Its code blocks become copyable by key (what their Copy links name) and are
coloured later, off the UI thread; its formulas are typeset. A streaming reply's
unfinished tail (chunk "t") is rendered again on the next repaint, so its formulas stay
source until its block is finished.

The view owns one ``MarkdownChunks`` and keeps the code blocks' sources, the render counts
and its colour and math helpers; this object holds only the renderer, and works on the
view's state and document. Text-format classes are reached through ``QtGui.`` when first
used, keeping their set-up out of start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui

from chatdesk.core.markdown import COPY_SCHEME, MarkdownRenderer, Theme
from chatdesk.ui.theme import tokens

if TYPE_CHECKING:
    from chatdesk.ui.conversation_view import ConversationView


class MarkdownChunks:
    def __init__(self, view: ConversationView) -> None:
        self._view = view
        self._renderer: MarkdownRenderer | None = None

    def renderer(self) -> MarkdownRenderer:
        """The renderer for the current theme (made again when the theme changes)."""
        palette = tokens()
        if self._renderer is None or self._renderer.theme.palette is not palette:
            self._renderer = MarkdownRenderer(Theme(palette))
        return self._renderer

    def render(
        self, cursor: QtGui.QTextCursor, uid: str, text: str, chunk: str, headless: bool = False
    ) -> None:
        """Render Markdown at ``cursor``; its code blocks are coloured later, and its
        formulas typeset, unless it is a streaming reply's unfinished tail (chunk "t")."""
        view = self._view
        rendered = self.renderer().render(text, f"{uid}/{chunk}.", headless=headless)
        view.render_counts[uid] += 1
        cursor.beginEditBlock()  # cached formulas go in within the same layout
        if cursor.block().length() > 1:
            # Start the chunk in a fresh block: otherwise its first paragraph would join
            # the previous chunk's last block (a list item, say).
            cursor.insertBlock(QtGui.QTextBlockFormat(), QtGui.QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(rendered.html)
        if rendered.code_blocks:
            keys = [f"{uid}/{chunk}.{i}" for i in range(len(rendered.code_blocks))]
            found = self._code_starts(start, cursor.position(), set(keys))
            for key, code, language in zip(
                keys, rendered.code_blocks, rendered.languages, strict=True
            ):
                view._codes[key] = code
                if key in found:
                    self._colour(found[key], code, language)
        if chunk != "t":
            view.math.typeset_range(start, cursor.position())
        cursor.endEditBlock()

    def typeset_math(self, start: int, end: int) -> None:
        """A streamed paragraph is finished: typeset its formulas."""
        cursor = QtGui.QTextCursor(self._view.document())
        cursor.beginEditBlock()
        self._view.math.typeset_range(start, end)
        cursor.endEditBlock()

    def finish_code(self, key: str, code: str, start: int, language: str) -> None:
        """A code block that grew while streaming is complete: copyable, then coloured."""
        self._view._codes[key] = code
        self._colour(start, code, language)

    def _colour(self, start: int, code: str, language: str) -> None:
        if language and code:
            self._view.colours.colour(start, code, language, self.renderer().theme.dark)

    def _code_starts(self, start: int, end: int, keys: set[str]) -> dict[str, int]:
        """Where each code block's text begins: the block after its label's Copy link."""
        found: dict[str, int] = {}
        block = self._view.document().findBlock(start)
        while block.isValid() and block.position() <= end and len(found) < len(keys):
            it = block.begin()
            while not it.atEnd():
                href = it.fragment().charFormat().anchorHref()
                key = href.partition(":")[2]
                if href.startswith(COPY_SCHEME) and key in keys:
                    found[key] = block.next().position()
                it += 1
            block = block.next()
        return found
