"""The "Local" profile of ``scripts/run.sh --local``: made by ``--local-server URL``, its
stop sequence sent with its requests only, and kept in the settings file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from chatdesk.app import LOCAL_PROFILE, use_local_server
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.params import Params
from chatdesk.core.request import build_chat_payload
from chatdesk.core.settings import Profile, Settings
from chatdesk.services.config import ConfigStore


def test_local_server_makes_the_local_profile_once_then_only_moves_it(isolated_env: Path) -> None:
    use_local_server("http://127.0.0.1:40001/v1")
    store = ConfigStore(isolated_env / "settings.json")
    settings = store.load()
    local = settings.active
    assert (settings.active_id, local.name, local.base_url) == (
        LOCAL_PROFILE,
        "Local",
        "http://127.0.0.1:40001/v1",
    )
    assert (local.model, local.needs_key, local.stop) == ("gemma3-270m", False, ("USER:",))
    assert settings.prefs.context_lengths["gemma3-270m"] == 2048
    assert len(settings.profiles) == 2  # the default one stays

    # The user changed its model and went back to another profile; the next run's port.
    store.save(settings.with_active(model="my-choice").switched("default"))
    use_local_server("http://127.0.0.1:40002/v1")
    again = store.load()
    assert again.active_id == LOCAL_PROFILE
    assert again.active.base_url == "http://127.0.0.1:40002/v1"
    assert again.active.model == "my-choice"
    assert len(again.profiles) == 2
    saved = json.loads((isolated_env / "settings.json").read_text())
    assert next(p for p in saved["profiles"] if p["id"] == LOCAL_PROFILE)["stop"] == ["USER:"]


def conversation(params: Params | None = None) -> Conversation:
    conv = Conversation()
    conv.add(Message(Role.USER, "Hi"))
    if params is not None:
        conv.params = params
    return conv


def test_a_profiles_stop_sequences_go_with_its_requests_only() -> None:
    local = Profile("local", "Local", "profile:local", stop=("USER:",))
    settings = Settings().added(local)
    assert "stop" not in build_chat_payload(conversation(), settings)  # the default profile
    on_local = settings.switched("local")
    assert build_chat_payload(conversation(), on_local)["stop"] == ["USER:"]
    both = on_local.with_prefs(stop=("###", "USER:"))
    assert build_chat_payload(conversation(), both)["stop"] == ["USER:", "###"]
    many = both.with_prefs(stop=("a", "b", "c", "d"))
    assert build_chat_payload(conversation(), many)["stop"] == ["USER:", "a", "b", "c"]
    own = conversation(Params(stop=("END",)))  # a conversation's own stop sequences win
    assert build_chat_payload(own, both)["stop"] == ["END"]


def test_an_old_files_global_stop_stays_global() -> None:
    """Version 1 kept the active server's fields and the stop sequences at the top level:
    the server fields move into the profile, the stop sequences stay preferences."""
    settings = Settings.from_json({"base_url": "http://localhost:8080/v1", "stop": ["USER:"]})
    assert settings.prefs.stop == ("USER:",)
    assert settings.active.stop == ()
    with_stop = replace(settings.active, stop=("X",))
    assert Profile.from_json(with_stop.to_json()) == with_stop
