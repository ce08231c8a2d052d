"""What a base URL or a proxy URL may be: normalized, never carrying credentials."""

from __future__ import annotations

from urllib.parse import urlsplit

from chatdesk.core.i18n import noop, tr


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


def loaded_url(url: str) -> str:
    """A base URL read from a file or the environment, normalized and without credentials."""
    return normalize_base_url(without_credentials(url))


CREDENTIALS_IN_URL = noop(
    "The base URL must not contain a user name or password (user:password@). "
    "Remove them from the URL and put the key in the API key field."
)
"""Marked for translation only: show it as ``tr(CREDENTIALS_IN_URL)``."""


def validate_base_url(url: str) -> str | None:
    """Return a message saying what is wrong with ``url``, or ``None`` when it is usable."""
    parts = urlsplit(normalize_base_url(url))
    if parts.scheme not in ("http", "https"):
        return tr("The base URL must start with http:// or https://")
    if "@" in parts.netloc:
        return tr(CREDENTIALS_IN_URL)
    if not parts.hostname:
        return tr("The base URL has no host name")
    return None


PROXY_SCHEMES = ("http", "https", "socks4", "socks5", "socks5h")


def validate_proxy(url: str) -> str | None:
    """What is wrong with a proxy URL (``None`` when empty or usable)."""
    if not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in PROXY_SCHEMES:
        return tr("The proxy must start with http://, https://, socks5:// or socks5h://")
    if not parts.hostname:
        return tr("The proxy has no host name")
    if parts.username or parts.password:
        return tr("Put the proxy's user name and password in their own fields, not in the URL")
    return None


def proxy_secret_id(proxy: str) -> str:
    """The keyring entry (user name) that holds a proxy's password."""
    return f"proxy:{proxy.strip()}"
