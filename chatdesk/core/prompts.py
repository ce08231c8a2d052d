"""Saved prompts: a name and a text with ``{{variables}}``, the library file's JSON shape,
the "/" popup's entries and how they are ranked as the user types.

Pure: ``services/prompts.py`` reads and writes the file, ``ui/`` shows the popup and the
dialog. A library file comes from the user's disk or from someone else (import), so every
value in it is checked and capped here, and a bad file is refused whole with a message that
names what is wrong and where. The variables themselves are ``prompt_variables.py``'s,
re-exported here.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from chatdesk.core.i18n import noop, number, tr
from chatdesk.core.prompt_variables import VARIABLE as VARIABLE
from chatdesk.core.prompt_variables import Filling as Filling
from chatdesk.core.prompt_variables import fill as fill
from chatdesk.core.prompt_variables import filled as filled
from chatdesk.core.prompt_variables import filling as filling
from chatdesk.core.prompt_variables import from_utf16 as from_utf16
from chatdesk.core.prompt_variables import next_variable as next_variable
from chatdesk.core.prompt_variables import to_utf16 as to_utf16
from chatdesk.core.prompt_variables import variable_spans as variable_spans
from chatdesk.core.prompt_variables import variables as variables

FORMAT = "chatdesk-prompts"
VERSION = 1
MAX_FILE_BYTES = 4 * 1024 * 1024
"""A library file larger than this is refused unread (200 long prompts take ~200 KB)."""
MAX_PROMPTS = 5_000
MAX_NAME = 120
MAX_TEXT = 100_000
"""Characters in one prompt's text."""
_SEARCHED_TEXT = 2_000
"""How much of a prompt's text the popup's filter looks into (names are searched whole)."""
_TEXT_QUERY = 3
"""Texts are searched from this many characters typed on: "/t" would match nearly all."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


class InvalidPrompts(Exception):
    """A library file that cannot be used; the message says what is wrong and where."""


@dataclass(frozen=True)
class Prompt:
    name: str
    text: str

    @property
    def variables(self) -> tuple[str, ...]:
        return variables(self.text)


class Command(enum.StrEnum):
    """The popup's built-in commands, run by the window rather than inserted."""

    NEW = "new"
    MODEL = "model"
    SYSTEM = "system"
    CLEAR = "clear"
    EXPORT = "export"

    @property
    def description(self) -> str:
        return tr(_COMMANDS[self])


_COMMANDS = {
    Command.NEW: noop("Start a new conversation"),
    Command.MODEL: noop("Choose the model (or type /model name)"),
    Command.SYSTEM: noop("This conversation's system prompt (or type /system text)"),
    Command.CLEAR: noop(
        "Start over: a new conversation with this one's system prompt and parameters"
    ),
    Command.EXPORT: noop("Export this conversation"),
}


class EntryKind(enum.Enum):
    COMMAND = "command"
    PROMPT = "prompt"


@dataclass(frozen=True)
class Entry:
    """One row of the "/" popup: a command to run, or a prompt to insert."""

    kind: EntryKind
    name: str
    detail: str
    """What it does (a command) or the text's first line (a prompt), for the row."""
    text: str = ""
    """The prompt's text; a command's argument (``/model gpt-4o``: ``"gpt-4o"``)."""

    @property
    def command(self) -> Command | None:
        return Command(self.name) if self.kind is EntryKind.COMMAND else None


# -- the "/" popup ---------------------------------------------------------------------------


def command_entries() -> list[Entry]:
    return [Entry(EntryKind.COMMAND, c.value, c.description) for c in Command]


def prompt_entry(prompt: Prompt) -> Entry:
    first = next((line.strip() for line in prompt.text.splitlines() if line.strip()), "")
    return Entry(EntryKind.PROMPT, prompt.name, first[:120], prompt.text)


def matches(query: str, entries: Iterable[Entry]) -> list[Entry]:
    """The entries for what follows the "/", best first.

    A command followed by a space and an argument (``model gpt-4o``) is that command alone,
    carrying the argument. Otherwise, ranked: the name is the query, starts with it, has a
    word starting with it, contains it; then prompts whose text contains it (from three
    characters typed on). Case is ignored; at the same rank commands come first, in their
    own order (``/new`` first), then prompts by name."""
    head, space, argument = query.partition(" ")
    if space and head.lower() in set(Command):
        command = Command(head.lower())
        detail = (
            #: A command in the "/" popup and what was typed after it (/model gpt-4o).
            tr("{description}: {argument}").format(
                description=command.description, argument=argument.strip()
            )
            if argument.strip()
            else ""
        )
        return [
            Entry(EntryKind.COMMAND, command.value, detail or command.description, argument.strip())
        ]
    wanted = query.strip().casefold()
    order = {c.value: f"{n:03d}" for n, c in enumerate(Command)}
    ranked: list[tuple[int, int, str, Entry]] = []
    for entry in entries:
        rank = _rank(wanted, entry)
        if rank is not None:
            if entry.kind is EntryKind.COMMAND:  # in their own order: /new first
                ranked.append((rank, 0, order.get(entry.name, entry.name), entry))
            else:
                ranked.append((rank, 1, entry.name.casefold(), entry))
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked]


def _rank(wanted: str, entry: Entry) -> int | None:
    if not wanted:
        return 0
    name = entry.name.casefold()
    if name == wanted:
        return 0
    if name.startswith(wanted):
        return 1
    if any(word.startswith(wanted) for word in re.split(r"[\s_\-/.]+", name)):
        return 2
    if wanted in name:
        return 3
    if (
        len(wanted) >= _TEXT_QUERY
        and entry.kind is EntryKind.PROMPT
        and wanted in entry.text[:_SEARCHED_TEXT].casefold()
    ):
        return 4
    return None


# -- the library file -----------------------------------------------------------------------


def dumps(prompts: Sequence[Prompt]) -> str:
    """The library (or an export of it) as JSON text."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "prompts": [{"name": p.name, "text": p.text} for p in prompts],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def loads(text: str) -> list[Prompt]:
    """The prompts of a library file: chatdesk's shape, or a bare list of
    ``{"name", "text"}`` objects. ``InvalidPrompts`` says what is wrong with anything else."""
    if len(text) > MAX_FILE_BYTES:
        raise InvalidPrompts(
            tr("it is larger than {size} MB").format(size=number(MAX_FILE_BYTES // (1024 * 1024)))
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidPrompts(
            tr("it is not valid JSON (line {line}, column {column}: {problem})").format(
                line=exc.lineno, column=exc.colno, problem=exc.msg
            )
        ) from None
    except RecursionError:
        raise InvalidPrompts(tr("it is not valid JSON (nested too deeply)")) from None
    if isinstance(data, dict):
        fmt = data.get("format", FORMAT)
        if fmt != FORMAT:
            raise InvalidPrompts(
                tr("it is not a chatdesk prompt library (format {value})").format(value=_shown(fmt))
            )
        version = data.get("version", VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            raise InvalidPrompts(
                tr("“version” is not a number ({value})").format(value=_shown(version))
            )
        if version > VERSION:
            raise InvalidPrompts(
                tr(
                    "it was written by a newer chatdesk (library version {version}; "
                    "this one reads version {supported})"
                ).format(version=version, supported=VERSION)
            )
        items = data.get("prompts")
        if items is None:
            raise InvalidPrompts(tr("it has no “prompts” list"))
    else:
        items = data
    if not isinstance(items, list):
        raise InvalidPrompts(tr("“prompts” is not a list ({value})").format(value=_shown(items)))
    if len(items) > MAX_PROMPTS:
        raise InvalidPrompts(
            tr("it holds %Ln prompt(s); at most {most} are kept", "", len(items)).format(
                most=number(MAX_PROMPTS)
            )
        )
    return [_prompt(item, index) for index, item in enumerate(items, 1)]


def _prompt(item: Any, index: int) -> Prompt:
    #: Where a problem is in a prompt library file: its 3rd prompt.
    where = tr("prompt {number}").format(number=index)
    if not isinstance(item, dict):
        raise InvalidPrompts(
            tr("{where} is not an object ({value})").format(where=where, value=_shown(item))
        )
    name, text = item.get("name"), item.get("text")
    if not isinstance(name, str):
        raise InvalidPrompts(
            tr("{where}: “name” is missing or not text ({value})").format(
                where=where, value=_shown(name)
            )
        )
    if not isinstance(text, str):
        raise InvalidPrompts(
            tr("{where} (“{name}”): “text” is missing or not text").format(
                where=where, name=clean_name(name)
            )
        )
    name = clean_name(name)
    if not name:
        raise InvalidPrompts(tr("{where}: “name” is empty").format(where=where))
    if len(text) > MAX_TEXT:
        raise InvalidPrompts(
            tr("{where} (“{name}”) is %Ln character(s) long; at most {most}", "", len(text)).format(
                where=where, name=name, most=number(MAX_TEXT)
            )
        )
    return Prompt(name, clean_text(text))


def clean_name(name: str) -> str:
    """A name as shown in one row: no line breaks or control characters, at most
    ``MAX_NAME`` characters."""
    return " ".join(_NAME_CONTROL.sub(" ", name).split())[:MAX_NAME]


def clean_text(text: str) -> str:
    """A prompt's text without control characters (line breaks and tabs kept)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when it is taken."""
    used = {n.casefold() for n in taken}
    if name.casefold() not in used:
        return name
    n = 2
    while f"{name} ({n})".casefold() in used:
        n += 1
    return f"{name} ({n})"


def merge(existing: Sequence[Prompt], incoming: Iterable[Prompt]) -> tuple[list[Prompt], int]:
    """An import added to the library: prompts already there (same name and text) are
    skipped, a different prompt under a taken name is renamed ``name (2)``. Returns the new
    library and how many prompts were added."""
    merged = list(existing)
    seen = {(p.name, p.text) for p in merged}
    added = 0
    for prompt in incoming:
        if (prompt.name, prompt.text) in seen:
            continue
        if len(merged) >= MAX_PROMPTS:
            raise InvalidPrompts(
                tr("the library would hold more than %Ln prompt(s)", "", MAX_PROMPTS)
            )
        renamed = Prompt(unique_name(prompt.name, (p.name for p in merged)), prompt.text)
        merged.append(renamed)
        seen.add((prompt.name, prompt.text))
        added += 1
    return merged, added


def name_for(text: str) -> str:
    """A name for a message saved as a prompt: its first words."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    name = clean_name(first)
    if len(name) > 40:
        name = name[:40].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"
    return name or tr("Saved prompt")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
