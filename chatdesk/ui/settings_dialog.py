"""Settings: key (kept in the OS keyring), server, model, system prompt, streaming.

The dialog only collects values and shows results; fetching models goes
through a function it is given, which runs off the UI thread. It edits the active
profile: Refresh and Test connection use that profile as it is on screen. The rows for
the preferences and the network settings are built in ``settings_fields``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.errors import ChatError
from chatdesk.core.i18n import tr
from chatdesk.core.providers import (
    AZURE,
    AZURE_API_VERSION,
    PROVIDERS,
    guess_provider,
    provider_named,
)
from chatdesk.core.settings import (
    CREDENTIALS_IN_URL,
    Profile,
    Settings,
    has_credentials,
    is_unencrypted_remote,
    normalize_base_url,
    validate_base_url,
    validate_proxy,
)
from chatdesk.ui.settings_fields import NetworkFields, PreferenceFields, form_label
from chatdesk.ui.theme import error_text, style, success_text


class FetchModels(Protocol):
    """Lists the models of ``profile``'s server, off the UI thread."""

    def __call__(
        self,
        profile: Profile,
        key: str,
        on_done: Callable[[list[str]], None],
        on_error: Callable[[ChatError], None],
        *,
        proxy_password: str = "",
    ) -> None: ...


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        key: str,
        *,
        keyring_available: bool,
        keyring_problem: str,
        key_from_environment: bool,
        fetch_models: FetchModels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("chatdesk settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(520)
        self._settings = settings
        self._fetch_models = fetch_models
        active, prefs = settings.active, settings.prefs

        self.key_edit = QLineEdit(key)
        self.key_edit.setObjectName("apiKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(
            tr("sk-…  (leave empty for a local server that needs no key)")
        )
        self.show_key = QCheckBox(tr("Show"))
        self.show_key.setObjectName("showKey")
        self.show_key.setAccessibleDescription(tr("Show the API key as plain text"))
        self.show_key.toggled.connect(self._toggle_echo)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)

        self.key_note = QLabel()
        self.key_note.setObjectName("keyNote")
        self.key_note.setWordWrap(True)
        if not keyring_available:
            self.key_note.setText(f"⚠ {keyring_problem}")
            style(self.key_note, error_text)
        elif key_from_environment:
            self.key_note.setText(
                tr(
                    "Using OPENAI_API_KEY from the environment for this session. "
                    "Save to store a key in the system keyring instead."
                )
            )
        else:
            self.key_note.setText(tr("The key is stored in your system keyring, never in a file."))

        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("provider")
        for provider in PROVIDERS:
            # Presets are named by their products; only the last one is a word.
            shown = tr("Custom") if provider.name == "Custom" else provider.name
            self.provider_combo.addItem(shown, provider.name)
        self._api_style = active.api_style
        current = guess_provider(active.base_url)
        self.provider_combo.setCurrentIndex(self.provider_combo.findData(current.name))
        self.provider_combo.activated.connect(self._pick_provider)
        self.api_version_edit = QLineEdit(active.api_version or AZURE_API_VERSION)
        self.api_version_edit.setObjectName("apiVersion")
        self.api_version_label = form_label(tr("API &version:"), self.api_version_edit)
        self.base_url_edit = QLineEdit(active.base_url)
        self.base_url_edit.setObjectName("baseUrl")
        self.url_warning = QLabel()
        self.url_warning.setObjectName("urlWarning")
        self.url_warning.setWordWrap(True)
        self.url_warning.setTextFormat(Qt.TextFormat.PlainText)
        style(self.url_warning, error_text)
        self.base_url_edit.textChanged.connect(self._warn_about_url)
        self._warn_about_url(active.base_url)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("model")
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setEditText(active.model)
        model_line = self.model_combo.lineEdit()
        assert model_line is not None  # editable combos always have one
        model_line.setAccessibleName(tr("Model"))  # typed into: named itself, the list by its label
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("refreshModels")
        self.refresh_button.setToolTip(tr("Fill the list from the server's /models"))
        self.refresh_button.clicked.connect(self._refresh)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.refresh_button)

        self.preference_fields = PreferenceFields(prefs)
        # Each row's widget stays an attribute of the dialog, under the name callers use.
        self.system_edit = self.preference_fields.system_edit
        self.stop_edit = self.preference_fields.stop_edit
        self.theme_combo = self.preference_fields.theme_combo
        self.text_size = self.preference_fields.text_size
        self.language_combo = self.preference_fields.language_combo
        self.tool_steps = self.preference_fields.tool_steps
        self.stream_check = self.preference_fields.stream_check
        self.tray_check = self.preference_fields.tray_check

        self.network_fields = NetworkFields(active.network, self)
        self.proxy_edit = self.network_fields.proxy_edit
        self.proxy_user_edit = self.network_fields.proxy_user_edit
        self.proxy_password_edit = self.network_fields.proxy_password_edit
        self.ca_edit = self.network_fields.ca_edit
        self.verify_check = self.network_fields.verify_check

        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.refresh_button.setAutoDefault(False)
        self.test_button.clicked.connect(self._test)
        self.result_label = QLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)

        form = QFormLayout()
        form.addRow(form_label(tr("API &key:"), self.key_edit), key_row)
        form.addRow("", self.key_note)
        form.addRow(form_label(tr("Ser&ver:"), self.provider_combo), self.provider_combo)
        form.addRow(form_label(tr("&Base URL:"), self.base_url_edit), self.base_url_edit)
        form.addRow(self.api_version_label, self.api_version_edit)
        form.addRow("", self.url_warning)
        form.addRow(form_label(tr("&Model:"), self.model_combo), model_row)
        self.preference_fields.add_rows(form)
        self.network_fields.add_rows(form)
        form.addRow("", test_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        if not keyring_available:
            save.setText(tr("Use for this session"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._show_azure_fields()
        self.key_edit.setFocus()

    def _warn_about_url(self, url: str) -> None:
        """Say as it is typed when a URL would expose the key (saving refuses the first)."""
        if has_credentials(url):
            self.url_warning.setText("⚠ " + tr(CREDENTIALS_IN_URL))
        elif is_unencrypted_remote(url):
            self.url_warning.setText(
                tr(
                    "⚠ This is http:// to another machine: the key and your messages travel "
                    "unencrypted. Use https:// if the server offers it."
                )
            )
        self.url_warning.setVisible(has_credentials(url) or is_unencrypted_remote(url))

    def _show_azure_fields(self) -> None:
        azure = self._api_style == AZURE
        self.api_version_edit.setVisible(azure)
        self.api_version_label.setVisible(azure)

    def _pick_provider(self, index: int) -> None:
        """Fill in a preset's base URL, model and API style (the key stays as typed)."""
        provider = provider_named(self.provider_combo.itemData(index))
        if provider is None:
            return
        if provider.base_url:
            self.base_url_edit.setText(provider.base_url)
        if provider.model:
            self.model_combo.setEditText(provider.model)
        self._api_style = provider.api_style
        if provider.api_version:
            self.api_version_edit.setText(provider.api_version)
        self._show_azure_fields()
        if provider.api_style == AZURE:
            self.base_url_edit.setFocus()
            self.base_url_edit.selectAll()

    def proxy_password(self) -> str:
        return self.network_fields.proxy_password()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _accept_if_valid(self) -> None:
        problem = validate_base_url(self.base_url_edit.text()) or validate_proxy(
            self.proxy_edit.text()
        )
        if problem:
            self.result_label.setText(problem)
            self.base_url_edit.setFocus()
            return
        self.accept()

    def profile(self) -> Profile:
        """The active profile as it is on screen (saved or not)."""
        active = self._settings.active
        return replace(
            active,
            base_url=normalize_base_url(self.base_url_edit.text()),
            model=self.model_combo.currentText().strip() or active.model,
            api_style=self._api_style,
            api_version=self.api_version_edit.text().strip() if self._api_style == AZURE else "",
            network=self.network_fields.settings(),
        )

    def values(self) -> tuple[Settings, str]:
        """The settings and key the user chose (call after ``exec`` accepted)."""
        settings = self._settings.with_prefs(**self.preference_fields.changes())
        return settings.updated(self.profile()), self.key_edit.text().strip()

    def _call_models(self, on_done: Callable[[list[str]], None]) -> bool:
        problem = validate_base_url(self.base_url_edit.text()) or validate_proxy(
            self.proxy_edit.text()
        )
        if problem:
            self.result_label.setText(problem)
            return False
        self.result_label.setText(tr("Contacting the server…"))
        self.test_button.setEnabled(False)
        self.refresh_button.setEnabled(False)
        self._fetch_models(
            self.profile(),
            self.key_edit.text().strip(),
            on_done,
            self._show_error,
            proxy_password=self.proxy_password(),
        )
        return True

    def _enable(self) -> None:
        self.test_button.setEnabled(True)
        self.refresh_button.setEnabled(True)

    def _show_error(self, error: ChatError) -> None:
        self._enable()
        style(self.result_label, error_text)
        self.result_label.setText(
            tr("✗ {title}: {message}").format(title=error.title, message=error.message)
        )

    def _test(self) -> None:
        def done(models: list[str]) -> None:
            self._enable()
            style(self.result_label, success_text)
            self.result_label.setText(
                tr("✓ Connected: the server lists %Ln model(s).", "", len(models))
            )

        self._call_models(done)

    def _refresh(self) -> None:
        def done(models: list[str]) -> None:
            self._enable()
            current = self.model_combo.currentText()
            self.model_combo.clear()
            self.model_combo.addItems(models)
            self.model_combo.setEditText(current)
            style(self.result_label, None)
            self.result_label.setText(tr("%Ln model(s) available.", "", len(models)))

        self._call_models(done)
