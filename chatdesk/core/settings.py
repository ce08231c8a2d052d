"""Non-secret settings as one immutable value; the key is never part of it.

``Settings`` is the user's preferences plus the server profiles and which one is active:
a server's URL, model, API style and network settings live only in its ``Profile``.
Files written before that (version 1: the active server's fields at the top level,
keyless and keyring hints as sets of servers) are migrated by ``from_json``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from chatdesk.core.i18n import LANGUAGES, tr
from chatdesk.core.params import Params
from chatdesk.core.pricing import Price, prices_from_json
from chatdesk.core.profiles import (
    AZURE,
    DEFAULT_BASE_URL,
    DEFAULT_MODEL,
    OPENAI,
    NetworkSettings,
    Profile,
    read_server,
)
from chatdesk.core.providers import guess_provider
from chatdesk.core.tools import DEFAULT_STEP_LIMIT
from chatdesk.core.urls import (
    CREDENTIALS_IN_URL,
    PROXY_SCHEMES,
    has_credentials,
    is_loopback_host,
    is_unencrypted_remote,
    loaded_url,
    normalize_base_url,
    proxy_secret_id,
    validate_base_url,
    validate_proxy,
    without_credentials,
)

__all__ = [
    "AZURE",
    "CREDENTIALS_IN_URL",
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "LEGACY_KEYS",
    "OPENAI",
    "PROXY_SCHEMES",
    "SETTINGS_VERSION",
    "TEXT_SCALE_RANGE",
    "NetworkSettings",
    "Prefs",
    "Profile",
    "Settings",
    "Theme",
    "first_profile",
    "has_credentials",
    "is_loopback_host",
    "is_old_shape",
    "is_unencrypted_remote",
    "normalize_base_url",
    "proxy_secret_id",
    "validate_base_url",
    "validate_proxy",
    "without_credentials",
]


class Theme(enum.StrEnum):
    """The window's colours. A ``StrEnum``: settings.json keeps its strings, and a
    combo box's string data compares equal."""

    SYSTEM = "system"
    """Follow the desktop's light or dark setting."""
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"

    @classmethod
    def read(cls, value: object) -> Theme:
        """``value`` as read from a file or a widget; anything unknown (a newer version's
        theme, a hand edit) follows the system, as before."""
        try:
            return cls(value) if isinstance(value, str) else cls.SYSTEM
        except ValueError:
            return cls.SYSTEM


TEXT_SCALE_RANGE = (50, 300)
"""The conversation's text size, in percent of the system font (``Prefs.text_scale``)."""
SETTINGS_VERSION = 2
"""2: server fields live in the profiles. 1 (no ``version``): the active server's at the top."""
# Top-level keys of version 1 that moved into the profiles; dropped when saving.
LEGACY_KEYS = (
    "base_url",
    "model",
    "api_style",
    "api_version",
    "proxy",
    "proxy_user",
    "ca_bundle",
    "verify_tls",
    "keyless_servers",
    "keyring_servers",
)
FIRST_PROFILE = "default"


@dataclass(frozen=True)
class Prefs:
    """The user's preferences: the same whichever server is in use."""

    system_prompt: str = ""
    """Optional instructions sent first in every request; empty means none."""
    stream: bool = True
    """Stream replies (SSE); off for servers that cannot."""
    stop: tuple[str, ...] = ()
    """Stop sequences sent with every request (base models need them to end a turn)."""
    prices: Mapping[str, Price] = field(default_factory=dict)
    """The user's own prices (model -> Price), overriding the defaults."""
    context_lengths: Mapping[str, int] = field(default_factory=dict)
    """The user's context lengths per model (tokens), overriding the defaults."""
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Saved starting points ("assistants"): name -> {"system_prompt", "params"}."""
    theme: Theme = Theme.SYSTEM
    """Always a ``Theme``: a plain string given here (the settings dialog's) is read as one."""
    tool_steps: int = DEFAULT_STEP_LIMIT
    """Requests one turn may make with tools (each tool round is one more) before it stops."""
    close_to_tray: bool = False
    """Closing the window hides it to the tray (where the desktop has one) and chatdesk
    keeps running; Quit quits. Off: closing the window quits."""
    text_scale: int = 100
    """The conversation's text size in percent of the system font (Ctrl+= / Ctrl+- / Ctrl+0)."""
    language: str = ""
    """A shipped language code (``core.i18n.LANGUAGES``) overriding the system's; "" follows
    the system. Applied at the next start."""

    def __post_init__(self) -> None:
        if not isinstance(self.theme, Theme):
            object.__setattr__(self, "theme", Theme.read(self.theme))

    def to_json(self) -> dict[str, Any]:
        return {
            "system_prompt": self.system_prompt,
            "stream": self.stream,
            "theme": self.theme.value,
            "tool_steps": self.tool_steps,
            "close_to_tray": self.close_to_tray,
            "text_scale": self.text_scale,
            "language": self.language,
            "stop": list(self.stop),
            "context_lengths": dict(self.context_lengths),
            "presets": {k: dict(v) for k, v in self.presets.items()},
            "prices": {
                m: [p.input_per_million, p.output_per_million] for m, p in self.prices.items()
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Prefs:
        def pick(name: str, kind: type, fallback: Any) -> Any:
            value = data.get(name, fallback)
            return value if isinstance(value, kind) else fallback

        return cls(
            system_prompt=pick("system_prompt", str, ""),
            stream=pick("stream", bool, True),
            stop=tuple(s for s in pick("stop", list, []) if isinstance(s, str) and s)[:4],
            prices=prices_from_json(data.get("prices")),
            context_lengths=_context_lengths(data.get("context_lengths")),
            presets=_presets(data.get("presets")),
            theme=Theme.read(data.get("theme")),
            tool_steps=_tool_steps(data.get("tool_steps")),
            close_to_tray=pick("close_to_tray", bool, False),
            text_scale=_text_scale(data.get("text_scale")),
            language=_language(data.get("language")),
        )


def _language(value: object) -> str:
    return value if isinstance(value, str) and value in LANGUAGES else ""


def _text_scale(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return min(TEXT_SCALE_RANGE[1], max(TEXT_SCALE_RANGE[0], value))
    return 100


def _tool_steps(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return min(100, max(1, value))
    return DEFAULT_STEP_LIMIT


def first_profile(base_url: str = DEFAULT_BASE_URL) -> Profile:
    """The profile made when there is none. Its keyring entry is its base URL, where keys
    were saved before profiles existed."""
    url = loaded_url(base_url) or DEFAULT_BASE_URL
    guess = guess_provider(url).name
    name = tr("Default") if guess == "Custom" else guess
    return Profile(FIRST_PROFILE, name, url, base_url=url)


@dataclass(frozen=True)
class Settings:
    """Preferences, the server profiles, and which profile is active."""

    prefs: Prefs = field(default_factory=Prefs)
    profiles: tuple[Profile, ...] = field(default_factory=lambda: (first_profile(),))
    """Named servers, at least one."""
    active_id: str = FIRST_PROFILE

    def __post_init__(self) -> None:
        if not any(p.id == self.active_id for p in self.profiles):
            raise ValueError(f"no profile {self.active_id!r} among the profiles")

    @property
    def active(self) -> Profile:
        """The server in use."""
        return next(p for p in self.profiles if p.id == self.active_id)

    def find(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def with_prefs(self, **changes: Any) -> Settings:
        return replace(self, prefs=replace(self.prefs, **changes))

    def with_profile(self, profile_id: str, **changes: Any) -> Settings:
        profiles = tuple(replace(p, **changes) if p.id == profile_id else p for p in self.profiles)
        return replace(self, profiles=profiles)

    def updated(self, profile: Profile) -> Settings:
        """``profile`` in place of the one with its id."""
        return replace(
            self, profiles=tuple(profile if p.id == profile.id else p for p in self.profiles)
        )

    def with_active(self, **changes: Any) -> Settings:
        """The active profile changed (``model=…``, ``network=…``)."""
        return self.with_profile(self.active_id, **changes)

    def with_key_entry(self, key_id: str, **changes: Any) -> Settings:
        """Every profile whose key is keyring entry ``key_id`` changed (``has_saved_key``…)."""
        profiles = tuple(replace(p, **changes) if p.key_id == key_id else p for p in self.profiles)
        return replace(self, profiles=profiles)

    def switched(self, profile_id: str) -> Settings:
        """Make another profile active (unchanged when there is no such profile)."""
        return replace(self, active_id=profile_id) if self.find(profile_id) else self

    def added(self, profile: Profile) -> Settings:
        return replace(self, profiles=(*self.profiles, profile))

    def without(self, profile_id: str) -> Settings:
        """A profile removed; the first one left becomes active if it was. The last stays."""
        rest = tuple(p for p in self.profiles if p.id != profile_id)
        if not rest:
            return self
        active = self.active_id if self.active_id != profile_id else rest[0].id
        return replace(self, profiles=rest, active_id=active)

    def to_json(self) -> dict[str, Any]:
        return self.prefs.to_json() | {
            "version": SETTINGS_VERSION,
            "profiles": [p.to_json() for p in self.profiles],
            "active_profile": self.active_id,
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], default_base_url: str = DEFAULT_BASE_URL
    ) -> Settings:
        """Read settings of any version, ignoring wrong-typed fields rather than failing
        start-up. ``default_base_url`` is the first profile's when there is none."""
        raw = data.get("profiles")
        profiles = tuple(
            p
            for p in (Profile.from_json(x) for x in (raw if isinstance(raw, list) else []))
            if p is not None
        )
        if not _is_current(data):
            profiles = _migrated(data, profiles, default_base_url)
        if not profiles:
            profiles = (first_profile(default_base_url),)
        active = data.get("active_profile")
        return cls(
            prefs=Prefs.from_json(data),
            profiles=profiles,
            active_id=next((p.id for p in profiles if p.id == active), profiles[0].id),
        )


def _is_current(data: Mapping[str, Any]) -> bool:
    version = data.get("version")
    return isinstance(version, int) and version >= SETTINGS_VERSION


def is_old_shape(data: Mapping[str, Any]) -> bool:
    """A version 1 file with something to migrate (not a new, empty one)."""
    return not _is_current(data) and any(k in data for k in (*LEGACY_KEYS, "profiles"))


def _migrated(
    data: Mapping[str, Any], profiles: tuple[Profile, ...], default_base_url: str
) -> tuple[Profile, ...]:
    """Version 1's profiles. The top-level server fields were the active profile's (and won
    over what the profile itself said); with no profiles they make the first one. The
    servers said to need no key, and those whose key is in the keyring, were sets of
    keyring entries: each profile now carries both flags."""
    active = data.get("active_profile")
    if not profiles:
        fallback = loaded_url(default_base_url) or DEFAULT_BASE_URL
        server = read_server(data, Profile("", "", "", base_url=fallback))
        first = first_profile(server.base_url)
        profiles = (replace(server, id=first.id, name=first.name, key_id=first.key_id),)
    elif any(p.id == active for p in profiles):
        profiles = tuple(read_server(data, p) if p.id == active else p for p in profiles)
    keyless, saved = _entries(data, "keyless_servers"), _entries(data, "keyring_servers")
    return tuple(
        replace(p, needs_key=p.key_id not in keyless, has_saved_key=p.key_id in saved)
        for p in profiles
    )


def _entries(data: Mapping[str, Any], name: str) -> frozenset[str]:
    values = data.get(name, [])
    if not isinstance(values, list):
        return frozenset()
    return frozenset(without_credentials(v) for v in values if isinstance(v, str))


def _context_lengths(data: object) -> dict[str, int]:
    if not isinstance(data, dict):
        return {}
    return {
        k.strip().lower(): v
        for k, v in data.items()
        if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0
    }


def _presets(data: object) -> dict[str, dict[str, Any]]:
    if not isinstance(data, dict):
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, preset in data.items():
        if isinstance(name, str) and name.strip() and isinstance(preset, dict):
            prompt = preset.get("system_prompt")
            out[name.strip()] = {
                "system_prompt": prompt if isinstance(prompt, str) else "",
                "params": Params.from_json(preset.get("params")).to_json(),
            }
    return out
