"""Acts of Congress that presidential documents invoke: names, short forms, codification.

The table is package data (``eoparse/data/acts.toml``), loaded once.  It maps
``International Emergency Economic Powers Act`` / ``IEEPA`` to ``50 U.S.C. 1701``
and Act sections to the Code (``section 212(f)`` of the INA → ``8 U.S.C. 1182(f)``).
Orders also define short forms for themselves (``the Immigration and
Nationality Act (INA)``); those are learned per document, not stored here.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

import regex
from attrs import frozen

from eoparse.powers.wordlist import compile_words, find_listed

_SUBSECTIONS = regex.compile(r"(?P<base>[^()]+)(?P<subs>(?:\([A-Za-z0-9]{1,5}\))*)$")
_LEVEL = regex.compile(r"\([A-Za-z0-9]{1,5}\)")


@frozen
class Act:
    """One Act: its name, the short forms orders use, where the Code holds it."""

    name: str
    short: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    code: str | None = None
    public_law: str | None = None
    stat: str | None = None
    sections: tuple[tuple[str, str], ...] = ()
    """``(Act section, U.S. Code citation)`` pairs: ``("212(f)", "8 U.S.C. 1182(f)")``."""

    @property
    def abbreviation(self) -> str | None:
        """The usual short form (``IEEPA``), if the Act has one."""
        return self.short[0] if self.short else None

    def codified(self, section: str) -> str | None:
        """The U.S. Code citation of an Act section, from the table.

        A subsection the table does not list is derived from its section:
        ``212(f)(1)`` → ``8 U.S.C. 1182(f)(1)`` when ``212(f)`` or ``212`` is known.
        """
        table = dict(self.sections)
        if section in table:
            return table[section]
        match = _SUBSECTIONS.match(section)
        if not match:
            return None
        base, subs = match["base"], match["subs"]
        levels = _LEVEL.findall(subs)
        for keep in range(len(levels) - 1, -1, -1):
            key = base + "".join(levels[:keep])
            if key in table:
                return table[key] + "".join(levels[keep:])
        return None


def _act(entry: dict[str, Any]) -> Act:
    return Act(
        name=entry["name"],
        short=tuple(entry.get("short", ())),
        aliases=tuple(entry.get("aliases", ())),
        code=entry.get("code"),
        public_law=entry.get("public_law"),
        stat=entry.get("stat"),
        sections=tuple((str(k), str(v)) for k, v in entry.get("sections", {}).items()),
    )


@functools.cache
def acts() -> tuple[Act, ...]:
    """Every Act in the table (loaded once)."""
    raw = resources.files("eoparse.data").joinpath("acts.toml").read_text("utf-8")
    return tuple(_act(entry) for entry in tomllib.loads(raw).get("act", ()))


@functools.cache
def by_name() -> dict[str, Act]:
    """Full names and aliases → Act, case-folded."""
    index: dict[str, Act] = {}
    for act in acts():
        for name in (act.name, *act.aliases):
            index.setdefault(name.casefold(), act)
    return index


@functools.cache
def by_short() -> dict[str, Act]:
    """Short forms as printed (``IEEPA``, ``the Stafford Act``) → Act."""
    index: dict[str, Act] = {}
    for act in acts():
        for short in act.short:
            index.setdefault(short, act)
    return index


def lookup(name: str) -> Act | None:
    """The Act a name or short form stands for (``the`` and ``, as amended`` ignored)."""
    key = name.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    key = key.removesuffix(", as amended").strip()
    found = by_short().get(key) or by_name().get(key.casefold())
    if found is None and " of " in key:
        found = by_name().get(key.rsplit(" of ", 1)[0].casefold())  # "… Act of 1977"
    return found


@functools.cache
def all_names() -> re.Pattern[str]:
    """Names, aliases and short forms in one pattern: one pass over the text."""
    return compile_words(n for a in acts() for n in (a.name, *a.aliases, *a.short))


def find_act_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every name or short form of the table in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    return [(s, e, text[s:e]) for s, e in find_listed(all_names(), text, start, end)]
