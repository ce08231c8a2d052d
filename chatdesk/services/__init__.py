"""I/O services: HTTP (``http_client``), the keyring (``keystore``), files (``config``, ``logs``).

Each outside system is touched by exactly one module here, and none of them imports Qt widgets.
"""
