"""How a request reaches the server: the proxy, the CA file, TLS verification."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass
from urllib.parse import quote, urlsplit

from chatdesk.core.profiles import NetworkSettings

#: The variables that decide the system proxy for an http(s) URL, in both cases urllib
#: reads. Reading these few costs microseconds; urllib reads the proxies by walking the
#: whole environment, twice per request (~0.5 ms, holding the interpreter lock while
#: several replies start at once), so its answer is kept until one of them changes.
#: Only where the environment is all there is: on Windows and macOS urllib falls back to
#: the system's proxy settings, which change without the environment changing.
_ENVIRONMENT_DECIDES = sys.platform not in ("win32", "darwin")
_PROXY_VARIABLES = (
    *(
        v
        for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
        for v in (name, name.upper())
    ),
    "REQUEST_METHOD",  # urllib ignores HTTP_PROXY under CGI
)
_decided: dict[tuple[object, ...], dict[str, str]] = {}


@dataclass(frozen=True)
class Network(NetworkSettings):
    """A profile's network settings (proxy, CA file, TLS verification) with the proxy's
    password, as one request needs them."""

    proxy_password: str = ""

    @classmethod
    def of(cls, settings: NetworkSettings, proxy_password: str = "") -> Network:
        return cls(**(asdict(settings) | {"proxy_password": proxy_password}))

    def proxies(self) -> dict[str, str] | None:
        if not self.proxy:
            return None
        url = self.proxy
        if self.proxy_user:
            scheme, _, rest = url.partition("://")
            creds = f"{quote(self.proxy_user, safe='')}:{quote(self.proxy_password, safe='')}"
            url = f"{scheme}://{creds}@{rest}"
        return {"http": url, "https": url}

    def verify(self) -> bool | str:
        if not self.verify_tls:
            return False
        return self.ca_bundle or True

    def proxies_for(self, url: str) -> dict[str, str]:
        """The proxy for ``url``: the one set here, else the system's (``HTTPS_PROXY``…);
        either way none for a host that ``NO_PROXY`` lists. Decided per URL, so a CA file
        or unchecked certificates never drop the system proxy."""
        if not _ENVIRONMENT_DECIDES:
            return self._decide_proxies(url)
        parts = urlsplit(url)
        key = (self, parts.scheme, parts.netloc, *map(os.environ.get, _PROXY_VARIABLES))
        decided = _decided.get(key)
        if decided is None:
            decided = self._decide_proxies(url)
            if len(_decided) > 64:
                _decided.clear()
            _decided[key] = decided
        return dict(decided)

    def _decide_proxies(self, url: str) -> dict[str, str]:
        from requests.utils import get_environ_proxies, should_bypass_proxies

        if not self.proxy:
            return dict(get_environ_proxies(url, no_proxy=None))
        if should_bypass_proxies(url, no_proxy=None):
            return {}
        return self.proxies() or {}

    def ca_file(self) -> bool | str:
        """What to check certificates with: as ``verify()``, but with no CA file set here,
        ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` when the environment names one."""
        verify = self.verify()
        if verify is True:
            return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        return verify
