"""``chatdesk export`` and ``chatdesk import`` as a user runs them: no window, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.usage import Usage
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import HistoryStore

DATA = Path(__file__).resolve().parent / "data"


def chatdesk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHATDESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "chatdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def seed(home: Path) -> Conversation:
    store = HistoryStore(app_paths().history_file)
    store.open()
    conv = Conversation(title="Weekend plans")
    store.save_conversation(conv)
    for msg in (
        Message(Role.USER, "What should I cook?"),
        Message(Role.ASSISTANT, "Try a risotto.", usage=Usage(10, 4), model="m"),
    ):
        conv.add(msg)
        store.add_message(conv.uid, msg, 1.0)
    store.close()
    return conv


def test_export_markdown_to_stdout_and_json_to_a_file(isolated_env: Path, tmp_path: Path) -> None:
    conv = seed(isolated_env)
    md = chatdesk(isolated_env, "export")
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Weekend plans")
    assert "Try a risotto." in md.stdout
    out = tmp_path / "all.json"
    js = chatdesk(
        isolated_env, "export", "--format", "json", "--conversation", conv.uid[:8], "-o", str(out)
    )
    assert js.returncode == 0, js.stderr
    data = json.loads(out.read_text())
    assert data["format"] == "chatdesk"
    assert [m["content"] for m in data["conversations"][0]["messages"]] == [
        "What should I cook?",
        "Try a risotto.",
    ]
    missing = chatdesk(isolated_env, "export", "--conversation", "nope")
    assert missing.returncode == 2 and "no single conversation" in missing.stderr


def test_import_chatgpt_twice_does_not_duplicate(isolated_env: Path) -> None:
    path = str(DATA / "chatgpt_conversations.json")
    first = chatdesk(isolated_env, "import", path)
    assert first.returncode == 0, first.stderr
    assert "Imported 2 conversations" in first.stdout
    second = chatdesk(isolated_env, "import", path)
    assert "Imported 0 conversations" in second.stdout and "2 already present" in second.stdout
    store = HistoryStore(app_paths().history_file)
    store.open()
    assert len(store.list_conversations()) == 2


def test_invalid_import_says_why_and_imports_nothing(isolated_env: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('[{"title": "ok", "mapping": {}, "current_node": "x"}]')
    result = chatdesk(isolated_env, "import", str(bad))
    assert result.returncode == 2
    assert "broken.json was not imported" in result.stderr
    assert "current_node" in result.stderr
    store = HistoryStore(app_paths().history_file)
    store.open()
    assert store.list_conversations() == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "chatdesk", "version": 1e999}', "export version inf"),
        (b'{"format": "chatdesk", "version": 1, "conversations": [{"uid": "c", "messages": '
         b'[{"role": "user", "content": "x", "created": -Infinity}]}]}', "is not a time"),
        (b'{"format": "chatdesk", "version": 1, "conversations": [{"uid": "c", "messages": '
         b'[{"role": "user", "content": "x", "usage": {"prompt_tokens": "many"}}]}]}',
         "is not a token count"),
        (b'{"format": "chatdesk", "version": 1, "conversations": [{"uid": "c", "messages": '
         b'[{"uid": "m", "role": "user", "content": "x"}, '
         b'{"uid": "m", "role": "user", "content": "y"}]}]}', "is also message 1's"),
        (b'["caf\xe9"]', "not UTF-8 text (invalid byte at offset 5)"),
    ],
)  # fmt: skip
def test_malformed_imports_fail_with_a_message_not_a_traceback(
    isolated_env: Path, tmp_path: Path, content: bytes, fragment: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = chatdesk(isolated_env, "import", str(bad))
    assert result.returncode == 2, result.stderr
    assert "chatdesk: bad.json was not imported: " in result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_a_huge_import_is_refused_before_it_is_read(isolated_env: Path, tmp_path: Path) -> None:
    huge = tmp_path / "conversations.json"
    with huge.open("wb") as fh:
        fh.truncate(1 << 30)  # 1 GiB, sparse: no disk space needed
    result = chatdesk(isolated_env, "import", str(huge))
    assert result.returncode == 2
    # The sizes are written the locale's way: 1,024 in English, 1024 in the C locale.
    said = result.stderr.replace("1,024", "1024")
    assert "it is 1024 MiB; chatdesk imports files of up to 256 MiB" in said, result.stderr


def test_an_import_from_a_pipe_is_refused_not_waited_for(
    isolated_env: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = chatdesk(isolated_env, "import", str(fifo))
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_install_desktop_entry(isolated_env: Path, tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    env = {**os.environ, "CHATDESK_HOME": str(isolated_env), "XDG_DATA_HOME": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "chatdesk", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "chatdesk.desktop").read_text()
    assert "Name=chatdesk" in entry and "Icon=chatdesk" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line != "Exec=chatdesk" and "chatdesk" in exec_line
    assert (data / "icons/hicolor/256x256/apps/chatdesk.png").read_bytes()[:4] == b"\x89PNG"


def test_the_command_line_speaks_the_users_language(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from devkit import translations

    german = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(translations.ts_path("de")).getroot().iter("message")
    }
    env = {**os.environ, "CHATDESK_HOME": str(tmp_path), "LANG": "de_DE.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    wanted = german["import a chatdesk JSON or ChatGPT export"]
    assert wanted and wanted != "import a chatdesk JSON or ChatGPT export"
    top = subprocess.run(
        [sys.executable, "-m", "chatdesk", "--help"],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    assert " ".join(wanted.split()) in " ".join(top.stdout.split()), top.stdout
