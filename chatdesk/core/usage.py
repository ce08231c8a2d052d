"""Token usage, reported by the server or estimated when it reports none."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from chatdesk.core.i18n import number, tr

# Chat formats add a few tokens of framing per message (role, separators).
PER_MESSAGE_OVERHEAD = 4
# A widely used rule of thumb for English text with BPE tokenisers.
_CHARS_PER_TOKEN = 4.0
# No request counts more tokens than this; a larger count is a broken or hostile server.
# Keeping counts this small keeps every sum far below SQLite's 2**63 integer limit.
MAX_TOKENS = 10**12


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.estimated or other.estimated,
        )

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> Usage | None:
        """Read an OpenAI ``usage`` object; ``None`` when it is unusable.

        ``Infinity``, ``1e400``, negative, fractional or absurdly large counts make the
        whole object unusable (the reply is then estimated), so nothing downstream
        (sums, prices, SQLite) ever sees them.
        """
        prompt = _count(data.get("prompt_tokens"))
        completion = _count(data.get("completion_tokens"))
        if prompt is None or completion is None:
            return None
        return cls(prompt, completion)


def _count(value: object) -> int | None:
    """A token count from JSON: a whole number in ``0..MAX_TOKENS``; missing is 0."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        return None
    count = int(value)
    return count if 0 <= count <= MAX_TOKENS else None


def estimate_text_tokens(text: str) -> int:
    """Rough token count of ``text``; good enough to budget and to display with ``~``."""
    if not text:
        return 0
    return max(1, math.ceil(len(text) / _CHARS_PER_TOKEN))


# What one image costs at low detail on OpenAI's vision models; a fair rough figure.
IMAGE_TOKENS = 85


def content_tokens(content: object) -> int:
    """Estimated tokens of a message ``content``: a string, or a list of text/image parts."""
    if isinstance(content, str):
        return estimate_text_tokens(content)
    if isinstance(content, list):
        total = 0
        for part in content:
            if isinstance(part, Mapping) and part.get("type") == "text":
                total += estimate_text_tokens(str(part.get("text", "")))
            elif isinstance(part, Mapping) and part.get("type") == "image_url":
                total += IMAGE_TOKENS
        return total
    return 0


def estimate_usage(prompt_messages: Iterable[Mapping[str, Any]], completion: str) -> Usage:
    """Estimate usage for a reply when the server did not report it."""
    prompt = sum(
        content_tokens(m.get("content", "")) + PER_MESSAGE_OVERHEAD for m in prompt_messages
    )
    return Usage(prompt, estimate_text_tokens(completion), estimated=True)


def format_count(usage: Usage) -> str:
    """``"1,234"`` or ``"~1,234"`` for an estimate."""
    prefix = "~" if usage.estimated else ""
    return f"{prefix}{number(usage.total_tokens)}"


def format_usage(usage: Usage) -> str:
    prefix = "~" if usage.estimated else ""
    return tr(
        "{prompt} prompt + {completion} completion = {total} token(s)", "", usage.total_tokens
    ).format(
        prompt=prefix + number(usage.prompt_tokens),
        completion=prefix + number(usage.completion_tokens),
        total=prefix + number(usage.total_tokens),
    )
