"""Sanctions designations: whose property a blocking clause blocks, and who says so.

A blocking clause (``All property and interests in property … of the
following persons are blocked …:``) designates, in the items that follow:

- ``the persons listed in the Annex to this order``: one designation by the
  President, its ``names`` the Annex entries (none when the Annex is printed
  only as an image);
- ``any person determined by the Secretary of the Treasury, in consultation
  with the Secretary of State:`` followed by alternative criteria ``(A)``,
  ``(B)`` …: one directed designation per criterion, by the official who
  determines (the consulted officials in ``consulted``); a determination
  whose lead already states its criterion (``…, to be owned or controlled by
  …, and to be: (i) …``) is one designation, its items only qualifying it.

A clause that names the holder itself (``of the Government of Syria``) is one
designation by the President.  Amendments of another order's Annex count too:
``by adding thereto the following persons`` (the persons listed after it),
``replaced … by the Annex to this order``, and removals (``terminated``).
"""

from __future__ import annotations

import regex

from eoparse.model import Authority, Designation, DesignationCategory, Section
from eoparse.powers.context import Context
from eoparse.powers.designation_patterns import (
    ANNEX_AMENDED,
    ANNEX_LISTED,
    BLOCKED,
    BLOCKED_BEFORE,
    CRITERIA_OF_SECTION,
    DETERMINED,
    HOLDER_END,
    HOLDER_NAME,
    INFINITIVE_CRITERION,
    INLINE_PRONG,
    LATE_BLOCKED,
    MODAL,
    ORDER_BLOCKED,
    PROPERTY_OF,
    UPON_DETERMINING,
)
from eoparse.powers.designators import PRESIDENT, designators
from eoparse.powers.grounds import basis, blocking_basis
from eoparse.powers.listed import (
    clean_item,
    items_after,
    own_text,
    split_names,
    without_article,
)

BLOCKED_PERSON = "person whose property and interests in property are blocked"
"""The category a blocking clause puts its persons in."""

SANCTIONED_PERSON = "person on whom sanctions may be imposed"
"""The category a determination that opens a menu of sanctions puts its persons in."""

_SANCTIONS = DesignationCategory.SANCTIONS
_NOT_HOLDER_BEFORE = ("control", "possession")
_SUBJECT = regex.compile(
    r"""(?:\b(?:[Aa]ny|[Aa]ll|[Ee]ach|[Ss]uch)\ )?(?:foreign\ |other\ |United\ States\ )?
        (?:persons?|individuals?|entit(?:y|ies))\b(?:\ who\ (?:are|is)|\ that)?""",
    regex.VERBOSE,
)
"""Whom a determination concerns: ``any foreign person``, ``persons who are``."""

_HOLDER_LIMIT = 250

_MENU = ("such person", "such persons", "the sanctioned person", "that person")
"""Holders that point back to a person an official has chosen a sanction for (a menu of
sanctions, not a designation)."""


class _Reader:
    """What the sanctions reader of one order needs at hand."""

    def __init__(
        self,
        context: Context,
        authorities: tuple[Authority, ...],
        annex: tuple[str, ...],
    ) -> None:
        self.context = context
        self.text = context.text
        self.authorities = authorities
        self.annex = annex
        self.out: list[Designation] = []
        self._basis: tuple[str, ...] | None = None

    def blocking_basis(self) -> tuple[str, ...]:
        if self._basis is None:
            self._basis = blocking_basis(self.authorities)
        return self._basis

    def add(self, **fields: object) -> None:
        fields.setdefault("designation", BLOCKED_PERSON)
        fields.setdefault("category", _SANCTIONS)
        fields.setdefault("basis", self.blocking_basis())
        self.out.append(Designation(**fields))  # type: ignore[arg-type]


def sanctions_designations(
    context: Context,
    authorities: tuple[Authority, ...],
    sentences: list[tuple[int, int]],
    annex: tuple[str, ...],
) -> list[Designation]:
    """The designations of the blocking clauses and Annex amendments in ``sentences``."""
    reader = _Reader(context, authorities, annex)
    text = context.text
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        blocking = False
        if "blocked" in sentence:
            for match in BLOCKED.finditer(text, s_start, s_end):
                blocking = True
                _blocking(reader, match, s_start, s_end)
        if not blocking and "order blocked" in sentence:
            for match in ORDER_BLOCKED.finditer(text, s_start, s_end):
                blocking = True
                _order_blocked(reader, match, s_end)
        if not blocking and "interests in property of" in sentence:
            for match in PROPERTY_OF.finditer(text, s_start, s_end):
                _late_blocking(reader, match, s_end)
        if "Annex" in sentence:
            for match in ANNEX_AMENDED.finditer(text, s_start, s_end):
                _annex_amended(reader, match, s_start, s_end)
        if "upon determining" in sentence:
            for match in UPON_DETERMINING.finditer(text, s_start, s_end):
                _upon_determining(reader, match, s_start, s_end)
    return reader.out


def _upon_determining(reader: _Reader, match: regex.Match[str], s_start: int, s_end: int) -> None:
    """``X is hereby authorized to impose … upon determining that the institution has: (i) …;
    or (ii) …`` or ``… that the person: (i) has engaged …``: one directed designation per
    criterion (or one for the whole, where the criterion follows the verb inline)."""
    text = reader.text
    # the officials just before "authorized" (a bounded look: a sentence of many such
    # clauses is not read again from its start for each)
    designator, consulted = designators(text, max(s_start, match.start() - 400), match.start())
    if designator is None:
        return
    if match["subject"] is not None:
        lead = f"{clean_item(match['subject'])} {match['verb']} "
    else:  # "upon determining that the person: (i) has engaged …", "that: (i) …, the person"
        lead = f"{match['bare'].strip()} " if match["bare"] else ""
    context = reader.context
    section = context.section_at(match.start())
    prongs = [c for c in section.children if c.span[0] >= match.end()] if section else []
    designation = {"designation": SANCTIONED_PERSON, "directed": True}
    if prongs and text[match.end() : prongs[0].span[0]].strip() in (":", ""):
        for index, prong in enumerate(prongs):
            if index and own_text(prongs[index - 1]).rstrip().endswith("."):
                break  # the criteria ended: "(c) The Secretary of State shall publish …"
            end = prong.span[0] + len(own_text(prong).rstrip())
            words = clean_item(text[prong.span[0] : end]).removeprefix("that ")
            reader.add(
                designee=f"{lead}{words}",
                designator=designator,
                consulted=consulted,
                where=prong.path,
                span=(prong.span[0], end),
                **designation,
            )
        return
    if match["subject"] is None:
        return  # "… that the person:" with no items after it to read
    words = clean_item(text[match.end() : s_end])
    reader.add(
        designee=f"{lead}{words}",
        designator=designator,
        consulted=consulted,
        where=context.path_at(match.start()),
        span=(match.start(), s_end),
        **designation,
    )


def _holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the holder of the blocked property is named in the clause's middle."""
    at = text.find("of ", start, end)
    while at >= 0:
        word_before = text[max(start, at - 12) : at].rstrip(" ,()").rsplit(" ", 1)[-1]
        if (at == start or not text[at - 1].isalnum()) and word_before not in _NOT_HOLDER_BEFORE:
            holder_start = at + 3
            cut = HOLDER_END.search(text, holder_start, end)
            holder_end = cut.start() if cut is not None else end
            if holder_end > holder_start:
                return holder_start, holder_end
        at = text.find("of ", at + 3, end)
    return None


def _blocking(reader: _Reader, match: regex.Match[str], s_start: int, s_end: int) -> None:
    text = reader.text
    start, end = match.span()
    holder = _holder(text, match.start("middle"), match.end("middle"))
    if holder is None:
        return
    words = text[holder[0] : holder[1]].strip(" ,")
    if not words:
        return
    if words.startswith(_MENU):
        _chosen(reader, s_start, start, end)
        return
    if words.startswith("the following"):
        colon = text.find(":", end, s_end + 1)
        if colon < 0:
            colon = text.find(":", end, min(len(text), end + 300))
        if colon >= 0:
            _following(reader, colon + 1)
        return
    context = reader.context
    reader.add(
        designee=words,
        designator=PRESIDENT,
        names=_holder_name(words),
        basis=basis(context, reader.authorities, start, end) or reader.blocking_basis(),
        where=context.path_at(start),
        span=(start, end),
    )


def _chosen(reader: _Reader, s_start: int, start: int, end: int) -> None:
    """``With respect to any foreign person identified by the Secretary of State …, all
    property … of such person … are blocked``: the person so identified is designated."""
    text = reader.text
    lead = DETERMINED.search(text, s_start, start)
    if lead is None:
        return
    subject = _SUBJECT.search(text, s_start, lead.start())
    if subject is None:
        return
    designator, consulted = designators(text, lead.start(), start)
    if designator is None:
        return
    where = reader.context.path_at(start)
    if CRITERIA_OF_SECTION.search(text, lead.end(), start) and _criteria_read(
        reader, where, designator
    ):
        return  # "… determined … to meet the criteria set forth in subsection (a)(i) or
        # (a)(ii)": the criteria, read as designations already, are what it designates
    cut = text.rfind(",", lead.end(), start)
    reader.add(
        designee=clean_item(text[subject.start() : cut if cut > 0 else start]),
        directed=True,
        designator=designator,
        consulted=consulted,
        where=where,
        span=(subject.start(), end),
    )


def _criteria_read(reader: _Reader, where: str, designator: str) -> bool:
    """Whether the section of ``where`` already holds the criteria ``designator`` determines
    (read from ``… is hereby authorized to impose … upon determining that: (i) …``)."""
    section = where.split("(", 1)[0]
    return any(
        d.designation == SANCTIONED_PERSON
        and d.designator == designator
        and d.where.split("(", 1)[0] == section
        for d in reader.out
    )


def _late_blocking(reader: _Reader, match: regex.Match[str], sentence_end: int) -> None:
    """``all property and interests in property of: (i) …; (ii) …, that are in the
    United States …, are blocked``: the verb comes after the list."""
    context = reader.context
    text = reader.text
    top = context.section_at(match.start())
    while top is not None and "(" in top.path:
        top = context.section_at(top.span[0] - 1) if top.span[0] > 0 else None
    limit = top.span[1] if top is not None else min(len(text), match.end() + 4000)
    verb = LATE_BLOCKED.search(text, match.end(), limit)
    if verb is None or "whose" in text[max(match.end(), verb.start() - 80) : verb.start()]:
        return
    _holders(reader, match, sentence_end, prongs=True)


def _order_blocked(reader: _Reader, match: regex.Match[str], sentence_end: int) -> None:
    """``I hereby order blocked all property … of: (a) …; (b) …`` (each item as in a list
    whose verb comes last) or ``… of the Government of Haiti`` (the holder, inline)."""
    _holders(reader, match, sentence_end, prongs=False)


def _holders(reader: _Reader, match: regex.Match[str], sentence_end: int, *, prongs: bool) -> None:
    """Whose property a blocking clause of ``match`` (its verb found) blocks: the items after
    ``of:``, else the holder named inline, read with the section's items as its prongs
    (``prongs``) or alone."""
    if match["colon"]:
        _following(reader, match.end(), holders=True)
        return
    section = reader.context.section_at(match.start())
    if section is None:
        return
    own_end = section.span[0] + len(own_text(section))
    end = min(own_end, sentence_end) if own_end > match.end() else sentence_end
    _item(
        reader, section, (match.end(), end), list(section.children) if prongs else [], holder=True
    )


def _following(reader: _Reader, after: int, *, holders: bool = False) -> None:
    """The items of ``the following persons:`` (``after`` is just past the colon); an
    item that names a holder (``(a) the Taliban;``) is one designation by the President."""
    context = reader.context
    container = context.section_at(after)
    if container is None:
        return
    items = [child for child in container.children if child.span[0] >= after]
    gap_end = items[0].span[0] if items else container.span[1]
    gap = (after, gap_end)
    gap_words = reader.text[after:gap_end].strip()
    if gap_words:
        # the lead continues after the colon: "…dealt in: any person determined by …:"
        _item(reader, container, gap, items, holder=holders)
        return
    for item in items:
        own = own_text(item)
        span = (item.span[0], item.span[0] + len(own))
        _item(reader, item, span, list(item.children), holder=holders)


def _item(
    reader: _Reader,
    section: Section,
    span: tuple[int, int],
    prongs: list[Section],
    *,
    holder: bool = False,
) -> None:
    """One item of a blocking list: the Annex, a determination, a holder named (``holder``:
    the item names whose property it blocks), or nothing we know."""
    text = reader.text
    start, end = span
    property_of = PROPERTY_OF.match(text, start, end)
    if property_of is not None and not property_of["colon"]:
        start, holder = property_of.end(), True  # "(a) all property … of the Taliban;"
    determined = DETERMINED.search(text, start, end)
    if determined is None:
        words = clean_item(text[start:end])
        if ANNEX_LISTED.search(text, start, end):
            reader.add(
                designee=words,
                designator=PRESIDENT,
                names=reader.annex,
                where=section.path,
                span=(start, end),
            )
        elif holder and _names_a_holder(words):  # "(a) the Taliban;"
            reader.add(
                designee=words,
                designator=PRESIDENT,
                names=_holder_name(words),
                where=section.path,
                span=(start, end),
            )
        elif BLOCKED_BEFORE.search(text, start, end):  # persons an earlier order blocked
            reader.add(designee=words, designator=PRESIDENT, where=section.path, span=(start, end))
        return
    # the officials run from "determined by" to the criterion or the colon
    criterion = INFINITIVE_CRITERION.search(text, determined.end(), end)
    lead_end = criterion.start() if criterion is not None else end
    designator, consulted = designators(text, determined.start(), lead_end)
    if designator is None:
        designator, consulted = designators(text, start, lead_end)
    if designator is None:
        return
    subjects = list(_SUBJECT.finditer(text, start, determined.start()))
    subject = clean_item(text[subjects[-1].start() : subjects[-1].end()]) if subjects else ""
    verb = "determined to" if text[start:end].rstrip().endswith(" to:") else "determined"
    # alternatives: a lead that ends before any criterion ("determined by …:"), or one
    # whose items are criteria themselves ("…, because they are found: (A) to have …")
    alternatives = criterion is None or any(
        clean_item(own_text(prong)).startswith("to ") for prong in prongs
    )
    if alternatives and prongs:
        parent = section.path
        for prong in prongs:
            for path, p_start, p_end in _split_inline(text, prong, parent):
                words = clean_item(text[p_start:p_end])
                reader.add(
                    designee=f"{subject} {verb} {words}" if subject else words,
                    directed=True,
                    designator=designator,
                    consulted=consulted,
                    where=path,
                    span=(p_start, p_end),
                )
        return
    if section.children and text[start:end].rstrip().endswith(":"):
        end = max(end, section.span[1])  # its sub-items only qualify it: part of it
    words = clean_item(text[start:end])
    reader.add(
        designee=words,
        directed=True,
        designator=designator,
        consulted=consulted,
        where=section.path,
        span=(start, end),
    )


def _split_inline(text: str, prong: Section, parent: str) -> list[tuple[str, int, int]]:
    """``(path, start, end)`` of a criterion, and of the next one when it is printed in the
    same paragraph (``…; or (G) to have attempted …``: the section tree sees one item)."""
    start = prong.span[0]
    own = own_text(prong)
    end = start + len(own)
    if prong.children and own.rstrip().endswith(":"):
        # sub-items that only qualify this criterion are part of it (not split)
        return [(prong.path, start, prong.span[1])]
    following = INLINE_PRONG.search(text, start, end)
    if following is not None:
        label, number = following["label"], prong.number
        same_kind = label.isupper() == number.isupper() and label.isdigit() == number.isdigit()
        if same_kind and label != number:
            return [
                (prong.path, start, following.start()),
                (f"{parent}({label})", following.start("label") - 1, end),
            ]
    return [(prong.path, start, end)]


_OR_NAME = regex.compile(r"\ or\ (?=the\ [A-Z])", regex.VERBOSE)
"""An ``or`` between two proper names of holders, with no comma before it (``the Government
of North Korea or the Workers' Party of Korea``; not ``… or Iranian financial
institutions``, a class)."""


def _holder_name(words: str) -> tuple[str, ...]:
    """The names a holder designation lists: the proper names among its members (``the
    Governments of the Federal Republic of Yugoslavia (Serbia and Montenegro), the Republic
    of Serbia, …``; ``the Government of Libya, its agencies, …, and the Central Bank of
    Libya`` → ``Government of Libya``, ``Central Bank of Libya``), each up to its first
    lower-case word, and the government of each of ``the Governments of A, B, and C``;
    none for a class (``any Iranian financial institution``)."""
    words = " ".join(words.split())
    if words.startswith(("any ", "Any ", "all ", "All ", "each ", "Each ")):
        return ()
    names = []
    parts = [one for part in split_names(words) for one in _OR_NAME.split(part)]
    for part in parts:  # "the Government of North Korea or the Workers' Party of Korea"
        name = HOLDER_NAME.match(without_article(part))
        if name is not None and len(name[0]) <= 120:
            names.append(name[0])
    if names and names[0].startswith("Governments of "):
        # "the Governments of A, the Republic of B, and …": the government of each
        names[0] = names[0].replace("Governments of ", "Government of ", 1)
        for i, name in enumerate(names[1:], 1):
            the = "the " if f"the {name}" in words else ""
            if not name.startswith("Government"):
                names[i] = f"Government of {the}{name}"
    return tuple(names)


def _names_a_holder(words: str) -> bool:
    """An item that only names whose property is blocked: lower case, short, no verb of its
    own (``the Taliban``; not ``The prohibitions in subsection (a) apply …``)."""
    return (
        words[:1].islower()
        and len(words) <= _HOLDER_LIMIT
        and not words.startswith(_MENU)
        and MODAL.search(words) is None
    )


def _annex_amended(reader: _Reader, match: regex.Match[str], s_start: int, s_end: int) -> None:
    """``The Annex to Executive Order N is amended by adding thereto the following …``."""
    context = reader.context
    target = " ".join(match["target"].split()).replace("Executive Order No. ", "EO ")
    target = target.replace("Executive Order ", "EO ")
    where = context.path_at(match.start())
    if match["replace"]:
        designee = f"persons listed in the Annex to this order (replacing the Annex to {target})"
        names = reader.annex
    else:
        section = context.section_at(match.start())
        end = section.span[1] if section is not None else s_end
        paragraph_end = context.paragraph_of(match.start())[1]
        names = tuple(
            name
            for words, _, _ in items_after(context, paragraph_end + 1, end)
            if (name := clean_item(words).rstrip("."))
        )
        designee = (
            f"persons removed from the Annex to {target}"
            if match["remove"]
            else f"persons added to the Annex to {target}"
        )
    reader.add(
        designee=designee,
        designator=PRESIDENT,
        basis=(target,),
        names=names,
        terminated=bool(match["remove"]),
        where=where,
        span=(match.start(), s_end),
    )


__all__ = ["BLOCKED_PERSON", "sanctions_designations"]
