"""Projects in a real SQLite history: saved, listed, conversations moved in and out, pinned
order kept within a project, search filtered to one, deleted both ways, migration from
version 9, and export and import without loss."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.params import Params
from chatdesk.core.projects import Project
from chatdesk.services.storage import SCHEMA_VERSION, HistoryStore, StorageError
from chatdesk.services.transfer import ExportFormat, export_to_file, import_file, write_export
from tests.support.history import opened, sample, store_conversation

DEFAULTS = Project(
    name="Garden",
    system_prompt="You are a gardener.",
    profile="p-local",
    model="llama3",
    params=Params(temperature=0.3, max_tokens=400),
)


def in_project(store: HistoryStore, title: str, updated: float, project: str) -> Conversation:
    conv = sample(title, updated)
    conv.project = project
    store_conversation(store, conv)
    return conv


def grouped(store: HistoryStore) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in store.list_conversations():
        out.setdefault(c.project, []).append(c.title)
    return out


def test_a_project_keeps_its_name_and_defaults(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.save_project(DEFAULTS)
    other = Project(name="apples")
    store.save_project(other)
    assert store.list_projects() == [other, DEFAULTS]  # by name, ignoring case
    store.save_project(Project(DEFAULTS.uid, "Vegetable garden", DEFAULTS.created))
    store.set_project_collapsed(DEFAULTS.uid, True)
    [_, renamed] = store.list_projects()
    assert (renamed.name, renamed.system_prompt, renamed.params) == (
        "Vegetable garden",
        "",
        Params(),
    )
    assert renamed.collapsed
    store.save_project(renamed)  # saving name and defaults leaves the folded state alone
    assert store.list_projects()[1].collapsed
    with pytest.raises(StorageError, match="needs a name"):
        store.save_project(Project(name=""))


def test_conversations_move_in_and_out_and_pinned_stay_on_top_in_their_group(
    tmp_path: Path,
) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.save_project(DEFAULTS)
    old = in_project(store, "old", 1000.0, DEFAULTS.uid)
    new = in_project(store, "new", 3000.0, DEFAULTS.uid)
    loose = in_project(store, "loose", 2000.0, "")
    store.set_pinned(old.uid, True)
    assert grouped(store) == {DEFAULTS.uid: ["old", "new"], "": ["loose"]}
    assert store.move_to_project([loose.uid], DEFAULTS.uid) == 1
    assert grouped(store) == {DEFAULTS.uid: ["old", "new", "loose"]}
    assert store.move_to_project([new.uid, loose.uid], "") == 2
    assert grouped(store) == {DEFAULTS.uid: ["old"], "": ["new", "loose"]}
    assert store.move_to_project([new.uid], "") == 0  # already out
    loaded = store.load_conversation(old.uid)
    assert loaded is not None and loaded.project == DEFAULTS.uid
    with pytest.raises(StorageError, match="no longer exists"):
        store.move_to_project([new.uid], "gone")


def test_saving_an_open_conversation_never_undoes_a_move(tmp_path: Path) -> None:
    """The window saves its copy of the open conversation; a move made meanwhile stays."""
    store = opened(tmp_path / "h.sqlite3")
    store.save_project(DEFAULTS)
    conv = in_project(store, "open one", 1000.0, "")
    store.move_to_project([conv.uid], DEFAULTS.uid)
    conv.title = "renamed in the window"
    store.save_conversation(conv)  # conv.project is still "" in this copy
    assert grouped(store) == {DEFAULTS.uid: ["renamed in the window"]}


def test_a_new_conversation_in_a_project_that_was_deleted_is_saved_without_one(
    tmp_path: Path,
) -> None:
    store = opened(tmp_path / "h.sqlite3")
    in_project(store, "orphan", 1000.0, "deleted-meanwhile")
    assert grouped(store) == {"": ["orphan"]}


def test_search_everywhere_or_in_one_project(tmp_path: Path) -> None:
    for full_text in (True, False):
        store = opened(tmp_path / f"h{full_text}.sqlite3")
        store.full_text = full_text  # False: the LIKE fallback of SQLite without FTS5
        store.save_project(DEFAULTS)
        inside = in_project(store, "inside", 1000.0, DEFAULTS.uid)
        outside = in_project(store, "outside", 2000.0, "")
        everywhere = [h.conversation_uid for h in store.search("fine thanks")]
        assert everywhere == [outside.uid, inside.uid]
        only = store.search("fine thanks", project=DEFAULTS.uid)
        assert [h.conversation_uid for h in only] == [inside.uid]
        assert "<b>fine</b>" in only[0].snippet_html
        assert store.search("fine", project="nothing-here") == []
        store.close()


def test_project_search_fills_its_limit_from_older_matches(tmp_path: Path) -> None:
    """Newer matches elsewhere do not crowd the project's older ones out of the limit."""
    store = opened(tmp_path / "h.sqlite3")
    store.save_project(DEFAULTS)
    mine = [in_project(store, f"mine {i}", 1000.0 + i, DEFAULTS.uid) for i in range(3)]
    for i in range(40):
        in_project(store, f"other {i}", 5000.0 + i, "")
    hits = store.search("hello", limit=5, project=DEFAULTS.uid)
    assert {h.conversation_uid for h in hits} == {c.uid for c in mine}
    assert len(hits) == 3


def test_deleting_a_project_keeps_or_deletes_its_conversations(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    keep, drop = Project(name="Keep"), Project(name="Drop")
    store.save_project(keep)
    store.save_project(drop)
    in_project(store, "kept", 1000.0, keep.uid)
    gone = in_project(store, "gone", 2000.0, drop.uid)
    in_project(store, "loose", 3000.0, "")
    assert store.delete_project(keep.uid, keep_conversations=True) == []
    assert grouped(store) == {"": ["loose", "kept"], drop.uid: ["gone"]}
    assert store.delete_project(drop.uid, keep_conversations=False) == [gone.uid]
    assert grouped(store) == {"": ["loose", "kept"]}
    assert store.list_projects() == []
    assert store.search("hello") and all(
        h.conversation_uid != gone.uid for h in store.search("hello")
    )
    assert store.delete_project("never-was", keep_conversations=False) == []
    assert store.integrity_ok()


def test_migration_from_version_9_keeps_conversations_outside_any_project(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v9.sqlite3"
    HistoryStore(path).migrate_to(9)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO conversations(uid, title, created, updated) VALUES ('c1', 'Old', 1, 2)")
    db.execute(
        "INSERT INTO messages(uid, conversation_id, role, content, created) "
        "VALUES ('m1', 1, 'user', 'from before projects', 1)"
    )
    db.commit()
    db.close()
    store = opened(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [old] = store.list_conversations()
    assert (old.title, old.project) == ("Old", "")
    assert store.list_projects() == []
    store.save_project(DEFAULTS)
    assert store.move_to_project(["c1"], DEFAULTS.uid) == 1
    assert [h.conversation_uid for h in store.search("projects", project=DEFAULTS.uid)] == ["c1"]
    assert store.integrity_ok()


def test_json_export_and_import_keep_projects_without_loss(tmp_path: Path) -> None:
    first = opened(tmp_path / "a.sqlite3")
    empty = Project(name="Empty for now")
    for project in (DEFAULTS, empty):
        first.save_project(project)
    in_project(first, "inside", 1000.0, DEFAULTS.uid)
    in_project(first, "outside", 2000.0, "")
    target = tmp_path / "all.json"
    assert export_to_file(first, target, ExportFormat.JSON, None) == 2
    doc = json.loads(target.read_text())
    assert [p["name"] for p in doc["projects"]] == ["Empty for now", "Garden"]
    assert {c["title"]: c["project"] for c in doc["conversations"]} == {
        "inside": DEFAULTS.uid,
        "outside": "",
    }
    second = opened(tmp_path / "b.sqlite3")
    assert import_file(second, target).imported == 2
    assert second.list_projects() == first.list_projects()
    assert grouped(second) == grouped(first)
    strip = lambda s: {k: v for k, v in json.loads(s).items() if k != "exported"}  # noqa: E731
    out = io.StringIO()
    write_export(second, out, ExportFormat.JSON)
    assert strip(out.getvalue()) == strip(target.read_text())
    # Twice adds nothing; a project already here keeps its own name and defaults.
    second.save_project(Project(DEFAULTS.uid, "Renamed here", DEFAULTS.created))
    again = import_file(second, target)
    assert (again.imported, again.skipped) == (0, 2)
    assert [p.name for p in second.list_projects()] == ["Empty for now", "Renamed here"]


def test_exporting_one_project(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.save_project(DEFAULTS)
    store.save_project(Project(name="Other"))
    inside = in_project(store, "inside", 1000.0, DEFAULTS.uid)
    in_project(store, "outside", 2000.0, "")
    out = io.StringIO()
    assert write_export(store, out, ExportFormat.JSON, project=DEFAULTS.uid) == 1
    doc = json.loads(out.getvalue())
    assert [p["uid"] for p in doc["projects"]] == [DEFAULTS.uid]
    assert doc["projects"][0]["params"] == {"temperature": 0.3, "max_tokens": 400}
    assert [c["uid"] for c in doc["conversations"]] == [inside.uid]
    md = io.StringIO()
    assert write_export(store, md, ExportFormat.MARKDOWN, project=DEFAULTS.uid) == 1
    text = md.getvalue()
    assert text.startswith("# Project: Garden\n")
    assert "- Model: `` llama3 ``" not in text and "- Model: ` llama3 `" in text
    assert "> **System:** You are a gardener." in text
    assert "# inside" in text and "outside" not in text
    # One conversation's JSON carries its project, so importing it elsewhere files it.
    one = io.StringIO()
    write_export(store, one, ExportFormat.JSON, inside.uid)
    assert [p["uid"] for p in json.loads(one.getvalue())["projects"]] == [DEFAULTS.uid]
    with pytest.raises(StorageError, match="no longer exists"):
        write_export(store, io.StringIO(), ExportFormat.JSON, project="gone")


def test_a_conversation_with_an_unknown_project_imports_without_one(tmp_path: Path) -> None:
    conv = Conversation(title="Stray", project="not-in-file")
    conv.add(Message(Role.USER, "hi"))
    from chatdesk.core.export import to_json

    path = tmp_path / "stray.json"
    path.write_text(to_json([conv]))
    store = opened(tmp_path / "h.sqlite3")
    assert import_file(store, path).imported == 1
    assert grouped(store) == {"": ["Stray"]}


@pytest.mark.parametrize(
    ("projects", "why"),
    [
        ("not a list", "“projects” is not a list"),
        ([{"uid": "p1", "name": "  "}], "project 1: “name” is empty"),
        ([{"name": "No uid"}], "project 1: “uid” is missing"),
        ([{"uid": "p1", "name": "A"}, {"uid": "p1", "name": "B"}], "project 2: its uid"),
        ([{"uid": "p1", "name": "A", "created": "yesterday"}], "“created” is not a time"),
    ],
)
def test_a_file_with_a_broken_project_is_refused_whole(
    tmp_path: Path, projects: object, why: str
) -> None:
    from chatdesk.services.transfer import ImportRefused

    doc = {"format": "chatdesk", "version": 1, "projects": projects, "conversations": []}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    store = opened(tmp_path / "h.sqlite3")
    with pytest.raises(ImportRefused, match=why):
        import_file(store, path)
    assert store.list_projects() == []
