"""Terrorist designations: Foreign Terrorist Organizations and Specially Designated
Global Terrorists.

``the Secretary of State shall take all appropriate action … regarding the
designation of any cartel … as a Foreign Terrorist Organization consistent
with 8 U.S.C. 1189 and/or a Specially Designated Global Terrorist consistent
with 50 U.S.C. 1702 and Executive Order 13224`` directs two designations, one
per category, each with its own basis.  The designator of a Foreign Terrorist
Organization is the Secretary of State, to whom 8 U.S.C. 1189 gives the
power, when the text names the Secretary among alternatives; a Specially
Designated Global Terrorist keeps the alternatives the text gives (``the
Secretary of State or the Secretary of the Treasury, as applicable``).  A
report or a review concerning a designation, and a purpose clause (``sets in
motion a process by which X shall be considered for designation``), direct
none.  ``names`` are the organisations named (``Ansar Allah``), or the places
a class is listed by (``chapters …, including those in Lebanon, Jordan, and
Egypt`` → ``Muslim Brotherhood chapter in Lebanon`` …).
"""

from __future__ import annotations

import regex

from eoparse.model import Authority, Designation, DesignationCategory
from eoparse.powers.context import Context, clause_start
from eoparse.powers.designation_patterns import (
    ALSO_KNOWN,
    DESCRIBED_IN,
    ENDING,
    FTO,
    INCLUDING_THOSE_IN,
    MODAL,
    NOT_TERRORIST_ACTION,
    SDGT,
    SUCH_AS,
    TERRORIST_ACTION,
    TERRORIST_DESIGNATION,
)
from eoparse.powers.designators import PRESIDENT, designators
from eoparse.powers.grounds import basis
from eoparse.powers.listed import proper_names, split_names

FOREIGN_TERRORIST_ORGANIZATION = "Foreign Terrorist Organization"
GLOBAL_TERRORIST = "Specially Designated Global Terrorist"
SECRETARY_OF_STATE = "Secretary of State"

_ALIAS = ("also known", "commonly known", "otherwise known", "formerly known", "a.k.a", "aka ")
_GENERIC = ("any ", "all ", "certain ", "such ", "each ", "those ", "these ", "other ", "a ", "an ")


def _proper_names(designee: str) -> tuple[str, ...]:
    """The organisations a designee names (``Ansar Allah, also known as the Houthis`` →
    ``Ansar Allah``; ``the Red Delta Network and Los Halcones del Norte`` → both), none for
    a class (``any cartel … described in section 1``)."""
    if designee.lower().startswith(_GENERIC) or " described in " in designee:
        return ()
    names = []
    for part in split_names(designee):
        if part.lower().startswith(_ALIAS):
            continue  # "…, also known as the Houthis": an alias, not another name
        cut = ALSO_KNOWN.search(part)
        name = (part[: cut.start()] if cut is not None else part).removeprefix("the ").strip(" ,")
        if name and not name.lower().startswith(("other ", "its ", "their ")):
            names.append(name)
    return tuple(names)


def _class_names(
    context: Context, designee: str, including: list[regex.Match[str]]
) -> tuple[str, ...]:
    """The members a class designee is listed by: ``X chapters …, including those in A,
    B, and C`` anywhere in the order (``X chapter in A`` …; ``including``: those phrases,
    found once per order), else the organisations the section it points to gives as
    examples (``described in section 1`` → ``such as A and B``)."""
    text = context.text
    for found in including:
        head = found["head"]
        if head not in designee:
            continue
        one = head[:-1]
        return tuple(f"{one} in {place}" for place in split_names(found["places"]))
    described = DESCRIBED_IN.search(designee)
    if described is None:
        return ()
    for top in context.sections:
        if top.number == described["section"]:
            example = SUCH_AS.search(text, *top.span)
            if example is not None:
                return proper_names(text, example.end(), top.span[1])
    return ()


def terrorist_designations(
    context: Context, authorities: tuple[Authority, ...], sentences: list[tuple[int, int]]
) -> list[Designation]:
    """The FTO and SDGT designations made or directed in ``sentences``."""
    text = context.text
    out: list[Designation] = []
    including: list[regex.Match[str]] | None = None
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        if "errorist" not in sentence:
            continue
        matches = list(TERRORIST_DESIGNATION.finditer(text, s_start, s_end))
        for index, match in enumerate(matches):
            segment_end = matches[index + 1].start() if index + 1 < len(matches) else s_end
            clause = clause_start(text, s_start, match.start())
            who = _who(context, clause, match.start())
            if who is None:
                continue
            designator, consulted, directed = who
            # "shall take all appropriate action to revoke the designation of X as …"
            ended = ENDING.search(text, clause, match.start()) is not None
            designee = " ".join(match["designee"].split()).strip(" ,")
            names = _proper_names(designee)
            if not names:
                if including is None:  # one scan of the order, however many designees
                    including = list(INCLUDING_THOSE_IN.finditer(text, context.body_start))
                names = _class_names(context, designee, including)
            for category, marker_start, marker_end in _categories(text, match.end(), segment_end):
                row_designator = designator
                if (
                    category is DesignationCategory.TERRORIST_ORGANIZATION
                    and directed
                    and SECRETARY_OF_STATE in designator.split(" or ")
                ):
                    row_designator = SECRETARY_OF_STATE
                out.append(
                    Designation(
                        designee=designee,
                        designation=(
                            FOREIGN_TERRORIST_ORGANIZATION
                            if category is DesignationCategory.TERRORIST_ORGANIZATION
                            else GLOBAL_TERRORIST
                        ),
                        category=category,
                        directed=directed,
                        designator=row_designator,
                        consulted=consulted,
                        names=names,
                        terminated=ended,
                        basis=basis(context, authorities, marker_start, marker_end, orders=True),
                        where=context.path_at(match.start()),
                        span=(match.start(), marker_end),
                    )
                )
    return out


def _who(context: Context, clause: int, at: int) -> tuple[str, tuple[str, ...], bool] | None:
    """Who designates (or is told to): ``None`` when the clause directs no designation."""
    text = context.text
    before = text[clause:at]
    if before.rstrip().endswith(("I hereby", "I", "I further", "I also")):
        return PRESIDENT, (), False
    modal = MODAL.search(text, clause, at)
    if modal is None:
        return None
    doing = text[modal.end() : at]
    if NOT_TERRORIST_ACTION.search(doing) or not (
        TERRORIST_ACTION.search(doing) or text.startswith("designat", at)
    ):
        return None
    designator, consulted = designators(text, clause, modal.start())
    if designator is None:
        return None
    # officials consulted after the modal ("shall take all appropriate action, in
    # consultation with …") are consulted too
    _, later = designators(text, modal.end(), at)
    consulted = tuple(dict.fromkeys((*consulted, *later)))
    return designator, consulted, True


def _categories(text: str, start: int, end: int) -> list[tuple[DesignationCategory, int, int]]:
    """Each category named from ``start``, with the words that belong to it."""
    found: list[tuple[int, int, DesignationCategory]] = []
    for match in FTO.finditer(text, start, end):
        found.append((match.start(), match.end(), DesignationCategory.TERRORIST_ORGANIZATION))
    for match in SDGT.finditer(text, start, end):
        found.append((match.start(), match.end(), DesignationCategory.GLOBAL_TERRORIST))
    found.sort()
    out = []
    seen: set[DesignationCategory] = set()
    for index, (m_start, _, category) in enumerate(found):
        if category in seen:
            continue
        seen.add(category)
        m_end = found[index + 1][0] if index + 1 < len(found) else end
        out.append((category, m_start, m_end))
    return out


__all__ = ["terrorist_designations"]
