"""XML from untrusted documents, streamed through expat with everything dangerous off.

Office and EPUB files are ZIP archives of XML, and XML has its own bombs: entities that
expand to gigabytes ("billion laughs"), external entities that read local files, and
nesting deep enough to exhaust a recursive reader. Here a document type with an internal
subset, any entity declaration and any external reference is refused outright (no Office
or ODF file has one), nesting is capped, and the text is streamed to a handler instead of
built into a tree, so memory stays bounded by what the handler keeps. This is what
``defusedxml`` does, plus the depth cap, without a dependency.

Names reach the handler without their namespace: ``w:p`` arrives as ``p``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol
from xml.parsers import expat

from chatdesk.core.i18n import tr
from chatdesk.services.documents.model import Control, DocumentError

MAX_DEPTH = 256
"""Word nests tables in tables, but never this deep."""


class Handler(Protocol):
    def start(self, tag: str, attrs: dict[str, str]) -> None: ...
    def end(self, tag: str) -> None: ...
    def data(self, text: str) -> None: ...


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


class _Refused(Exception):
    pass


def parse(chunks: Iterable[bytes], handler: Handler, control: Control, where: str) -> None:
    """Feed ``chunks`` of one XML part to ``handler``; ``DocumentError`` names ``where``."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = 0

    def doctype(name: str, sysid: str | None, pubid: str | None, internal: int) -> None:
        if internal:
            raise _Refused(
                tr("it declares its own entities (a document type with an internal subset)")
            )

    def refuse_entities(*_: object) -> None:
        raise _Refused(tr("it declares entities"))

    def external(*_: object) -> int:
        raise _Refused(tr("it refers to external entities"))

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(tr("its elements nest more than {limit} deep").format(limit=MAX_DEPTH))
        handler.start(_local(name), {_local(k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(_local(name))

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = refuse_entities
    parser.UnparsedEntityDeclHandler = refuse_entities
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.data
    try:
        for chunk in chunks:
            control.check()
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Refused as exc:
        raise DocumentError(
            tr("{name} cannot be read: {part} is unsafe ({reason})").format(
                name=control.name, part=where, reason=exc
            )
        ) from None
    except expat.ExpatError as exc:
        why = expat.errors.messages[exc.code]
        raise DocumentError(
            tr("{name} is damaged: {part} is not valid XML ({error}, line {line})").format(
                name=control.name, part=where, error=why, line=exc.lineno
            )
        ) from None
    except DocumentError:  # a handler's limit (a ValueError too)
        raise
    except (LookupError, ValueError) as exc:  # an unknown encoding declared, say
        raise DocumentError(
            tr("{name} is damaged: {part} cannot be read ({error})").format(
                name=control.name, part=where, error=exc
            )
        ) from None
    except RecursionError:
        raise DocumentError(
            tr("{name} cannot be read: {part} nests too deeply").format(
                name=control.name, part=where
            )
        ) from None
