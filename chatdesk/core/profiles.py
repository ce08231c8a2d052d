"""A server profile: everything about one server in one place.

Its URL, default model, API style, network settings, its keyring entry, and whether it
needs a key and has one saved (hints that spare start-up a keyring round-trip). The
key itself is never here.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from chatdesk.core.urls import loaded_url, without_credentials

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"


class ApiStyle(enum.StrEnum):
    """How a server is spoken to: OpenAI's own shape, or Azure OpenAI's (its ``api-key``
    header, deployment URLs and ``api-version``)."""

    OPENAI = "openai"
    AZURE = "azure"


OPENAI = ApiStyle.OPENAI
AZURE = ApiStyle.AZURE


@dataclass(frozen=True)
class NetworkSettings:
    """How to reach a server. The proxy's password lives in the keyring."""

    proxy: str = ""
    """An explicit proxy (``http://``, ``https://``, ``socks5h://``…); empty: the system's."""
    proxy_user: str = ""
    """The proxy's user name."""
    ca_bundle: str = ""
    """Extra trusted certificate authorities (PEM file), for private servers and proxies."""
    verify_tls: bool = True
    """Off only by an explicit, warned choice."""

    def to_json(self) -> dict[str, Any]:
        return {
            "proxy": self.proxy,
            "proxy_user": self.proxy_user,
            "ca_bundle": self.ca_bundle,
            "verify_tls": self.verify_tls,
        }


@dataclass(frozen=True)
class Profile:
    """A named server. ``key_id`` names its keyring entry (service ``chatdesk``)."""

    id: str
    name: str
    key_id: str
    base_url: str = DEFAULT_BASE_URL
    """Server root that ``/chat/completions`` and ``/models`` hang off."""
    model: str = DEFAULT_MODEL
    """Model id sent with every request (conversations remember their own)."""
    api_style: ApiStyle = OPENAI
    """"openai" (Bearer token) or "azure" (``api-key`` header, ``api-version`` parameter)."""
    api_version: str = ""
    """Azure's ``api-version`` query parameter."""
    network: NetworkSettings = field(default_factory=NetworkSettings)
    needs_key: bool = True
    """False once the user said this server needs no key, so start-up does not ask."""
    has_saved_key: bool = False
    """Its key is in the keyring (a hint, never the key): start-up then leaves the
    keyring alone, and the first request reads it."""
    stop: tuple[str, ...] = ()
    """Stop sequences this server's model needs to end its turn (a base model's, like the
    "Local" profile's ``USER:``), sent with every request to it besides the global ones."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "key_id": self.key_id,
            "base_url": self.base_url,
            "model": self.model,
            "api_style": self.api_style,
            "api_version": self.api_version,
            **self.network.to_json(),
            "needs_key": self.needs_key,
            "has_saved_key": self.has_saved_key,
            "stop": list(self.stop),
        }

    @classmethod
    def from_json(cls, data: object, base_url: str = DEFAULT_BASE_URL) -> Profile | None:
        """A profile, or None when its id, name or keyring entry is missing."""
        if not isinstance(data, Mapping):
            return None
        ident, name, key_id = data.get("id"), data.get("name"), data.get("key_id")
        if not all(isinstance(v, str) and v for v in (ident, name, key_id)):
            return None
        blank = cls(str(ident), str(name), without_credentials(str(key_id)), base_url=base_url)
        stop = data.get("stop")
        if isinstance(stop, list):  # not in read_server: a version 1 file's "stop" is global
            blank = replace(blank, stop=tuple(s for s in stop if isinstance(s, str) and s)[:4])
        return read_server(data, blank)


def read_server(data: Mapping[str, Any], profile: Profile) -> Profile:
    """``profile`` with the server fields ``data`` holds; missing or wrong-typed ones keep
    ``profile``'s values (a bad file never stops start-up)."""

    def text(name: str, fallback: str) -> str:
        value = data.get(name)
        return value.strip() if isinstance(value, str) else fallback

    def flag(name: str, fallback: bool) -> bool:
        value = data.get(name)
        return value if isinstance(value, bool) else fallback

    net = profile.network
    style = data.get("api_style")
    return replace(
        profile,
        base_url=loaded_url(text("base_url", profile.base_url)) or profile.base_url,
        model=text("model", profile.model) or profile.model,
        api_style=(AZURE if style == AZURE else OPENAI)
        if isinstance(style, str)
        else profile.api_style,
        api_version=text("api_version", profile.api_version),
        network=NetworkSettings(
            proxy=text("proxy", net.proxy),
            proxy_user=text("proxy_user", net.proxy_user),
            ca_bundle=text("ca_bundle", net.ca_bundle),
            verify_tls=flag("verify_tls", net.verify_tls),
        ),
        needs_key=flag("needs_key", profile.needs_key),
        has_saved_key=flag("has_saved_key", profile.has_saved_key),
    )
