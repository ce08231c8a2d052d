"""The projects' dialogs: picking a project by keyboard (Ctrl+Shift+M), a project's name
and defaults, and the question before deleting one. Each returns what the user chose and
decides nothing; ``project_actions.py`` acts on it.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.core.params import InvalidParameter, Params
from chatdesk.core.profiles import Profile
from chatdesk.core.projects import Project, clean_name
from chatdesk.ui.a11y_announce import say_current_row
from chatdesk.ui.conversation_settings import FIELDS
from chatdesk.ui.number_fields import field_text, parser_text
from chatdesk.ui.plain_text import plain, rich_escaped
from chatdesk.ui.theme import error_text, style

_KIND = 256  # Qt.UserRole: what a picker row stands for
_VALUE = 257


class Pick(enum.Enum):
    PROJECT = "project"
    """An existing project (its uid), or "" for none."""
    NEW = "new"
    """A new project (its name)."""


class ProjectPicker(QDialog):
    """Type to filter, Up/Down to choose, Enter to move there, Esc to cancel. Typing a
    name no project has offers a new project of that name."""

    def __init__(
        self, projects: Sequence[Project], current: str, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Move to project"))
        self.setObjectName("projectPicker")
        self.setMinimumWidth(360)
        self._projects = [p for p in projects if p.uid != current]
        self._current = current
        heading = QLabel(tr("Move “{title}” to:").format(title=title))
        plain(heading)  # a title from outside
        heading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("projectFilter")
        self.filter.setPlaceholderText(tr("Type to filter, or a new project's name"))
        self.filter.setAccessibleName(tr("Project"))
        self.filter.setAccessibleDescription(
            tr("Type to filter, or a new project's name. Up and Down choose, Enter moves.")
        )
        self.filter.textChanged.connect(self._refill)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("projectChoices")
        self.list.setAccessibleName(tr("Projects"))
        self.list.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._refill("")

    def _refill(self, text: str) -> None:
        wanted = clean_name(text)
        self.list.clear()
        rows: list[tuple[str, Pick, str]] = []
        if self._current and not wanted:
            rows.append((tr("No project"), Pick.PROJECT, ""))
        folded = wanted.casefold()
        rows += [
            (p.name, Pick.PROJECT, p.uid) for p in self._projects if folded in p.name.casefold()
        ]
        if wanted and all(p.name.casefold() != folded for p in self._projects):
            rows.append((tr("New project “{name}”").format(name=wanted), Pick.NEW, wanted))
        for label, kind, value in rows:
            item = QListWidgetItem(label)
            item.setData(_KIND, kind)
            item.setData(_VALUE, value)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # As tall as its choices, from 4 to 12 rows (scrolling beyond).
        shown = min(max(len(rows), 4), 12)
        row = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 2)
        self.list.setFixedHeight(shown * row + 2 * self.list.frameWidth() + 2)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Up/Down in the filter move through the choices; Enter takes the current one."""
        if obj is self.filter and event.type() == QtCore.QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == QtCore.Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                say_current_row(self.list)
                return True
            if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                if self.list.currentItem() is not None:
                    self.accept()
                return True
        return super().eventFilter(obj, event)

    def choice(self) -> tuple[Pick, str] | None:
        """What was picked: a project's uid ("" for none), or a new project's name."""
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(_KIND), item.data(_VALUE)

    def choice_labels(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]


class ProjectDialog(QDialog):
    """A project's name and the defaults its new conversations start with."""

    def __init__(
        self, project: Project, profiles: Sequence[Profile], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Project settings") if project.name else tr("New project"))
        self.setObjectName("projectSettings")
        self.setMinimumWidth(480)
        self._project = project
        self.name_edit = QLineEdit(project.name)
        self.name_edit.setObjectName("projectName")
        self.name_edit.setPlaceholderText(tr("Name"))
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("projectProfile")
        self.profile_combo.addItem(tr("The one in use"), "")
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(project.profile)
        if project.profile and index < 0:  # a profile deleted since: say so, keep it
            self.profile_combo.addItem(
                tr("{profile} (no longer exists)").format(profile=project.profile), project.profile
            )
            index = self.profile_combo.count() - 1
        self.profile_combo.setCurrentIndex(max(0, index))
        self.model_edit = QLineEdit(project.model)
        self.model_edit.setObjectName("projectModel")
        self.model_edit.setPlaceholderText(tr("The profile's model"))
        self.system_edit = QPlainTextEdit(project.system_prompt)
        self.system_edit.setObjectName("projectSystemPrompt")
        self.system_edit.setPlaceholderText(tr("Empty: the system prompt from Settings"))
        self.system_edit.setFixedHeight(90)
        self.system_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name_edit)
        form.addRow(tr("Profile:"), self.profile_combo)
        form.addRow(tr("Model:"), self.model_edit)
        form.addRow(tr("System prompt:"), self.system_edit)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, hint in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"project_{name}")
            edit.setPlaceholderText(tr("server default ({hint})").format(hint=tr(hint)))
            edit.setText(field_text(getattr(project.params, name)))
            self.edits[name] = edit
            form.addRow(tr("{field}:").format(field=tr(label)), edit)
        self.error = QLabel()
        plain(self.error)
        self.error.setObjectName("projectError")
        style(self.error, error_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            tr(
                "New conversations started in this project begin with these; conversations "
                "already in it, or moved in, keep their own."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _params(self) -> Params:
        kept = self._project.params
        parsed = Params.parse({name: parser_text(edit.text()) for name, edit in self.edits.items()})
        # Stop sequences and tools turned off are not edited here; they stay as they were.
        return dataclasses.replace(parsed, stop=kept.stop, tools_off=kept.tools_off)

    def _accept_if_valid(self) -> None:
        if not clean_name(self.name_edit.text()):
            self.error.setText(tr("A project needs a name."))
            return
        try:
            self._params()
        except InvalidParameter as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def project(self) -> Project:
        """The project as edited (same uid)."""
        return dataclasses.replace(
            self._project,
            name=clean_name(self.name_edit.text()),
            profile=str(self.profile_combo.currentData() or ""),
            model=self.model_edit.text().strip(),
            system_prompt=self.system_edit.toPlainText(),
            params=self._params(),
        )


class Deleting(enum.Enum):
    KEEP = "keep"
    """Delete the project; its conversations move out of it."""
    ALL = "all"
    """Delete the project and its conversations."""
    CANCEL = "cancel"


def ask_delete(parent: QWidget, project: Project, count: int) -> Deleting:
    """Keep the conversations (moved out: the default, Enter) or delete them too."""
    box = QMessageBox(parent)
    box.setObjectName("deleteProject")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Delete project"))
    if count:
        question = tr("Delete the project “{name}”? It holds %Ln conversation(s).", "", count)
    else:
        question = tr("Delete the project “{name}”? It holds no conversations.")
    box.setText(rich_escaped(question.format(name=project.name)))
    keep = box.addButton(
        tr("Delete project, keep conversations"), QMessageBox.ButtonRole.AcceptRole
    )
    everything = box.addButton(
        tr("Delete project and its conversations"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    if not count:
        everything.hide()
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return Deleting.KEEP
    if clicked is everything:
        return Deleting.ALL
    return Deleting.CANCEL
