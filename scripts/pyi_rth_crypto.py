# PyInstaller runtime hook (build.spec, Linux): the Linux bundle leaves the 11.5 MB
# `cryptography` package out; this registers chatdesk's stand-in for the little of it the
# keyring client and the MCP SDK import (see chatdesk/services/crypto_shim.py).
from chatdesk.services.crypto_shim import install

install()
