"""Designations: who or what is designated as what, under which law.

- by the President: ``I hereby designate X as Y``, ``X is hereby designated as
  Y``, ``… is designated to act as …``;
- directed: an official is told to designate (``the Secretary of State shall
  … designate the Red Delta Network … as a Foreign Terrorist Organization``),
  kept with ``directed=True``;
- the persons an Annex lists when the order blocks their property or
  designates them: one designation per listed person or entity;
- orders of succession: ``the following officials, in the order listed, shall
  act as … the Secretary`` gives each listed official, in order;
- places: ``set apart and reserve as the X National Monument``.

The basis is the citations in the designating sentence, else the order's
authorities that the sentence names by name or short form, else the Acts it
names where the Acts table codifies them (IEEPA for blocking).
"""

from __future__ import annotations

import functools

import regex

from eoparse.grammar.labels import ITEM_TOKEN
from eoparse.model import Authority, Designation, Section, SectionKind, Span
from eoparse.powers.acts import lookup
from eoparse.powers.context import Context
from eoparse.powers.wordlist import contains_any

_V = regex.VERBOSE

_STOP = (
    r"(?=[.;]|,\ (?:and\ )?(?:effective|pursuant|consistent|under|in\ accordance|with\ respect)|$)"
)

PASSIVE = regex.compile(
    rf"""
    \b(?:is|are)\ (?:hereby\ |also\ |further\ ){{0,2}}designated
    (?:\ (?:pursuant\ to|under|consistent\ with)\ [^,;.]{{3,120}},)?
    \ (?P<how>as|to\ act\ as|to\ serve\ as|to\ be)\ (?!such\b)  # not "designated as such"
    (?P<designation>[^.;]{{3,250}}?){_STOP}
    """,
    _V,
)
"""``X is hereby designated as Y``."""

ACTIVE = regex.compile(
    rf"""
    \bI\ (?:hereby\ |also\ |further\ ){{0,2}}designate\ (?P<designee>[^.;]{{3,300}}?)
    \ (?:as|to\ act\ as|to\ serve\ as|to\ be)\ (?P<designation>[^.;]{{3,250}}?){_STOP}
    """,
    _V,
)
"""``I hereby designate X as Y``."""

DIRECTED = regex.compile(
    r"""
    \b(?:designate|designating|the\ designation\ of)\ (?P<designee>[^.;]{3,300}?)
    \ as\ (?P<designation>(?:a|an|the)\ [^.;,]{3,150}?|[A-Z][^.;,]{3,150}?)
    (?=\ consistent\ with|\ pursuant\ to|\ under|\ and/or|,|\.|;|$)
    """,
    _V,
)
"""``… shall … designate X as Y`` (an official is told to designate)."""

ANNEX_LISTED = regex.compile(
    r"""
    (?:listed|identified|named)\ in\ (?:the\ )?Annex
    | (?:the\ )?Annex\ to\ this\ (?:order|proclamation)
    """,
    _V,
)
"""A sentence that points at the Annex's list of persons."""

BLOCKED = "person whose property and interests in property are blocked"

ANNEX_ACTION = regex.compile(r"\bblock|\bdesignat|\bsanction|\bsubject\ to\ this\ order", _V)

SUCCESSION = regex.compile(
    r"""
    (?:the\ )?following\ (?:officers|officials|offices)[^:;]{0,200}?
    in\ the\ order\ listed[^:;]{0,80}?
    act\ as(?:[^:;]{0,80}?(?:duties|functions)\ of)?\ (?:the\ office\ of\ )?(?:the\ )?
    (?P<office>[A-Z][^.,;:()]{2,100})
    """,
    _V,
)
"""``the following officials, in the order listed, shall act as … the Secretary``."""

PLACE = regex.compile(
    r"""
    \b(?:set\ apart\ and\ reserve(?:d)?\ as|hereby\ establish(?:es)?|hereby\ designate)
    \ (?:the\ )?(?P<designation>[A-Z][\w'.\- ]{2,80}?\ National\ (?:Monument|Marine\ Monument
        |Wildlife\ Refuge|Heritage\ Area|Historic\ Site|Memorial|Preserve))
    """,
    _V,
)
"""``do hereby set apart and reserve as the X National Monument``."""

LEADING = regex.compile(
    rf"""^(?:\({ITEM_TOKEN}\)\ |(?:Section|Sec\.)\ [\w.\-]{{1,8}}\ (?:[A-Z][^.]{{0,60}}\.\ )?
        |[A-Z][^,]{{0,120}}?,\ (?=the\ |[A-Z]))*""",
    _V,
)
"""What precedes a designee in its clause: a label, a section heading, an intro phrase."""


_SPACES = regex.compile(r"\s+")
_ITEM_LABEL = regex.compile(rf"^(?:\d{{1,3}}\.|\({ITEM_TOKEN}\))\s*")
_LIST_ITEM = regex.compile(rf"\({ITEM_TOKEN}\)\ (?P<who>[^;.]{{3,200}})", _V)
_MODAL = regex.compile(r"\b(?:shall|may|is\ directed\ to|are\ directed\ to)\b", _V)


def _clean(words: str) -> str:
    words = str(_SPACES.sub(" ", words.strip(" ,;:"))).rstrip(".")
    # "designate an official to serve as Chair": the designee is the official
    for tail in (" to serve", " to act"):
        if words.endswith(tail) and len(words) > len(tail):
            return words[: -len(tail)]
    return words


def _basis(
    context: Context, authorities: tuple[Authority, ...], start: int, end: int
) -> tuple[str, ...]:
    cites = [c.canonical for c in context.citations_between(start, end) if c.kind != "fr"]
    if not cites:
        said = context.text[start:end]
        for authority in authorities:
            named = (authority.short and authority.short in said) or (
                authority.name and authority.name in said
            )
            if named:
                cites.extend(authority.citations)
    if not cites:  # an Act the order did not cite: where the table codifies it
        for _, _, name in context.act_names_between(start, end):
            act = lookup(name)
            if act is not None and act.code:
                cites.append(f"{act.code} et seq.")
    return tuple(dict.fromkeys(cites))


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    cut = max(text.rfind(";", sentence_start, at), text.rfind(":", sentence_start, at))
    return cut + 1 if cut >= 0 else sentence_start


def _annex_items(sections: tuple[Section, ...]) -> list[Section]:
    items: list[Section] = []
    for section in sections:
        if section.kind is not SectionKind.ANNEX:
            continue
        for child in section.children:
            items.append(child)
    return items


_PARAGRAPH_WORDS = ("esignat", "Annex", "order listed", "National ")
"""A paragraph without any of these strings designates nothing."""


def extract_designations(
    context: Context, authorities: tuple[Authority, ...]
) -> tuple[Designation, ...]:
    """Every designation the order makes or directs, in text order."""
    text = context.text
    out: list[Designation] = []
    annex_designation: tuple[str, Span, tuple[str, ...]] | None = None
    if not contains_any(text, _PARAGRAPH_WORDS, context.body_start):
        return ()  # no paragraph to read
    for p_start, p_end in context.body_paragraphs():
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue
        if context.signature is not None and p_start >= context.signature[0]:
            break
        paragraph = text[p_start:p_end]  # a slice and "in": cheaper than four finds
        if not any(w in paragraph for w in _PARAGRAPH_WORDS):
            continue
        for s_start, s_end in context.sentences(p_start, p_end):
            _sentence(context, authorities, out, s_start, s_end)
            sentence = text[s_start:s_end]
            blocked = annex_designation is not None and annex_designation[0] == BLOCKED
            if not blocked and ANNEX_LISTED.search(sentence):
                # Prefer a sentence of the section that blocks property, wherever it comes.
                in_blocking_section = "blocked" in _top_section_text(context, s_start)
                if ANNEX_ACTION.search(sentence) or in_blocking_section:
                    blocking = "block" in sentence or in_blocking_section
                    what = BLOCKED if blocking else "designated person"
                    basis = _basis(context, authorities, s_start, s_end) or _blocking_basis(
                        authorities
                    )
                    annex_designation = (what, (s_start, s_end), basis)
            succession = SUCCESSION.search(text, s_start, s_end)
            if succession is not None:
                _succession(context, out, succession, p_end)
    if annex_designation is not None:
        what, _, basis = annex_designation
        for item in _annex_items(context.sections):
            words = _clean(_ITEM_LABEL.sub("", item.text))
            if not words:
                continue
            out.append(
                Designation(
                    designee=words,
                    designation=what,
                    basis=basis,
                    where=item.path,
                    span=item.span,
                )
            )
    out.sort(key=lambda d: d.span)
    return tuple(out)


def _top_section_text(context: Context, offset: int) -> str:
    for section in context.sections:
        if section.span[0] <= offset < section.span[1]:
            return section.text
    return ""


def _blocking_basis(authorities: tuple[Authority, ...]) -> tuple[str, ...]:
    cites: list[str] = []
    for authority in authorities:
        if authority.short in ("IEEPA", "UNPA", "NEA") or (
            authority.name and "Emergency Economic Powers" in authority.name
        ):
            cites.extend(authority.citations)
    return tuple(dict.fromkeys(cites))


def _sentence(
    context: Context,
    authorities: tuple[Authority, ...],
    out: list[Designation],
    s_start: int,
    s_end: int,
) -> None:
    text = context.text
    where = context.path_at(s_start)
    # One legal basis per sentence, read only if the sentence designates anything.
    basis = functools.cache(lambda: _basis(context, authorities, s_start, s_end))
    for match in PASSIVE.finditer(text, s_start, s_end):
        clause = _clause_start(text, s_start, match.start())
        subject = text[clause : match.start()]
        lead = LEADING.match(subject)
        designee = _clean(subject[lead.end() :] if lead else subject)
        if not designee or len(designee) > 300:
            continue
        out.append(
            Designation(
                designee=designee,
                designation=_clean(match["designation"]),
                basis=basis(),
                where=where,
                span=(clause, match.end()),
            )
        )
    for match in ACTIVE.finditer(text, s_start, s_end):
        out.append(
            Designation(
                designee=_clean(match["designee"]),
                designation=_clean(match["designation"]),
                basis=basis(),
                where=where,
                span=(match.start(), match.end()),
            )
        )
    for match in PLACE.finditer(text, s_start, s_end):
        out.append(
            Designation(
                designee="the lands and interests described in the proclamation",
                designation=_clean(match["designation"]),
                basis=basis(),
                where=where,
                span=(match.start(), match.end()),
            )
        )
    if _MODAL.search(text, s_start, s_end):
        for match in DIRECTED.finditer(text, s_start, s_end):
            if text[max(s_start, match.start() - 12) : match.start()].endswith("hereby "):
                continue  # "I hereby designate": the President's own
            out.append(
                Designation(
                    designee=_clean(match["designee"]),
                    designation=_clean(match["designation"]),
                    basis=basis(),
                    where=where,
                    span=(match.start(), match.end()),
                    directed=True,
                )
            )


def _succession(
    context: Context, out: list[Designation], match: regex.Match[str], paragraph_end: int
) -> None:
    """Each official of an order-of-succession list, in the order listed."""
    text = context.text
    office = _clean(match["office"])
    section = context.path_at(match.start())
    rank = 0
    for p_start, p_end in context.paragraphs:
        if p_start <= paragraph_end:
            continue
        item = _LIST_ITEM.match(text, p_start, p_end)
        path = context.path_at(p_start)
        if item is None or not path.startswith(section):
            break
        rank += 1
        out.append(
            Designation(
                designee=_clean(item["who"]),
                designation=f"acting {office} (successor {rank})",
                basis=(),
                where=path,
                span=(p_start, p_end),
            )
        )
