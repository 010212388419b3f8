"""Exclusions from the Federal Labor-Management Relations Program: the President's two
determinations under 5 U.S.C. 7103(b)(1) put agencies or subdivisions outside it.

``The subdivisions of the Department of Justice set forth in section 2 of this order are
hereby determined to have as a primary function intelligence, counterintelligence,
investigative, or national security work`` (and, in a preamble, ``having determined that
the Naval Special Warfare Development Group has as a primary function …``) is one
designation by the President, whatever the order amends to list them: the subdivisions
are its ``designee``, and the units the list names (in this order's own items or in the
text it adds to Executive Order 12171) are its ``names``, one a listed item, as printed.
An item that leads a list (``The following offices within the Coast Guard:``) names no
unit of its own: its items do.
"""

from __future__ import annotations

import regex

from eoparse.model import Designation, DesignationCategory, Section, Span
from eoparse.powers.context import Context
from eoparse.powers.listed import clean_item
from eoparse.powers.wordlist import contains_any

_DETERMINED = regex.compile(
    r"""
    (?:
        (?P<designee>\b[Tt]he\ [^.;:"]{3,300}?)\s+(?:is|are)\s+hereby\s+determined\s+to\s+have
      | having\s+determined\s+that\s+(?P<named>the\s+[^.;:"]{3,200}?)\s+(?:has|have)
    )
    \s+as\s+a\s+primary\s+function\s+intelligence\b
    """,
    regex.VERBOSE,
)
"""The first determination of 5 U.S.C. 7103(b)(1), made by the President, and who it is
made of (``designee``, or in a preamble ``named``)."""

_SET_FORTH = regex.compile(
    r"""set\ forth\ in\ sections?\ (?P<first>\d+)(?![\d\-–])
        (?:\ (?:through|to|and)\ (?P<last>\d+)(?![\d\-–]))?""",
    regex.VERBOSE,
)
"""Where the determination's list is: ``set forth in sections 2 through 6 of this order``."""

_ITEM = regex.compile(
    r"""(?:^|(?<=:\ ))\s*["“‘']*       # at a line's start, or after a colon: ': "(f) …'
        \((?:[a-z]{1,3}|[0-9]{1,3}|[ivx]{1,6}|[A-Z])\)\s+(?P<name>[^\n]{2,400})""",
    regex.VERBOSE | regex.MULTILINE,
)
"""A listed unit: a labelled line, ``(c) United States Attorneys' Offices.``, or a label
after a colon on the line."""

DESIGNATION = (
    "agency or subdivision excluded from the Federal Labor-Management Relations Program "
    "(5 U.S.C. 7103(b)(1)): has as a primary function intelligence, counterintelligence, "
    "investigative, or national security work, to which chapter 71 of title 5 cannot be "
    "applied consistently with national security"
)
"""The category the two determinations put their designee in."""

_BASIS = ("5 U.S.C. 7103(b)(1)", "EO 12171")


def _unit(line: str) -> str | None:
    """The unit a listed line names, as printed, or ``None`` for a list's lead-in."""
    if line.rstrip(" \"”’'").endswith(":"):
        return None  # "The following offices …:": its items name the units
    return clean_item(line).rstrip(" .;”’") or None


_INSTRUCTION = regex.compile(
    r"""^(?:[Aa]dding|[Ii]n\ section|[Ss]triking|[Ii]nserting)\b  # "adding … after …"
      | \b(?:is|are)\ (?:hereby\ )?(?:amended|revised|redesignated)\b  # "Section 1-209 is amended"
    """,
    regex.VERBOSE,
)
"""An item of amending instructions: it names no unit."""


def _listed(context: Context, spans: list[Span]) -> tuple[str, ...]:
    """The units named by the labelled lines inside ``spans``."""
    names: list[str] = []
    for start, end in spans:
        for item in _ITEM.finditer(context.text, start, end):
            unit = _unit(item["name"])
            if unit is not None and _INSTRUCTION.search(unit) is None:
                names.append(unit)
    return tuple(names)


def _sections(context: Context, first: int, last: int) -> list[Section]:
    """The order's top-level sections numbered ``first`` to ``last``."""
    return [s for s in context.sections if s.number.isdecimal() and first <= int(s.number) <= last]


def _where_listed(context: Context, match: regex.Match[str]) -> list[Span]:
    """The stretches of text that list the units: the sections the determination points to
    (``set forth in section 2``), else the quotations after it in its own section (before
    the first section, for a preamble's), or the rest of its paragraph where a quotation
    opens there."""
    pointer = _SET_FORTH.search(match[0])
    if pointer is not None:
        first = int(pointer["first"])
        last = int(pointer["last"] or first)
        found = [s.span for s in _sections(context, first, last)]
        if found:
            return found
    reach = context.top_section_span(match.start())[1]  # a preamble's: to the first section
    after = [span for span in context.quotations if match.end() <= span[0] < reach]
    paragraph_end = context.paragraph_of(match.start())[1]
    if not after and contains_any(context.text, ('"(', "“("), match.end(), paragraph_end):
        after = [(match.end(), paragraph_end)]  # ': "(i) Naval Special Warfare …"' inline
    return after


_ANCHOR = regex.compile(r"primary\s+function\s+intelligence\b")
"""The words every determination holds: searched for first, the determination only before
them."""

_REACH = 450
"""How far before its anchor a determination may begin."""


def labor_exclusions(context: Context) -> list[Designation]:
    """The order's exclusions from the Federal Labor-Management Relations Program."""
    text = context.text
    end = context.signature[0] if context.signature is not None else len(text)
    if text.find("primary", context.body_start, end) < 0:
        return []  # every determination holds the word
    out: list[Designation] = []
    for anchor in _ANCHOR.finditer(text, context.body_start, end):
        match = _DETERMINED.search(
            text, max(context.body_start, anchor.start() - _REACH), anchor.end()
        )
        if match is None or match.end() != anchor.end():
            continue
        designee = " ".join((match["designee"] or match["named"]).split()).rstrip(" ,")
        designee = designee[designee.rfind(", the ") + 2 :] if ", the " in designee else designee
        out.append(
            Designation(
                designee=designee,
                designation=DESIGNATION,
                basis=_BASIS,
                where=context.path_at(match.start()),
                span=match.span(),
                directed=False,
                category=DesignationCategory.ORGANIZATION,
                designator="President",
                names=_listed(context, _where_listed(context, match)),
                quoted=context.quoted(match.start()),
            )
        )
    return out


__all__ = ["DESIGNATION", "labor_exclusions"]
