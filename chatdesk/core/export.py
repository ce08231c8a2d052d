"""chatdesk's export formats (JSON, Markdown) and reading them back.

The JSON format is documented in ``docs/export-format.md``; it round-trips every
stored field, so export followed by import loses nothing.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterable, Mapping
from typing import Any

from chatdesk.core.attachments import Attachment
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.core.params import Params
from chatdesk.core.usage import Usage

FORMAT_NAME = "chatdesk"
FORMAT_VERSION = 1


class InvalidImport(Exception):
    """An import file that cannot be used; the message names what is wrong and where."""


def message_to_json(msg: Message) -> dict[str, Any]:
    usage = None
    if msg.usage is not None:
        usage = {
            "prompt_tokens": msg.usage.prompt_tokens,
            "completion_tokens": msg.usage.completion_tokens,
            "estimated": msg.usage.estimated,
        }
    return {
        "uid": msg.uid,
        "parent_uid": msg.parent_uid,
        "role": msg.role.value,
        "content": msg.content,
        "model": msg.model,
        "created": msg.created,
        "status": msg.status.value,
        "finish_reason": msg.finish_reason,
        "usage": usage,
        "ttft_ms": msg.ttft_ms,
        "duration_ms": msg.duration_ms,
        "reasoning": msg.reasoning,
        "attachments": [
            {
                "kind": a.kind,
                "name": a.name,
                "mime": a.mime,
                "data": base64.b64encode(a.data).decode("ascii"),
            }
            for a in msg.attachments
        ],
    }


def conversation_to_json(conv: Conversation) -> dict[str, Any]:
    return {
        "uid": conv.uid,
        "title": conv.title,
        "created": conv.created,
        "updated": conv.updated,
        "pinned": conv.pinned,
        "model": conv.model,
        "system_prompt": conv.system_prompt,
        "current_leaf": conv.current_leaf,
        "params": conv.params.to_json(),
        "profile": conv.profile,
        "messages": [message_to_json(m) for m in conv.messages],
    }


def document_head() -> str:
    """The opening of an export document, up to the conversations array."""
    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported": time.time()}
    return json.dumps(head)[:-1] + ', "conversations": ['


def to_json(conversations: Iterable[Conversation]) -> str:
    parts = [json.dumps(conversation_to_json(c), ensure_ascii=False) for c in conversations]
    return document_head() + ", ".join(parts) + "]}"


def to_markdown(conv: Conversation) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(conv.created))
    lines = [f"# {conv.title or 'Conversation'}", "", f"*{when}*"]
    if conv.model:
        lines[-1] += f" · *{conv.model}*"
    lines.append("")
    if conv.system_prompt:
        lines += ["> **System:** " + conv.system_prompt.replace("\n", "\n> "), ""]
    for msg in conv.messages:
        who = {"user": "You", "assistant": "Assistant", "system": "System"}[msg.role.value]
        note = "" if msg.status in (MessageStatus.COMPLETE,) else f" *({msg.status.value})*"
        lines += [f"## {who}{note}", "", msg.content, ""]
    return "\n".join(lines).rstrip() + "\n"


# -- reading -----------------------------------------------------------------------


def _field(obj: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    if name not in obj:
        raise InvalidImport(f"{where}: “{name}” is missing")
    value = obj[name]
    if not isinstance(value, kind) or (kind is float and isinstance(value, bool)):
        raise InvalidImport(f"{where}: “{name}” has the wrong type")
    return value


def _str(obj: Mapping[str, Any], name: str) -> str:
    value = obj.get(name)
    return value if isinstance(value, str) else ""


def _optional_number(obj: Mapping[str, Any], name: str) -> float | None:
    value = obj.get(name)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _attachments(data: Any, where: str) -> tuple[Attachment, ...]:
    if not isinstance(data, list):
        return ()
    out = []
    for i, item in enumerate(data):
        spot = f"{where}, attachment {i + 1}"
        if not isinstance(item, dict) or item.get("kind") not in ("image", "text"):
            raise InvalidImport(f"{spot}: not an image or text attachment")
        try:
            raw = base64.b64decode(str(item.get("data", "")), validate=True)
        except ValueError:
            raise InvalidImport(f"{spot}: its data is not base64") from None
        out.append(Attachment(item["kind"], _str(item, "name"), _str(item, "mime"), raw))
    return tuple(out)


def message_from_json(data: Any, where: str) -> Message:
    if not isinstance(data, dict):
        raise InvalidImport(f"{where}: not an object")
    role = _field(data, "role", str, where)
    if role not in Role.__members__.values():
        raise InvalidImport(f"{where}: unknown role “{role}”")
    status = data.get("status", "complete")
    if status not in MessageStatus.__members__.values():
        raise InvalidImport(f"{where}: unknown status “{status}”")
    usage = data.get("usage")
    parsed_usage = None
    if isinstance(usage, dict):
        parsed_usage = Usage(
            int(usage.get("prompt_tokens") or 0),
            int(usage.get("completion_tokens") or 0),
            bool(usage.get("estimated")),
        )
    msg = Message(
        Role(role),
        _field(data, "content", str, where),
        MessageStatus(status),
        _str(data, "finish_reason") or None,
        parsed_usage,
        model=_str(data, "model"),
        created=_optional_number(data, "created") or time.time(),
        ttft_ms=_optional_number(data, "ttft_ms"),
        duration_ms=_optional_number(data, "duration_ms"),
        reasoning=_str(data, "reasoning"),
        attachments=_attachments(data.get("attachments"), where),
    )
    uid = data.get("uid")
    if isinstance(uid, str) and uid:
        msg.uid = uid
    parent = data.get("parent_uid")
    msg.parent_uid = parent if isinstance(parent, str) else None
    return msg


def conversation_from_json(data: Any, where: str) -> Conversation:
    if not isinstance(data, dict):
        raise InvalidImport(f"{where}: not an object")
    uid = _field(data, "uid", str, where)
    messages = _field(data, "messages", list, where)
    conv = Conversation(
        uid=uid,
        title=_str(data, "title"),
        created=_optional_number(data, "created") or time.time(),
        updated=_optional_number(data, "updated") or time.time(),
        pinned=bool(data.get("pinned")),
        model=_str(data, "model"),
        system_prompt=_str(data, "system_prompt"),
        current_leaf=_str(data, "current_leaf") or None,
        params=Params.from_json(data.get("params")),
        profile=_str(data, "profile"),
    )
    for i, item in enumerate(messages):
        msg = message_from_json(item, f"{where}, message {i + 1}")
        if "parent_uid" not in item and conv.messages:
            # A hand-written file without parent links reads as one straight thread.
            msg.parent_uid = conv.messages[-1].uid
        conv.messages.append(msg)
    return conv


def parse_chatdesk(data: Mapping[str, Any]) -> list[Conversation]:
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise InvalidImport(
            f"this file is chatdesk export version {version}; "
            f"this chatdesk reads up to version {FORMAT_VERSION}"
        )
    items = data.get("conversations")
    if not isinstance(items, list):
        raise InvalidImport("“conversations” is missing or not a list")
    return [conversation_from_json(c, f"conversation {i + 1}") for i, c in enumerate(items)]


def parse_import(text: str) -> list[Conversation]:
    """Conversations from a chatdesk export or a ChatGPT ``conversations.json``."""
    from chatdesk.core.chatgpt import parse_chatgpt

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidImport(f"not valid JSON ({exc})") from None
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return parse_chatdesk(data)
    if isinstance(data, list):
        return parse_chatgpt(data)
    raise InvalidImport(
        "not a chatdesk export or a ChatGPT conversations.json "
        '(expected an object with "format": "chatdesk", or a list of conversations)'
    )
