"""Reading ChatGPT's data export (``conversations.json``).

Each conversation holds a ``mapping`` of nodes ``{id, message, parent, children}``
forming a tree (edits and regenerations are branches). The branch the user last saw
ends at ``current_node``: follow ``parent`` links back from it to the root.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from chatdesk.core.export import not_an_object
from chatdesk.core.i18n import tr
from chatdesk.core.import_checks import InvalidImport, timestamp
from chatdesk.core.messages import Conversation, Message, Role

_ROLES = {"user": Role.USER, "assistant": Role.ASSISTANT, "system": Role.SYSTEM}


def _text_of(content: Any) -> str:
    """Readable text of a ChatGPT message ``content`` of any content type."""
    if not isinstance(content, dict):
        return ""
    kind = content.get("content_type")
    if kind == "code":
        language = content.get("language") or ""
        language = "" if language == "unknown" else language
        text = content.get("text") or ""
        return f"```{language}\n{text}\n```" if text else ""
    parts = content.get("parts")
    if isinstance(parts, list):
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, dict):
                if isinstance(part.get("text"), str):
                    out.append(part["text"])
                elif part.get("content_type") == "image_asset_pointer":
                    out.append("[image]")
        return "\n".join(p for p in out if p)
    text = content.get("text")
    return text if isinstance(text, str) else ""


def _is_hidden(message: dict[str, Any]) -> bool:
    metadata = message.get("metadata")
    return isinstance(metadata, dict) and bool(metadata.get("is_visually_hidden_from_conversation"))


def _conversation(data: Any, index: int) -> Conversation:
    #: Where a problem is in an imported file: its 3rd conversation.
    where = tr("conversation {number}").format(number=index + 1)
    if not isinstance(data, dict):
        raise not_an_object(where)
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    if title:
        where = tr("{where} (“{title}”)").format(where=where, title=title[:60])
    mapping = data.get("mapping")
    if not isinstance(mapping, dict):
        raise InvalidImport(
            tr("{where}: “mapping” is missing or not an object").format(where=where)
        )
    current = data.get("current_node")
    if not isinstance(current, str) or current not in mapping:
        raise InvalidImport(
            tr("{where}: “current_node” does not name a node in “mapping”").format(where=where)
        )
    chain: list[dict[str, Any]] = []
    seen: set[str] = set()
    node_id: Any = current
    while isinstance(node_id, str):
        if node_id in seen:
            raise InvalidImport(
                tr("{where}: the parent links loop at node {node}").format(
                    where=where, node=node_id
                )
            )
        seen.add(node_id)
        node = mapping.get(node_id)
        if not isinstance(node, dict):
            raise InvalidImport(
                tr("{where}: node {node} is missing from “mapping”").format(
                    where=where, node=node_id
                )
            )
        chain.append(node)
        node_id = node.get("parent")
    chain.reverse()

    source_id = data.get("conversation_id") or data.get("id")
    stamped = timestamp(data.get("create_time"), where, "create_time")
    created = stamped or time.time()
    conv = Conversation(
        uid=f"chatgpt-{source_id}" if isinstance(source_id, str) and source_id else "",
        title=title or tr("ChatGPT conversation"),
        created=created,
        updated=timestamp(data.get("update_time"), where, "update_time") or created,
    )
    uids: set[str] = set()
    for node in chain:
        message = node.get("message")
        if not isinstance(message, dict):
            continue  # the empty root
        author = message.get("author")
        role = _ROLES.get(str(author.get("role"))) if isinstance(author, dict) else None
        if role is None or _is_hidden(message):
            continue  # tool calls and hidden system scaffolding
        text = _text_of(message.get("content"))
        if not text.strip():
            continue
        raw_metadata = message.get("metadata")
        metadata: dict[str, Any] = raw_metadata if isinstance(raw_metadata, dict) else {}
        slug = metadata.get("model_slug")
        spot = tr("{where}, node {node}").format(where=where, node=_node_id(node))
        msg = Message(
            role,
            text,
            model=slug if isinstance(slug, str) and role is Role.ASSISTANT else "",
            created=timestamp(message.get("create_time"), spot, "create_time") or conv.created,
        )
        if isinstance(message.get("id"), str) and message["id"]:
            msg.uid = f"chatgpt-{message['id']}"
            if msg.uid in uids:
                raise InvalidImport(
                    tr("{where}: message id {message_id} appears twice").format(
                        where=spot, message_id=message["id"][:40]
                    )
                )
        uids.add(msg.uid)
        conv.add(msg)
    if not conv.uid:
        # No id in the file: derive one from content so a second import is still recognised.
        digest = hashlib.sha256(
            repr((title, stamped, [m.content for m in conv.messages])).encode()
        ).hexdigest()
        conv.uid = f"chatgpt-{digest[:32]}"
    conv.model = next((m.model for m in reversed(conv.messages) if m.model), "")
    return conv


def _node_id(node: dict[str, Any]) -> str:
    """A node's id for error messages."""
    value = node.get("id")
    return value[:40] if isinstance(value, str) else "?"


def parse_chatgpt(data: list[Any]) -> list[Conversation]:
    return [_conversation(item, i) for i, item in enumerate(data)]
