"""Compare models side by side: one question, 2–4 columns streaming at once.

Each column has its own Stop and its figures (time to first token, speed, tokens, cost);
an error stays in its column. **Use this reply** continues the conversation with that
column; closing without choosing keeps the first column's. Nothing is lost either way:
every column's reply is a version of that turn.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import number, tr
from chatdesk.core.messages import MessageSnapshot, MessageStatus, Role
from chatdesk.ui.comparison import MAX_COLUMNS, Comparison, Target
from chatdesk.ui.controller import ChatController
from chatdesk.ui.conversation_view import ConversationView
from chatdesk.ui.history_sync import WRITES_WAIT_MS
from chatdesk.ui.plain_text import PlainLabel
from chatdesk.ui.reply_run import Ended

#: A column whose reply has not begun by then shows it is waiting (see ``_started``).
SHOW_AFTER_MS = 100


class CompareDialog(QDialog):
    def __init__(self, chat: ChatController, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compare")
        self.setWindowTitle(tr("Compare models"))
        self.setModal(True)
        self._chat = chat
        self.comparison: Comparison | None = None
        self._chosen = False
        self.question = QPlainTextEdit(question)
        self.question.setAccessibleName(tr("Question"))
        self.question.setFixedHeight(70)
        self.pickers: list[tuple[QComboBox, QLineEdit]] = []
        pick = QGridLayout()
        profiles = chat.settings.profiles
        for column in range(MAX_COLUMNS):
            box = QComboBox()
            server = tr("Server {number}").format(number=number(column + 1))
            box.setAccessibleName(server)
            heading = PlainLabel(server)
            heading.setBuddy(box)  # the list's name on Linux, where its own name is its value
            box.addItem("—", "")
            for profile in profiles:
                box.addItem(profile.name, profile.id)
            model = QLineEdit()
            model.setAccessibleName(tr("Model {number}").format(number=number(column + 1)))
            if column < 2:
                profile = (
                    chat.settings.active if column == 0 else profiles[min(1, len(profiles) - 1)]
                )
                box.setCurrentIndex(box.findData(profile.id))
                model.setText(profile.model)
            pick.addWidget(heading, 0, column)
            pick.addWidget(box, 1, column)
            pick.addWidget(model, 2, column)
            box.currentIndexChanged.connect(self._preview)
            model.textChanged.connect(self._preview)
            self.pickers.append((box, model))
        self.compare_button = QPushButton(tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.start)
        self.columns = QHBoxLayout()
        self._built: list[_Column] = []
        """Columns built ahead, hidden until Compare shows them (see ``_build_ahead``)."""
        self._starting: list[str] = []
        """The reply uid of each column whose request has started, in column order."""
        self.views: list[ConversationView] = []
        self.figures: list[PlainLabel] = []
        self.stops: list[QPushButton] = []
        self.uses: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(pick)
        layout.addWidget(self.compare_button)
        layout.addLayout(self.columns, 1)
        # Tab as the grid reads: the servers' row, then the models' row (not column by column).
        row_by_row = [box for box, _ in self.pickers] + [model for _, model in self.pickers]
        for before, after in itertools.pairwise(row_by_row):
            QWidget.setTabOrder(before, after)
        self.resize(1100, 700)
        QTimer.singleShot(0, self, self._build_ahead)

    def _build_ahead(self) -> None:
        """Build the columns' widgets while the user picks models, one per turn of the
        event loop, and show the ones picked (``_preview``): pressing Compare then only
        starts the requests. Four views built, or even just shown and laid out, then
        would hold up the first tokens by several ms each."""
        if self.comparison is None and len(self._built) < MAX_COLUMNS:
            self._column(len(self._built))
            self._preview()
            QTimer.singleShot(0, self, self._build_ahead)

    def _preview(self) -> None:
        """Before Compare: a column, named, for each model picked, so the user sees what
        will be compared (and the window is laid out before the replies stream)."""
        if self.comparison is not None:
            return
        targets = self.targets()
        self.compare_button.setEnabled(2 <= len(targets) <= MAX_COLUMNS)
        for index, built in enumerate(self._built):
            if index < len(targets):
                built.show_target(targets[index])
            else:
                built.hide()

    def _column(self, column: int) -> _Column:
        """Column ``column``'s widgets, built now if they were not yet."""
        while len(self._built) <= column:
            self._build_column(len(self._built))
        return self._built[column]

    def _build_column(self, column: int) -> None:
        built = _Column(column, self)
        built.stop.clicked.connect(lambda: self._stop(column))
        built.use.clicked.connect(lambda: self.choose(column))
        self._built.append(built)
        self.columns.addWidget(built, 1)

    def targets(self) -> list[Target]:
        by_id = {p.id: p for p in self._chat.settings.profiles}
        out = []
        for box, model in self.pickers:
            profile = by_id.get(str(box.currentData()))
            if profile is not None and model.text().strip():
                out.append(Target(profile, model.text().strip()))
        return out

    def start(self) -> None:
        targets = self.targets()
        if not 2 <= len(targets) <= MAX_COLUMNS or self.comparison is not None:
            return
        comparison = Comparison(self._chat, targets)
        comparison.started.connect(self._started)
        comparison.text.connect(lambda column, text: self._shown(column).append_to_reply(text))
        comparison.stats.connect(self._show_figures)
        comparison.ended.connect(self._ended)
        comparison.begun.connect(self._begun)
        self.comparison = comparison
        if not comparison.start(self.question.toPlainText()):
            self.comparison = None
            return
        QTimer.singleShot(WRITES_WAIT_MS, self, self._begun)

    def _begun(self) -> None:
        """Every column has begun (or ``WRITES_WAIT_MS`` passed): Compare is greyed out now,
        not as the requests start — that repaint took the interpreter lock from them
        (measured with ``bench.compare``). A second press meanwhile starts nothing."""
        self.compare_button.setEnabled(False)

    def _show_figures(self, column: int, text: str) -> None:
        self._shown(column)
        self.figures[column].setText(text)

    def _stop(self, column: int) -> None:
        if self.comparison is not None:
            self.comparison.stop(column)

    def _started(self, column: int, uid: str) -> None:
        """A column's request is on its way. Its reply begins in its column when its
        first text arrives (or it ends); a column still waiting after ``SHOW_AFTER_MS``
        shows its reply waiting then, one per turn of the event loop. Beginning four
        replies at once, as the first tokens arrive, held them up (``bench.compare``)."""
        self._starting.append(uid)
        if len(self._starting) == 1:
            QTimer.singleShot(SHOW_AFTER_MS, self, self._show_next)

    def _show_next(self) -> None:
        if len(self.views) < len(self._starting):
            self._shown(len(self.views))
            QTimer.singleShot(0, self, self._show_next)

    def _shown(self, column: int) -> ConversationView:
        """Column ``column``'s view, shown (with the ones before it) if it was not yet."""
        while len(self.views) <= column and self.comparison is not None:
            index = len(self.views)
            shown = self._column(index)
            shown.show_target(self.comparison.targets[index])
            self.views.append(shown.view)
            self.figures.append(shown.figures)
            self.stops.append(shown.stop)
            self.uses.append(shown.use)
            shown.view.start_reply(self._starting[index])
            # Enabled with its reply, not when its request starts: four buttons
            # repainted then would come before the first tokens.
            shown.stop.setEnabled(True)
        return self.views[column]

    def _ended(self, column: int, ended: Ended) -> None:
        view = self._shown(column)
        view.end_reply(ended.status)
        self.stops[column].setEnabled(False)
        self.uses[column].setEnabled(
            ended.status is not MessageStatus.ERROR
            or bool(self.comparison and self.comparison.replies[column].content)
        )
        if ended.error is not None:
            view.add_message(
                MessageSnapshot(f"error-{column}", Role.ASSISTANT, f"⚠ {ended.error.message}")
            )

    def choose(self, column: int) -> None:
        if self.comparison is None or self._chosen:
            return
        self._chosen = True
        self.comparison.choose(column)
        self.accept()

    def done(self, result: int) -> None:
        comparison = self.comparison
        if comparison is not None and not self._chosen:
            comparison.stop()
            self._chosen = True
            comparison.choose(0)  # closing keeps the first column's reply; all stay versions
        super().done(result)


class _Column(QWidget):
    """One model's column: its name, reply, figures, Stop and Use this reply."""

    def __init__(self, column: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()  # until a model is picked for it
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.label = PlainLabel()
        box.addWidget(self.label)
        self.view = ConversationView()
        # Four columns fill at the same pace, so a scroll bar appearing as each
        # overflows (narrowing it: its whole reply laid out again) came four at once.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        box.addWidget(self.view, 1)
        self.figures = PlainLabel("")
        self.figures.setObjectName(f"figures{column}")
        self.figures.setWordWrap(True)
        # Room for the figures from the start: their arrival as each reply ends must
        # not lay the dialog out again (and so repaint all four columns).
        self.figures.setFixedHeight(2 * self.figures.fontMetrics().lineSpacing() + 4)
        box.addWidget(self.figures)
        row = QHBoxLayout()
        self.stop = QPushButton(tr("Stop"))
        self.use = QPushButton(tr("&Use this reply") if column == 0 else tr("Use this reply"))
        self.stop.setEnabled(False)  # until its reply begins
        self.use.setEnabled(False)
        row.addWidget(self.stop)
        row.addWidget(self.use)
        box.addLayout(row)
        # What showing the column and its reply's first block would do otherwise.
        self.ensurePolished()
        self.view.renderer()

    def show_target(self, target: Target) -> None:
        self.label.setText(target.label)
        self.view.setAccessibleName(tr("Reply from {model}").format(model=target.label))
        self.show()
