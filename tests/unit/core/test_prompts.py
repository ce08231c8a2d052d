"""Saved prompts without Qt: variables, the popup's ranking, the library file's checks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chatdesk.core.prompts import (
    MAX_FILE_BYTES,
    MAX_PROMPTS,
    MAX_TEXT,
    Command,
    Entry,
    EntryKind,
    InvalidPrompts,
    Prompt,
    command_entries,
    dumps,
    fill,
    filled,
    filling,
    from_utf16,
    loads,
    matches,
    merge,
    name_for,
    next_variable,
    prompt_entry,
    to_utf16,
    unique_name,
    variable_spans,
    variables,
)

# -- variables ----------------------------------------------------------------------------


def test_variables_are_named_once_in_order_with_spaces_ignored() -> None:
    text = "Translate {{text}} into {{ language }}; keep {{text}} short. {{}} {{ }} {x}"
    assert variables(text) == ("text", "language")
    assert [name for _, _, name in variable_spans(text)] == ["text", "language", "text"]
    assert Prompt("t", text).variables == ("text", "language")


def test_a_variable_stays_on_one_line_and_within_64_characters() -> None:
    assert variables("{{a\nb}}") == ()
    assert variables("{{" + "x" * 65 + "}}") == ()
    assert variables("{{" + "x" * 64 + "}}") == ("x" * 64,)


def test_next_variable_goes_forward_and_back_and_wraps_around() -> None:
    text = "A {{one}} B {{two}} C {{three}}"
    one, two, three = ((s, e) for s, e, _ in variable_spans(text))
    assert next_variable(text, 0, 0) == one
    assert next_variable(text, *one) == two
    assert next_variable(text, *two) == three
    assert next_variable(text, *three) == one  # wraps
    assert next_variable(text, *two, forward=False) == one
    assert next_variable(text, *one, forward=False) == three  # wraps
    assert next_variable("no variables", 0, 0) is None


def test_a_value_typed_over_a_variable_goes_to_the_others_of_its_name() -> None:
    text = "Say {{word}} to {{who}}, then {{ word }} again."
    start, end, _ = variable_spans(text)[0]
    state = filling(text, start, end)
    assert state is not None and state.name == "word"
    typed = "Say hello to {{who}}, then {{ word }} again."
    result = filled(state, typed)
    assert result == ("Say hello to {{who}}, then hello again.", len("Say hello"))


def test_filled_gives_up_when_the_text_changed_elsewhere_or_nothing_was_typed() -> None:
    text = "{{a}} and {{a}}"
    state = filling(text, 0, 5)
    assert state is not None
    assert filled(state, text) is None  # still the placeholder
    assert filled(state, "x and {{a}} plus") is None  # changed after it
    assert filled(state, "") is None
    lone = filling("{{b}} only", 0, 5)
    assert lone is not None and filled(lone, "x only") is None  # no other {{b}}
    assert filling("not a variable", 0, 3) is None


def test_fill_replaces_only_that_name() -> None:
    assert fill("{{a}} {{ a }} {{b}}", "a", "1") == "1 1 {{b}}"


@given(st.text())
def test_utf16_positions_round_trip(text: str) -> None:
    for index in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, index)) == index
    assert to_utf16(text, len(text)) == len(text.encode("utf-16-le")) // 2


def test_utf16_counts_an_emoji_as_two() -> None:
    text = "😀 {{x}}"
    assert to_utf16(text, 2) == 3 and from_utf16(text, 3) == 2


# -- the popup ------------------------------------------------------------------------------


def entries(*prompts: Prompt) -> list[Entry]:
    return command_entries() + [prompt_entry(p) for p in prompts]


def test_an_empty_query_lists_the_commands_in_order_then_the_prompts_by_name() -> None:
    shown = matches("", entries(Prompt("zeta", "z"), Prompt("Alpha", "a")))
    assert [e.name for e in shown] == ["new", "model", "system", "clear", "export", "Alpha", "zeta"]


def test_ranking_prefers_the_name_then_its_words_then_the_text() -> None:
    prompts = (
        Prompt("Summarise", "Summarise {{text}}"),
        Prompt("Code review", "Review this code"),
        Prompt("Explain like I'm five", "Explain simply: review terms"),
        Prompt("Prereview", "x"),
    )
    names = [e.name for e in matches("rev", entries(*prompts))]
    assert names == ["Code review", "Prereview", "Explain like I'm five"]
    assert next(e.name for e in matches("REVIEW", entries(*prompts))) == "Code review"
    assert matches("nothing like this", entries(*prompts)) == []
    # One or two letters search names only: "/t" would match nearly every text.
    assert [e.name for e in matches("te", entries(Prompt("x", "terms")))] == ["system"]
    assert [e.name for e in matches("ter", entries(Prompt("x", "terms")))] == ["x"]


def test_commands_match_like_prompts_and_come_first_at_the_same_rank() -> None:
    shown = matches("mo", entries(Prompt("Moby", "whale")))
    assert [(e.kind, e.name) for e in shown] == [
        (EntryKind.COMMAND, "model"),
        (EntryKind.PROMPT, "Moby"),
    ]
    assert shown[0].command is Command.MODEL and shown[1].command is None


def test_a_command_with_an_argument_is_that_command_alone() -> None:
    (entry,) = matches("model  gpt-4o-mini ", entries(Prompt("model of a ship", "x")))
    assert entry.command is Command.MODEL and entry.text == "gpt-4o-mini"
    assert "gpt-4o-mini" in entry.detail
    (system,) = matches("system You are terse.", entries())
    assert system.command is Command.SYSTEM and system.text == "You are terse."


def test_a_prompt_row_shows_its_first_line() -> None:
    entry = prompt_entry(Prompt("n", "\n\n  First line  \nsecond"))
    assert entry.detail == "First line" and entry.text.endswith("second")


# -- the file --------------------------------------------------------------------------------


def test_the_library_round_trips() -> None:
    prompts = [Prompt("Translate", "Into {{language}}:\n\n{{text}}"), Prompt("ü 😀", "x")]
    text = dumps(prompts)
    assert json.loads(text)["format"] == "chatdesk-prompts"
    assert loads(text) == prompts


def test_a_bare_list_is_read_too() -> None:
    assert loads('[{"name": "a", "text": "b"}]') == [Prompt("a", "b")]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{not json", "not valid JSON (line 1, column 2"),
        ("[" * 100_000, "not valid JSON"),
        ('"a string"', "“prompts” is not a list"),
        ('{"format": "other"}', "not a chatdesk prompt library"),
        ('{"format": "chatdesk-prompts", "version": 9, "prompts": []}', "newer chatdesk"),
        ('{"version": "1", "prompts": []}', "“version” is not a number"),
        ("{}", "no “prompts” list"),
        ('{"prompts": {"a": 1}}', "“prompts” is not a list"),
        ('{"prompts": [1]}', "prompt 1 is not an object"),
        ('{"prompts": [{"name": "a", "text": "b"}, {"text": "b"}]}', "prompt 2: “name” is missing"),
        ('{"prompts": [{"name": "a"}]}', "prompt 1 (“a”): “text” is missing"),
        ('{"prompts": [{"name": " \\n ", "text": ""}]}', "prompt 1: “name” is empty"),
    ],
)
def test_a_bad_file_is_refused_with_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(InvalidPrompts) as refused:
        loads(text)
    assert says in str(refused.value)


def test_sizes_are_capped() -> None:
    with pytest.raises(InvalidPrompts, match="larger than 4 MB"):
        loads(" " * (MAX_FILE_BYTES + 1))
    many = json.dumps([{"name": "a", "text": ""}] * (MAX_PROMPTS + 1))
    with pytest.raises(InvalidPrompts, match="5,001 prompts"):
        loads(many)
    long = json.dumps([{"name": "long", "text": "x" * (MAX_TEXT + 1)}])
    with pytest.raises(InvalidPrompts, match="“long”"):
        loads(long)


def test_names_lose_line_breaks_and_control_characters_and_texts_lose_controls() -> None:
    (prompt,) = loads(json.dumps([{"name": "a\nb\u2028c\x00", "text": "x\r\ny\x07\tz"}]))
    assert prompt == Prompt("a b c", "x\ny\tz")


def test_merge_skips_what_is_there_and_renames_a_different_prompt_of_a_taken_name() -> None:
    mine = [Prompt("Translate", "mine"), Prompt("Review", "r")]
    theirs = [Prompt("Translate", "theirs"), Prompt("Review", "r"), Prompt("New", "n")]
    merged, added = merge(mine, theirs)
    assert added == 2
    assert merged == [*mine, Prompt("Translate (2)", "theirs"), Prompt("New", "n")]
    with pytest.raises(InvalidPrompts, match="more than"):
        merge([Prompt(str(n), "") for n in range(MAX_PROMPTS)], [Prompt("one more", "")])


def test_unique_names_and_names_for_saved_messages() -> None:
    assert unique_name("a", ["b"]) == "a"
    assert unique_name("A", ["a", "a (2)"]) == "A (3)"
    assert name_for("\n  Please review the following pull request for style and bugs") == (
        "Please review the following pull…"
    )
    assert name_for("   ") == "Saved prompt"
