"""Writing chatdesk's export formats: JSON, and Markdown for people to read.

The JSON format is documented in ``docs/export-format.md``; it round-trips every
stored field, so export followed by import loses nothing. Reading it back, with the checks
that refuse a hostile or damaged file, is ``export_reading.py``'s; its names are re-exported
here so callers keep one module for both directions. Which format a file is, and its
decoding, are ``imports.py``'s.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Iterable
from typing import Any

from chatdesk.core.attachments import TEXT, Attachment
from chatdesk.core.export_reading import FORMAT_NAME as FORMAT_NAME
from chatdesk.core.export_reading import FORMAT_VERSION as FORMAT_VERSION
from chatdesk.core.export_reading import MAX_MILLISECONDS as MAX_MILLISECONDS
from chatdesk.core.export_reading import MAX_TOKENS as MAX_TOKENS
from chatdesk.core.export_reading import conversation_from_json as conversation_from_json
from chatdesk.core.export_reading import message_from_json as message_from_json
from chatdesk.core.export_reading import not_an_object as not_an_object
from chatdesk.core.export_reading import parse_chatdesk as parse_chatdesk
from chatdesk.core.export_reading import parse_projects as parse_projects
from chatdesk.core.export_reading import project_from_json as project_from_json
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role, tool_run_to_json
from chatdesk.core.projects import Project


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
        "tool_calls": [call.as_api() for call in msg.tool_calls],
        "tool_run": tool_run_to_json(msg.tool_run) if msg.tool_run is not None else None,
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
        "length_tokens": conv.length_tokens,
        "project": conv.project,
        "messages": [message_to_json(m) for m in conv.messages],
    }


def project_to_json(project: Project) -> dict[str, Any]:
    """A project's name and defaults (its folded state in the sidebar is not exported)."""
    return {
        "uid": project.uid,
        "name": project.name,
        "created": project.created,
        "system_prompt": project.system_prompt,
        "profile": project.profile,
        "model": project.model,
        "params": project.params.to_json(),
    }


def document_head(projects: Iterable[Project] = ()) -> str:
    """The opening of an export document, its projects included, up to the conversations
    array."""
    head: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported": time.time(),
        "projects": [project_to_json(p) for p in projects],
    }
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "conversations": ['


def to_json(conversations: Iterable[Conversation], projects: Iterable[Project] = ()) -> str:
    parts = [json.dumps(conversation_to_json(c), ensure_ascii=False) for c in conversations]
    return document_head(projects) + ", ".join(parts) + "]}"


def project_to_markdown(project: Project) -> str:
    """The heading of a project's Markdown export: its name and defaults."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(project.created))
    lines = [f"# Project: {project.name}", "", f"*created {when}*", ""]
    defaults = [
        ("Profile", project.profile),
        ("Model", project.model),
        ("Parameters", json.dumps(project.params.to_json()) if project.params.to_json() else ""),
    ]
    lines += [f"- {name}: {_code(value)}" for name, value in defaults if value]
    if project.system_prompt:
        lines += ["", "> **System:** " + project.system_prompt.replace("\n", "\n> ")]
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(conv: Conversation) -> str:
    """The conversation for people to read: each message, with its attached files' text
    under it, its tool calls and their results."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(conv.created))
    lines = [f"# {conv.title or 'Conversation'}", "", f"*{when}*"]
    if conv.model:
        lines[-1] += f" · *{conv.model}*"
    lines.append("")
    if conv.system_prompt:
        lines += ["> **System:** " + conv.system_prompt.replace("\n", "\n> "), ""]
    for msg in conv.messages:
        if msg.role is Role.TOOL:
            lines += _tool_result_markdown(msg)
            continue
        who = {"user": "You", "assistant": "Assistant", "system": "System"}[msg.role.value]
        note = "" if msg.status in (MessageStatus.COMPLETE,) else f" *({msg.status.value})*"
        lines += [f"## {who}{note}", "", msg.content, ""]
        for attachment in msg.attachments:
            lines += _attachment_markdown(attachment)
        for call in msg.tool_calls:
            server, _, tool = call.name.partition("__")
            lines += [f"- Tool call: `{server} · {tool or server}` {_code(call.arguments)}"]
        if msg.tool_calls:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_BACKTICKS = re.compile("`+")


def _code(text: str) -> str:
    """Inline code that survives backticks in ``text``."""
    text = " ".join(text.split())
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def _fenced(body: str) -> list[str]:
    """A code block no run of backticks in ``body`` can close (a document's own fences)."""
    longest = max((len(r) for r in _BACKTICKS.findall(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, body, fence, ""]


def _tool_result_markdown(msg: Message) -> list[str]:
    run = msg.tool_run
    what = f"{run.server} · {run.tool} · {run.state}" if run is not None else "tool"
    return [f"### Tool result ({what})", "", *_fenced(msg.content)]


def _attachment_markdown(attachment: Attachment) -> list[str]:
    """A file under its name: a text file's or document's text as the model got it, fenced;
    an image by its name only (the JSON export keeps its bytes)."""
    if attachment.kind != TEXT:
        return [f"*Attached image: {_code(attachment.name)}*", ""]
    text = attachment.data.decode("utf-8", "replace").rstrip()
    return [f"**Attached file: {_code(attachment.name)}**", "", *_fenced(text)]
