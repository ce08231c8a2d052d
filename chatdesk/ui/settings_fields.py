"""Two self-contained groups of the settings dialog's rows: preferences and network.

Each group builds its widgets from one settings value, adds its rows to the dialog's form
and reads back what is on screen. Neither needs the rest of the dialog, so keeping them
here leaves ``settings_dialog`` to the server, its key and the connection test.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.core.settings import TEXT_SCALE_RANGE, NetworkSettings, Prefs
from chatdesk.ui import language, tray

# What the step limit may be set to (``core.settings`` keeps a stored value in range too).
TOOL_STEPS_RANGE = (1, 100)


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt+letter mnemonic focuses ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class PreferenceFields:
    """The preferences that stay the same whichever server is in use."""

    def __init__(self, prefs: Prefs) -> None:
        self.system_edit = QPlainTextEdit(prefs.system_prompt)
        self.system_edit.setObjectName("systemPrompt")
        self.system_edit.setPlaceholderText(
            tr("Optional instructions sent before every conversation")
        )
        self.system_edit.setTabChangesFocus(True)
        self.system_edit.setFixedHeight(80)
        self.stop_edit = QLineEdit(", ".join(prefs.stop))
        self.stop_edit.setObjectName("stopSequences")
        self.stop_edit.setPlaceholderText(
            tr("Optional, comma-separated (e.g. USER: for base models)")
        )
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        for label, value in (
            (tr("Follow the system"), "system"),
            (tr("Light"), "light"),
            (tr("Dark"), "dark"),
            (tr("High contrast"), "high-contrast"),
        ):
            self.theme_combo.addItem(label, value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setRange(*TEXT_SCALE_RANGE)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(prefs.text_scale)
        self.text_size.setToolTip(
            tr(
                "The conversation's text size, in percent of the system's "
                "(Ctrl+= / Ctrl+- / Ctrl+0)"
            )
        )
        self.language_combo = language.picker(prefs.language)
        self.tool_steps = QSpinBox()
        self.tool_steps.setObjectName("toolSteps")
        self.tool_steps.setRange(*TOOL_STEPS_RANGE)
        self.tool_steps.setValue(prefs.tool_steps)
        self.tool_steps.setAccessibleName(tr("Tool steps per turn"))
        self.tool_steps.setToolTip(
            tr(
                "Requests one reply may make while the model uses tools (each round of tool "
                "calls is one more) before it is stopped"
            )
        )
        self.stream_check = QCheckBox(tr("Stream replies as they are written"))
        self.stream_check.setObjectName("stream")
        self.stream_check.setChecked(prefs.stream)
        self.tray_check = QCheckBox(
            tr("C&lose to the tray: closing the window keeps chatdesk running")
        )
        self.tray_check.setObjectName("closeToTray")
        self.tray_check.setChecked(prefs.close_to_tray)
        if not tray.tray_available():
            self.tray_check.setToolTip(tr("This desktop shows no tray icons, so closing quits."))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(form_label(tr("S&ystem prompt:"), self.system_edit), self.system_edit)
        form.addRow("", self.stream_check)
        form.addRow(form_label(tr("Sto&p sequences:"), self.stop_edit), self.stop_edit)
        form.addRow(form_label(tr("&Appearance:"), self.theme_combo), self.theme_combo)
        form.addRow("", self.tray_check)
        form.addRow(form_label(tr("&Text size:"), self.text_size), self.text_size)
        form.addRow(form_label(tr("Lan&guage:"), self.language_combo), self.language_combo)
        form.addRow(form_label(tr("T&ool steps per turn:"), self.tool_steps), self.tool_steps)

    def changes(self) -> dict[str, Any]:
        """The preferences on screen, as keyword arguments of ``Settings.with_prefs``."""
        return {
            "system_prompt": self.system_edit.toPlainText(),
            "stream": self.stream_check.isChecked(),
            "theme": self.theme_combo.currentData(),
            "text_scale": self.text_size.value(),
            "stop": tuple(s.strip() for s in self.stop_edit.text().split(",") if s.strip())[:4],
            "close_to_tray": self.tray_check.isChecked(),
            "language": self.language_combo.currentData(),
            "tool_steps": self.tool_steps.value(),
        }


class NetworkFields:
    """The active profile's proxy, proxy login, extra CA file and TLS verification.

    The proxy password is not part of ``NetworkSettings``: it goes to the keyring, so it
    is read on its own, and an empty field leaves the stored one unchanged.
    """

    def __init__(self, network: NetworkSettings, parent: QWidget) -> None:
        self._parent = parent
        self.proxy_edit = QLineEdit(network.proxy)
        self.proxy_edit.setObjectName("proxy")
        self.proxy_edit.setPlaceholderText(
            tr("empty: the system's proxy (e.g. socks5h://host:1080)")
        )
        self.proxy_user_edit = QLineEdit(network.proxy_user)
        self.proxy_user_edit.setObjectName("proxyUser")
        self.proxy_user_edit.setAccessibleName(tr("Proxy user name"))
        self.proxy_user_edit.setPlaceholderText(tr("user name, if the proxy asks"))
        self.proxy_password_edit = QLineEdit()
        self.proxy_password_edit.setObjectName("proxyPassword")
        self.proxy_password_edit.setAccessibleName(tr("Proxy password"))
        self.proxy_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password_edit.setPlaceholderText(tr("kept in the keyring; empty: unchanged"))
        self.ca_edit = QLineEdit(network.ca_bundle)
        self.ca_edit.setObjectName("caBundle")
        self.ca_edit.setPlaceholderText(tr("PEM file of extra trusted certificate authorities"))
        self.browse_button = QPushButton(tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse_ca)
        self.verify_check = QCheckBox(tr("Verify TLS certificates (strongly recommended)"))
        self.verify_check.setObjectName("verifyTls")
        self.verify_check.setChecked(network.verify_tls)
        self.verify_check.clicked.connect(self._confirm_no_verify)

    def add_rows(self, form: QFormLayout) -> None:
        proxy_creds = QHBoxLayout()
        proxy_creds.addWidget(self.proxy_user_edit)
        proxy_creds.addWidget(self.proxy_password_edit)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.browse_button)
        form.addRow(form_label(tr("Pro&xy:"), self.proxy_edit), self.proxy_edit)
        form.addRow("", proxy_creds)
        form.addRow(form_label(tr("CA &file:"), self.ca_edit), ca_row)
        form.addRow("", self.verify_check)

    def settings(self) -> NetworkSettings:
        """The network settings as they are on screen."""
        return NetworkSettings(
            proxy=self.proxy_edit.text().strip(),
            proxy_user=self.proxy_user_edit.text().strip(),
            ca_bundle=self.ca_edit.text().strip(),
            verify_tls=self.verify_check.isChecked(),
        )

    def proxy_password(self) -> str:
        return self.proxy_password_edit.text()

    def _browse_ca(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            tr("Certificate authorities"),
            "",
            tr("PEM certificates") + " (*.pem *.crt);;" + tr("All files") + " (*)",
        )
        if path:
            self.ca_edit.setText(path)

    def _confirm_no_verify(self, checked: bool) -> None:
        if checked:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self._parent,
            tr("Turn off certificate checks?"),
            tr(
                "Without checking certificates, anyone on the network path can read and change "
                "what you send, your API key included. Prefer adding the server's CA file.\n\n"
                "Turn verification off anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.verify_check.setChecked(True)
