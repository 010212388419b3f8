"""Orders of succession: one designation per listed office, with its rank.

``the following officials …, in the order listed, shall act as and perform
the functions and duties of the office of Secretary of Agriculture …:
(a) …; (b) …`` designates each listed office, at its item's path, with
``rank`` 1, 2, … in the order listed.  The list follows the lead in its
section, or sits in the section the lead names (``the officers named in
section 2``).  An item that is itself a list (``(g) The following officers,
in the order in which they shall have taken the oath of office: (1) …``)
gives one designation per sub-item: in the order listed, each its own rank;
by oath, length of service or seniority, one rank shared.  Each lead's list
is ranked apart, and a lead that points back at a list already read (``the
positions designated in paragraph (a), in the order indicated, shall act …
during a temporary absence``) adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from eoparse.model import Authority, Designation, DesignationCategory, Section
from eoparse.powers.context import Context
from eoparse.powers.designation_patterns import (
    DEFINED_OFFICE,
    LIST_REFERENCE,
    OATH,
    SUCCESSION,
    SUCCESSION_OFFICE,
)
from eoparse.powers.designators import PRESIDENT
from eoparse.powers.grounds import basis, invoked_basis
from eoparse.powers.listed import clean_item, items_after, own_text

_MAX_ITEM = 600
"""An item longer than this is prose, not an office."""

_CLAUSE = regex.compile(r"\b(?:shall|may)\ (?!have\ )|\b[Nn]otwithstanding\b", regex.VERBOSE)
"""A modal verb (``shall have taken the oath`` aside): a sentence, not an office."""


def _find(sections: tuple[Section, ...], path: str) -> Section | None:
    for top in sections:
        for section in top.walk():
            if section.path == path:
                return section
    return None


def _top(path: str) -> str:
    return path.split("(", 1)[0]


def _listed_in(context: Context, lead_path: str, start: int, end: int) -> Section | None:
    """The section a lead names as holding its list (``named in section 2``)."""
    reference = LIST_REFERENCE.search(context.text, start, end)
    if reference is None:
        return None
    label = reference["label"]
    path = label if label[0].isdigit() else _top(lead_path) + label
    return _find(context.sections, path)


_Entry = tuple[str, int, int, str, list[Section]]


def _entries(context: Context, container: Section, after: int) -> Iterator[_Entry]:
    """``(words, start, end, path, sub-items)`` of the list in ``container`` after ``after``."""
    children = [child for child in container.children if child.span[0] >= after]
    if children:
        for child in children:
            own = own_text(child)
            yield own, child.span[0], child.span[0] + len(own), child.path, list(child.children)
        return
    paragraph_end = context.paragraph_of(after)[1]
    for words, p_start, p_end in items_after(context, paragraph_end + 1, container.span[1]):
        yield words, p_start, p_end, container.path, []


def _office(context: Context, start: int, end: int) -> str | None:
    """The office the lead's successors act in, its short form (``Secretary``) written out
    where the order defines it (``the Secretary of Homeland Security (Secretary)``)."""
    text = context.text
    found = SUCCESSION_OFFICE.search(text, start, end)
    if found is None:
        return None
    office = " ".join(found["office"].split())
    if " " not in office:
        defined = text.find(f" ({office})", context.body_start)
        if defined > 0:
            full = DEFINED_OFFICE.search(text, max(context.body_start, defined - 120), defined)
            if full is not None:
                return " ".join(full["office"].split())
    return office


def succession_designations(
    context: Context, authorities: tuple[Authority, ...], sentences: list[tuple[int, int]]
) -> list[Designation]:
    """Every office of the orders of succession whose leads are in ``sentences``."""
    text = context.text
    out: list[Designation] = []
    used: set[str] = set()
    for s_start, s_end in sentences:
        if text.find("in the order ", s_start, s_end) < 0:
            continue  # every lead holds these words: most sentences do not
        lead = SUCCESSION.search(text, s_start, s_end)
        if lead is None:
            continue
        office = _office(context, lead.start(), s_end)
        lead_path = context.path_at(lead.start())
        container = _listed_in(context, lead_path, s_start, lead.start())
        after = container.span[0] if container is not None else s_end
        if container is None:
            container = context.section_at(lead.start())
        if container is None or container.path in used:
            continue
        used.add(container.path)
        grounds = basis(context, authorities, s_start, s_end) or invoked_basis(authorities)
        designation = f"acting {office} (order of succession)" if office else "order of succession"
        out += _ranked(context, container, after, designation, grounds)
    for top in context.sections:
        for section in top.walk():
            # a list headed "Order of Succession" whose lead is elsewhere (the amended order)
            heading = (section.heading or "").lower()
            inside = any(u == section.path or u.startswith(section.path + "(") for u in used)
            if "order of succession" in heading and not inside:
                used.add(section.path)
                if len(section.children) >= 2:
                    grounds = invoked_basis(authorities)
                    designation = "order of succession"
                    out += _ranked(context, section, section.span[0], designation, grounds)
    return out


def _ranked(
    context: Context,
    container: Section,
    after: int,
    designation: str,
    grounds: tuple[str, ...],
) -> list[Designation]:
    """One designation per office listed in ``container`` after ``after``, ranked."""
    out: list[Designation] = []
    rank = 0
    for words, start, end, path, subitems in _entries(context, container, after):
        if len(words) > _MAX_ITEM or _CLAUSE.search(words):
            break  # prose after the list, not an office
        if subitems:
            shared = OATH.search(words) is not None
            rank += 1
            for number, sub in enumerate(subitems):
                sub_words = own_text(sub)
                if _CLAUSE.search(sub_words):
                    return out
                out.append(_row(sub_words, designation, grounds, sub.path, sub.span[0], rank))
                if not shared and number + 1 < len(subitems):
                    rank += 1
            continue
        designee = clean_item(words)
        if not designee:
            continue
        rank += 1
        out.append(_row(words, designation, grounds, path, start, rank, end))
    return out


def _row(
    words: str,
    designation: str,
    grounds: tuple[str, ...],
    path: str,
    start: int,
    rank: int,
    end: int | None = None,
) -> Designation:
    return Designation(
        designee=clean_item(words).rstrip("."),
        designation=designation,
        category=DesignationCategory.SUCCESSION,
        designator=PRESIDENT,
        basis=grounds,
        rank=rank,
        where=path,
        span=(start, end if end is not None else start + len(words)),
    )


__all__ = ["succession_designations"]
