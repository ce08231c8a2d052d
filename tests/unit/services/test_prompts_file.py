"""prompts.json on disk: atomic, owner-only, and never a traceback for what a file says."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatdesk.core.prompts import MAX_FILE_BYTES, Prompt
from chatdesk.services.paths import AppPaths
from chatdesk.services.prompts import (
    library_path,
    read_file,
    read_library,
    write_file,
    write_library,
)

PROMPTS = (Prompt("Translate", "Into {{language}}: {{text}}"), Prompt("Ünïcode 😀", "x"))


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_library_lives_next_to_the_settings(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "config", tmp_path / "data")
    assert library_path(paths) == tmp_path / "config" / "prompts.json"


def test_a_missing_library_is_empty_and_a_written_one_reads_back_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "prompts.json"
    assert read_library(path).prompts == () and not read_library(path).problem
    assert write_library(path, PROMPTS) == ""
    assert read_library(path).prompts == PROMPTS
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["prompts.json"]  # no temp file left


def test_a_failed_write_leaves_the_old_library_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "prompts.json"
    write_library(path, PROMPTS)

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_library(path, [Prompt("new", "n")])
    assert read_library(path).prompts == PROMPTS
    assert [p.name for p in tmp_path.iterdir()] == ["prompts.json"]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"{broken", "not valid JSON (line 1, column 2"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b'{"format": "something-else"}', "not a chatdesk prompt library"),
        (b"[" * 200_000, "nested too deeply"),
    ],
)
def test_a_damaged_library_says_why_and_is_kept_aside_on_the_next_write(
    tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "prompts.json"
    path.write_bytes(content)
    loaded = read_library(path)
    assert loaded.prompts == ()
    assert loaded.problem.startswith("The prompt library prompts.json could not be used:")
    assert says in loaded.problem and "left as it is" in loaded.problem
    assert path.read_bytes() == content  # reading changes nothing
    kept = write_library(path, PROMPTS, set_aside=True)
    assert kept.startswith("prompts.json.damaged-")
    assert (tmp_path / kept).read_bytes() == content
    assert read_library(path).prompts == PROMPTS


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "prompts.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES * 50)  # sparse: 200 MB said, nothing to read
    loaded = read_file(path)
    assert loaded.problem == (
        "The prompt library prompts.json could not be used: it is 200.0 MB, more than 4.0 MB."
    )


def test_an_unreadable_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    folder = tmp_path / "prompts.json"
    folder.mkdir()
    assert "could not be used: Is a directory" in read_library(folder).problem


def test_an_export_is_private_and_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    write_file(out, PROMPTS)
    assert mode(out) == 0o600
    assert read_file(out).prompts == PROMPTS
