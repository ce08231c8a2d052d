"""A banner above the prompt for errors and retry countdowns, with the button that fixes it."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from chatdesk.core.errors import Action, ChatError
from chatdesk.core.i18n import noop, tr
from chatdesk.core.theme_tokens import Palette
from chatdesk.ui.theme import style

#: The button that fixes an error (English, marked for translation: ``tr`` it when shown).
_ACTION_LABELS = {Action.OPEN_SETTINGS: noop("Open settings"), Action.RETRY: noop("Retry")}


def _css(background: str, text: str, border: str) -> str:
    return (
        f"#errorBanner {{ background: {background}; border: 1px solid {border}; }}"
        f" #errorBanner, #errorBanner QLabel {{ color: {text}; }}"
    )


def _error_css(p: Palette) -> str:
    return _css(p.banner_error_bg, p.banner_error_text, p.banner_error_border)


def _notice_css(p: Palette) -> str:
    return _css(p.banner_notice_bg, p.banner_notice_text, p.banner_notice_border)


class ErrorBanner(QFrame):
    action_requested = Signal(object)  # Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("errorTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setObjectName("errorAction")
        self.action_button.clicked.connect(self._on_action)
        self.close_button = QPushButton(tr("Dismiss"))
        self.close_button.setObjectName("errorDismiss")
        self.close_button.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.message)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.close_button)
        self._action = Action.NONE
        self._mode = ""
        self.hide()

    def _plain_text_only(self) -> None:
        """Server text is shown as text, never as rich text (set lazily: see main_window)."""
        qt = QtCore.Qt
        self.message.setTextInteractionFlags(qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setTextFormat(qt.TextFormat.PlainText)
        self.title.setTextFormat(qt.TextFormat.PlainText)

    def show_error(self, error: ChatError) -> None:
        self._plain_text_only()
        self._mode = "error"
        style(self, _error_css)
        self.title.setText(error.title)
        self.title.show()
        self.message.setText(error.message)
        self.message.show()
        self._action = error.action
        label = _ACTION_LABELS.get(error.action)
        self.action_button.setVisible(label is not None)
        self.action_button.setText(tr(label) if label else "")
        self.close_button.show()
        self.show()
        self._said_anew()

    def _said_anew(self) -> None:
        """Tell assistive technology the banner's name and description changed: they are
        its labels' texts (``AlertAccessible``), which Qt does not know, and a screen
        reader's cache could otherwise keep reading the banner's previous words."""
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, kind))

    def show_notice(self, text: str) -> None:
        """An informational line (a retry countdown); empty text hides it."""
        if not text:
            if self._mode == "notice":
                self._mode = ""
                self.hide()
            return
        self._mode = "notice"
        self._plain_text_only()
        style(self, _notice_css)
        self._action = Action.NONE
        self.title.setText("")
        self.title.hide()
        self.message.setText(text)
        self.action_button.hide()
        self.close_button.hide()
        self.show()
        self._said_anew()

    def clear(self) -> None:
        self._action = Action.NONE
        self._mode = ""
        self.title.setText("")
        self.hide()

    def _on_action(self) -> None:
        action = self._action
        self.hide()
        self.action_requested.emit(action)
