"""What the window may know about the active server's key: where it came from, and whether
the keyring can be used (never the key's origin as a string to compare)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class KeySource(enum.Enum):
    """Where the active server's key came from (``SESSION``: typed, not in the keyring)."""

    KEYRING = enum.auto()
    ENVIRONMENT = enum.auto()
    SESSION = enum.auto()
    NONE = enum.auto()


@dataclass(frozen=True)
class KeyState:
    """What the settings dialog needs to know about the key, without the key's origin leaking."""

    key: str
    source: KeySource
    keyring_available: bool
    keyring_problem: str
