"""How one message is laid out in the conversation pane: its frame, header, reasoning,
attachments, tool calls and tool results, and status note.

Everything a server or a file said goes in as plain text (``insertText``) or through the
Markdown renderer, which escapes it; tool results are never rich text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize

from chatdesk.core.attachments import IMAGE, MAX_IMAGE_PIXELS, Attachment, image_mime, image_size
from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.messages import MessageSnapshot, MessageStatus, Role
from chatdesk.core.tools import CallState
from chatdesk.ui.background import run_in_background
from chatdesk.ui.theme import tokens

ACTION_SCHEME = "chatdesk-action"
#: A tool result shows this much until "Show all"; expanded, at most ``RESULT_SHOWN``.
RESULT_PREVIEW = 240
RESULT_SHOWN = 64 * 1024

#: The note under a message that did not end well (English, marked for translation:
#: ``tr`` it when shown).
STATUS_NOTES = {
    MessageStatus.STOPPED: noop("■ Stopped"),
    MessageStatus.INCOMPLETE: noop("⚠ Incomplete: the reply was cut off"),
    MessageStatus.ERROR: noop("⚠ Failed"),
}
#: The links in a message's header, by verb (English, marked: ``tr`` them when shown).
LINK_LABELS = {
    "copy": noop("Copy"),
    "edit": noop("Edit"),
    "delete": noop("Delete"),
    "prompt": noop("Save as prompt"),
}

THUMBNAIL = QSize(240, 160)
"""The box an attached image is shown in, in device-independent pixels."""


def state_word(state: CallState) -> str:
    """How a tool call ended, in words ("done", "denied")."""
    if state is CallState.DONE:
        return tr("done", "tool call state")
    if state is CallState.ERROR:
        return tr("error", "tool call state")
    if state is CallState.DENIED:
        return tr("denied", "tool call state")
    if state is CallState.CANCELLED:
        return tr("cancelled", "tool call state")
    return str(state)


def _buffer(data: bytes) -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _image_size(data: bytes) -> QSize:
    """The size an image says it has, from its header alone (invalid if unreadable).

    Parsed in Python, never with a QImageReader on the UI thread: a thumbnail decoding on
    a pool thread holds Qt's image-plugin lock while it waits for the GIL (to look for
    Python overrides on the buffer), so a UI thread waiting on that lock deadlocks."""
    mime = image_mime(data)
    dims = image_size(data, mime) if mime else None
    return QSize(*dims) if dims else QSize()


def _thumbnail(data: bytes, size: QSize) -> QtGui.QImage:
    """Decode straight to ``size``: a 12-megapixel photo costs 0.5 MB in the view, not 45.

    Runs on a pool thread: QImage and QImageReader are reentrant, nothing here is a widget."""
    reader = QtGui.QImageReader(buffer := _buffer(data))
    reader.setScaledSize(size)
    image = reader.read()
    buffer.close()
    return image


class Blocks:
    """Lays out messages for one view: its font, what the user expanded, and where
    decoded thumbnails go."""

    def __init__(
        self,
        font: Callable[[], QtGui.QFont],
        show_image: Callable[[str, QtGui.QImage], None],
        pixel_ratio: Callable[[], float],
    ) -> None:
        self._font = font
        self._show_image = show_image
        self._pixel_ratio = pixel_ratio
        self.expanded_reasoning: set[str] = set()
        self.expanded_tools: set[str] = set()
        self.tool_progress: dict[str, str] = {}
        """A running tool call's last progress report (call id -> text, "" before the
        first), shown in its row with "running…"."""

    def frame_format(self, role: Role) -> QtGui.QTextFrameFormat:
        fmt = QtGui.QTextFrameFormat()
        fmt.setPadding(10)
        fmt.setBorder(0)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
        palette = tokens()
        # The user's bubble is set off towards the end of the line, the reply's start
        # stays flush: mirrored when the window runs right to left (Arabic).
        user = role is Role.USER
        fmt.setBackground(QtGui.QColor(palette.user_bubble if user else palette.assistant_bubble))
        indent, flush = (60, 0) if user else (0, 30)
        if QtGui.QGuiApplication.isRightToLeft():
            indent, flush = flush, indent
        fmt.setLeftMargin(indent)
        fmt.setRightMargin(flush)
        return fmt

    def label_format(self, role: Role) -> QtGui.QTextCharFormat:
        fmt = QtGui.QTextCharFormat()
        fmt.setFontWeight(QtGui.QFont.Weight.Bold)
        palette = tokens()
        fmt.setForeground(
            QtGui.QColor(palette.user_label if role is Role.USER else palette.assistant_label)
        )
        return fmt

    def note_format(self) -> QtGui.QTextCharFormat:
        fmt = QtGui.QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(QtGui.QColor(tokens().warning))
        return fmt

    def link_format(self, href: str) -> QtGui.QTextCharFormat:
        fmt = QtGui.QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setForeground(QtGui.QColor(tokens().muted))
        fmt.setFontPointSize(max(7.0, self._font().pointSizeF() * 0.85))
        return fmt

    def header(self, cursor: QtGui.QTextCursor, msg: MessageSnapshot) -> None:
        cursor.insertText(
            tr("You") if msg.role is Role.USER else tr("Assistant"), self.label_format(msg.role)
        )
        plain = QtGui.QTextCharFormat()
        if msg.branch is not None:
            pos, count = msg.branch
            cursor.insertText("   ", plain)
            cursor.insertText("‹", self.link_format(f"{ACTION_SCHEME}:prev:{msg.uid}"))
            cursor.insertText(f" {number(pos)}/{number(count)} ", plain)
            cursor.insertText("›", self.link_format(f"{ACTION_SCHEME}:next:{msg.uid}"))
        verbs = ["copy", "edit", "delete"] if msg.role is Role.USER else ["copy", "delete"]
        if msg.role is not Role.TOOL:
            verbs.append("prompt")  # save the message in the prompt library
        for verb in verbs:
            label = tr(LINK_LABELS[verb])
            cursor.insertText("   ", plain)
            cursor.insertText(label, self.link_format(f"{ACTION_SCHEME}:{verb}:{msg.uid}"))
        cursor.insertBlock()
        cursor.setCharFormat(plain)

    def reasoning_block(self, cursor: QtGui.QTextCursor, msg: MessageSnapshot) -> None:
        """A "Reasoning" link, collapsed by default; expanded, the thinking in grey below it."""
        expanded = msg.uid in self.expanded_reasoning
        words = len(msg.reasoning.split())
        label = tr("Reasoning ({count} words)", "", words).format(count=number(words))
        label = f"{'▾' if expanded else '▸'} {label}"
        cursor.insertText(label, self.link_format(f"{ACTION_SCHEME}:reasoning:{msg.uid}"))
        cursor.insertBlock()
        if expanded:
            fmt = QtGui.QTextCharFormat()
            fmt.setFontItalic(True)
            fmt.setForeground(QtGui.QColor(tokens().muted))
            cursor.insertText(msg.reasoning.strip(), fmt)
            cursor.insertBlock()
        cursor.setCharFormat(QtGui.QTextCharFormat())

    def attachments(
        self, cursor: QtGui.QTextCursor, uid: str, attachments: tuple[Attachment, ...]
    ) -> None:
        """Thumbnails of attached images and the names of attached files.

        Only the image header is read here; the pixels are decoded off the UI thread
        (a 20 MB PNG takes a tenth of a second) and painted when they arrive."""
        for index, attachment in enumerate(attachments):
            cursor.insertBlock()
            size = _image_size(attachment.data) if attachment.kind == IMAGE else QSize()
            if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
                size = QSize()  # a stored or imported giant: named, never decoded
            if size.isValid():
                name = f"attachment://{uid}/{index}"
                # ``Qt`` here, not at the top: its enums cost ~17 ms before the first paint.
                from PySide6.QtCore import Qt

                shown = size.scaled(THUMBNAIL.boundedTo(size), Qt.AspectRatioMode.KeepAspectRatio)
                fmt = QtGui.QTextImageFormat()
                fmt.setName(name)
                fmt.setWidth(shown.width())
                fmt.setHeight(shown.height())
                cursor.insertImage(fmt)
                run_in_background(
                    partial(_thumbnail, attachment.data, shown * self._pixel_ratio()),
                    partial(self._show_image, name),
                )
                continue
            label = QtGui.QTextCharFormat()
            label.setForeground(QtGui.QColor(tokens().muted))
            cursor.insertText(f"▤ {attachment.name}", label)

    def tool_calls(self, cursor: QtGui.QTextCursor, msg: MessageSnapshot) -> None:
        """The calls a reply asked for: ``server · tool`` and its arguments, shortened."""
        fmt = QtGui.QTextCharFormat()
        fmt.setForeground(QtGui.QColor(tokens().muted))
        for call in msg.tool_calls:
            cursor.insertBlock()
            server, _, tool = call.name.partition("__")
            arguments = " ".join(call.arguments.split())
            if len(arguments) > 160:
                arguments = arguments[:160] + "…"
            cursor.insertText(f"⚙ {server} · {tool or server}  {arguments}", fmt)
            progress = self.tool_progress.get(call.id)
            if progress is not None:  # running: until its result arrives
                working = QtGui.QTextCharFormat(fmt)
                working.setFontItalic(True)
                cursor.insertText(" · " + tr("running…", "tool call state"), working)
                if progress:
                    cursor.insertText(f"  ▸ {progress}", working)

    def tool_result(self, cursor: QtGui.QTextCursor, msg: MessageSnapshot) -> None:
        """A compact row: server · tool · state · duration, then the result as plain text,
        shortened until "Show all"."""
        run = msg.tool_run
        palette = tokens()
        state = run.state if run is not None else CallState.ERROR
        bold = QtGui.QTextCharFormat()
        bold.setFontWeight(QtGui.QFont.Weight.Bold)
        colour = palette.error if state in (CallState.ERROR, CallState.CANCELLED) else palette.muted
        bold.setForeground(QtGui.QColor(colour))
        what = f"{run.server} · {run.tool}" if run is not None else tr("tool")
        took = ""
        if run is not None and run.duration_ms:
            took = " · " + tr("{duration} ms").format(duration=number(run.duration_ms))
        cursor.insertText(f"⚙ {what} · {state_word(state)}{took}", bold)
        text = msg.text
        expanded = msg.uid in self.expanded_tools
        if len(text) > RESULT_PREVIEW:
            if expanded:
                label = tr("Show less")
            else:
                label = tr("Show all ({count} characters)", "", len(text)).format(
                    count=number(len(text))
                )
            cursor.insertText("   ", QtGui.QTextCharFormat())
            cursor.insertText(label, self.link_format(f"{ACTION_SCHEME}:tool:{msg.uid}"))
        cursor.insertBlock()
        shown = text[:RESULT_SHOWN] if expanded else text[:RESULT_PREVIEW]
        if len(text) > len(shown):
            shown = shown.rstrip() + "…"
        mono = QtGui.QTextCharFormat()
        mono.setFontFamilies(["monospace"])
        mono.setFontFixedPitch(True)
        cursor.insertText(_pretty(shown) if expanded else shown, mono)


def _pretty(text: str) -> str:
    """A JSON result indented for reading; anything else as it came."""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text
