"""What a row of the conversation tree shows: the roles its data is kept under, the text
of its lines and tooltip, the delegate that draws it, and building or updating its item.

Apart from the tree (``project_tree.py``) so that the tree keeps to what it does with rows
(filling, selecting, reporting the user's actions, drag and drop); nothing here keeps
state, so an updated row depends only on what it showed before and what it shows now.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidgetItem, QWidget

from chatdesk.core.i18n import number, tr
from chatdesk.ui.plain_text import rich_escaped

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from chatdesk.core.projects import Project
    from chatdesk.services.storage import ConversationSummary
    from chatdesk.ui.project_tree import ConversationTree

UID_ROLE = 256  # Qt.UserRole: a conversation's uid (none on a project's row)
DETAIL_ROLE = 257
PINNED_ROLE = 258
MESSAGE_ROLE = 259
PROJECT_ROLE = 260
"""A project's uid, on its row and on the rows of its conversations."""
DROP_ROLE = 261
"""Set on the project row a drag is over (drawn highlighted)."""


def _ago(when: float) -> str:
    """``3 d ago``, ``5 h ago``, ``12 min ago``, ``just now``."""
    seconds = max(0, time.time() - when)
    if seconds >= 86400:
        return tr("%Ln d ago", "", int(seconds // 86400))
    if seconds >= 3600:
        return tr("%Ln h ago", "", int(seconds // 3600))
    if seconds >= 60:
        return tr("%Ln min ago", "", int(seconds // 60))
    return tr("just now")


def _count(tokens: int) -> str:
    """``950``, ``3,400``, ``12k``, ``18.2M``: short enough for a sidebar row."""
    if tokens < 10_000:
        return number(tokens)
    if tokens < 1_000_000:
        return tr("{thousands}k", "thousands of tokens").format(thousands=number(tokens / 1000))
    return tr("{millions}M", "millions of tokens").format(millions=number(tokens / 1_000_000, 1))


def _sizes(conv: ConversationSummary) -> tuple[str, str]:
    """What the conversation was billed and how long it is now: for its row, and in full
    for its tooltip. Billed adds up every request, each of which resends the conversation,
    so it grows far past the length; the length is not known until first measured."""
    billed = "~" if conv.estimated else ""
    row = tr("{tokens} token(s) billed", "", conv.tokens).format(
        tokens=billed + _count(conv.tokens)
    )
    tip = tr("{tokens} token(s) billed (every request's tokens added up)", "", conv.tokens).format(
        tokens=billed + number(conv.tokens)
    )
    if conv.length_tokens:
        row += " · " + tr("~{tokens} now").format(tokens=_count(conv.length_tokens))
        tip += "\n" + tr("~%Ln token(s) now (what the next request sends)", "", conv.length_tokens)
    return row, tip


class RowDelegate(QStyledItemDelegate):
    """A conversation: its title (★ when pinned) over a line of age and size and one of
    tokens. A project: ▾ or ▸, its name in bold and how many conversations it holds.

    Only the display text changes; the edit role stays the bare title or name, so F2
    renames just that."""

    def __init__(self, tree: ConversationTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(  # noqa: N802 - Qt override
        self,
        option: QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        if index.data(UID_ROLE) is None:  # a project
            arrow = "▾" if self._tree.isExpanded(index) else "▸"
            option.text = f"{arrow} {option.text}  ·  {detail}"
            option.font.setBold(True)
            if index.data(DROP_ROLE):
                from PySide6.QtWidgets import QStyle

                option.state |= QStyle.StateFlag.State_Selected
            return
        star = "★ " if index.data(PINNED_ROLE) else ""
        # U+2028 is the line break item views honour (a plain newline is drawn inline).
        option.text = f"{star}{option.text}\u2028{detail}" if detail else f"{star}{option.text}"

    def setModelData(  # noqa: N802 - Qt override
        self,
        editor: QWidget,
        model: QtCore.QAbstractItemModel,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        """An edit committed: the tree reports it as a rename when the text changed."""
        before = index.data(QtCore.Qt.ItemDataRole.EditRole)
        super().setModelData(editor, model, index)
        after = index.data(QtCore.Qt.ItemDataRole.EditRole)
        if after != before:
            row = model.index(index.row(), index.column(), index.parent())
            self._tree.edited(self._tree.itemFromIndex(row), str(after))


def project_row(
    project: Project,
    old: tuple[QTreeWidgetItem, Project] | None,
    size: QtCore.QSize,
    resized: bool,
) -> tuple[QTreeWidgetItem, Project]:
    """The row of ``project``: ``old``'s item (what it showed before) updated where it
    changed, or a new one; given height ``size`` when new or ``resized``."""
    item = old[0] if old is not None else QTreeWidgetItem()
    if old is None:
        flags = QtCore.Qt.ItemFlag
        item.setFlags(
            flags.ItemIsEnabled
            | flags.ItemIsSelectable
            | flags.ItemIsEditable
            | flags.ItemIsDropEnabled
        )
        item.setData(0, PROJECT_ROLE, project.uid)
    if old is None or resized:
        item.setSizeHint(0, size)
    if old is None or old[1] != project:
        item.setToolTip(0, rich_escaped(_project_tip(project)))
    if item.text(0) != project.name:  # also after an edit the history refused
        item.setText(0, project.name)
    return item, project


def conversation_row(
    conv: ConversationSummary,
    old: tuple[QTreeWidgetItem, ConversationSummary, str] | None,
    size: QtCore.QSize,
    resized: bool,
) -> tuple[QTreeWidgetItem, ConversationSummary, str]:
    """The row of ``conv`` (with the detail it shows): ``old``'s item updated where it
    changed, or a new one; given height ``size`` when new or ``resized``."""
    sizes, tip = _sizes(conv)
    # Tokens on a line of their own: beside the age they were cut off (seen on Xvfb).
    messages = tr("%Ln msg(s)", "messages, short", conv.messages)
    detail = f"{_ago(conv.updated)} · {messages}\u2028{sizes}"
    item = old[0] if old is not None else QTreeWidgetItem()
    if old is None:
        flags = QtCore.Qt.ItemFlag
        item.setFlags(
            flags.ItemIsEnabled
            | flags.ItemIsSelectable
            | flags.ItemIsEditable
            | flags.ItemIsDragEnabled
        )
        item.setData(0, UID_ROLE, conv.uid)
    if old is None or resized:
        item.setSizeHint(0, size)
    if old is None or old[1] != conv:
        item.setData(0, PINNED_ROLE, conv.pinned)
        messages = tr("%Ln message(s)", "", conv.messages)
        item.setToolTip(0, rich_escaped(f"{conv.title}\n{messages}\n{tip}"))
    if old is None or old[2] != detail:
        item.setData(0, DETAIL_ROLE, detail)
    title = conv.title or tr("Untitled")
    if item.text(0) != title:  # also after an edit the history refused
        item.setText(0, title)
    return item, conv, detail


def _project_tip(project: Project) -> str:
    """The project's name and what conversations started in it begin with."""
    lines = [project.name]
    defaults = [
        (tr("model"), project.model),
        (tr("system prompt"), " ".join(project.system_prompt.split())[:80]),
        (tr("parameters"), ", ".join(f"{k} {v}" for k, v in project.params.to_json().items())),
    ]
    if project.has_defaults:
        lines.append(tr("New conversations here start with its defaults:"))
        lines += [
            "  " + tr("{setting}: {value}").format(setting=name, value=value)
            for name, value in defaults
            if value
        ]
    return "\n".join(lines)
