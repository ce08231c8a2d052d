"""Plain-Python domain layer: no Qt, no network, no disk.

Everything here is deterministic and tested without a ``qtbot``.
"""
