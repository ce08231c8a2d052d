"""The quick-ask window: a prompt on top of everything, the answer streaming under it.

It asks through the one ``ChatController``: a question here starts a new conversation
there (follow-ups continue it), so a quick-ask conversation is a normal one, saved and
listed like any other, and "Open in chatdesk" only has to bring the main window forward,
where the same conversation is already open (mid-stream too). A second controller
would need its own copy of the settings and the key, kept in step by hand; this way
there is one owner of each. The cost: one turn at a time across both windows, so a
question asked while the main window is still receiving a reply waits (it says so).

The window renders only turns it started, and only while that conversation is the
controller's open one. Streamed text is appended as plain text (each update costs what
arrived); the finished answer is rendered once as Markdown. Esc hides the window, and a
reply still streaming goes on (and is saved).

A reply is untrusted text, here as in the main window: the answer view reads no file or
URL for an image, and a ``mailto:`` link opens with its address only.

A reply's end is announced from this window (``announcer``) once, as in the main window:
finished with its text, stopped, or failed with its error; never per token.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from chatdesk.core.i18n import noop, tr
from chatdesk.ui.changes import Changes

if TYPE_CHECKING:
    from chatdesk.core.errors import ChatError
    from chatdesk.core.markdown import MarkdownRenderer
    from chatdesk.core.messages import MessageStatus
    from chatdesk.ui.a11y_announce import Announcer
    from chatdesk.ui.controller import ChatController

TITLE = noop("chatdesk quick ask")
#: What the note says when a turn ends other than complete, by ``MessageStatus`` value (a
#: ``StrEnum``: the message model loads after this window is mapped).
_ENDINGS = {
    "stopped": noop("Stopped."),
    "incomplete": noop("The reply was cut off: Open in chatdesk to retry or continue."),
    "error": noop("The reply failed."),
}


class _Answer(QTextBrowser):
    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Nothing: a reply's ``<img src="file:///dev/zero">`` would block the UI thread for
        good, and this window shows no images of its own."""
        return None


class QuickAsk(QWidget):
    open_requested = Signal(str)
    """Continue in the main window: the uid of this window's conversation ("" when none)."""

    def __init__(
        self, controller: ChatController | None = None, *, show_first: bool = False
    ) -> None:
        """``controller`` may come later (``attach``): ``chatdesk --quick`` with nothing
        running shows this window before the controller is made. ``show_first``: map the
        window before its contents are built (Qt's text engine starts for them, ~15 ms),
        as the main window does; they are in place before its first paint."""
        flags = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.controller: ChatController | None = None
        self.setWindowTitle(tr(TITLE))
        self.setObjectName("quickAsk")
        # Closing it (or hiding it to the tray) is never the app's last window closing.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.resize(620, 420)
        if show_first:
            self._place()
            self.show()
        # Loaded once the window is mapped (``show_first``): ~3 ms of imports.
        from chatdesk.ui.a11y_announce import Announcer
        from chatdesk.ui.plain_text import PlainLabel
        from chatdesk.ui.prompt_edit import PromptEdit

        self.uid = ""
        """The conversation this window started ("" until its first question)."""
        self._asking = False  # a turn of ours is running (or about to)
        self._ended = False  # ours just ended: a question given back is ours too
        self._before = ""  # what was shown before this turn
        self._waiting = False  # Enter pressed before the settings were loaded
        self._streamed: list[str] = []
        self._question = ""
        self._shown_html = ""  # finished exchanges, rendered
        self._renderer: MarkdownRenderer | None = None
        self._codes: dict[str, str] = {}  # copy-link id -> code block source

        self.prompt = PromptEdit()
        self.prompt.setObjectName("quickPrompt")
        self.prompt.setAccessibleName(tr("Message"))
        self.prompt.setPlaceholderText(tr("Ask…  (Enter sends, Shift+Enter: new line, Esc hides)"))
        self.prompt.setFixedHeight(70)
        self.answer = _Answer()
        self.answer.setObjectName("quickAnswer")
        #: The quick-ask window's answer pane, as a screen reader names it.
        self.answer.setAccessibleName(tr("Answer"))
        self.answer.setOpenLinks(False)
        self.answer.anchorClicked.connect(self._open_link)
        # Tab: prompt, the answer's links one by one (Enter opens one), then the buttons.
        self.answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note = PlainLabel()
        self.note.setObjectName("quickNote")
        self.note.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open in chatdesk"))
        self.open_button.setObjectName("openInChatdesk")
        self.open_button.setToolTip(tr("Continue this conversation in the main window (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_in_chatdesk)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.answer, 1)
        layout.addLayout(row)
        if show_first:  # shown and laid out now, not at the next turn of the event loop
            for child in (self.prompt, self.answer, self.note, self.open_button):
                child.show()
            layout.activate()
        self.announcer: Announcer = Announcer(self.answer, self)

        QShortcut(QKeySequence("Esc"), self, self.hide)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_in_chatdesk)
        self.prompt.submitted.connect(self.ask)
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: ChatController) -> None:
        """Ask through ``controller`` from now on (a question already asked waits for it to
        be ready)."""
        self.controller = c = controller
        c.changed.connect(self._on_changed)
        c.reply_started.connect(self._on_reply_started)
        c.reply_text.connect(self._on_reply_text)
        c.turn_ended.connect(self._on_turn_ended)
        c.prompt_returned.connect(self._on_prompt_returned)
        c.error_raised.connect(self._on_error)

    # -- showing ----------------------------------------------------------------------

    def present(self) -> None:
        """Show the window with the prompt focused. Hidden and idle, it starts afresh;
        an answer still streaming here stays on screen."""
        if not self.isVisible() and not self._asking:
            self._reset()
        if not self.isVisible():
            self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.prompt.setFocus()

    def _reset(self) -> None:
        self.uid = ""
        self._ended = False
        self._shown_html = ""
        self._streamed = []
        self._codes = {}
        self.answer.clear()
        self.note.setText("")

    def _place(self) -> None:
        """Centred across the screen the pointer is on, a third of the way down."""
        from PySide6.QtGui import QCursor

        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(
            area.x() + (area.width() - self.width()) // 2,
            area.y() + max(0, (area.height() - self.height()) // 3),
        )

    # -- asking -----------------------------------------------------------------------

    def speaks(self) -> bool:
        """Whether this window announces the current turn's end and errors (the main window
        is quiet then): it is shown, and the turn is one it asked (one asked in the main
        window, in the same conversation, is the main window's to say)."""
        return self.isVisible() and self._mine() and (self._asking or self._ended)

    def _mine(self) -> bool:
        c = self.controller
        return bool(self.uid) and c is not None and c.conversation.uid == self.uid

    def ask(self) -> None:
        """Send the prompt: a new conversation, or the next turn of the one shown here."""
        text = self.prompt.toPlainText()
        if not text.strip():
            return
        c = self.controller
        if c is None or not c.ready:
            self._waiting = True
            self.note.setText(tr("Starting… your question goes as soon as chatdesk is ready."))
            return
        if c.busy:
            self.note.setText(
                tr(
                    "chatdesk is still writing a reply; Esc in its window stops it. "
                    "Press Enter again when it is done."
                )
            )
            return
        c.actions.cancel_editing()  # a message being edited there is not this question
        if not (self._mine() and self._shown_html):
            c.new_conversation()
            self._reset()
        self._asking, self._ended = True, False
        self._before = self._shown_html
        self._question = text
        self._streamed = []  # this turn's text, all its steps
        # Ours before it starts: the turn's first reply_started comes from inside send.
        before, self.uid = self.uid, c.conversation.uid
        if not c.send(text):
            self._asking, self.uid = False, before
            return
        self.uid = c.conversation.uid
        self.prompt.clear()
        self.note.setText("")

    def _on_changed(self, changes: Changes) -> None:
        """Enter pressed before the settings were read: ask once they are."""
        c = self.controller
        if Changes.READY in changes and c is not None and c.ready and self._waiting:
            self._waiting = False
            self.ask()

    def _on_reply_started(self, _uid: str) -> None:
        if not self._asking:
            self._ended = False  # a turn asked elsewhere: what ends now is not ours
        if not (self._asking and self._mine()):
            return
        if self._streamed:  # the reply after a tool step: it follows the turn's text so far
            self._on_reply_text("\n\n")
            return
        question = html.escape(self._question).replace("\n", "<br>")
        self.answer.setHtml(self._shown_html + f"<p><b>{question}</b></p><p></p>")
        self.answer.moveCursor(QTextCursor.MoveOperation.End)

    def _on_reply_text(self, text: str) -> None:
        if not (self._asking and self._mine()):
            return
        self._streamed.append(text)
        bar = self.answer.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.answer.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if following:
            bar.setValue(bar.maximum())

    def _on_turn_ended(self, status: MessageStatus) -> None:
        if not (self._asking and self._mine()):
            return
        self._asking, self._ended = False, True
        QTimer.singleShot(0, self._forget_ended)  # after the end's own signals (turn_end)
        question = html.escape(self._question).replace("\n", "<br>")
        rendered = self._render("".join(self._streamed))
        self._shown_html += f"<p><b>{question}</b></p>{rendered}"
        self.answer.setHtml(self._shown_html)
        self.answer.verticalScrollBar().setValue(self.answer.verticalScrollBar().maximum())
        ending = _ENDINGS.get(status)
        self.note.setText(tr(ending) if ending else "")
        if self.speaks():  # hidden, it is not where the user is
            shown = QTextDocumentFragment.fromHtml(rendered).toPlainText()
            self.announcer.reply_ended(status, shown)

    def _forget_ended(self) -> None:
        """The turn's end has been told: an error that comes later is not this window's."""
        self._ended = False

    def _on_prompt_returned(self, text: str) -> None:
        """Failed before the first word: the turn was taken back, the question returns."""
        if not ((self._asking or self._ended) and self._mine()):
            return
        # Still ours while the turn's end is told: its error, which follows, is said here.
        self._asking, self._ended = False, True
        QTimer.singleShot(0, self._forget_ended)
        self._shown_html = self._before
        self.answer.setHtml(self._shown_html)
        self.prompt.restore(text)

    def _on_error(self, error: ChatError) -> None:
        if self.speaks():
            self.announcer.error(error)
            self.note.setText(
                tr("{title}: {message}", "an error's title and message").format(
                    title=error.title, message=error.message
                )
            )

    def _render(self, text: str) -> str:
        if self._renderer is None:
            from chatdesk.core.markdown import MarkdownRenderer, Theme
            from chatdesk.ui.theme import tokens

            self._renderer = MarkdownRenderer(Theme(tokens()))
        prefix = f"{len(self._codes)}-"
        rendered = self._renderer.render(text, prefix)
        for index, code in enumerate(rendered.code_blocks):
            self._codes[f"{prefix}{index}"] = code
        return rendered.html

    def _open_link(self, url: QUrl) -> None:
        from chatdesk.core.markdown import COPY_SCHEME

        if url.scheme() == COPY_SCHEME:
            code = self._codes.get(url.path())
            if code is not None:
                QGuiApplication.clipboard().setText(code)
                self.note.setText(tr("Copied to the clipboard"))
        else:
            from chatdesk.ui.plain_text import open_outside

            open_outside(url)

    # -- leaving ----------------------------------------------------------------------

    def open_in_chatdesk(self) -> None:
        """Continue in the main window (the reply, if still streaming, goes on there)."""
        self.hide()
        self.open_requested.emit(self.uid)
