"""Non-secret settings as one immutable value; the key is never part of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from chatdesk.core.params import Params
from chatdesk.core.pricing import Price, prices_from_json

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
THEMES = ("system", "light", "dark")


def normalize_base_url(url: str) -> str:
    """Trim whitespace and trailing slashes so keys and URLs match reliably."""
    return url.strip().rstrip("/")


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` or a literal loopback address (127.0.0.0/8, ::1).

    Decided by the literal, never by how a name looks (``127.attacker.example`` is
    anyone's) and without DNS, which this may not wait for on the UI thread."""
    import ipaddress

    host = host.lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def is_unencrypted_remote(url: str) -> bool:
    """True for ``http://`` to a host other than this machine: the key would travel in clear."""
    parts = urlsplit(normalize_base_url(url))
    host = parts.hostname or ""
    if parts.scheme != "http" or not host:
        return False
    return not is_loopback_host(host)


def has_credentials(url: str) -> bool:
    """True when ``url`` carries a user name or password (``user:pass@host``)."""
    return "@" in urlsplit(url.strip()).netloc


def without_credentials(url: str) -> str:
    """``url`` with any ``user:pass@`` removed: such credentials must never be used or saved
    (they would land in the settings file and the log, and replace the key)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


CREDENTIALS_IN_URL = (
    "The base URL must not contain a user name or password (user:password@). "
    "Remove them from the URL and put the key in the API key field."
)


PROXY_SCHEMES = ("http", "https", "socks4", "socks5", "socks5h")


def validate_proxy(url: str) -> str | None:
    """What is wrong with a proxy URL (``None`` when empty or usable)."""
    if not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in PROXY_SCHEMES:
        return "The proxy must start with http://, https://, socks5:// or socks5h://"
    if not parts.hostname:
        return "The proxy has no host name"
    if parts.username or parts.password:
        return "Put the proxy's user name and password in their own fields, not in the URL"
    return None


def proxy_secret_id(proxy: str) -> str:
    """The keyring entry (user name) that holds a proxy's password."""
    return f"proxy:{proxy.strip()}"


def validate_base_url(url: str) -> str | None:
    """Return a message saying what is wrong with ``url``, or ``None`` when it is usable."""
    parts = urlsplit(normalize_base_url(url))
    if parts.scheme not in ("http", "https"):
        return "The base URL must start with http:// or https://"
    if "@" in parts.netloc:
        return CREDENTIALS_IN_URL
    if not parts.hostname:
        return "The base URL has no host name"
    return None


def _loaded_url(url: str) -> str:
    """A base URL read from a file or the environment, normalized and without credentials."""
    return normalize_base_url(without_credentials(url))


#: The fields of Settings that belong to a server profile.
PROFILE_FIELDS = (
    "base_url",
    "model",
    "api_style",
    "api_version",
    "proxy",
    "proxy_user",
    "ca_bundle",
    "verify_tls",
)


@dataclass(frozen=True)
class Profile:
    """A named server: its URL, default model, API style and network settings.

    ``key_id`` names its keyring entry (service ``chatdesk``): one entry per profile.
    """

    id: str
    name: str
    key_id: str
    base_url: str = DEFAULT_BASE_URL
    model: str = DEFAULT_MODEL
    api_style: str = "openai"
    api_version: str = ""
    proxy: str = ""
    proxy_user: str = ""
    ca_bundle: str = ""
    verify_tls: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "key_id": self.key_id} | {
            f: getattr(self, f) for f in PROFILE_FIELDS
        }

    @classmethod
    def from_json(cls, data: object) -> Profile | None:
        if not isinstance(data, Mapping):
            return None
        ident, name, key_id = data.get("id"), data.get("name"), data.get("key_id")
        if not all(isinstance(v, str) and v for v in (ident, name, key_id)):
            return None
        values: dict[str, Any] = {}
        for f in PROFILE_FIELDS:
            default = getattr(cls, f)
            value = data.get(f, default)
            values[f] = value if isinstance(value, type(default)) else default
        values["base_url"] = _loaded_url(values["base_url"])
        return cls(str(ident), str(name), without_credentials(str(key_id)), **values)


@dataclass(frozen=True)
class Settings:
    base_url: str = DEFAULT_BASE_URL
    """Server root that ``/chat/completions`` and ``/models`` hang off."""
    model: str = DEFAULT_MODEL
    """Model id sent with every request."""
    system_prompt: str = ""
    """Optional instructions sent first in every request; empty means none."""
    stream: bool = True
    """Stream replies (SSE); off for servers that cannot."""
    api_style: str = "openai"
    """"openai" (Bearer token) or "azure" (``api-key`` header, ``api-version`` parameter)."""
    api_version: str = ""
    """Azure's ``api-version`` query parameter."""
    proxy: str = ""
    """An explicit proxy (``http://``, ``https://``, ``socks5h://``…); empty: the system's."""
    proxy_user: str = ""
    """The proxy's user name; its password lives in the keyring."""
    ca_bundle: str = ""
    """Extra trusted certificate authorities (PEM file), for private servers and proxies."""
    verify_tls: bool = True
    """Off only by an explicit, warned choice."""
    stop: tuple[str, ...] = ()
    """Stop sequences sent with every request (base models need them to end a turn)."""
    prices: Mapping[str, Price] = field(default_factory=dict)
    """The user's own prices (model -> Price), overriding the defaults."""
    context_lengths: Mapping[str, int] = field(default_factory=dict)
    """The user's context lengths per model (tokens), overriding the defaults."""
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Saved starting points ("assistants"): name -> {"system_prompt", "params"}."""
    theme: str = "system"
    """"system" follows the desktop's light or dark setting; "light" or "dark" force one."""
    keyless_servers: frozenset[str] = field(default_factory=frozenset)
    """Keyring entries (profiles' ``key_id``) whose server the user confirmed needs no key,
    so first run does not nag."""
    keyring_servers: frozenset[str] = field(default_factory=frozenset)
    """Keyring entries (profiles' ``key_id``) that hold a saved key (a hint, never the key):
    start-up then needs no keyring round-trip, which is deferred to the first request."""

    profiles: tuple[Profile, ...] = ()
    """Named servers; the top-level server fields mirror the active one."""
    active_profile: str = ""

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def profile(self) -> Profile | None:
        return next((p for p in self.profiles if p.id == self.active_profile), None)

    @property
    def key_id(self) -> str:
        """The keyring entry of the active server (its profile's, or its base URL)."""
        profile = self.profile
        return profile.key_id if profile is not None else self.base_url

    def synced(self) -> Settings:
        """The active profile updated from the top-level fields (made when there is none)."""
        values = {f: getattr(self, f) for f in PROFILE_FIELDS}
        profile = self.profile
        if profile is None:
            from chatdesk.core.providers import guess_provider

            guess = guess_provider(self.base_url).name
            name = "Default" if guess == "Custom" else guess
            # The first profile keeps the base URL as its keyring entry: keys saved before
            # profiles existed still belong to it.
            profile = Profile("default", name, self.base_url, **values)
            return replace(self, profiles=(*self.profiles, profile), active_profile=profile.id)
        updated = replace(profile, **values)
        profiles = tuple(updated if p.id == profile.id else p for p in self.profiles)
        return replace(self, profiles=profiles)

    def switched(self, profile_id: str) -> Settings:
        """Make another profile active: the top-level server fields take its values."""
        # With no active profile (the active one was just deleted) there is nothing to save.
        synced = self.synced() if self.profile is not None else self
        target = next((p for p in synced.profiles if p.id == profile_id), None)
        if target is None:
            return synced
        return replace(
            synced, active_profile=target.id, **{f: getattr(target, f) for f in PROFILE_FIELDS}
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "model": self.model,
            "system_prompt": self.system_prompt,
            "stream": self.stream,
            "api_style": self.api_style,
            "api_version": self.api_version,
            "proxy": self.proxy,
            "proxy_user": self.proxy_user,
            "ca_bundle": self.ca_bundle,
            "verify_tls": self.verify_tls,
            "theme": self.theme,
            "stop": list(self.stop),
            "context_lengths": dict(self.context_lengths),
            "presets": {k: dict(v) for k, v in self.presets.items()},
            "prices": {
                m: [p.input_per_million, p.output_per_million] for m, p in self.prices.items()
            },
            "keyless_servers": sorted(self.keyless_servers),
            "keyring_servers": sorted(self.keyring_servers),
            "profiles": [p.to_json() for p in self.profiles],
            "active_profile": self.active_profile,
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], default_base_url: str = DEFAULT_BASE_URL
    ) -> Settings:
        """Read settings, ignoring wrong-typed fields rather than failing start-up."""
        base = cls(base_url=_loaded_url(default_base_url))

        def pick(name: str, kind: type, fallback: Any) -> Any:
            value = data.get(name, fallback)
            return value if isinstance(value, kind) else fallback

        def url_set(name: str) -> frozenset[str]:
            values = data.get(name, [])
            if not isinstance(values, list):
                return frozenset()
            return frozenset(without_credentials(v) for v in values if isinstance(v, str))

        raw_profiles = data.get("profiles")
        profiles = tuple(
            p
            for p in (
                Profile.from_json(x)
                for x in (raw_profiles if isinstance(raw_profiles, list) else [])
            )
            if p is not None
        )
        active = pick("active_profile", str, "")
        settings = cls(
            profiles=profiles,
            active_profile=active if any(p.id == active for p in profiles) else "",
            base_url=_loaded_url(pick("base_url", str, base.base_url)) or base.base_url,
            model=pick("model", str, base.model).strip() or base.model,
            system_prompt=pick("system_prompt", str, ""),
            stream=pick("stream", bool, True),
            api_style="azure" if pick("api_style", str, "openai") == "azure" else "openai",
            api_version=pick("api_version", str, "").strip(),
            proxy=pick("proxy", str, "").strip(),
            proxy_user=pick("proxy_user", str, "").strip(),
            ca_bundle=pick("ca_bundle", str, "").strip(),
            verify_tls=pick("verify_tls", bool, True),
            prices=prices_from_json(data.get("prices")),
            context_lengths=_context_lengths(data.get("context_lengths")),
            presets=_presets(data.get("presets")),
            stop=tuple(s for s in pick("stop", list, []) if isinstance(s, str) and s)[:4],
            theme=theme if (theme := pick("theme", str, "system")) in THEMES else "system",
            keyless_servers=url_set("keyless_servers"),
            keyring_servers=url_set("keyring_servers"),
        )
        if settings.profile is None and profiles:
            return settings.switched(profiles[0].id)
        return settings.synced()


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
