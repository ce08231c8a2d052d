"""Files waiting to go with the next message: a row of removable chips above the prompt.

Each file is read and prepared off the UI thread (``document_jobs``): images and text files
in any detectable encoding go as they are; documents (PDF, Word, PowerPoint, Excel, ODF,
EPUB, HTML, CSV) have their text extracted as Markdown, with a progress bar and Cancel
while that runs. A document is then sized up against the model's context
(``core.attachments``): a big one is shown with its pages, characters and tokens and the
user picks a page range; one over the limits is refused with a message, never cut
silently. A scanned PDF may go as page images, an encrypted one asks for its password
(these questions are ``attachment_questions``'s). A chip's menu (right-click, the Menu key
or Shift+F10) chooses other pages of a document of several; its tooltip names the encoding
a text file was read in, when it was not UTF-8, and its menu reads it again in another
(``attachment_encodings``). What cannot be attached is reported through ``problem`` (the
window shows it in its banner).

Nothing goes that the user has not seen: files pasted or dropped into the prompt (a web
page can put ``file://`` URLs on the clipboard) may be sent only once their chips have
been on screen for ``SEEN_AFTER_S``, and no file may be sent while files are being read or
a question about one is open.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path, PurePath

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from chatdesk.core.attachments import (
    DOCUMENT_MIME,
    MAX_ATTACHMENTS,
    Attachment,
    InvalidAttachment,
    make_attachment,
)
from chatdesk.core.i18n import tr
from chatdesk.core.usage import estimate_text_tokens
from chatdesk.ui.attachment_encodings import Source
from chatdesk.ui.attachment_parts import Batch, Chip, Kept, joined, too_many
from chatdesk.ui.attachment_questions import Questions, Ranges, chip_menu
from chatdesk.ui.document_jobs import (
    RENDERING,
    Extracted,
    Job,
    NeedsPassword,
    Outcome,
    Ready,
    Refused,
    Rendered,
    Scanned,
    prepare_file,
    read_path,
    render_file,
)
from chatdesk.ui.document_sizing import tokens_text
from chatdesk.ui.plain_text import button_text, rich_escaped

SEEN_AFTER_S = 0.5
"""How long pasted files must have been on screen before they may be sent: longer than a
person takes to notice a new chip and stop (~0.25 s), short enough not to be in the way."""

DOCUMENT_GLOBS = "*.pdf *.docx *.pptx *.xlsx *.odt *.ods *.odp *.epub *.html *.htm *.csv *.tsv"
ANY_GLOBS = (
    f"{DOCUMENT_GLOBS} *.md *.txt *.png *.jpg *.jpeg *.gif *.webp *.py *.json *.js *.ts *.css "
    "*.c *.h *.cpp *.java *.go *.rs *.sh *.yaml *.yml *.toml *.xml *.log"
)


def file_filter() -> str:
    """The file dialog's filters, named in the user's language."""
    return ";;".join(
        (
            tr("Documents, images and text") + f" ({ANY_GLOBS})",
            tr("Documents") + f" ({DOCUMENT_GLOBS})",
            tr("All files") + " (*)",
        )
    )


class AttachmentTray(QWidget):
    problem = Signal(str)  # why files could not be attached

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._chip_row = QHBoxLayout()
        self._job_row = QHBoxLayout()
        self._layout.addLayout(self._chip_row)
        self._layout.addLayout(self._job_row)
        self._layout.addStretch(1)
        self.pending: list[Attachment] = []
        self._chips: list[Chip] = []
        self._jobs: list[Job] = []
        self._batches: dict[Job, Batch] = {}
        self._questions = Questions(self._report)
        self._ranges = Ranges(self.pending, self._report)
        self._sources: Kept[Source] = Kept(self.pending)  # text files' bytes, to read again
        self._pasted_unseen = False
        self._painted_at: float | None = None
        self._context: Callable[[], int | None] = lambda: None
        self.hide()

    def set_context_source(self, context: Callable[[], int | None]) -> None:
        """Where the active model's context length (tokens, None if unknown) comes from."""
        self._context = context

    # -- adding files ---------------------------------------------------------------------

    def pick_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, tr("Attach files"), "", file_filter())
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str], *, pasted: bool = False) -> None:
        """Read and prepare each file off the UI thread, then add it; what could not be
        attached is reported once, when all of them are done."""
        batch = Batch(len(paths))
        for path in map(Path, paths):
            self._start(path.name, read_path(path), pasted, batch=batch)

    def attach_pasted(self, paths: list[str]) -> None:
        """Files pasted or dropped into the prompt: sent only after the tray has shown them."""
        self.attach_paths(paths, pasted=True)

    def add(self, name: str, data: bytes, *, pasted: bool = False) -> None:
        """One file's bytes (a pasted image, say)."""
        self._report([p for p in [self._add(name, data, pasted=pasted)] if p])

    def add_pasted_image(self, png: bytes) -> None:
        name = tr("pasted image {number}").format(number=len(self.pending) + 1)
        self.add(f"{name}.png", png, pasted=True)

    def _start(
        self,
        name: str,
        read: Callable[[], bytes],
        pasted: bool,
        password: str | None = None,
        batch: Batch | None = None,
        encoding: str | None = None,
        replaces: Attachment | None = None,
    ) -> None:
        """Read and prepare a file (``encoding``: in that one; ``replaces``: in that file's
        place, read again)."""
        job = Job(name, pasted)
        job.replaces = replaces
        batch = batch or Batch(1)
        batch.jobs.append(job)
        self._batches[job] = batch
        self._run(job, lambda control: prepare_file(name, read, control, password, encoding))

    def _run(self, job: Job, work: Callable[..., Outcome | None]) -> None:
        self._jobs.append(job)
        job.chip.cancel.clicked.connect(lambda: self._cancel(job))
        self._job_row.addWidget(job.chip)
        self.setVisible(True)
        job.start(work, self._finished)

    def _cancel(self, job: Job) -> None:
        job.cancel()
        self._finished(job, None, cancelled=True)

    def _drop(self, job: Job) -> None:
        self._jobs.remove(job)
        job.chip.hide()
        job.chip.deleteLater()
        self._show()

    def _finished(self, job: Job, outcome: Outcome | None, *, cancelled: bool = False) -> None:
        """A job ended. Its batch's outcomes are handled together, in the order the files
        were given (small files finish first, yet their chips keep the user's order), and
        their problems reported once."""
        if job not in self._jobs:
            return  # cancelled before it ended
        self._drop(job)
        batch = self._batches.pop(job, None)
        if batch is None:  # a job of its own (rendering pages)
            batch = Batch(1)
            batch.jobs.append(job)
        batch.outcomes.append((job, None if cancelled else outcome))
        if len(batch.outcomes) < batch.size:
            return
        problems = [
            self._handle(done, result)
            for done, result in sorted(batch.outcomes, key=lambda o: batch.jobs.index(o[0]))
        ]
        self._report([p for p in problems if p])

    def _handle(self, job: Job, outcome: Outcome | None) -> str:
        """Adds what the job found, or asks about it; returns why not, or ""."""
        if isinstance(outcome, Ready):
            return self._add_read(job, outcome.attachment, outcome.data)
        if isinstance(outcome, Extracted):
            return self._size_up(job, outcome)
        if isinstance(outcome, Refused):
            return outcome.message
        if isinstance(outcome, NeedsPassword):
            self._ask_password(job, outcome)
        elif isinstance(outcome, Scanned):
            return self._offer_images(job, outcome)
        elif isinstance(outcome, Rendered):
            stem = PurePath(job.name).stem
            problems = [
                self._add(f"{stem} page {outcome.first + i}.png", png, pasted=job.pasted)
                for i, png in enumerate(outcome.images)
            ]
            return joined([p for p in problems if p])
        return ""

    # -- documents ------------------------------------------------------------------------

    def _size_up(self, job: Job, extracted: Extracted) -> str:
        """Attach the text if it is small; else show its size and let the user choose.
        Returns why it cannot be attached, or ""."""
        return self._questions.size_up(
            self.window(),
            job.name,
            extracted.extraction,
            self._context(),
            attach=lambda first, last: self._attach_text(job, extracted, first, last),
        )

    def _attach_text(self, job: Job, extracted: Extracted, first: int, last: int) -> str:
        """Adds the document's pages first–last; returns why not, or ""."""
        try:
            attachment = self._ranges.attachment(extracted.extraction, first, last)
        except InvalidAttachment as exc:
            return str(exc)
        return self._add_read(job, attachment, extracted.data)

    def _ask_password(self, job: Job, needs: NeedsPassword) -> None:
        data = needs.data
        self._questions.password(
            self.window(),
            job.name,
            wrong=needs.wrong,
            entered=lambda password: self._start(job.name, lambda: data, job.pasted, password),
        )

    def _offer_images(self, job: Job, scanned: Scanned) -> str:
        free = MAX_ATTACHMENTS - len(self.pending)
        if free <= 0:
            return too_many(job.name)
        data, password = scanned.data, scanned.password

        def render(first: int, last: int) -> None:
            images = Job(job.name, job.pasted, RENDERING)
            self._run(images, lambda control: render_file(data, control, first, last, password))

        self._questions.scanned_pages(self.window(), job.name, scanned.pages, free, render)
        return ""

    # -- the chips ------------------------------------------------------------------------

    def _add(self, name: str, data: bytes, *, pasted: bool) -> str:
        """Adds the file; returns why not, or ""."""
        try:
            attachment = make_attachment(name, data)
        except InvalidAttachment as exc:
            return str(exc)
        return self._add_attachment(attachment, pasted)

    def _add_read(self, job: Job, attachment: Attachment, data: bytes | None) -> str:
        """Adds what a job read, in place of the file it read again if any; keeps the bytes
        (``data``) of one read in an encoding it names, to read it in another. Returns why
        not, or ""."""
        problem = self._add_attachment(attachment, job.pasted, job.replaces)
        if data and attachment.encoding and any(a is attachment for a in self.pending):
            self._sources.put(attachment, Source(job.name, data, job.pasted))
        return problem

    def _add_attachment(
        self, attachment: Attachment, pasted: bool, replaces: Attachment | None = None
    ) -> str:
        """Adds the attachment, or puts it where ``replaces`` is (nowhere, if that was
        removed meanwhile)."""
        if replaces is not None:
            at = next((i for i, a in enumerate(self.pending) if a is replaces), -1)
            if at < 0:
                return ""
            self.pending[at] = attachment
        elif len(self.pending) >= MAX_ATTACHMENTS:
            return too_many(attachment.name)
        else:
            self.pending.append(attachment)
        if pasted:
            self._pasted_unseen = True
            self._painted_at = None  # the clock starts when the new chip is on screen
        self._show()
        return ""

    def not_ready(self) -> str:
        """Why the files cannot go yet (still being read, a question open, or pasted and not
        yet seen), or ""."""
        if self._jobs:
            return tr("Still reading the attached files; send again in a moment.")
        if self._questions.open:
            return tr("Answer the question about the attached document first.")
        if self._pasted_unseen:
            painted = self._painted_at
            if painted is None or time.monotonic() - painted < SEEN_AFTER_S:
                return tr(
                    "Files were just pasted or dropped: check them in the tray above the "
                    "prompt (✕ removes one), then send again."
                )
        return ""

    def _chip_painted(self) -> None:
        fresh = self._pasted_unseen and self._painted_at is None
        if fresh and all(chip.painted for chip in self._chips):
            self._painted_at = time.monotonic()

    def _report(self, problems: list[str]) -> None:
        problems = [p for p in problems if p]
        if problems:
            self.problem.emit(
                tr("{problems}.", "problems with attached files, joined").format(
                    problems=joined(problems)
                )
            )

    def restore(self, attachments: tuple[Attachment, ...]) -> None:
        """Put back files whose message could not be sent, before any added since."""
        self.pending[:0] = list(attachments)
        self._ranges.returned(attachments)
        self._sources.returned(attachments)
        self._show()

    def take(self) -> tuple[Attachment, ...]:
        """The files for the message being sent; the tray empties."""
        taken = tuple(self.pending)
        self._ranges.sent(taken)
        self._sources.sent(taken)
        self.pending.clear()
        self._pasted_unseen = False
        self._show()
        return taken

    def _show(self) -> None:
        while self._chip_row.count():
            item = self._chip_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._chips = []
        for index, attachment in enumerate(self.pending):
            label = attachment.name
            if attachment.mime == DOCUMENT_MIME:
                tokens = estimate_text_tokens(attachment.text)
                label = tr("{file} · ~{tokens} token(s)", "", tokens).format(
                    file=attachment.name, tokens=tokens_text(tokens)
                )
            chip = Chip(f"{button_text(label)}  ✕", self._chip_painted)
            chip.setObjectName("attachmentChip")
            tip = tr("Remove {file}").format(file=attachment.name)
            if attachment.encoding:
                tip += "\n" + tr("Read as {encoding}").format(encoding=attachment.encoding)
            chip.setToolTip(rich_escaped(tip))
            chip.clicked.connect(lambda _=False, i=index: self._remove(i))
            chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chip.customContextMenuRequested.connect(lambda at, i=index: self._chip_menu(i, at))
            self._chip_row.insertWidget(index, chip)
            self._chips.append(chip)
        self._ranges.keep()
        self._sources.keep()
        self.setVisible(bool(self.pending or self._jobs))

    def _chip_menu(self, index: int, at: QPoint) -> None:
        """The menu goes with its chip, which is remade whenever the files change."""
        attachment, chip = self.pending[index], self._chips[index]

        def choose() -> None:
            context = self._context()
            self._ranges.choose(self._questions, self.window(), attachment, context, self._show)

        source = self._sources.get(attachment)

        def read_as(encoding: str) -> None:
            if source is not None:  # the same bytes, in the encoding chosen, in its place
                for earlier in [j for j in self._jobs if j.replaces is attachment]:
                    self._cancel(earlier)  # the last choice wins
                data, pasted = source.data, source.pasted
                self._start(
                    source.name, lambda: data, pasted, encoding=encoding, replaces=attachment
                )

        pages = choose if self._ranges.of(attachment) else None
        encodings = (attachment.encoding, read_as) if source is not None else None
        chip_menu(chip, at, attachment.name, chip.click, pages, encodings)

    def _remove(self, index: int) -> None:
        if 0 <= index < len(self.pending):
            del self.pending[index]
            self._show()
