"""The table of countries (``data/countries.toml``): names as orders print them.

Used for the names a measure lists (the countries whose nationals' entry is
suspended).  ``find_countries`` reads a stretch of text in one pass of a
word-list pattern (:mod:`eoparse.powers.wordlist`) and gives each country by its
usual name, so that ``Myanmar`` and ``Burma`` are one country.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from eoparse.powers.wordlist import compile_words, find_listed


@functools.cache
def country_names() -> dict[str, str]:
    """Every name and alias of the table → the country's usual name (loaded once)."""
    raw = resources.files("eoparse.data").joinpath("countries.toml").read_text("utf-8")
    names: dict[str, str] = {}
    for entry in tomllib.loads(raw).get("country", ()):
        for name in (entry["name"], *entry.get("aliases", ())):
            names.setdefault(name, entry["name"])
    return names


@functools.cache
def country_pattern() -> re.Pattern[str]:
    """Every name of the table as one pattern (longest name first at each place)."""
    return compile_words(country_names())


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The countries named in ``text[start:end]``, by their usual names, in text order,
    each once."""
    names = country_names()
    found = (names[text[s:e]] for s, e in find_listed(country_pattern(), text, start, end))
    return list(dict.fromkeys(found))


__all__ = ["country_names", "country_pattern", "find_countries"]
