"""Reading chatdesk's JSON export back: the document's parts, each value checked.

The format is documented in ``docs/export-format.md`` and written by ``export.py``, which
re-exports everything here for its callers. Reading checks every value the rest of the app
relies on (times, token counts, text), so a hostile or damaged file is refused with a
message saying where, instead of breaking the sidebar or a later save. The format's name and
version live here, below the writers, so that neither module imports the other in a cycle.
"""

from __future__ import annotations

import base64
import binascii
import math
import time
from collections.abc import Mapping
from typing import Any

from chatdesk.core.attachments import IMAGE, MAX_IMAGE_BYTES, MAX_TEXT_BYTES, TEXT, Attachment
from chatdesk.core.i18n import number, tr
from chatdesk.core.import_checks import InvalidImport, is_number, shown, timestamp
from chatdesk.core.messages import (
    Conversation,
    Message,
    MessageStatus,
    Role,
    tool_calls_from_json,
    tool_run_from_json,
)
from chatdesk.core.params import Params
from chatdesk.core.projects import Project, clean_name
from chatdesk.core.usage import Usage

FORMAT_NAME = "chatdesk"
FORMAT_VERSION = 1

MAX_TOKENS = 10**12
"""Per message; sums of many such counts still fit SQLite's 64-bit integers."""
MAX_MILLISECONDS = 10.0**10
"""About 115 days: longer timings are not timings."""


def _field(obj: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    if name not in obj:
        raise InvalidImport(tr("{where}: “{name}” is missing").format(where=where, name=name))
    value = obj[name]
    if not isinstance(value, kind) or (kind is float and isinstance(value, bool)):
        raise InvalidImport(
            tr("{where}: “{name}” has the wrong type").format(where=where, name=name)
        )
    return value


def _str(obj: Mapping[str, Any], name: str) -> str:
    value = obj.get(name)
    return value if isinstance(value, str) else ""


def _milliseconds(obj: Mapping[str, Any], name: str, where: str) -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    if not is_number(value) or not 0 <= value <= MAX_MILLISECONDS:
        raise InvalidImport(
            tr("{where}: “{name}” is not a duration ({value})").format(
                where=where, name=name, value=shown(value)
            )
        )
    return float(value)


def _tokens(obj: Mapping[str, Any], name: str, where: str, within: str = "usage.") -> int:
    """A token count (absent or null: 0); ``within`` prefixes its name in the refusal."""
    value = obj.get(name)
    if value is None:
        return 0
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_TOKENS:
        raise InvalidImport(
            tr("{where}: “{name}” is not a token count ({value})").format(
                where=where, name=within + name, value=shown(value)
            )
        )
    return value


def _attachments(data: Any, where: str) -> tuple[Attachment, ...]:
    if not isinstance(data, list):
        return ()
    out = []
    for i, item in enumerate(data):
        spot = tr("{where}, attachment {number}").format(where=where, number=i + 1)
        if not isinstance(item, dict) or item.get("kind") not in (IMAGE, TEXT):
            raise InvalidImport(tr("{where}: not an image or text attachment").format(where=spot))
        encoded = item.get("data", "")
        if not isinstance(encoded, str):
            raise InvalidImport(tr("{where}: its data is not base64").format(where=spot))
        limit = MAX_IMAGE_BYTES if item["kind"] == IMAGE else MAX_TEXT_BYTES
        if len(encoded) > (limit + 2) // 3 * 4:
            raise InvalidImport(
                tr("{where}: larger than {size} KB").format(where=spot, size=number(limit // 1024))
            )
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (ValueError, binascii.Error):
            raise InvalidImport(tr("{where}: its data is not base64").format(where=spot)) from None
        if item["kind"] == TEXT:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidImport(
                    tr("{where}: a text file that is not UTF-8").format(where=spot)
                ) from None
        out.append(Attachment(item["kind"], _str(item, "name"), _str(item, "mime"), raw))
    return tuple(out)


def not_an_object(where: str) -> InvalidImport:
    """The refusal of a value that must be a JSON object (``chatgpt.py`` raises it too)."""
    return InvalidImport(tr("{where}: not an object").format(where=where))


def message_from_json(data: Any, where: str) -> Message:
    if not isinstance(data, dict):
        raise not_an_object(where)
    role = _field(data, "role", str, where)
    if role not in Role.__members__.values():
        raise InvalidImport(tr("{where}: unknown role “{role}”").format(where=where, role=role))
    status = data.get("status", "complete")
    if not isinstance(status, str) or status not in MessageStatus.__members__.values():
        raise InvalidImport(
            tr("{where}: unknown status “{status}”").format(where=where, status=shown(status))
        )
    if status == MessageStatus.STREAMING:
        status = MessageStatus.INCOMPLETE  # nothing is writing it any more
    usage = data.get("usage")
    parsed_usage = None
    if isinstance(usage, dict):
        parsed_usage = Usage(
            _tokens(usage, "prompt_tokens", where),
            _tokens(usage, "completion_tokens", where),
            bool(usage.get("estimated")),
        )
    created = timestamp(data.get("created"), where, "created")
    msg = Message(
        Role(role),
        _field(data, "content", str, where),
        MessageStatus(status),
        _str(data, "finish_reason") or None,
        parsed_usage,
        model=_str(data, "model"),
        created=time.time() if created is None else created,
        ttft_ms=_milliseconds(data, "ttft_ms", where),
        duration_ms=_milliseconds(data, "duration_ms", where),
        reasoning=_str(data, "reasoning"),
        attachments=_attachments(data.get("attachments"), where),
        tool_calls=tool_calls_from_json(data.get("tool_calls")),
        tool_run=tool_run_from_json(data.get("tool_run")),
    )
    if msg.role is Role.TOOL and msg.tool_run is None:
        raise InvalidImport(tr("{where}: a tool result without its call").format(where=where))
    uid = data.get("uid")
    if isinstance(uid, str) and uid:
        msg.uid = uid
    parent = data.get("parent_uid")
    msg.parent_uid = parent if isinstance(parent, str) else None
    return msg


def conversation_from_json(data: Any, where: str) -> Conversation:
    if not isinstance(data, dict):
        raise not_an_object(where)
    uid = _field(data, "uid", str, where)
    if not uid:
        raise InvalidImport(tr("{where}: “{name}” is empty").format(where=where, name="uid"))
    messages = _field(data, "messages", list, where)
    now = time.time()
    created = timestamp(data.get("created"), where, "created")
    updated = timestamp(data.get("updated"), where, "updated")
    conv = Conversation(
        uid=uid,
        title=_str(data, "title"),
        created=now if created is None else created,
        updated=now if updated is None else updated,
        pinned=bool(data.get("pinned")),
        model=_str(data, "model"),
        system_prompt=_str(data, "system_prompt"),
        params=Params.from_json(data.get("params")),
        profile=_str(data, "profile"),
        length_tokens=_tokens(data, "length_tokens", where, within=""),
        project=_str(data, "project"),
    )
    position: dict[str, int] = {}
    for i, item in enumerate(messages):
        spot = tr("{where}, message {number}").format(where=where, number=i + 1)
        msg = message_from_json(item, spot)
        if msg.uid in position:
            raise InvalidImport(
                tr("{where}: its uid “{uid}” is also message {number}'s").format(
                    where=spot, uid=shown(msg.uid), number=position[msg.uid] + 1
                )
            )
        if "parent_uid" not in item and conv.messages:
            # A hand-written file without parent links reads as one straight thread.
            msg.parent_uid = conv.messages[-1].uid
        elif msg.parent_uid not in position:
            msg.parent_uid = None  # a link to nothing earlier here: start a branch at the root
        position[msg.uid] = i
        conv.messages.append(msg)
    leaf = _str(data, "current_leaf")
    conv.current_leaf = leaf if leaf in position else None
    return conv


def project_from_json(data: Any, where: str) -> Project:
    if not isinstance(data, dict):
        raise not_an_object(where)
    uid = _field(data, "uid", str, where)
    name = clean_name(_field(data, "name", str, where))
    if not uid or not name:
        raise InvalidImport(
            tr("{where}: “{name}” is empty").format(where=where, name="name" if uid else "uid")
        )
    created = timestamp(data.get("created"), where, "created")
    return Project(
        uid=uid,
        name=name,
        created=time.time() if created is None else created,
        system_prompt=_str(data, "system_prompt"),
        profile=_str(data, "profile"),
        model=_str(data, "model"),
        params=Params.from_json(data.get("params")),
    )


def parse_projects(data: Mapping[str, Any]) -> list[Project]:
    """The projects of a chatdesk document (none in files from before projects).

    A conversation whose ``project`` is neither here nor in the history is imported
    without one."""
    items = data.get("projects", [])
    if not isinstance(items, list):
        raise InvalidImport(tr("“projects” is not a list"))
    out: dict[str, Project] = {}
    for i, item in enumerate(items):
        where = tr("project {number}").format(number=i + 1)
        project = project_from_json(item, where)
        if project.uid in out:
            raise InvalidImport(
                tr("{where}: its uid “{uid}” is used twice").format(
                    where=where, uid=shown(project.uid)
                )
            )
        out[project.uid] = project
    return list(out.values())


def parse_chatdesk(data: Mapping[str, Any]) -> list[Conversation]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise InvalidImport(
            tr(
                "this file is chatdesk export version {version}; "
                "this chatdesk reads up to version {supported}"
            ).format(version=shown(version), supported=FORMAT_VERSION)
        )
    items = data.get("conversations")
    if not isinstance(items, list):
        raise InvalidImport(tr("“conversations” is missing or not a list"))
    return [
        conversation_from_json(c, tr("conversation {number}").format(number=i + 1))
        for i, c in enumerate(items)
    ]
