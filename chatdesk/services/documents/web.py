"""HTML pages and EPUB books as Markdown, through the standard library's HTML parser.

``html.parser`` is lenient (real pages are not valid XML), never fetches anything, knows
only HTML's own named characters (no entity expansion), and keeps no tree: tags become
``Flow`` events as they stream past, so nesting costs nothing. Headings, paragraphs, lists,
tables, preformatted code (fenced) and links (http, https, mailto) survive; scripts, styles
and the page head do not. An EPUB is its spine's XHTML files in reading order, each a
``--- Section N ---``, found through ``META-INF/container.xml`` and the package file.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from urllib.parse import unquote

from chatdesk.core.i18n import noop, tr
from chatdesk.core.i18n import number as number_text
from chatdesk.services.documents.flow import Flow
from chatdesk.services.documents.model import MAX_PARTS, Control, DocumentError, Extraction, Part
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip
from chatdesk.services.documents.shared import Collect

MAX_HTML_CHARS = 32_000_000
_SKIPPED = frozenset({"script", "style", "head", "template", "noscript", "svg", "math", "iframe"})
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "address",
        "dd",
        "dt",
        "blockquote",
        "form",
        "caption",
        "body",
        "details",
        "summary",
        "dl",
        "center",
    }
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "col", "source"})
_SPACE = re.compile(r"\s+")


class _Html(HTMLParser):
    def __init__(self, control: Control) -> None:
        super().__init__(convert_charrefs=True)
        self.flow = Flow(control)
        self._skip = 0
        self._lists: list[bool] = []  # ordered?
        self._pre: list[str] | None = None
        self._links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip or tag in _SKIPPED:
            self._skip += tag in _SKIPPED
            return
        flow = self.flow
        if self._pre is not None:
            if tag == "br":
                self._pre.append("\n")
            return
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            flow.paragraph("#" * int(tag[1]) + " ")
        elif tag in _BLOCKS:
            flow.end_paragraph()
        elif tag in ("ul", "ol", "menu"):
            flow.end_paragraph()
            self._lists.append(tag == "ol")
        elif tag == "li":
            ordered = self._lists[-1] if self._lists else False
            indent = "  " * min(max(len(self._lists) - 1, 0), 8)
            flow.paragraph("" if flow.in_table else indent + ("1. " if ordered else "- "))
        elif tag == "br":
            flow.text("\n")
        elif tag == "hr":
            flow.block("---")
        elif tag == "pre":
            flow.end_paragraph()
            self._pre = []
        elif tag == "table":
            flow.table()
        elif tag == "tr":
            flow.row()
        elif tag in ("td", "th"):
            flow.cell()
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            keep = href.startswith(("http://", "https://", "mailto:"))
            self._links.append(href if keep else "")
            if keep:
                flow.text("[")
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                flow.text(f"[image: {_SPACE.sub(' ', alt)}]")
        elif tag == "code":
            flow.text("`")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            self._skip -= tag in _SKIPPED
            return
        flow = self.flow
        if self._pre is not None:
            if tag == "pre":
                code = "".join(self._pre).strip("\n")
                self._pre = None
                longest = max((len(r) for r in re.findall("`+", code)), default=0)
                fence = "`" * max(3, longest + 1)
                flow.block(f"{fence}\n{code}\n{fence}")
            return
        if (
            (len(tag) == 2 and tag[0] == "h" and tag[1] in "123456")
            or tag in _BLOCKS
            or tag == "li"
        ):
            flow.end_paragraph()
        elif tag in ("ul", "ol", "menu"):
            flow.end_paragraph()
            if self._lists:
                self._lists.pop()
        elif tag in ("td", "th"):
            flow.end_cell()
        elif tag == "table":
            flow.end_table()
        elif tag == "a" and self._links:
            href = self._links.pop()
            if href:
                flow.text(f"]({href.replace(' ', '%20').replace(')', '%29')})")
        elif tag == "code":
            flow.text("`")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre is not None:
            self._pre.append(data)
        else:
            self.flow.text(_SPACE.sub(" ", data))


def html_markdown(text: str, control: Control) -> str:
    if len(text) > MAX_HTML_CHARS:
        millions = len(text) / 1e6
        raise DocumentError(
            tr("{name} is too large: {millions} million characters of HTML").format(
                name=control.name, millions=number_text(millions)
            )
        )
    parser = _Html(control)
    for at in range(0, len(text), 256 * 1024):
        control.check()
        parser.feed(text[at : at + 256 * 1024])
    parser.close()
    return parser.flow.markdown()


def extract_html(text: str, control: Control) -> Extraction:
    markdown = html_markdown(text, control)
    if not markdown.strip():
        raise DocumentError(tr("{name} has no text").format(name=control.name))
    return Extraction(control.name, noop("Web page"), "", (Part("", markdown),))


# -- EPUB -------------------------------------------------------------------------------


class _Container(Collect):
    def __init__(self) -> None:
        super().__init__()
        self.package = ""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "rootfile" and not self.package:
            self.package = attrs.get("full-path", "")


class _Package(Collect):
    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, str] = {}
        self.spine: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "item":
            self.items[attrs.get("id", "")] = attrs.get("href", "")
        elif tag == "itemref" and attrs.get("linear") != "no":
            self.spine.append(attrs.get("idref", ""))


class _Encryption(Collect):
    def __init__(self) -> None:
        super().__init__()
        self.protected = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        uri = attrs.get("URI", "").lower()
        if tag == "CipherReference" and uri.endswith((".xhtml", ".html", ".htm", ".xml")):
            self.protected = True


def extract_epub(data: bytes, control: Control) -> Extraction:
    archive = SafeZip(data, control)
    if archive.has("META-INF/encryption.xml"):
        encryption = _Encryption()
        parse(archive.chunks("META-INF/encryption.xml"), encryption, control, "encryption.xml")
        if encryption.protected:
            raise DocumentError(
                tr("{name} is protected by DRM; its text cannot be read").format(name=control.name)
            )
    container = _Container()
    parse(archive.chunks("META-INF/container.xml"), container, control, "container.xml")
    package = _Package()
    parse(archive.chunks(container.package), package, control, container.package)
    folder = posixpath.dirname(container.package)
    files = [package.items.get(i, "") for i in package.spine]
    members = [posixpath.normpath(posixpath.join(folder, unquote(f))) for f in files if f]
    if len(members) > MAX_PARTS:
        raise DocumentError(
            tr("{name} has more than %Ln section(s); not read", "", MAX_PARTS).format(
                name=control.name
            )
        )
    sections = []
    for number, member in enumerate(members):
        control.progress(number, len(members))
        if not archive.has(member):
            continue
        raw = archive.read(member)
        markdown = html_markdown(raw.decode("utf-8", errors="replace"), control)
        if markdown.strip():
            sections.append(markdown)
    if not sections:
        raise DocumentError(tr("{name} has no text").format(name=control.name))
    parts = tuple(Part(f"Section {n}", text) for n, text in enumerate(sections, 1))
    return Extraction(control.name, noop("EPUB book"), "section", parts)
