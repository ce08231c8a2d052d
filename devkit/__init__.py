"""Development tools shared by ``tests/`` and ``bench/``: never part of chatdesk itself.

It lives outside the ``chatdesk`` package, so neither the wheel (which packages
``chatdesk*`` only) nor the PyInstaller bundle (which follows imports from
``chatdesk/__main__.py``) carries it; ``tests/test_layering.py`` checks that chatdesk never
imports it and that the benchmarks import nothing from ``tests``.
"""
