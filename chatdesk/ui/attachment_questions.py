"""The questions the attachment tray asks about a document, and how many are still open.

An encrypted document needs its password, a scanned one the pages to send as images, and
one whose text is big for the model's context a page range (whether it is, and whether it
may be split at all, is decided here too, since that decides whether to ask); a document
of several pages may have its range changed while it waits in the tray (``Ranges``, from
its chip's menu, ``chip_menu``, which also offers to read a text file in another encoding).
Each question is a dialog from ``document_dialogs``, opened with ``open()`` so the event
loop goes on; the answer comes back through the callback the tray passed. While any
question is open no file may be sent (``Questions.open``), so that count lives with the
dialogs that change it.

The dialogs are imported on first use: most messages go without a document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWidget

from chatdesk.core.attachments import (
    Attachment,
    InvalidAttachment,
    document_attachment,
    document_is_big,
    document_problem,
)
from chatdesk.core.i18n import number, tr
from chatdesk.core.usage import estimate_text_tokens
from chatdesk.ui.attachment_parts import Kept
from chatdesk.ui.plain_text import button_text

if TYPE_CHECKING:
    from chatdesk.services.documents import Extraction


class Ranges:
    """The documents of several pages in the tray, each with its whole extraction and the
    pages of it that go: another range is then the join of pages already read, with no
    need to keep the file or read it again."""

    def __init__(self, pending: list[Attachment], report: Callable[[list[str]], None]) -> None:
        """``pending``: the tray's files, changed in place when other pages are chosen."""
        self._pending = pending
        self._report = report
        self._kept: Kept[tuple[Extraction, int, int]] = Kept(pending)
        """Each document's extraction and the pages of it chosen (with those of the
        message being sent, which come back should it fail)."""

    def attachment(self, extraction: Extraction, first: int, last: int) -> Attachment:
        """Pages ``first``–``last`` as the attachment sent; ``InvalidAttachment`` if too big."""
        text = extraction.text(first, last)
        attachment = document_attachment(extraction.name, text)
        attachment = replace(attachment, encoding=extraction.encoding)
        if extraction.unit and extraction.count > 1:
            self._kept.put(attachment, (extraction, first, last))
        return attachment

    def of(self, attachment: Attachment) -> tuple[Extraction, int, int] | None:
        """The extraction and the range chosen, if other pages may be chosen."""
        return self._kept.get(attachment)

    def keep(self) -> None:
        """Forget the documents that are no longer in the tray."""
        self._kept.keep()

    def sent(self, attachments: tuple[Attachment, ...]) -> None:
        """These left the tray with a message (any sent before are forgotten)."""
        self._kept.sent(attachments)

    def returned(self, attachments: tuple[Attachment, ...]) -> None:
        """These came back from a message that could not be sent."""
        self._kept.returned(attachments)

    def choose(
        self,
        questions: Questions,
        parent: QWidget,
        attachment: Attachment,
        context: int | None,
        changed: Callable[[], None],
    ) -> None:
        """Ask which pages of a document in the tray go; its attachment then holds those."""
        found = self.of(attachment)
        if found is None:
            return
        extraction, first, last = found

        def chosen(first: int, last: int) -> None:
            at = next((i for i, a in enumerate(self._pending) if a is attachment), -1)
            if at < 0:
                return  # removed meanwhile
            try:
                self._pending[at] = self.attachment(extraction, first, last)
            except InvalidAttachment as exc:
                self._report([str(exc)])
            changed()

        questions.choose_pages(parent, extraction, context, (first, last), chosen)


def chip_menu(
    chip: QWidget,
    at: QPoint,
    name: str,
    remove: Callable[[], None],
    choose: Callable[[], None] | None,
    read_as: tuple[str, Callable[[str], None]] | None = None,
) -> None:
    """An attached file's menu: choose other pages of a document of several, read a text
    file in another encoding (``read_as``: the label of the one in use, and what reads it
    in the codec chosen; see ``attachment_encodings``), remove it."""
    from PySide6.QtWidgets import QMenu

    menu = QMenu(chip)
    menu.setObjectName("attachmentMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if choose is not None:
        menu.addAction(tr("Choose pages…"), choose)
    if read_as is not None:
        from chatdesk.ui.attachment_encodings import add_read_as

        add_read_as(menu, *read_as)
    menu.addAction(button_text(tr("Remove {file}").format(file=name)), remove)
    menu.popup(chip.mapToGlobal(at))


class Questions:
    """Opens the tray's questions and counts those not yet answered."""

    def __init__(self, report: Callable[[list[str]], None]) -> None:
        self._report = report
        self.open = 0  # questions still open (password, pages)

    def ask(self, dialog: QDialog, refused: str = "") -> None:
        """Open a question; files cannot be sent until it is answered."""
        self.open += 1

        def answered(result: int) -> None:
            self.open -= 1
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted and refused:
                self._report([refused])

        dialog.finished.connect(answered)
        dialog.open()

    def password(
        self, parent: QWidget, name: str, *, wrong: bool, entered: Callable[[str], None]
    ) -> None:
        """Ask for an encrypted file's password (again, if the last one was ``wrong``)."""
        from chatdesk.ui.document_dialogs import PasswordDialog

        dialog = PasswordDialog(parent, name, wrong=wrong)
        refused = tr("{file} is protected by a password; not attached").format(file=name)
        self.ask(dialog, refused=refused)
        dialog.entered.connect(entered)

    def size_up(
        self,
        parent: QWidget,
        name: str,
        extraction: Extraction,
        context: int | None,
        *,
        attach: Callable[[int, int], str],
    ) -> str:
        """``attach`` all of the document's pages if its text is small; else show its size and
        let the user choose which pages go (the longest range from the first page that fits is
        offered when all of it is too big). Returns why it cannot be attached, or ""."""
        text = extraction.text()
        tokens = estimate_text_tokens(text)
        problem = document_problem(name, len(text.encode()), tokens, context)
        if not problem and not document_is_big(tokens, context):
            return attach(1, extraction.count)
        if problem and (not extraction.unit or extraction.count < 2):
            return tr("{problem}. It cannot be split by page: attach a smaller part").format(
                problem=problem
            )
        from chatdesk.ui.document_sizing import longest_fitting

        several = extraction.count > 1
        self._ask_range(
            parent,
            extraction,
            context,
            title=tr("Attach a large document"),
            unit=extraction.unit if several else "",
            initial=(1, longest_fitting(extraction, context)) if problem and several else None,
            chosen=lambda first, last: self._report([attach(first, last)]),
            text=text,
        )
        return ""

    def choose_pages(
        self,
        parent: QWidget,
        extraction: Extraction,
        context: int | None,
        current: tuple[int, int],
        chosen: Callable[[int, int], None],
    ) -> None:
        """Let the user change which pages of a document already in the tray go: its size,
        the range now chosen, and what another would amount to (one over the limits cannot
        be accepted)."""
        self._ask_range(
            parent,
            extraction,
            context,
            title=extraction.name,
            unit=extraction.unit,
            initial=current,
            chosen=chosen,
        )

    def _ask_range(
        self,
        parent: QWidget,
        extraction: Extraction,
        context: int | None,
        *,
        title: str,
        unit: str,
        initial: tuple[int, int] | None,
        chosen: Callable[[int, int], None],
        text: str | None = None,
    ) -> None:
        """The page-range question for a document's text (``text``, when the caller has
        it already: a large document's is not built twice): its size, and what the range
        chosen amounts to against the model's context."""
        from chatdesk.ui.document_dialogs import PageRangeDialog
        from chatdesk.ui.document_sizing import range_check, summary

        if text is None:
            text = extraction.text()
        dialog = PageRangeDialog(
            parent,
            title=title,
            summary=summary(extraction, text, estimate_text_tokens(text), context),
            unit=unit,
            count=extraction.count,
            check=range_check(extraction, context),
            accept_text=tr("Attach"),
            initial=initial,
        )
        self.ask(dialog)
        dialog.chosen.connect(chosen)

    def scanned_pages(
        self,
        parent: QWidget,
        name: str,
        pages: int,
        free: int,
        chosen: Callable[[int, int], None],
    ) -> None:
        """Offer a scanned document's pages as images, at most ``free`` of them."""
        from chatdesk.ui.document_dialogs import PageRangeDialog

        if pages > 1:
            summary = tr(
                "{file} has no text layer: its {count} pages are scanned images. Its pages can "
                "go as images to a model that reads images (at most {free} with this message), "
                "or not at all.",
                "",
                pages,
            )
        else:
            summary = tr(
                "{file} has no text layer: its {count} page is scanned images. Its pages can "
                "go as images to a model that reads images (at most {free} with this message), "
                "or not at all.",
                "",
                pages,
            )
        summary = summary.format(file=name, count=number(pages), free=number(free))

        def check(first: int, last: int) -> tuple[bool, str]:
            count = last - first + 1
            if count > free:
                return False, tr("Too many: at most %Ln page(s) as images.", "", free)
            return True, tr("To send: %Ln page image(s).", "", count)

        dialog = PageRangeDialog(
            parent,
            title=tr("Send scanned pages as images"),
            summary=summary,
            unit="page",
            count=pages,
            check=check,
            accept_text=tr("Send as images"),
            initial=(1, min(pages, free)),
        )
        self.ask(dialog)
        dialog.chosen.connect(chosen)
