"""What the Office and ODF readers share: a do-nothing XML handler to build on, and OOXML
relationships (which part is the document, which are its slides, sheets and styles)."""

from __future__ import annotations

import posixpath

from chatdesk.core.i18n import tr
from chatdesk.services.documents.model import DocumentError
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip, resolve


class Collect:
    """An XML handler that ignores everything; readers override what they need."""

    def __init__(self) -> None:
        self.text: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, text: str) -> None:
        pass


class _Rels(Collect):
    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part
        self.found: dict[str, tuple[str, str]] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and attrs.get("TargetMode") != "External":
            kind = attrs.get("Type", "").rstrip("/").rpartition("/")[2]
            self.found[attrs.get("Id", "")] = (resolve(self.part, attrs.get("Target", "")), kind)


def relationships(archive: SafeZip, part: str) -> dict[str, tuple[str, str]]:
    """Id -> (member, kind) for ``part``'s relationships ("styles", "slide", "worksheet"…);
    external links are left out."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if not archive.has(rels):
        return {}
    handler = _Rels(part)
    parse(archive.chunks(rels), handler, archive.control, rels)
    return handler.found


def main_part(archive: SafeZip, usual: str) -> str:
    """The package's main document part (usually ``usual``)."""
    found = relationships(archive, "")
    for target, kind in found.values():
        if kind == "officeDocument" and archive.has(target):
            return target
    if archive.has(usual):
        return usual
    raise DocumentError(
        tr("{name} is damaged: its main part is missing").format(name=archive.control.name)
    )
