"""Compare models side by side: one question, 2–4 columns streaming at once.

Each column has its own Stop and its figures (time to first token, speed, tokens, cost);
an error stays in its column. **Use this reply** continues the conversation with that
column; closing without choosing keeps the first column's. Nothing is lost either way:
every column's reply is a version of that turn.
"""

from __future__ import annotations

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
from chatdesk.ui.plain_text import PlainLabel
from chatdesk.ui.reply_run import Ended


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
            pick.addWidget(box, 0, column)
            pick.addWidget(model, 1, column)
            self.pickers.append((box, model))
        self.compare_button = QPushButton(tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.start)
        self.columns = QHBoxLayout()
        self.views: list[ConversationView] = []
        self.figures: list[PlainLabel] = []
        self.stops: list[QPushButton] = []
        self.uses: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(pick)
        layout.addWidget(self.compare_button)
        layout.addLayout(self.columns, 1)
        self.resize(1100, 700)

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
        for column, target in enumerate(targets):
            self._add_column(column, target)
        comparison.started.connect(self._started)
        comparison.text.connect(lambda column, text: self.views[column].append_to_reply(text))
        comparison.stats.connect(lambda column, text: self.figures[column].setText(text))
        comparison.ended.connect(self._ended)
        self.comparison = comparison
        if not comparison.start(self.question.toPlainText()):
            self.comparison = None
            return
        self.compare_button.setEnabled(False)

    def _add_column(self, column: int, target: Target) -> None:
        box = QVBoxLayout()
        box.addWidget(PlainLabel(target.label))
        view = ConversationView()
        view.setAccessibleName(tr("Reply from {model}").format(model=target.label))
        box.addWidget(view, 1)
        figures = PlainLabel("")
        figures.setObjectName(f"figures{column}")
        box.addWidget(figures)
        row = QHBoxLayout()
        stop = QPushButton(tr("Stop"))
        stop.clicked.connect(lambda: self._stop(column))
        use = QPushButton(tr("&Use this reply") if column == 0 else tr("Use this reply"))
        use.setEnabled(False)
        use.clicked.connect(lambda: self.choose(column))
        row.addWidget(stop)
        row.addWidget(use)
        box.addLayout(row)
        self.columns.addLayout(box, 1)
        self.views.append(view)
        self.figures.append(figures)
        self.stops.append(stop)
        self.uses.append(use)

    def _stop(self, column: int) -> None:
        if self.comparison is not None:
            self.comparison.stop(column)

    def _started(self, column: int, uid: str) -> None:
        self.views[column].start_reply(uid)

    def _ended(self, column: int, ended: Ended) -> None:
        self.views[column].end_reply(ended.status)
        self.stops[column].setEnabled(False)
        self.uses[column].setEnabled(
            ended.status is not MessageStatus.ERROR
            or bool(self.comparison and self.comparison.replies[column].content)
        )
        if ended.error is not None:
            self.views[column].add_message(
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
