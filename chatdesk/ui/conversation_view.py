"""The conversation pane: one framed block per message, appended to, never rebuilt.

Assistant messages render as Markdown (``view_markdown``). While a reply streams, its
finished blocks are rendered once and only the unfinished tail is re-rendered per repaint,
so a repaint costs what changed, not the whole reply or the whole conversation. A long
conversation opens with only its latest messages built; older ones are added in pages as
the user scrolls up (or jumps to one), so opening costs the same at 50 messages or 5,000
(``view_pages``).

Formulas show as their source until their block is finished, then as typeset images
(``math_text``, ``math_images``): copying a selection gives their LaTeX back, and
hovering one shows it. They are typeset again when the text size, the palette or the
pixel ratio changes (``view_math``).

Text-format classes are reached through ``QtGui.`` when first used, keeping their
set-up out of start-up.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QMimeData, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QToolButton, QToolTip, QWidget

from chatdesk.core.i18n import tr
from chatdesk.core.markdown import COPY_SCHEME, MarkdownRenderer
from chatdesk.core.messages import MessageSnapshot, MessageStatus, Role
from chatdesk.ui.bottom_anchor import BottomAnchor
from chatdesk.ui.changes import MessageVerb
from chatdesk.ui.code_colours import CodeColours
from chatdesk.ui.live_reply import LiveReply
from chatdesk.ui.math_images import MathImages
from chatdesk.ui.math_text import MathText
from chatdesk.ui.message_blocks import ACTION_SCHEME, STATUS_NOTES, Blocks
from chatdesk.ui.plain_text import open_outside
from chatdesk.ui.theme import tokens
from chatdesk.ui.view_markdown import MarkdownChunks
from chatdesk.ui.view_math import RestyleWatch
from chatdesk.ui.view_pages import KEEP_ABOVE as KEEP_ABOVE
from chatdesk.ui.view_pages import PAGE, Pages

_KEEP = QtGui.QTextCursor.MoveMode.KeepAnchor


class ConversationView(QTextBrowser):
    older_wanted = Signal()  # scrolled to the top and older messages are still in the history
    action_requested = Signal(object, str)  # MessageVerb, message uid
    copy_requested = Signal(str)  # text to put on the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._on_anchor)
        self._frames: list[QtGui.QTextFrame] = []
        self._uids: list[str] = []
        self._shown: list[MessageSnapshot] = []
        """What each built message was built from, to build it again once unbuilt."""
        self.pages = Pages(self)
        """The messages not built, and building and unbuilding them as the user scrolls."""
        self._codes: dict[str, str] = {}
        self.blocks = Blocks(self.font, self._show_image, self.devicePixelRatioF)
        self._marker: QtGui.QTextCursor | None = None
        self._stream: LiveReply | None = None
        self.colours = CodeColours(self)
        self.math = MathText(self, MathImages(self), self._math_replaced)
        self.restyle = RestyleWatch(self, self.math.refresh)  # formulas follow size and theme
        self.chunks = MarkdownChunks(self)
        self.render_counts: Counter[str] = Counter()
        """Markdown renders per message uid (tests check streaming leaves others alone)."""
        self.latest_button = QToolButton(self)
        self.latest_button.setObjectName("jumpToLatest")
        self.latest_button.setText(tr("↓ Latest"))
        self.latest_button.setToolTip(tr("Jump to the latest message"))
        self.latest_button.clicked.connect(self.scroll_to_bottom)
        self.latest_button.hide()
        self.anchor = BottomAnchor(self.verticalScrollBar())
        self.anchor.newer_below.connect(self._show_latest_button)
        self.verticalScrollBar().valueChanged.connect(self.pages.on_scroll)

    # -- formats ---------------------------------------------------------------

    def renderer(self) -> MarkdownRenderer:
        return self.chunks.renderer()

    # -- reading ---------------------------------------------------------------------

    @property
    def message_texts(self) -> list[str]:
        """The text of each built message, in order (what a user can read and select)."""
        return [msg.text for msg in self._shown]

    @property
    def message_uids(self) -> list[str]:
        return list(self._uids)

    @property
    def shown_messages(self) -> list[MessageSnapshot]:
        """Each built message as last shown (its accessible item reads it)."""
        return list(self._shown)

    @property
    def message_frames(self) -> list[QtGui.QTextFrame]:
        """Each built message's frame, in order (where its accessible item lies)."""
        return list(self._frames)

    @property
    def built_count(self) -> int:
        return len(self._frames)

    def code_block(self, key: str) -> str | None:
        return self._codes.get(key)

    @property
    def code_keys(self) -> list[str]:
        """The keys of the code blocks a Copy link can copy (message uid / chunk.index)."""
        return list(self._codes)

    def scroll_to_bottom(self) -> None:
        """Show the end and keep following it (until the user scrolls away)."""
        self.anchor.follow()

    def _show_latest_button(self, newer_below: bool) -> None:
        if newer_below:
            self._place_latest_button()
        self.latest_button.setVisible(newer_below)

    def _place_latest_button(self) -> None:
        hint = self.latest_button.sizeHint()
        area = self.viewport().geometry()
        self.latest_button.move(area.right() - hint.width() - 12, area.bottom() - hint.height() - 8)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.latest_button.isVisible():
            self._place_latest_button()

    # -- building ------------------------------------------------------------------------

    def _show_image(self, name: str, image: QtGui.QImage) -> None:
        self.document().addResource(
            QtGui.QTextDocument.ResourceType.ImageResource, QUrl(name), image
        )
        self.viewport().update()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Only the app's own resources, added by ``_show_image``: nothing is ever read from
        a file or the network (``file:///dev/zero`` would block the UI thread for good); a
        thumbnail still being decoded paints as blank space."""
        return None

    def render_chunk(
        self, cursor: QtGui.QTextCursor, uid: str, text: str, chunk: str, headless: bool = False
    ) -> None:
        """Render Markdown at ``cursor``; its code blocks are coloured later, and its
        formulas typeset, unless it is a streaming reply's unfinished tail (chunk "t")
        (``headless``: a later part of a table, shown without its header rows)."""
        self.chunks.render(cursor, uid, text, chunk, headless)

    def typeset_math(self, start: int, end: int) -> None:
        """A streamed paragraph is finished: typeset its formulas."""
        self.chunks.typeset_math(start, end)

    def _math_replaced(self, position: int, delta: int) -> None:
        if self._stream is not None:
            self._stream.shift(position, delta)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Copying formulas gives their LaTeX, as written (plain text only: the images
        would not paste anywhere else)."""
        source = self.math.source_of(self.textCursor())
        if source is None:
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(source)
        return data

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QtGui.QHelpEvent)
            point = self.viewport().mapFromGlobal(event.globalPos())
            tip = self.math.tooltip_at(self.cursorForPosition(point).position())
            if tip is not None:  # the model wrote it: shown as plain text, never as markup
                plain = QtGui.Qt.convertFromPlainText(tip, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)
                QToolTip.showText(event.globalPos(), plain, self)
                return True
        return super().event(event)

    def finish_code(self, key: str, code: str, start: int, language: str) -> None:
        """A code block that grew while streaming is complete: copyable, then coloured."""
        self.chunks.finish_code(key, code, start, language)

    def _build(self, cursor: QtGui.QTextCursor, msg: MessageSnapshot) -> QtGui.QTextFrame:
        frame = cursor.insertFrame(self.blocks.frame_format(msg.role))
        self.blocks.header(cursor, msg)
        if msg.reasoning:
            self.blocks.reasoning_block(cursor, msg)
        if msg.role is Role.TOOL:
            self.blocks.tool_result(cursor, msg)
        elif msg.role is Role.ASSISTANT:
            self.render_chunk(cursor, msg.uid, msg.text, "m")
        else:
            cursor.insertText(msg.text, QtGui.QTextCharFormat())
        if msg.tool_calls:
            self.blocks.tool_calls(cursor, msg)
        if msg.attachments:
            self.blocks.attachments(cursor, msg.uid, msg.attachments)
        note = STATUS_NOTES.get(msg.status)
        if note:
            cursor.insertBlock()
            cursor.insertText(tr(note), self.blocks.note_format())
        return frame

    def add_message(self, msg: MessageSnapshot) -> None:
        cursor = QtGui.QTextCursor(self.document())
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        self._frames.append(self._build(cursor, msg))
        self._uids.append(msg.uid)
        self._shown.append(msg)
        if msg.role is Role.USER:
            self.scroll_to_bottom()  # the user just sent it: they want to see what follows
        self.pages.unbuild_far_above()

    def show_conversation(
        self, messages: list[MessageSnapshot], more_in_history: bool = False
    ) -> None:
        """Replace the view with a conversation, building only its latest page."""
        self.pages.show(messages, more_in_history)

    def add_older(self, messages: list[MessageSnapshot]) -> None:
        """Older messages fetched from the history; built a page at a time from here."""
        self.pages.add_older(messages)

    def load_older(self, count: int = PAGE) -> None:
        """Build the next page of older messages above the current ones, keeping the view still."""
        self.pages.load_older(count)

    def jump_to(self, uid: str) -> bool:
        """Scroll to a message (building older pages if needed) and highlight it."""
        return self.pages.jump_to(uid)

    # -- streaming ------------------------------------------------------------------------

    def start_reply(self, uid: str = "") -> None:
        self.add_message(MessageSnapshot(uid, Role.ASSISTANT, "", MessageStatus.STREAMING))
        self._stream = LiveReply(self, self._frames[-1], uid)
        self.scroll_to_bottom()  # every reply starts because the user asked for it

    def append_to_reply(self, text: str) -> None:
        stream = self._stream
        if stream is None or not self._frames:
            return
        stream.update(stream.text + text)
        self._shown[-1] = replace(self._shown[-1], text=stream.text)

    def mark_context_start(self, uid: str, left_out: int) -> None:
        """A line atop the first message still sent, when older ones no longer fit."""
        if self._marker is not None:
            self._marker.removeSelectedText()
            self._marker = None
        if not uid or uid not in self._uids:
            return
        frame = self._frames[self._uids.index(uid)]
        fmt = QtGui.QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(QtGui.QColor(tokens().warning))
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        start = cursor.position()
        cursor.insertText(
            tr(
                "⋯ The %Ln earlier message(s) no longer fit the model's context and are "
                "not sent: the context starts here.",
                "",
                left_out,
            ),
            fmt,
        )
        cursor.insertBlock(QtGui.QTextBlockFormat(), QtGui.QTextCharFormat())
        marker = QtGui.QTextCursor(self.document())
        marker.setPosition(start)
        marker.setPosition(cursor.position(), QtGui.QTextCursor.MoveMode.KeepAnchor)
        self._marker = marker  # a cursor's positions follow later edits

    def rebuild_last(self, msg: MessageSnapshot) -> None:
        """Build the last message again (once, when a reply that had reasoning ends)."""
        if self._uids and self._uids[-1] == msg.uid:
            self.remove_last_message()
            self.add_message(msg)

    def end_reply(self, status: MessageStatus) -> None:
        if self._stream is not None and self._frames:
            self._stream.update(self._stream.text, final=True)
        self._stream = None
        note = STATUS_NOTES.get(status)
        if note and self._frames:
            cursor = self._frames[-1].lastCursorPosition()
            cursor.insertBlock()
            cursor.insertText(tr(note), self.blocks.note_format())
        if self._shown:
            self._shown[-1] = replace(self._shown[-1], status=status)
        self.pages.unbuild_far_above()

    # -- editing the list ------------------------------------------------------------------------

    def remove_last_message(self) -> None:
        if not self._frames:
            return
        frame = self._frames.pop()
        self._uids.pop()
        self._shown.pop()
        self._stream = None
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.movePosition(
            QtGui.QTextCursor.MoveOperation.End, QtGui.QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()

    def clear_conversation(self) -> None:
        self.colours.reset()
        self.math.reset()
        self.clear()
        self.setExtraSelections([])
        self._frames.clear()
        self._uids.clear()
        self._shown.clear()
        self._codes.clear()
        self.pages.reset()
        self._stream = None
        self._marker = None
        self.scroll_to_bottom()

    @property
    def expanded_reasoning(self) -> set[str]:
        return self.blocks.expanded_reasoning

    def _toggle_tool(self, uid: str) -> None:
        """Show a tool result whole, or short again, built again in place."""
        if uid in self._uids:
            self.blocks.expanded_tools ^= {uid}
            self.rebuild(uid)

    def caller_of(self, call_id: str) -> str:
        """The shown reply that asked for tool call ``call_id`` ("" when not built)."""
        for msg in reversed(self._shown):
            if any(call.id == call_id for call in msg.tool_calls):
                return msg.uid
        return ""

    def rebuild(self, uid: str) -> None:
        """Build a shown message again in place (its state for the view changed)."""
        if uid not in self._uids:
            return
        index = self._uids.index(uid)
        frame = self._frames[index]
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.setPosition(frame.lastPosition() + 1, _KEEP)
        cursor.removeSelectedText()
        self._frames[index] = self._build(cursor, self._shown[index])

    # -- links -------------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == COPY_SCHEME:
            code = self._codes.get(url.path())
            if code is not None:
                self.copy_requested.emit(code)
        elif scheme == ACTION_SCHEME:
            word, _, uid = url.path().partition(":")
            verb = MessageVerb.from_link(word)  # the one place a link's word becomes a verb
            if verb is MessageVerb.TOOL:
                self._toggle_tool(uid)
            elif verb is not None:
                self.action_requested.emit(verb, uid)
        else:
            open_outside(url)  # the system browser or mail, never inside the app
