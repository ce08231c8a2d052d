"""Which web addresses a server's URL-mode elicitation may put before the user: the same
"https, or http only to this machine" rule as the servers' own addresses."""

from __future__ import annotations

import pytest

from chatdesk.services.mcp.asking import MAX_URL, openable


@pytest.mark.parametrize(
    "url",
    [
        "https://login.example.com/device?code=ABCD",
        "http://localhost:8080/callback",
        "http://127.0.0.1/callback",
        "http://127.0.0.2/callback",  # all of 127.0.0.0/8 is this machine
        "http://[::1]:9000/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_an_address_worth_showing(url: str) -> None:
    assert openable(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://login.example.com/",  # in clear, off this machine
        "http://127.attacker.example/",  # looks local, is anyone's
        "https://user:secret@example.com/",
        "https://example.com/a b",
        "https://example.com/\x1b[31m",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https:///no-host",
        "https://" + "a" * MAX_URL + ".com/",
    ],
)
def test_an_address_refused(url: str) -> None:
    assert not openable(url)
