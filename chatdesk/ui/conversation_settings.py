"""This conversation's own system prompt and parameters, presets to start from, and the
model's context length. Only parameters filled in are sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import noop, tr
from chatdesk.core.params import InvalidParameter, Params
from chatdesk.ui.number_fields import field_text, parser_text
from chatdesk.ui.plain_text import plain
from chatdesk.ui.theme import error_text, style

FIELDS = (  # (parameter, label, hint): show ``tr(label)`` and ``tr(hint)``
    ("temperature", noop("Temperature"), "0–2"),
    ("top_p", noop("Top p"), "0–1"),
    ("max_tokens", noop("Max tokens"), noop("whole number")),
    ("presence_penalty", noop("Presence penalty"), "−2–2"),
    ("frequency_penalty", noop("Frequency penalty"), "−2–2"),
    ("seed", noop("Seed"), noop("whole number")),
)


class ConversationSettingsDialog(QDialog):
    def __init__(
        self,
        system_prompt: str,
        params: Params,
        presets: Mapping[str, Mapping[str, Any]],
        model: str,
        context: int | None,
        default_context: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Conversation settings"))
        self.setObjectName("conversationSettings")
        self.setMinimumWidth(480)
        self.presets = {k: dict(v) for k, v in presets.items()}
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset")
        self.preset_combo.addItem(tr("Start from a preset…"), "")
        for name in sorted(self.presets):
            self.preset_combo.addItem(name, name)
        self.preset_combo.activated.connect(self._load_preset)
        self.save_preset = QPushButton(tr("Save as preset…"))
        self.save_preset.setObjectName("savePreset")
        self.save_preset.clicked.connect(self._save_preset)
        self.system_edit = QPlainTextEdit(system_prompt)
        self.system_edit.setObjectName("conversationSystemPrompt")
        self.system_edit.setPlaceholderText(tr("Empty: the system prompt from Settings"))
        self.system_edit.setFixedHeight(90)
        self.system_edit.setTabChangesFocus(True)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_combo, 1)
        preset_row.addWidget(self.save_preset)
        preset_label = QLabel(tr("Preset:"))  # names the list (on Linux a list's name is its value)
        preset_label.setBuddy(self.preset_combo)
        form.addRow(preset_label, preset_row)
        form.addRow(tr("System prompt:"), self.system_edit)
        for name, label, hint in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(tr("server default ({hint})").format(hint=tr(hint)))
            self.edits[name] = edit
            form.addRow(tr("{field}:").format(field=tr(label)), edit)
        self.stop_edit = QLineEdit()
        self.stop_edit.setObjectName("conversationStop")
        self.stop_edit.setPlaceholderText(tr("comma-separated; empty: those from Settings"))
        form.addRow(tr("Stop sequences:"), self.stop_edit)
        self.context_edit = QLineEdit("" if context is None else str(context))
        self.context_edit.setObjectName("contextLength")
        self.context_edit.setPlaceholderText(
            tr("default: %Ln token(s)", "", default_context)
            if default_context
            else tr("default: unknown: no trimming")
        )
        # a model's name comes from outside
        context_label = QLabel(tr("Context of {model}:").format(model=model))
        plain(context_label)
        context_label.setBuddy(self.context_edit)  # its name for screen readers
        form.addRow(context_label, self.context_edit)
        self._fill(params)
        self.error = QLabel()
        plain(self.error)  # quotes what was typed, or a preset from the settings file
        self.error.setObjectName("paramsError")
        style(self.error, error_text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(tr("Only the parameters you fill in are sent; the server decides the rest."))
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _fill(self, params: Params) -> None:
        for name, edit in self.edits.items():
            edit.setText(field_text(getattr(params, name)))
        self.stop_edit.setText(", ".join(params.stop))

    def _load_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        preset = self.presets.get(name or "")
        if preset:
            self.system_edit.setPlainText(str(preset.get("system_prompt", "")))
            self._fill(Params.from_json(preset.get("params")))

    def _save_preset(self) -> None:
        try:
            params = self.params()
        except InvalidParameter as exc:
            self.error.setText(str(exc))
            return
        name, ok = QInputDialog.getText(self, tr("Save preset"), tr("Preset name:"))
        if ok and name.strip():
            self.presets[name.strip()] = {
                "system_prompt": self.system_edit.toPlainText(),
                "params": params.to_json(),
            }
            if self.preset_combo.findData(name.strip()) < 0:
                self.preset_combo.addItem(name.strip(), name.strip())

    def params(self) -> Params:
        texts = {name: parser_text(edit.text()) for name, edit in self.edits.items()}
        texts["stop"] = self.stop_edit.text()
        return Params.parse(texts)

    def context(self) -> int | None:
        text = parser_text(self.context_edit.text()).replace(",", "")
        return int(text) if text else None

    def _accept_if_valid(self) -> None:
        try:
            self.params()
            context = self.context()
            if context is not None and context < 256:
                raise InvalidParameter(
                    tr("the context length must be at least %Ln token(s)", "", 256)
                )
        except InvalidParameter as exc:
            self.error.setText(str(exc))
            return
        except ValueError:
            self.error.setText(tr("the context length must be a whole number"))
            return
        self.accept()

    def system_prompt(self) -> str:
        return self.system_edit.toPlainText()
