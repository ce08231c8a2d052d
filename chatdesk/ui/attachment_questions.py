"""The questions the attachment tray asks about a document, and how many are still open.

An encrypted document needs its password, a scanned one the pages to send as images, and
one whose text is big for the model's context a page range (whether it is, and whether it
may be split at all, is decided here too, since that decides whether to ask). Each question
is a dialog from ``document_dialogs``, opened with ``open()`` so the event loop goes on; the
answer comes back through the callback the tray passed. While any question is open no file
may be sent (``Questions.open``), so that count lives with the dialogs that change it.

The dialogs are imported on first use: most messages go without a document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from chatdesk.core.attachments import document_is_big, document_problem
from chatdesk.core.i18n import number, tr
from chatdesk.core.usage import estimate_text_tokens

if TYPE_CHECKING:
    from chatdesk.services.documents import Extraction


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
        attach: Callable[[str], str],
    ) -> str:
        """``attach`` the document's text if it is small; else show its size and let the user
        choose which pages go (the longest range from the first page that fits is offered when
        all of it is too big). Returns why it cannot be attached, or ""."""
        text = extraction.text()
        tokens = estimate_text_tokens(text)
        problem = document_problem(name, len(text.encode()), tokens, context)
        if not problem and not document_is_big(tokens, context):
            return attach(text)
        if problem and (not extraction.unit or extraction.count < 2):
            return tr("{problem}. It cannot be split by page: attach a smaller part").format(
                problem=problem
            )
        from chatdesk.ui.document_dialogs import PageRangeDialog
        from chatdesk.ui.document_sizing import longest_fitting, range_check, summary

        several = extraction.count > 1
        dialog = PageRangeDialog(
            parent,
            title=tr("Attach a large document"),
            summary=summary(extraction, text, tokens, context),
            unit=extraction.unit if several else "",
            count=extraction.count,
            check=range_check(extraction, context),
            accept_text=tr("Attach"),
            initial=(1, longest_fitting(extraction, context)) if problem and several else None,
        )
        self.ask(dialog)
        dialog.chosen.connect(
            lambda first, last: self._report([attach(extraction.text(first, last))])
        )
        return ""

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
                return False, tr("Too many: at most %n page(s) as images.", "", free)
            return True, tr("To send: %n page image(s).", "", count)

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
