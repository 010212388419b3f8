"""How the diff tells designees apart: offices by their words, the office that leads a
designee, and what a criterion covers.

Two designees of an order of succession (or two places, two bodies) correspond only
when they name the same office (:func:`same_name`); an office ranked with others or
serving for named States is first compared by the office that leads it
(:func:`lead_office`).  A sanctions criterion is compared by what it covers, without
who determines it (:func:`criterion`).
"""

from __future__ import annotations

import regex

from eoparse.compare.similar import norm
from eoparse.model import Designation

_NAME_FILLER = frozenset({"the", "of", "and", "for", "a", "an", "in", "to", "department"})


_NAME_WORD = regex.compile(r"[^\W_]+")


def _name_words(name: str) -> set[str]:
    words = _NAME_WORD.findall(norm(name).replace("'s", ""))
    return {w.rstrip("s") for w in words if w not in _NAME_FILLER}


_LEAD_END = regex.compile(
    r"""
    ,\s+(?=[a-z])                   # , with precedence … / , in order of … / , if …
    | (?<!\s)\s+                     # one run of spaces (tried once, from its start), then:
      (?: for\s+the\s+States?\s+of\b # … for the States of California, Iowa, and Kansas
      | \(                           # a parenthesized aside
      | and\s+(?=(?:[A-Z][\w'-]*\s+){0,3}  # General Counsel and Assistant Secretaries:
          (?:Secretaries|Directors|Administrators|Commissioners|Officers|Counsels
          |Attorneys|Chiefs|Deputies|Assistants|Heads)\b)  # a second office, in the plural
      )
    """,
    regex.X,
)
"""Where the office that leads a designee ends: before its qualifiers (who ranks among
them, which States, on what condition) and before a second office ranked with it."""


def lead_office(designee: str) -> str:
    """The office that leads a designee: ``General Counsel and Assistant Secretaries, with
    precedence …`` → ``General Counsel``; ``State Executive Directors of the Farm Service
    Agency for the States of Kansas, …`` → ``State Executive Directors of the Farm Service
    Agency``.  A designee with no qualifier is its own lead office."""
    found = _LEAD_END.search(designee)
    return designee[: found.start()].strip() if found else designee


def same_name(a: str, b: str) -> bool:
    """Whether two designees name the same office, place or body: the words of one are all
    words of the other (``Under Secretary for Memorial Affairs`` and ``Under Secretary of
    Veterans Affairs for Memorial Affairs``; not the U.S. Attorneys of two districts)."""
    first, second = _name_words(a), _name_words(b)
    return bool(first) and bool(second) and (first <= second or second <= first)


_DETERMINED_BY = regex.compile(
    r"""
    \b(determined)\s+by\s+          # determined by the Secretary of the Treasury,
    [^;:]{1,300}?                    #   in consultation with the Secretary of State …,
    (?:,\s*|\s+)(?=to\s+\w)         # to (be owned or controlled by …)
    """,
    regex.X,
)
"""Who determines, inside a criterion: the designator's own field says it, so it is no
part of what the criterion covers."""


def criterion(item: Designation) -> str:
    """What a designation covers, without who determines it (``determined by the Secretary
    of State, in consultation with …, to have committed`` → ``determined to have
    committed``), so that a criterion restated with its determining official moved to the
    lead-in compares by what it covers."""
    criterion: str = _DETERMINED_BY.sub(r"\1 ", item.designee)
    return criterion


__all__ = ["criterion", "lead_office", "same_name"]
