"""The packaged app's stand-in for ``cryptography`` (services/crypto_shim.py): AES-CBC the
same as the real package byte for byte, and the MCP SDK importable and working without
the real one. (Its Secret Service round trip is in tests/test_secret_service.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher as RealCipher
from cryptography.hazmat.primitives.ciphers import algorithms as real_algorithms
from cryptography.hazmat.primitives.ciphers import modes as real_modes

from chatdesk.services import crypto_shim

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("key_size", [16, 24, 32])
@pytest.mark.parametrize("blocks", [0, 1, 2, 7, 64])
def test_aes_cbc_matches_the_real_package(key_size: int, blocks: int) -> None:
    key, iv, data = os.urandom(key_size), os.urandom(16), os.urandom(16 * blocks)
    real = RealCipher(real_algorithms.AES(key), real_modes.CBC(iv)).encryptor()
    expected = real.update(data) + real.finalize()
    ours = crypto_shim.Cipher(crypto_shim.AES(key), crypto_shim.CBC(iv)).encryptor()
    # In two pieces, split mid-block, as a caller may feed it.
    cut = len(data) // 3
    sealed = ours.update(data[:cut]) + ours.update(data[cut:]) + ours.finalize()
    assert sealed == expected
    back = crypto_shim.Cipher(crypto_shim.AES(key), crypto_shim.CBC(iv)).decryptor()
    assert back.update(sealed) + back.finalize() == data


def test_bad_sizes_and_partial_blocks_are_refused() -> None:
    with pytest.raises(ValueError):
        crypto_shim.AES(b"short")
    with pytest.raises(ValueError):
        crypto_shim.CBC(b"iv")
    context = crypto_shim.Cipher(crypto_shim.AES(bytes(16)), crypto_shim.CBC(bytes(16)))
    encryptor = context.encryptor()
    encryptor.update(b"not a whole block")
    with pytest.raises(ValueError):
        encryptor.finalize()
    with pytest.raises(ValueError):  # finalized: no more use
        encryptor.update(b"")


def test_install_does_nothing_while_the_real_package_is_there() -> None:
    assert crypto_shim.install() is False
    import cryptography

    assert cryptography.__version__ != "0+chatdesk"


BLOCKED = textwrap.dedent(
    """
    import sys

    class Blocked:
        def find_spec(self, name, path=None, target=None):
            if name == "cryptography" or name.startswith("cryptography."):
                raise ModuleNotFoundError(f"{name} is not in the bundle", name=name)
            return None

    sys.meta_path.insert(0, Blocked())
    """
)

MCP_CLIENT = textwrap.dedent(
    """
    import asyncio, json
    from chatdesk.services.crypto_shim import Unsupported, install
    assert install()
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters, stdio_client
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    async def main():
        server = StdioServerParameters(command=sys.argv[1], args=["--local-timezone", "UTC"])
        async with stdio_client(server) as (read, write):
            from mcp import ClientSession
            async with ClientSession(read, write) as session:
                await session.initialize()
                tools = await session.list_tools()
                result = await session.call_tool("get_current_time", {"timezone": "UTC"})
                print(json.dumps({"tools": [t.name for t in tools.tools],
                                  "result": result.content[0].text}))

    asyncio.run(main())
    try:
        AESGCM(bytes(32))
    except Unsupported:
        print("server-side crypto refused")
    """
)


def test_the_mcp_sdk_works_without_the_real_package() -> None:
    time_server = str(Path(sys.executable).parent / "mcp-server-time")
    out = subprocess.run(
        [sys.executable, "-c", BLOCKED + MCP_CLIENT, time_server],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert '"get_current_time"' in lines[0] and "UTC" in lines[0], lines
    assert lines[-1] == "server-side crypto refused"


def test_the_stand_in_is_strict_where_cryptography_is() -> None:
    with pytest.raises(TypeError):
        crypto_shim.AES(16)  # type: ignore[arg-type]  # an int is not a zero key
    with pytest.raises(TypeError):
        crypto_shim.CBC(16)  # type: ignore[arg-type]
    context = crypto_shim.Cipher(crypto_shim.AES(bytes(16)), crypto_shim.CBC(bytes(16)))
    with pytest.raises(TypeError):
        context.encryptor().update("text")  # type: ignore[arg-type]


JWT_WITHOUT = textwrap.dedent(
    """
    from chatdesk.services.crypto_shim import install
    assert install()
    import jwt.algorithms
    print("jwt has crypto:", jwt.algorithms.has_crypto)
    """
)


def test_a_package_that_copes_without_cryptography_still_does() -> None:
    out = subprocess.run(
        [sys.executable, "-c", BLOCKED + JWT_WITHOUT],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "jwt has crypto: False"
