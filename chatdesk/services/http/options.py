"""Timeouts and retry pacing of a client; tests shorten them.

Its own small module, so the window can hold one without loading the HTTP client.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClientOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 120.0
    max_attempts: int = 3
    backoff_base: float = 1.0
