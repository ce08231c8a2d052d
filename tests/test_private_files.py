"""Conversations, logs and exports are private: folders 0700 and files 0600 whatever the
umask (tests run under the common 022, which makes new files world-readable)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services import logs
from chatdesk.services.config import ConfigStore
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import DB_NAME, HistoryStore, StorageError
from chatdesk.services.transfer import export_to_file


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def seeded(home: Path) -> tuple[HistoryStore, Conversation]:
    store = HistoryStore(home / DB_NAME)
    store.open()
    conv = Conversation(title="Private")
    store.save_conversation(conv)
    msg = conv.add(Message(Role.USER, "my secrets"))
    store.add_message(conv.uid, msg, 1.0)
    return store, conv


def test_the_history_and_its_wal_and_shm_are_owner_only(isolated_env: Path) -> None:
    store, _ = seeded(isolated_env)
    db = isolated_env / DB_NAME
    wal, shm = db.with_name(DB_NAME + "-wal"), db.with_name(DB_NAME + "-shm")
    assert wal.exists() and shm.exists()
    assert mode(isolated_env) == 0o700
    assert (mode(db), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(db.with_name(DB_NAME + ".writers")) == 0o700
    store.close()


def test_an_older_readable_history_is_tightened_on_open(isolated_env: Path) -> None:
    store, _ = seeded(isolated_env)
    store.close()
    db = isolated_env / DB_NAME
    os.chmod(isolated_env, 0o755)
    os.chmod(db, 0o644)
    store = HistoryStore(db)
    store.open()
    wal = db.with_name(DB_NAME + "-wal")
    assert (mode(isolated_env), mode(db), mode(wal)) == (0o700, 0o600, 0o600)
    store.close()


def test_settings_folder_and_file_are_owner_only(isolated_env: Path) -> None:
    from chatdesk.core.settings import Settings

    paths = app_paths()
    ConfigStore(paths.settings_file).save(Settings())
    assert mode(paths.config_dir) == 0o700 and mode(paths.settings_file) == 0o600


def test_log_folder_and_files_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    logs.setup_logging(folder)
    try:
        logging.getLogger("chatdesk.test").warning("a line")
    finally:
        logs.shutdown_logging()
    assert mode(folder) == 0o700
    assert mode(folder / logs.LOG_FILE) == 0o600


def test_exports_from_the_window_are_owner_only(isolated_env: Path, tmp_path: Path) -> None:
    store, conv = seeded(isolated_env)
    for fmt in ("md", "json"):
        target = tmp_path / f"out.{fmt}"
        assert export_to_file(store, target, fmt, conv.uid) == 1
        assert mode(target) == 0o600 and "my secrets" in target.read_text()
    store.close()


def test_an_existing_export_target_becomes_owner_only(isolated_env: Path, tmp_path: Path) -> None:
    store, conv = seeded(isolated_env)
    target = tmp_path / "out.md"
    target.write_text("old")
    target.with_name("out.md.part").write_text("left by an earlier crash")
    os.chmod(target.with_name("out.md.part"), 0o644)
    export_to_file(store, target, "md", conv.uid)
    assert mode(target) == 0o600
    store.close()


def test_chatdesk_export_to_a_file_is_owner_only(isolated_env: Path, tmp_path: Path) -> None:
    store, _ = seeded(isolated_env)
    store.close()
    target = tmp_path / "all.json"
    result = subprocess.run(
        [sys.executable, "-m", "chatdesk", "export", "--format", "json", "-o", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "CHATDESK_HOME": str(isolated_env)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert mode(target) == 0o600


def test_a_failed_export_leaves_no_part_file(isolated_env: Path, tmp_path: Path) -> None:
    """Any failure, not only a disk error: here the history fails mid-export."""
    store, _ = seeded(isolated_env)
    target = tmp_path / "out.md"
    with pytest.raises(StorageError):
        export_to_file(store, target, "md", "no-such-conversation")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []
    store.close()
