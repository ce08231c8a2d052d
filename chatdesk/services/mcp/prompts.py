"""A server's prompts (MCP ``prompts/list`` and ``prompts/get``) as plain values.

Everything a server sends is untrusted: names, titles, descriptions and texts are cleaned of
control characters and terminal escapes and capped. A prompt whose name or an argument's name
is too long to be sent back as it is, or that has too many arguments, is left out rather
than cut (a cut name would ask the server for something else).
"""

from __future__ import annotations

import logging

import mcp_types as types
from mcp import Client

from chatdesk.services.mcp.api import PromptArgument, PromptFailure, PromptSpec, PromptText
from chatdesk.services.mcp.results import describe
from chatdesk.services.mcp.text import cap, clean

log = logging.getLogger(__name__)

MAX_PAGES = 20
MAX_PROMPTS = 500
"""Per server: more are not listed."""
MAX_NAME = 200
"""Characters in a prompt's or an argument's name."""
MAX_TITLE = 120
MAX_DESCRIPTION = 1000
MAX_ARGUMENTS = 20
TEXT_CAP = 100 * 1024
"""The most a prompt's text may be, in UTF-8 bytes (a saved prompt holds 100,000 characters)."""


async def list_prompts(client: Client, server: str) -> tuple[PromptSpec, ...]:
    """Every prompt the server lists (up to ``MAX_PROMPTS``), in its order."""
    found: list[PromptSpec] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = await client.list_prompts(cursor=cursor)
        for prompt in page.prompts:
            spec = prompt_spec(server, prompt)
            if spec is None:
                log.info("MCP server %s: prompt left out (name or arguments)", server)
            elif len(found) < MAX_PROMPTS:
                found.append(spec)
        cursor = page.next_cursor
        if not cursor or len(found) >= MAX_PROMPTS:
            break
    return tuple(found)


def prompt_spec(server: str, prompt: types.Prompt) -> PromptSpec | None:
    name = prompt.name
    arguments = prompt.arguments or []
    if not _usable(name) or len(arguments) > MAX_ARGUMENTS:
        return None
    if not all(_usable(a.name) for a in arguments):
        return None
    return PromptSpec(
        server,
        name,
        line(prompt.title or name, MAX_TITLE) or line(name, MAX_TITLE),
        line(prompt.description or "", MAX_DESCRIPTION),
        tuple(
            PromptArgument(a.name, line(a.description or "", MAX_DESCRIPTION), bool(a.required))
            for a in arguments
        ),
    )


def prompt_text(result: types.GetPromptResult) -> str:
    """The prompt's messages as one text: each message's content, a blank line between them;
    non-text content is described in brackets."""
    parts = [describe(message.content) for message in result.messages]
    return cap(clean("\n\n".join(p for p in parts if p)), TEXT_CAP)


def refused(reason: str) -> PromptText:
    return PromptText(failure=PromptFailure.REFUSED, detail=line(reason, MAX_DESCRIPTION))


def line(text: str, limit: int) -> str:
    """``text`` on one line, cleaned, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _usable(name: str) -> bool:
    return 0 < len(name) <= MAX_NAME and clean(name) == name and name.strip() == name
