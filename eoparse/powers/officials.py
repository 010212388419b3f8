"""Officials, agencies and bodies that orders name as actors (package data).

``eoparse/data/officials.toml`` lists each office with its aliases and
abbreviations, so that ``the Director of OMB``, ``the OMB Director`` and
``the Director of the Office of Management and Budget`` all come out as one
canonical name.  Loaded once.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from attrs import frozen

from eoparse.powers.wordlist import compile_words


@frozen
class Official:
    """An office, agency, body or group, under its canonical name."""

    name: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    agency: str = ""
    kind: str = "official"  # official | agency | body | group


@functools.cache
def officials() -> tuple[Official, ...]:
    """Every entry of the table (loaded once)."""
    raw = resources.files("eoparse.data").joinpath("officials.toml").read_text("utf-8")
    return tuple(
        Official(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            abbreviations=tuple(entry.get("abbreviations", ())),
            agency=entry.get("agency", ""),
            kind=entry.get("kind", "official"),
        )
        for entry in tomllib.loads(raw).get("official", ())
    )


@functools.cache
def by_name() -> dict[str, Official]:
    """Every printed form (name, alias, abbreviation) → its entry."""
    index: dict[str, Official] = {}
    for official in officials():
        for form in (official.name, *official.aliases, *official.abbreviations):
            index.setdefault(form, official)
            # "each agency" at a sentence start as "Each agency"; "Board" mid-sentence as
            # "board", but not "secretary of State": a lower-case first word is printed so
            # only where the rest of the name is lower case too (every other variant costs
            # a test at each lower-case word of every order, and matched nothing).
            index.setdefault(form[0].upper() + form[1:], official)
            if not any(char.isupper() for char in form[1:]):
                index.setdefault(form[0].lower() + form[1:], official)
            if " executive department" in form:  # "The head of each Executive department"
                capital = form.replace(" executive department", " Executive department")
                index.setdefault(capital, official)
                index.setdefault(capital[0].upper() + capital[1:], official)
    return index


_ARTICLES = frozenset(("the", "The", "each", "Each", "every", "Every", "all", "All"))
"""The words :func:`resolve` ignores before a name."""


def resolve(printed: str) -> Official | None:
    """The entry a printed actor names (``the`` ignored), or ``None``."""
    key = printed.strip()
    exact = by_name().get(key)  # the table's own forms first: "each agency head"
    if exact is not None:
        return exact
    space = key.find(" ")  # the first word, looked up once: eight startswith() cost more
    if space > 0 and key[:space] in _ARTICLES:
        key = key[space + 1 :]
    found = by_name().get(key)
    if found is None and key[:1].islower():
        # a group's member as a grant names it, its indefinite article dropped ("agency"
        # for the table's "an agency", "department or agency" for "a department or agency")
        found = by_name().get(f"an {key}") or by_name().get(f"a {key}")
        if found is not None and found.kind != "group":
            found = None
    return found


@functools.cache
def actor_pattern() -> re.Pattern[str]:
    """A pattern matching any printed form of the table, longest first (a separator
    before it: read it with :func:`eoparse.powers.wordlist.find_listed`)."""
    return compile_words(by_name())
