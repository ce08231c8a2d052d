"""A server asks the user for input (MCP elicitation): its message and a small form.

The form is built from the server's flat JSON Schema: text, numbers, yes/no and choices.
The message and labels come from the server, so they are shown as plain text. Decline
(or Esc) answers that the user declined; nothing is sent without the user's click.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.ui.plain_text import PlainLabel

_FIELDS_SHOWN = 20


class ElicitationDialog(QDialog):
    def __init__(
        self, server: str, message: str, schema: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("elicitation")
        self.setWindowTitle(tr("{server} asks").format(server=server[:60]))
        text = PlainLabel(message[:4000])
        text.setWordWrap(True)
        form = QFormLayout()
        self._fields: dict[str, QWidget] = {}
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        for name, spec in list(properties.items())[:_FIELDS_SHOWN]:
            if not isinstance(name, str) or not isinstance(spec, dict):
                continue
            widget = _field(spec)
            title = spec.get("title") if isinstance(spec.get("title"), str) else name
            widget.setAccessibleName(str(title))
            form.addRow(PlainLabel(str(title)[:80]), widget)
            self._fields[name] = widget
        buttons = QDialogButtonBox()
        send = buttons.addButton(tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("&Decline"), QDialogButtonBox.ButtonRole.RejectRole)
        send.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentText()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                out[name] = widget.value()
            elif isinstance(widget, QLineEdit) and widget.text():
                out[name] = widget.text()
        return out


def _field(spec: dict[str, Any]) -> QWidget:
    kind = spec.get("type")
    choices = spec.get("enum")
    if isinstance(choices, list) and choices:
        box = QComboBox()
        box.addItems([str(c)[:200] for c in choices[:100]])
        return box
    if kind == "boolean":
        return QCheckBox()
    if kind == "integer":
        spin = QSpinBox()
        spin.setRange(-(2**31), 2**31 - 1)
        return spin
    if kind == "number":
        number = QDoubleSpinBox()
        number.setRange(-1e12, 1e12)
        number.setDecimals(4)
        return number
    return QLineEdit()


class _Cancellations(QObject):
    """Closes the dialog asking for a server's request once that request is cancelled.

    The cancel comes on the MCP thread; the dialog may only be touched on the UI thread
    (and may be deleted there at any moment), so the MCP thread only emits, and the
    dialog is looked up and closed here."""

    cancelled = Signal(object)  # the Future

    def __init__(self) -> None:
        super().__init__()
        self._dialogs: dict[Future[Any], QDialog] = {}
        self.cancelled.connect(self._close, Qt.ConnectionType.QueuedConnection)

    def watch(self, dialog: QDialog, future: Future[Any]) -> None:
        self._dialogs[future] = dialog
        dialog.finished.connect(lambda _: self._dialogs.pop(future, None))
        future.add_done_callback(self._done)

    def _done(self, future: Future[Any]) -> None:  # on the thread that ended the request
        if future.cancelled():
            self.cancelled.emit(future)

    def _close(self, future: Future[Any]) -> None:
        dialog = self._dialogs.pop(future, None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()


_cancellations: _Cancellations | None = None


def close_when_cancelled(dialog: QDialog, future: Future[Any]) -> None:
    """Reject ``dialog`` (on the UI thread) if the request it answers is cancelled."""
    global _cancellations
    if _cancellations is None:
        _cancellations = _Cancellations()
    _cancellations.watch(dialog, future)


def ask(server: str, message: str, schema: dict[str, Any], future: Future[Any]) -> None:
    """Show the dialog over the active window; answer ``future`` when it closes (it
    closes by itself if the request is cancelled meanwhile)."""
    dialog = ElicitationDialog(server, message, schema, QApplication.activeWindow())

    def closed(result: int) -> None:
        if not future.done():
            future.set_result(dialog.answers() if result else None)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    close_when_cancelled(dialog, future)
    dialog.open()


class UrlConsent(QDialog):
    """A server asks the user to visit a web page (URL-mode elicitation: a sign-in, a
    payment). The address is shown whole and its host named, as plain text; Decline is the
    default, and only Open hands it to the browser."""

    def __init__(self, server: str, message: str, url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("urlElicitation")
        self.setWindowTitle(tr("{server} asks you to open a web page").format(server=server[:60]))
        text = PlainLabel(message[:4000])
        text.setWordWrap(True)
        target = QUrl(url, QUrl.ParsingMode.StrictMode)
        # What the browser gets, in ASCII: a look-alike Unicode host shows as its punycode.
        self.address = QLineEdit(bytes(target.toEncoded().data()).decode("ascii"))
        self.address.setObjectName("elicitationUrl")
        self.address.setReadOnly(True)
        self.address.setCursorPosition(0)
        self.address.setAccessibleName(tr("Web address"))
        host = target.host(QUrl.ComponentFormattingOption.EncodeUnicode)
        self.where = PlainLabel(tr("It opens in your browser, at {host}.").format(host=host))
        self.where.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            tr("&Open in browser"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        decline = buttons.addButton(tr("&Decline"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setAutoDefault(False)
        decline.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.address)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())


def ask_url(server: str, message: str, url: str, future: Future[Any]) -> None:
    """Ask over the active window; on Open, the system browser gets ``url``. An address
    Qt would read differently from the check the server's request passed is declined
    unseen, and a call cancelled meanwhile closes the dialog."""
    target = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not target.isValid() or not target.host() or target.userInfo():
        if not future.done():
            future.set_result(False)
        return
    dialog = UrlConsent(server, message, url, QApplication.activeWindow())

    def closed(result: int) -> None:
        opened = bool(result) and not future.cancelled() and QDesktopServices.openUrl(target)
        if not future.done():
            future.set_result(opened)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    close_when_cancelled(dialog, future)
    dialog.open()
