"""The corner of ``cryptography`` the packaged app uses, over the OpenSSL it already has.

Why: the Secret Service keyring client (``secretstorage``) encrypts each secret on the
D-Bus session with AES-CBC through ``cryptography``, whose compiled bindings are 11.5 MB,
a tenth of the Linux bundle; and the MCP SDK imports ``cryptography`` at module level for
a server-side feature (sealing ``requestState``) that a client never runs. The Linux
bundle leaves ``cryptography`` out, and its runtime hook (``scripts/pyi_rth_crypto.py``)
calls ``install``, which registers these modules under ``cryptography``'s names only when
the real package cannot be imported:

- ``Cipher(algorithms.AES(key), modes.CBC(iv))`` with ``encryptor``/``decryptor``, done
  by libcrypto's EVP interface (the OpenSSL that Python's ``ssl`` and ``hashlib`` load),
  without padding, exactly as ``cryptography`` does it: the caller pads;
- the names the MCP SDK imports (``AESGCM``, ``HKDF``, ``SHA256``, ``InvalidTag``), which
  refuse to be used.

From source the real package is always there and this module is never installed.
"""

from __future__ import annotations

import ctypes
import sys
import types
from pathlib import Path
from typing import Any

_SONAMES = ("libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.dylib")


class Unsupported(RuntimeError):
    """A part of ``cryptography`` the packaged app does not carry was used."""


def _refuse(name: str) -> type:
    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise Unsupported(
            f"cryptography's {name} is not part of chatdesk's bundle (only an MCP server "
            "uses it, and chatdesk is a client)"
        )

    return type(name, (), {"__init__": refuse})


def _libcrypto() -> ctypes.CDLL:
    import _hashlib  # noqa: F401 - loads libcrypto into the process: found by its soname

    bundle = getattr(sys, "_MEIPASS", None)
    for name in _SONAMES:
        for candidate in (name, str(Path(bundle) / name) if bundle else ""):
            if not candidate:
                continue
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    raise OSError("libcrypto (OpenSSL) was not found")


class _Evp:
    """The few EVP calls AES-CBC needs."""

    def __init__(self) -> None:
        lib = _libcrypto()
        vp, cp, ip, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int
        lib.EVP_CIPHER_CTX_new.restype = vp
        lib.EVP_CIPHER_CTX_free.argtypes = [vp]
        for bits in (128, 192, 256):
            getattr(lib, f"EVP_aes_{bits}_cbc").restype = vp
        lib.EVP_CipherInit_ex.argtypes = [vp, vp, vp, cp, cp, i]
        lib.EVP_CipherInit_ex.restype = i
        lib.EVP_CIPHER_CTX_set_padding.argtypes = [vp, i]
        lib.EVP_CIPHER_CTX_set_padding.restype = i
        lib.EVP_CipherUpdate.argtypes = [vp, cp, ip, cp, i]
        lib.EVP_CipherUpdate.restype = i
        lib.EVP_CipherFinal_ex.argtypes = [vp, cp, ip]
        lib.EVP_CipherFinal_ex.restype = i
        self.lib = lib

    def cipher(self, key: bytes) -> Any:
        if len(key) not in (16, 24, 32):
            raise ValueError(f"invalid AES key size ({len(key) * 8} bits)")
        return getattr(self.lib, f"EVP_aes_{len(key) * 8}_cbc")()


_evp: _Evp | None = None


def _lib() -> _Evp:
    global _evp
    if _evp is None:
        _evp = _Evp()
    return _evp


_INT_MAX = 2**31 - 1  # EVP takes lengths as int


def _data(value: object, what: str) -> bytes:
    """Bytes as ``cryptography`` takes them: a bytes-like object, never an int."""
    if not isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"{what} must be bytes-like")
    return bytes(value)


class AES:
    def __init__(self, key: bytes) -> None:
        self.key = _data(key, "key")
        _lib().cipher(self.key)  # checks the size now, as cryptography does


class CBC:
    def __init__(self, initialization_vector: bytes) -> None:
        iv = _data(initialization_vector, "initialization_vector")
        if len(iv) != 16:
            raise ValueError("invalid IV size for CBC")
        self.initialization_vector = iv


class CipherContext:
    """One encryption or decryption; ``update`` as often as needed, then ``finalize``."""

    _ctx: Any = None  # set once EVP made one; __del__ may run after a failed __init__

    def __init__(self, algorithm: AES, mode: CBC, encrypt: bool) -> None:
        evp = _lib()
        self._lib = evp.lib
        self._ctx = self._lib.EVP_CIPHER_CTX_new()
        if not self._ctx:
            raise MemoryError("EVP_CIPHER_CTX_new failed")
        ok = self._lib.EVP_CipherInit_ex(
            self._ctx,
            evp.cipher(algorithm.key),
            None,
            algorithm.key,
            mode.initialization_vector,
            1 if encrypt else 0,
        )
        if ok != 1 or self._lib.EVP_CIPHER_CTX_set_padding(self._ctx, 0) != 1:
            self._free()
            raise ValueError("EVP_CipherInit_ex failed")

    def update(self, data: bytes) -> bytes:
        if not self._ctx:
            raise ValueError("the context is finalized")
        data = _data(data, "data")
        if len(data) > _INT_MAX - 32:
            raise ValueError("data over 2 GiB: give it in smaller pieces")
        out = ctypes.create_string_buffer(len(data) + 32)
        written = ctypes.c_int(0)
        if self._lib.EVP_CipherUpdate(self._ctx, out, ctypes.byref(written), data, len(data)) != 1:
            raise ValueError("EVP_CipherUpdate failed")
        return out.raw[: written.value]

    def finalize(self) -> bytes:
        if not self._ctx:
            raise ValueError("the context is finalized")
        out = ctypes.create_string_buffer(32)
        written = ctypes.c_int(0)
        ok = self._lib.EVP_CipherFinal_ex(self._ctx, out, ctypes.byref(written))
        self._free()
        if ok != 1:
            raise ValueError("the data length is not a multiple of the block length")
        return out.raw[: written.value]

    def _free(self) -> None:
        if self._ctx:
            self._lib.EVP_CIPHER_CTX_free(self._ctx)
            self._ctx = None

    def __del__(self) -> None:
        self._free()


class Cipher:
    def __init__(self, algorithm: AES, mode: CBC, backend: object = None) -> None:
        if not isinstance(algorithm, AES) or not isinstance(mode, CBC):
            raise Unsupported("only AES in CBC mode is part of chatdesk's bundle")
        self.algorithm, self.mode = algorithm, mode

    def encryptor(self) -> CipherContext:
        return CipherContext(self.algorithm, self.mode, encrypt=True)

    def decryptor(self) -> CipherContext:
        return CipherContext(self.algorithm, self.mode, encrypt=False)


def _module(name: str, **names: object) -> types.ModuleType:
    module = types.ModuleType(name, "chatdesk's stand-in (see chatdesk.services.crypto_shim)")
    module.__dict__.update(names)
    module.__path__ = []  # a package, so its submodules import

    def missing(attribute: str) -> object:
        # What the stand-in lacks is missing as a real absent module is, so a package that
        # copes without cryptography (``except ModuleNotFoundError``) still does.
        if attribute.startswith("__"):
            raise AttributeError(attribute)  # __file__, __loader__…: asked with getattr()
        raise ModuleNotFoundError(f"{name}.{attribute} is not in chatdesk's bundle", name=name)

    module.__getattr__ = missing  # type: ignore[method-assign]
    return module


def install() -> bool:
    """Register the stand-in when ``cryptography`` is missing; True when it was."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        pass
    else:
        return False
    algorithms = _module("cryptography.hazmat.primitives.ciphers.algorithms", AES=AES)
    modes = _module("cryptography.hazmat.primitives.ciphers.modes", CBC=CBC)
    modules = [
        _module("cryptography", __version__="0+chatdesk"),
        _module("cryptography.exceptions", InvalidTag=type("InvalidTag", (Exception,), {})),
        _module("cryptography.hazmat"),
        _module("cryptography.hazmat.backends", default_backend=lambda: None),
        _module("cryptography.hazmat.primitives"),
        _module("cryptography.hazmat.primitives.hashes", SHA256=_refuse("SHA256")),
        _module("cryptography.hazmat.primitives.kdf"),
        _module("cryptography.hazmat.primitives.kdf.hkdf", HKDF=_refuse("HKDF")),
        _module(
            "cryptography.hazmat.primitives.ciphers",
            Cipher=Cipher,
            algorithms=algorithms,
            modes=modes,
        ),
        algorithms,
        modes,
        _module("cryptography.hazmat.primitives.ciphers.aead", AESGCM=_refuse("AESGCM")),
    ]
    for module in modules:
        sys.modules[module.__name__] = module
    for module in modules:  # parent.child attributes, as a real import sets them
        parent, _, child = module.__name__.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
    return True
