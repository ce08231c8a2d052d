"""PyInstaller runtime hook: the bundle's own executable doubles as the typesetting child.

The bundle has no interpreter to run ``-c``, so ``typeset.Typesetter`` starts the bundle
itself with ``--typeset-worker``; this hook (``build.spec``'s ``runtime_hooks``) runs
before the app's entry point and serves formulas instead of opening a window. Outside
the bundle it does nothing.
"""

from __future__ import annotations

import sys

if getattr(sys, "frozen", False) and sys.argv[1:2] == ["--typeset-worker"]:
    from chatdesk.services.typeset import serve

    sys.exit(serve())
