"""The Server and Model pickers above the prompt, and the Profiles menu.

Choices go to the controller; what the controller settles comes back through
``show_settings``. Model lists from ``/models`` are kept per profile for the session.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from chatdesk.core.errors import ChatError
from chatdesk.core.i18n import tr
from chatdesk.core.providers import Provider
from chatdesk.core.settings import Settings
from chatdesk.ui.confirm import confirm
from chatdesk.ui.controller import ChatController


class ServerPicker(QWidget):
    settings_wanted = Signal()  # a new profile needs its key or URL filled in
    error = Signal(object)  # ChatError
    notice = Signal(str)

    def __init__(self, controller: ChatController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.models_cache: dict[str, list[str]] = {}
        self._shown_profile = ""
        self.profile_picker = QComboBox()
        self.profile_picker.setObjectName("profilePicker")
        self.profile_picker.setToolTip(tr("The server profile for this conversation"))
        # Sized for the profile names it holds, not for its empty first showing: the
        # profiles load after the first paint.
        self.profile_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_picker.activated.connect(self._pick_profile)
        self.profile_button = QPushButton(tr("Profiles"))
        self.profile_button.setObjectName("manageProfiles")
        self.profile_button.clicked.connect(self._profiles_menu)
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setEditable(True)
        self.model_picker.setMinimumWidth(120)
        self.model_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_picker.setMinimumContentsLength(12)
        self.model_picker.setToolTip(
            tr("The model for this conversation (type any id the server takes)")
        )
        self.model_picker.activated.connect(self._pick_model)
        line = self.model_picker.lineEdit()
        assert line is not None  # editable combos always have one
        line.editingFinished.connect(self._pick_model)
        self.models_button = QPushButton(tr("Refresh"))
        self.models_button.setObjectName("refreshModelList")
        self.models_button.clicked.connect(self.refresh_models)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        server_label, model_label = QLabel(tr("Server:")), QLabel(tr("Model:"))
        server_label.setBuddy(self.profile_picker)  # the lists' names for screen readers
        model_label.setBuddy(self.model_picker)
        row.addWidget(server_label)
        row.addWidget(self.profile_picker)
        row.addWidget(self.profile_button)
        row.addWidget(model_label)
        row.addWidget(self.model_picker)
        row.addWidget(self.models_button)
        row.addStretch(1)

    def show_settings(self, settings: Settings) -> None:
        active = settings.active
        if self.model_picker.currentText() != active.model:
            self.model_picker.setEditText(active.model)
        if active.id != self._shown_profile:
            # Each server has its own model list, kept for the session once fetched.
            self._shown_profile = active.id
            self._fill_models(self.models_cache.get(active.id, []))
        self.profile_picker.clear()
        for profile in settings.profiles:
            self.profile_picker.addItem(profile.name, profile.id)
        self.profile_picker.setCurrentIndex(self.profile_picker.findData(active.id))

    def _fill_models(self, models: list[str]) -> None:
        current = self.model_picker.currentText()
        self.model_picker.clear()
        self.model_picker.addItems(models)
        self.model_picker.setEditText(current)

    def _pick_profile(self, index: int) -> None:
        profile_id = self.profile_picker.itemData(index)
        if profile_id and profile_id != self.controller.settings.active_id:
            self.controller.switch_profile(profile_id)

    def _pick_model(self, *_: object) -> None:
        model = self.model_picker.currentText().strip()
        if model and model != self.controller.settings.active.model:
            self.controller.servers.set_model(model)

    def refresh_models(self) -> None:
        """Fill the model list from the server's ``/models`` (kept for this session)."""
        c = self.controller
        profile = c.settings.active
        self.models_button.setEnabled(False)

        def fill(models: list[str]) -> None:
            self.models_button.setEnabled(True)
            self.models_cache[profile.id] = models
            if profile.id == c.settings.active_id:
                self._fill_models(models)
            self.notice.emit(tr("%Ln model(s) available", "", len(models)))

        def failed(error: ChatError) -> None:
            self.models_button.setEnabled(True)
            self.error.emit(error)

        c.servers.resolve_key(
            lambda: c.servers.fetch_models(profile, c.servers.key_state().key, fill, failed)
        )

    def _profiles_menu(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        from chatdesk.core.providers import PROVIDERS

        menu = QMenu(self)
        new = menu.addMenu(tr("New profile"))
        for provider in PROVIDERS:
            action = QAction(provider.name, new)
            action.triggered.connect(lambda _=False, p=provider: self.new_profile(p))
            new.addAction(action)
        rename = QAction(tr("Rename this profile…"), menu)
        rename.triggered.connect(self.rename_profile)
        menu.addAction(rename)
        delete = QAction(tr("Delete this profile…"), menu)
        delete.setEnabled(len(self.controller.settings.profiles) > 1)
        delete.triggered.connect(self.delete_profile)
        menu.addAction(delete)
        self.profiles_menu = menu
        button = self.profile_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def new_profile(self, provider: Provider, name: str | None = None) -> None:
        """A profile from a preset; then the settings ask for its key and details."""
        from PySide6.QtWidgets import QInputDialog

        if name is None:
            name, ok = QInputDialog.getText(
                self, tr("New profile"), tr("Name:"), text=provider.name
            )
            if not ok or not name.strip():
                return
        self.controller.servers.add_profile(name.strip(), provider)
        if provider.needs_key or not provider.base_url:
            self.settings_wanted.emit()

    def rename_profile(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        profile = self.controller.settings.active
        name, ok = QInputDialog.getText(self, tr("Rename profile"), tr("Name:"), text=profile.name)
        if ok:
            self.controller.servers.rename_profile(profile.id, name)

    def delete_profile(self) -> None:
        profile = self.controller.settings.active
        question = tr("Delete the profile “{name}” and its key in the keyring?").format(
            name=profile.name
        )
        if confirm(self, tr("Delete profile"), question):
            self.models_cache.pop(profile.id, None)
            self.controller.servers.delete_profile(profile.id)
