"""The key in a real Secret Service: gnome-keyring under its own D-Bus session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.secret_service

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import keyring
    from chatdesk.services.keystore import KeyStore
    backend = type(keyring.get_keyring()).__module__
    store = KeyStore()
    url = "https://api.example.test/v1"
    before = store.lookup(url)
    store.store(url, "fake-secret-service-key")
    after = store.lookup(url)
    store.delete(url)
    gone = store.lookup(url)
    print(backend, before.available, repr(before.key), after.key, repr(gone.key))
    """
)


#: The packaged app has no ``cryptography``: its stand-in (services/crypto_shim.py) must
#: carry the Secret Service's encrypted session just the same.
WITHOUT_CRYPTOGRAPHY = textwrap.dedent(
    """
    import sys

    class Blocked:
        def find_spec(self, name, path=None, target=None):
            if name == "cryptography" or name.startswith("cryptography."):
                raise ModuleNotFoundError(f"{name} is not in the bundle", name=name)
            return None

    sys.meta_path.insert(0, Blocked())
    from chatdesk.services.crypto_shim import install
    assert install()
    import secretstorage

    session = secretstorage.util.open_session(secretstorage.dbus_init())
    print("session encrypted", session.encrypted)
    """
)


@pytest.mark.parametrize("cryptography", ["real", "stand-in"])
def test_store_read_delete_in_gnome_keyring(tmp_path: Path, cryptography: str) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI"):
            pytest.fail("CI must install gnome-keyring and dbus (see scripts/test.sh)")
        pytest.skip("gnome-keyring or dbus-run-session is not installed")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    script = tmp_path / "probe.py"
    script.write_text((WITHOUT_CRYPTOGRAPHY if cryptography == "stand-in" else "") + SCRIPT)
    shell = (
        'eval "$(printf %s pw | gnome-keyring-daemon --unlock --components=secrets)"; '
        f'"{sys.executable}" "{script}"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line == "keyring.backends.SecretService True '' fake-secret-service-key ''"
    if cryptography == "stand-in":  # the secrets crossed D-Bus encrypted (DH + AES-CBC)
        assert "session encrypted True" in result.stdout
    stored = [
        p for p in home.rglob("*") if p.is_file() and b"fake-secret-service-key" in p.read_bytes()
    ]
    assert stored == [], "the key must only exist encrypted inside the keyring"
