"""What an amending reference strikes and inserts: ``striking "X" and inserting "Y"``,
``adding at the end the following: "…"``, and the items and quoted block an ``… is
amended as follows:`` statement lists after it."""

from __future__ import annotations

from attrs import evolve

from eoparse.grammar.labels import SECTION
from eoparse.model import Amendment, Reference, Relation, Span
from eoparse.powers.context import Context
from eoparse.powers.instruments import section_items
from eoparse.powers.relations.patterns import (
    ADD,
    AMENDED_SECTIONS,
    ITEM_TARGET,
    OCCURRENCE,
    OF_SECTION,
    SECTION_LABEL,
    SECTION_LABEL_ONLY,
    STRIKE_INSERT,
    STRIKE_ONLY,
    SUBSTITUTE,
)
from eoparse.powers.wordlist import contains_any

_AFTER = 80
"""Characters after a strike or an insertion where its occurrence may be named
(``striking "X" and inserting "Y" each place it appears``)."""


_STRIKES = ("striking", "deleting", "removing")
"""The verbs :data:`STRIKE_INSERT` and :data:`STRIKE_ONLY` open with."""
_ADDS = ("adding", "inserting")
"""The verbs :data:`ADD` opens with (:data:`SUBSTITUTE` opens with ``substituting``)."""


def occurrence(text: str, start: int, end: int) -> str | None:
    """``each``, ``first``, ``second`` … ``last`` when ``text[start:end]`` names which
    appearance of the words is meant, up to the next quotation mark; else ``None``."""
    quote = text.find('"', start, end)
    found = OCCURRENCE.search(text, start, quote if quote >= 0 else end)
    if found is None:
        return None
    return "each" if found["each"] else found["nth"].lower()


def read_amendments(text: str, start: int, end: int) -> list[Amendment]:
    """The strike/insert pairs stated in ``text[start:end]``, with the appearance of the
    struck words they mean where the text names it."""
    found: list[Amendment] = []
    # Every pattern here quotes its words and opens with its verb: string tests tell the
    # sentences that hold none (most of those that name a document) without a scan.
    if text.find('"', start, end) < 0:
        return found
    strikes = contains_any(text, _STRIKES, start, end)
    pairs = [STRIKE_INSERT] if strikes else []
    if text.find("substituting", start, end) >= 0:
        pairs.append(SUBSTITUTE)
    for pattern in pairs:
        for m in pattern.finditer(text, start, end):
            which = occurrence(text, m.end("strike") + 1, m.start("insert")) or occurrence(
                text, m.end(), min(end, m.end() + _AFTER)
            )
            found.append(Amendment(strike=m["strike"], insert=m["insert"], occurrence=which))
    if not found:
        found = [
            Amendment(
                strike=m["strike"], occurrence=occurrence(text, m.end(), min(end, m.end() + _AFTER))
            )
            for m in (STRIKE_ONLY.finditer(text, start, end) if strikes else ())
        ]
        adds = contains_any(text, _ADDS, start, end)
        for match in ADD.finditer(text, start, end) if adds else ():
            if not match["insert"]:
                continue
            position = (match["position"] or match["anchor"] or "").strip(" ,") or None
            which = occurrence(text, match.end(), min(end, match.end() + _AFTER))
            sections = SECTION_LABEL.findall(match["sections"] or "") or [None]
            found.extend(
                Amendment(
                    insert=match["insert"], position=position, section=section, occurrence=which
                )
                for section in sections
            )
    return found


def with_sections(amendment: Amendment, sections: list[str]) -> list[Amendment]:
    """The amendment once for each section it is made in (``striking "X" in sections 1,
    2, and 4``), as :func:`read_amendments` gives an insertion in named sections; itself
    when it names its own section or none is named."""
    if amendment.section or not sections:
        return [amendment]
    return [evolve(amendment, section=section) for section in dict.fromkeys(sections)]


def following_amendments(context: Context, sentence: Span, number: int | None) -> list[Amendment]:
    """Amendments an ``… is amended as follows:`` statement lists in the items after it,
    and the quotation block right after it (the new text); ``number`` is the amended
    order's, whose sections the items may name as such (``Section 2 of Executive Order
    13035 is amended …``)."""
    text = context.text
    out: list[Amendment] = []
    stated = text[sentence[0] : sentence[1]]
    if not stated.rstrip().endswith((":", "—", "by")):
        return out
    replace = "to read" in stated or "read as follows" in stated
    for q_start, q_end in context.quotations:
        if 0 <= q_start - sentence[1] <= 2:
            out.append(
                Amendment(
                    insert=text[q_start:q_end].strip('"'), position="replace" if replace else None
                )
            )
            return out
    paragraph = context.paragraph_of(sentence[0])
    index = context.paragraphs.index(paragraph) if paragraph in context.paragraphs else -1
    # the item the statement ends in ("Sec. 5. Amendments. (a) … are amended by:"): its
    # list runs to that item's next sibling, not to the section's
    where = context.path_at(max(sentence[0], sentence[1] - 1))
    item = 0  # where the amendments of the last item begin in ``out``
    for p_start, p_end in context.paragraphs[index + 1 : index + 60]:
        item_where = context.path_at(p_start)
        outside = not (item_where.startswith(where) or where == "preamble")
        if (outside or item_where == where) and not context.quoted(p_start):
            break
        if context.quoted(p_start):
            fill_last(out, item, text[p_start:p_end].strip('"'))
            continue
        item = len(out)
        out.extend(item_amendments(context, p_start, p_end, number))
    return [a for a in out if a.strike is not None or a.insert is not None]


def item_amendments(context: Context, start: int, end: int, number: int | None) -> list[Amendment]:
    """The amendments of one amending list item, ``text[start:end]``, each once for every
    section of the amended document it is made in.  Each sentence names its own sections
    (``Section 5(a) is amended by …. Section 5(b) is amended by …``); one that names none
    goes on in the sections of the sentence before.  An item that ends in ``:`` waits for
    the quoted words after it (:func:`fill_last`)."""
    text = context.text
    out: list[Amendment] = []
    sections: list[str] = []
    start = after_own_marker(context, start, end)
    for s_start, s_end in whole_sentences(text, context.sentences(start, end)):
        sections = item_sections(text, s_start, s_end, number) or sections
        found = read_amendments(text, s_start, s_end)
        if not found and text[s_start:s_end].rstrip().endswith(":"):
            found = [Amendment(position="replace" if "to read" in text[s_start:s_end] else None)]
        out.extend(b for a in found for b in with_sections(a, sections))
    return out


def after_own_marker(context: Context, start: int, end: int) -> int:
    """Where an item at ``text[start:end]`` begins after the marker of this order's own
    section that opens it (``Section 1. Section 5(a) is amended …``, an order whose
    sections are the amending items): the marker's number is no section amended."""
    section = context.section_at(start)
    if section is None or section.span[0] != start:
        return start
    marker = SECTION.match(context.text, start, end)
    return marker.end() if marker is not None and marker["number"] == section.number else start


def whole_sentences(text: str, sentences: list[Span]) -> list[Span]:
    """``sentences`` with those that end inside quoted words joined to the next: a full
    stop in the words struck or inserted (``striking "the Board. It"``) ends no
    instruction."""
    out: list[Span] = []
    opened = False
    for start, end in sentences:
        if opened:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        opened ^= text.count('"', start, end) % 2 == 1
    return out


def fill_last(out: list[Amendment], item: int, insert: str) -> None:
    """Give the quoted words after an item (``(c) Sections 1 through 5 are revised to read
    as follows:``) to its last amendment, which waits for them, and to its copies for the
    other sections the item names (:func:`with_sections`); ``out[item:]`` are the item's."""
    if not out or out[-1].insert is not None:
        return
    last = out[-1]
    at = len(out) - 1
    while at >= item and out[at].insert is None and evolve(out[at], section=last.section) == last:
        out[at] = evolve(out[at], insert=insert)
        at -= 1


def item_sections(text: str, start: int, end: int, number: int | None) -> list[str]:
    """The sections of the amended document (numbered ``number``) an amending list item
    ``text[start:end]`` names: those it opens with (``(a) Sections 2 and 5 are amended
    …``), else every one its instruction names (``(a) striking "X" in sections 1, 2, and
    4``, ``(b) The second sentence of section 3 is amended …``)."""
    target = ITEM_TARGET.match(text, start, end)
    which = target["which"].strip(".,") if target else ""
    if target is not None and which.startswith("("):  # "Subsection (e) of section 10"
        items = OF_SECTION.match(text, target.start("which"), end)
        if items is not None:
            opened = list(section_items(items["labels"], items["outer"], "section"))
            return opened + new_sections(text, items.end(), end, number)
    if target is None or not SECTION_LABEL_ONLY.fullmatch(which):
        # "(b) The Preamble is amended", "(c) The first sentence of section 3 is …"
        return named_sections(text, start, end, number)
    run = (  # "Sections 2 and 5": all of them, not the first
        AMENDED_SECTIONS.match(text, target.start("unit"), end)
        if target["unit"].endswith("s")
        else None
    )
    opening = (run and named_sections(text, run.start(), run.end(), number)) or [which]
    return opening + new_sections(text, target.end(), end, number)


def new_sections(text: str, start: int, end: int, number: int | None) -> list[str]:
    """The sections ``text[start:end]`` adds under labels of their own, outside quoted
    words (``Section 3(a) is amended …, and a new section 3(c) is added``)."""
    found: list[str] = []
    quoted = _QuotedBefore(text, start)
    at = text.find("new ", start, end)
    while at >= 0:
        if not (at > start and text[at - 1].isalpha()) and not quoted(at):  # not "renew "
            run = AMENDED_SECTIONS.match(text, at + 4, end)
            if run is not None:
                found.extend(named_sections(text, run.start(), run.end(), number))
        at = text.find("new ", at + 4, end)
    return found


def sections_from_amendments(reference: Reference) -> Reference:
    """An amending reference whose sentence named no section but whose amendments do
    (``… is further amended by adding in section 1-102(a) a new paragraph``) amends
    those sections, in part."""
    if reference.relation is not Relation.AMENDS or reference.target_sections:
        return reference
    sections = tuple(
        dict.fromkeys(
            a.section
            for a in reference.amendments
            if a.section and SECTION_LABEL_ONLY.fullmatch(a.section)
        )
    )
    if not sections:
        return reference
    return evolve(reference, target_sections=sections, partial=True)


class _QuotedBefore:
    """Whether an offset of ``text`` lies inside quoted words (an odd number of quote marks
    since ``start``), asked at offsets that only grow: the marks are counted as it goes,
    not again from ``start`` each time."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.counted, self.marks = text, start, 0

    def __call__(self, at: int) -> bool:
        self.marks += self.text.count('"', self.counted, at)
        self.counted = at
        return self.marks % 2 == 1


_OWN = ("that order", "said order", "such order", "the order", "that Order", "the Order")
"""What names the amended document itself after a section (``in section 3-306 of that
order``)."""


def named_sections(text: str, start: int, end: int, number: int | None) -> list[str]:
    """The sections of the amended document (numbered ``number``) that ``text[start:end]``
    names, in order: not one inside quoted words, one of this order or of another
    document (``of this order``, ``of title 5``), one being revoked (a partial revocation
    of its own) or the new label of one redesignated (``… as section 11``)."""
    if text.find("ection", start, end) < 0 and text.find("Part ", start, end) < 0:
        return []  # every match holds one
    sections: list[str] = []
    quoted = _QuotedBefore(text, start)
    excepted = -1  # where the last section excepted ends
    for match in AMENDED_SECTIONS.finditer(text, start, end):
        if quoted(match.start()):
            continue  # inside the words struck or inserted
        if text.endswith(_NOT_AMENDED, start, match.start()):
            excepted = match.end() if text.endswith(_EXCEPTING, start, match.start()) else -1
            continue
        if (
            excepted >= 0
            and text[excepted : match.start()].strip(" ,") in _JOINED
            and not text.startswith((" is ", " are "), match.end())
        ):
            excepted = match.end()  # "except in section 4 or section 5": both excepted
            continue
        excepted = -1
        whose = match["whose"]
        if whose is not None and whose not in _OWN:
            found = match["number"]
            if found is None or number is None or int(found) != number:
                continue
        dotted = match["unit"].startswith("Part") and "." in match["which"]
        for item in section_items(match["which"], None, "section" if dotted else match["unit"]):
            if item.startswith("(") and sections:  # "sections 1(a) and (b)": 1(b)
                item = sections[-1].split("(", 1)[0] + item
            sections.append(item)
    return sections


_JOINED = ("or", "and", "", "or in", "and in", "nor")
"""What may join the sections an exception names (``except in section 4 or section 5``)."""

_EXCEPTING = (
    *("except ", "except in ", "except for ", "excepting ", "excluding ", "exception of "),
    *("other than ", "other than in ", "not in ", "apart from "),
)
"""The words of :data:`_NOT_AMENDED` that except a section, and the ones joined to it."""

_NOT_AMENDED = (
    *("revoking ", "rescinding ", " as ", "CFR ", "C.F.R. "),
    *_EXCEPTING,
)
"""What comes before a section an amendment names that it does not amend: one it revokes
(a partial revocation of its own), the new label of one it redesignates, one it excepts
(``striking "X" each place it appears, except in section 4``: the amendment is made
everywhere else), or a part of the Code of Federal Regulations (``33 CFR Part 6``)."""


def sections_named(reference: Reference, text: str, end: int) -> Reference:
    """An amending reference whose target sections neither the words before it nor its
    amendments name, but its statement does, after the document (``… is amended by
    striking "X" in section 4(a)``, ``by revising section 1-210 to read as follows:``):
    it amends those sections, in part (:func:`named_sections`).  ``end`` is where the
    statement ends or the next document is named; an amendment made ``throughout the
    text`` is whole, whatever section its exceptions name."""
    if reference.relation is not Relation.AMENDS or reference.target_sections:
        return reference
    start = reference.span[1]
    if text.find("throughout", start, end) >= 0:
        return reference
    sections = named_sections(text, start, end, reference.target.number)
    if not sections:
        return reference
    return evolve(reference, target_sections=tuple(dict.fromkeys(sections)), partial=True)
