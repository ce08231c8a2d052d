"""Reading an import file: its bytes as text, the text as JSON, and which format it is.

chatdesk's own export (``export.py``) and ChatGPT's ``conversations.json``
(``chatgpt.py``) are told apart here; both parsers raise ``InvalidImport``
(``import_checks.py``), re-exported here for the callers. Pure: the file itself is read by
``services/transfer.py``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from chatdesk.core.chatgpt import parse_chatgpt
from chatdesk.core.export import FORMAT_NAME, parse_chatdesk
from chatdesk.core.i18n import tr
from chatdesk.core.import_checks import InvalidImport
from chatdesk.core.messages import Conversation

__all__ = [
    "MAX_IMPORT_BYTES",
    "InvalidImport",
    "clean_text",
    "decode_text",
    "load_json",
    "parse_import",
]

MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""The largest file an import reads (checked before reading): years of daily ChatGPT use
export to well under this, and parsing takes several times the file's size in memory."""

_SURROGATE_HINT = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def parse_import(text: str) -> list[Conversation]:
    """Conversations from a chatdesk export or a ChatGPT ``conversations.json``."""
    data = load_json(text)
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return parse_chatdesk(data)
    if isinstance(data, list):
        return parse_chatgpt(data)
    raise InvalidImport(
        tr(
            "not a chatdesk export or a ChatGPT conversations.json "
            '(expected an object with "format": "chatdesk", or a list of conversations)'
        )
    )


def decode_text(raw: bytes) -> str:
    """An import file's bytes as text: UTF-8 (with or without a byte order mark)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidImport(
            tr("it is not UTF-8 text (invalid byte at offset {offset})").format(offset=exc.start)
        ) from None


def load_json(text: str) -> Any:
    """Parse an import file's text; ``InvalidImport`` for anything that is not JSON."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidImport(tr("it is nested too deeply to be an export")) from None
    except ValueError as exc:
        raise InvalidImport(tr("not valid JSON ({problem})").format(problem=exc)) from None
    return _clean_tree(data) if _SURROGATE_HINT.search(text) else data


def clean_text(text: str) -> str:
    """``text`` with split UTF-16 pairs joined and lone halves replaced by U+FFFD.

    SQLite and Qt refuse lone surrogates (``"\ud83d"`` without its pair), so one in an
    imported string would make every later save of that text fail.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _clean_tree(data: Any) -> Any:
    """Every string in a parsed JSON document through ``clean_text``, without recursion."""
    root = [data]
    stack: list[Any] = [root]
    while stack:
        box = stack.pop()
        if isinstance(box, list):
            for i, value in enumerate(box):
                if isinstance(value, str):
                    box[i] = clean_text(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
        else:
            for key in list(box):
                value = box.pop(key)
                if isinstance(value, str):
                    value = clean_text(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
                box[clean_text(key)] = value
    return root[0]
