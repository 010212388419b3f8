"""Designations: who or what is put in which legal category, by whom, under which law.

One :class:`~eoparse.model.Designation` per designating act, following the
labelling conventions of the development set (docs/model.md, "Designations"):

- sanctions: the persons a blocking clause blocks — the Annex as one
  designation with its entries in ``names``, each alternative criterion of a
  determination as one directed designation (:mod:`~eoparse.powers.sanctions`);
- Foreign Terrorist Organizations and Specially Designated Global Terrorists,
  made or directed (:mod:`~eoparse.powers.terrorists`);
- orders of succession, one designation per office with its ``rank``
  (:mod:`~eoparse.powers.succession`);
- the President's own designations (``I hereby designate X as Y``, ``X is
  hereby designated as Y``, ``this order designates X as Y``) of places,
  public international organizations, officials and things, and an official
  told to designate something as a legal category (``The Secretary of State
  may designate any foreign country … as a State Sponsor of …``), here;
- the countries an order names and later calls ``the designated countries``;
- terminations (``terminated``), and the same acts in quoted amendatory text
  (``quoted``, paths nested under the amending section, :mod:`~eoparse.powers.quoted`).

Not designations: role assignments without designating language, staffing
(``shall designate a Chair from among the members``), designations narrated
(``has been designated``) or referred to (``designated by the head of the
agency``), and ``designee`` as a noun.
"""

from __future__ import annotations

import attrs
import regex

from eoparse.model import Authority, Designation, DesignationCategory, Span
from eoparse.powers.context import Context, clause_start
from eoparse.powers.designation_patterns import (
    AS_SPLIT,
    CATEGORY_END,
    CLAUSE_WORDS,
    COMBAT_DATE,
    DESIGNATE,
    DESIGNATED_COUNTRIES,
    DESIGNEE_AFTER,
    DIRECT_VERB,
    ENTRY_SUSPENDED,
    EXTENDED,
    FTO,
    INLINE_QUOTE,
    LEADING,
    MODAL,
    NATIONALS_OF,
    OFFICIAL_WORDS,
    PASSIVE,
    PLACE_WORDS,
    PUBLIC_ORGANIZATION,
    SDGT,
    STAFFING,
    SUBORDINATE,
    TERMINATED,
    TO_SPLIT,
)
from eoparse.powers.designators import PRESIDENT, designators
from eoparse.powers.exclusions import labor_exclusions
from eoparse.powers.grounds import basis
from eoparse.powers.listed import (
    annex_entries,
    coordinated,
    item_name,
    list_after,
    split_names,
    without_article,
)
from eoparse.powers.officials import resolve
from eoparse.powers.quoted import quoted_context
from eoparse.powers.sanctions import sanctions_designations
from eoparse.powers.spans import Covered
from eoparse.powers.succession import succession_designations
from eoparse.powers.terrorists import terrorist_designations
from eoparse.powers.wordlist import contains_any, holds_any, occurrences

_WORDS = (
    "esignat", "blocked", "interests in property", "Annex", "in the order", "uccession",
    "upon determining", "hereby extend",
)  # fmt: skip
"""A text without any of these strings designates nothing (tested with ``str.find``)."""

_INTRO = regex.compile(
    r"""
    ^(?:In\ accordance\ with|Pursuant\ to|Consistent\ with|Under|For\ (?:the\ )?purposes\ of
      |By\ (?:the\ )?authority|By\ virtue|Subject\ to|Notwithstanding|To\ the\ extent|In\ order\ to
      |With\ respect\ to|Except|Effective|As\ provided|Upon|After|Within|Accordingly|Therefore
      |Further|In\ addition|Additionally)\b
    """,
    regex.VERBOSE,
)
"""An introductory phrase before a clause's subject (``Pursuant to …, the Secretary``)."""

COUNTRY = regex.compile(r"\bcountr(?:y|ies)\b|\bStates?\b(?=\ (?:of|and)\b)", regex.VERBOSE)
"""A designee that is a country."""

_SEGMENT_START = regex.compile(r",\ (?=the\ |The\ |[A-Z])", regex.VERBOSE)


def _clean(words: str) -> str:
    return " ".join(words.split()).strip(" ,;:").removesuffix(".").strip()


def _subject(words: str) -> str:
    """The subject of a clause: labels, headings and introductory phrases left out."""
    words = words.lstrip("\"' ")
    lead = LEADING.match(words)
    words = words[lead.end() :] if lead else words
    if _INTRO.match(words):
        cuts = [m.end() for m in _SEGMENT_START.finditer(words)]
        if cuts:
            words = words[cuts[-1] :]
    return _clean(words)


def categorize(designee: str, designation: str) -> DesignationCategory:
    """The category of ``designee`` designated as ``designation``."""
    if FTO.search(designation):
        return DesignationCategory.TERRORIST_ORGANIZATION
    if SDGT.search(designation):
        return DesignationCategory.GLOBAL_TERRORIST
    if "interests in property are blocked" in designation:
        return DesignationCategory.SANCTIONS
    if PUBLIC_ORGANIZATION.search(designation):
        return DesignationCategory.ORGANIZATION
    if PLACE_WORDS.search(designation) or COMBAT_DATE.search(designation):
        return DesignationCategory.PLACE
    if COUNTRY.search(designee):
        return DesignationCategory.PLACE
    official = resolve(designee)
    if official is not None and official.kind in ("agency", "body"):
        return DesignationCategory.ORGANIZATION
    if (official is not None and official.kind == "official") or OFFICIAL_WORDS.search(designation):
        return DesignationCategory.OFFICIAL
    return DesignationCategory.OTHER


_DESIGNEE_LIMIT = 400
_CATEGORY_LIMIT = 300


def _category_end(text: str, start: int, end: int) -> int | None:
    """Where the category that starts at ``start`` ends: at the clause's end, or cut at
    a word after ``_CATEGORY_LIMIT`` characters (``None``: no words at all)."""
    # Past the limit the category is cut anyway: searching no further keeps one endless
    # sentence of designations linear.
    found = CATEGORY_END.search(text, min(start + 2, end), min(end, start + _CATEGORY_LIMIT + 3))
    if found is None:
        return None
    category_end: int = found.start()
    if category_end - start > _CATEGORY_LIMIT:
        cut = text.rfind(" ", start, start + _CATEGORY_LIMIT)
        category_end = cut if cut > start else start + _CATEGORY_LIMIT
    return category_end


def _split(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> tuple[Span, Span] | None:
    """``(designee, category)`` spans of ``X as Y`` (or ``X to exercise …``) from ``start``:
    the first split of ``pattern`` within reach, the clause unbroken before it."""
    split = pattern.search(text, min(start + 2, end), min(end, start + _DESIGNEE_LIMIT))
    if split is None or ";" in text[start : split.start()] or ":" in text[start : split.start()]:
        return None
    category_end = _category_end(text, split.end(), end)
    if category_end is None:
        return None
    return (start, split.start()), (split.end(), category_end)


def _inline_quoted(context: Context, span: Span) -> bool:
    """Whether ``span`` lies in amendatory text quoted inside the amending paragraph."""
    paragraph = context.paragraph_of(span[0])
    openers = list(INLINE_QUOTE.finditer(context.text, paragraph[0], min(span[0] + 3, span[1])))
    return bool(openers) and '"' not in context.text[openers[-1].end() : span[0]]


class _Sentences:
    """The designations of the President's and officials' designating verbs."""

    def __init__(
        self, context: Context, authorities: tuple[Authority, ...], taken: list[Span]
    ) -> None:
        self.context, self.text = context, context.text
        self.authorities, self.taken = authorities, Covered(taken)
        self.out: list[Designation] = []

    def free(self, start: int, end: int) -> bool:
        """Whether no designation found before covers ``[start, end)``."""
        return not self.taken.overlaps(start, end)

    def add(
        self,
        designee: str,
        designation: str,
        span: Span,
        sentence: Span,
        *,
        designator: str = PRESIDENT,
        directed: bool = False,
        consulted: tuple[str, ...] = (),
        names: tuple[str, ...] = (),
        where: str | None = None,
        single: bool = False,
    ) -> None:
        """Record a designation; ``single``: one designee, whose ``and`` lists no names
        (``the Mission, and to its members``)."""
        designee, designation = _clean(designee), _clean(designation)
        if not designee or not designation or len(designee) > 400:
            return
        category = categorize(designee, designation)
        terminated = False
        combat = COMBAT_DATE.search(designation)
        if combat is not None and combat["what"] == "termination" and combat["zone"]:
            designee, designation, terminated = _clean(combat["zone"]), "combat zone", True
        if not names and not single:
            members = coordinated(designee)
            if members and category is not DesignationCategory.OFFICIAL:
                names = tuple(members)
        if category is DesignationCategory.ORGANIZATION:
            names = tuple(without_article(name) for name in names)
        quoted = _inline_quoted(self.context, span)
        self.out.append(
            Designation(
                designee=designee,
                designation=designation,
                category=category,
                directed=directed,
                designator=designator,
                consulted=consulted,
                names=names,
                terminated=terminated,
                quoted=quoted,
                basis=basis(self.context, self.authorities, *sentence),
                where=where or self.context.path_at(span[0]),
                span=span,
            )
        )
        self.taken.add(*span)

    def read(self, s_start: int, s_end: int) -> None:
        text = self.text
        sentence = text[s_start:s_end]
        if "hereby extend to " in sentence:
            for match in EXTENDED.finditer(text, s_start, s_end):
                if self.free(*match.span()):
                    designee, designation = match["designee"], match["designation"]
                    self.add(designee, designation, match.span(), (s_start, s_end), single=True)
        if "esignat" not in sentence:
            return
        # Each pattern runs only where its own word stands: the sentence is cut out already.
        for match in DESIGNATE.finditer(text, s_start, s_end) if "designate" in sentence else ():
            self._designate(match, s_start, s_end)
        for match in PASSIVE.finditer(text, s_start, s_end) if "designated" in sentence else ():
            self._passive(match, s_start, s_end)
        if "designate " in sentence and MODAL.search(text, s_start, s_end):
            for match in DIRECT_VERB.finditer(text, s_start, s_end):
                if not text[max(s_start, match.start() - 8) : match.start()].endswith("hereby "):
                    self._directed(match, s_start, s_end)
        terminated = "designation of" in sentence
        for match in TERMINATED.finditer(text, s_start, s_end) if terminated else ():
            if self.free(match.start(), match.end()):
                self.add(match["designee"], match["designation"], match.span(), (s_start, s_end))
                last = self.out[-1]
                self.out[-1] = attrs.evolve(last, terminated=True)

    def _following(self, colon: int) -> tuple[str, ...]:
        """The names listed after the colon at ``colon``."""
        items = list_after(self.context, colon)
        return tuple(name for words in items if (name := item_name(words)))

    def _designate(self, match: regex.Match[str], s_start: int, s_end: int) -> None:
        text = self.text
        at = match.end()
        if text.startswith("as ", at):
            self._category_first(match, at + 3, s_start, s_end)
            return
        # "X to exercise the authority to classify … as Top Secret": the first split wins
        splits = [
            found
            for found in (_split(AS_SPLIT, text, at, s_end), _split(TO_SPLIT, text, at, s_end))
            if found is not None
        ]
        if not splits:
            return
        (d_start, d_end), (c_start, c_end) = min(splits, key=lambda found: found[0][1])
        if not self.free(match.start(), c_end):
            return
        designee, designation = text[d_start:d_end], text[c_start:c_end]
        listed: tuple[str, ...] = ()
        if designee.startswith("the following") and text.startswith(":", c_end):
            listed = self._following(c_end + 1)
        span = (match.start(), c_end)
        if match["order"]:
            # "this order designates X as Y" states what an operative section does
            where, span = self._operative(designee, designation, s_end) or (None, span)
            self.add(designee, designation, span, (s_start, s_end), names=listed, where=where)
            return
        self.add(designee, designation, span, (s_start, s_end), names=listed)

    def _category_first(self, match: regex.Match[str], at: int, s_start: int, s_end: int) -> None:
        """``I hereby designate as "public international organizations" …: (a) …`` or ``I
        designate as a period … the period beginning …``."""
        text = self.text
        end = _category_end(text, at, s_end)
        if end is None:
            return
        after = DESIGNEE_AFTER.search(text, at, end)
        if after is not None:
            span = (match.start(), end)
            if self.free(*span):
                self.add(text[after.end() : end], text[at : after.start()], span, (s_start, s_end))
            return
        if text.startswith(":", end):
            names = self._following(end + 1)
            span = (match.start(), end)
            if names and self.free(*span):
                designation = text[at:end].strip("\"' ")
                self.add("; ".join(names), designation, span, (s_start, s_end), names=names)

    def _operative(self, designee: str, designation: str, after: int) -> tuple[str, Span] | None:
        """Where a later sentence says ``X is Y`` of what ``this order designates``."""
        text = self.text
        core = _clean(designation)
        for article in ("the ", "a ", "an "):
            core = core.removeprefix(article)
        head = " ".join(core.split()[:3])
        at = text.find(f"{_clean(designee)} is ", after)
        while at >= 0:
            rest = text[at : at + len(designee) + 40 + len(head)]
            if head and head in rest:
                end = text.find(".", at)
                return self.context.path_at(at), (at, end if end > 0 else at + len(rest))
            at = text.find(f"{_clean(designee)} is ", at + 1)
        return None

    def _passive(self, match: regex.Match[str], s_start: int, s_end: int) -> None:
        text = self.text
        clause = clause_start(text, s_start, match.start())
        before = text[clause : match.start()]
        tail = before.rsplit(",", 1)[-1]
        if SUBORDINATE.search(tail):
            return  # "the office that is designated to …": narrated, not made
        end = _category_end(text, match.end(), s_end)
        if end is None or not self.free(clause, end):
            return
        designee = _subject(before)
        designation = text[match.end() : end]
        if text[match.end() - 3 : match.end()] == "to ":
            designation = "to " + designation
        names: tuple[str, ...] = ()
        if designee.lower().startswith("the following") and text.startswith(":", end):
            names = self._following(end + 1)
        self.add(designee, designation, (clause, end), (s_start, s_end), names=names)

    def _directed(self, match: regex.Match[str], s_start: int, s_end: int) -> None:
        text = self.text
        clause = clause_start(text, s_start, match.start())
        modal = None
        for found in MODAL.finditer(text, clause, match.start()):
            modal = found
        if modal is None:
            return
        split = _split(AS_SPLIT, text, match.end(), s_end)
        if split is None or not self.free(match.start(), split[1][1]):
            return
        designee, designation = text[slice(*split[0])], text[slice(*split[1])]
        if designee.rstrip().endswith(",") or STAFFING.search(designee):
            return  # "designate an official to serve as Chair": staffing, not a designation
        if STAFFING.match(designation.removeprefix("the ").removeprefix("a ").removeprefix("an ")):
            return
        if CLAUSE_WORDS.search(" ".join(designation.split()[:4])):
            return  # "as the Board may need": a comparison, not a category
        designator, consulted = designators(text, clause, modal.start())
        if designator is None:
            return
        self.add(
            designee, designation, (match.start(), split[1][1]), (s_start, s_end),
            designator=designator, directed=True, consulted=consulted,
        )  # fmt: skip


def _countries(context: Context, authorities: tuple[Authority, ...]) -> list[Designation]:
    """The countries whose nationals' entry is suspended, when the order calls them
    ``the designated countries`` (the first sentence that names them)."""
    if DESIGNATED_COUNTRIES.search(context.text, context.body_start) is None:
        return []
    for p_start, p_end in context.body_paragraphs():
        for s_start, s_end in context.sentences(p_start, p_end):
            found = _countries_in(context, authorities, s_start, s_end)
            if found is not None:
                return [found]
    return []


def _countries_in(
    context: Context, authorities: tuple[Authority, ...], s_start: int, s_end: int
) -> Designation | None:
    """``… the entry … of nationals of A, B, and C would be detrimental …``."""
    text = context.text
    if not ENTRY_SUSPENDED.search(text, s_start, s_end):
        return None
    found = NATIONALS_OF.search(text, s_start, s_end)
    if found is None:
        return None
    names = tuple(
        name.removeprefix("and ")
        for name in split_names(found["countries"])
        if name[:1].isupper() or name.startswith("and ")
    )
    if len(names) < 2:
        return None
    return Designation(
        designee=_clean(found["countries"]),
        designation="designated country (entry of its nationals suspended)",
        category=DesignationCategory.PLACE,
        designator=PRESIDENT,
        names=names,
        basis=basis(context, authorities, s_start, s_end),
        where=context.path_at(found.start()),
        span=(found.start(), found.end()),
    )


def _sentences(context: Context, *, own: bool) -> list[Span]:
    """The sentences of the body that may designate (``own``: not quoted text)."""
    text = context.text
    index = context.memoized(
        "text:designation words", lambda: occurrences(text, (*_WORDS, "errorist"))
    )
    found: list[Span] = []
    for p_start, p_end in context.body_paragraphs():
        if context.signature is not None and p_start >= context.signature[0]:
            break
        if own and (context.quoted(p_start) or text.startswith('"', p_start)):
            continue
        if not holds_any(index, p_start, p_end):
            continue
        found.extend(context.sentences(p_start, p_end))
    return found


def _read(
    context: Context,
    authorities: tuple[Authority, ...],
    annex: tuple[str, ...],
    *,
    own: bool = True,
) -> list[Designation]:
    sentences = _sentences(context, own=own)
    if not sentences:
        return []
    out = sanctions_designations(context, authorities, sentences, annex)
    out += succession_designations(context, authorities, sentences)
    terrorists = terrorist_designations(context, authorities, sentences)
    out += terrorists
    reader = _Sentences(context, authorities, [d.span for d in out])
    for s_start, s_end in sentences:
        reader.read(s_start, s_end)
    out += reader.out
    if own:
        out += _countries(context, authorities)
    return out


def extract_designations(
    context: Context, authorities: tuple[Authority, ...]
) -> tuple[Designation, ...]:
    """Every designation the order makes or directs, in text order."""
    text = context.text
    exclusions = labor_exclusions(context)  # "are hereby determined to have as a primary …"
    if not contains_any(text, _WORDS, context.body_start):
        return tuple(exclusions)
    annex = annex_entries(context)
    out = _read(context, authorities, annex) + exclusions
    for span in context.quotations:
        if not contains_any(text, _WORDS, *span):
            continue
        quoted = _read(quoted_context(context, span), authorities, annex, own=False)
        out += [attrs.evolve(d, quoted=True) for d in quoted]
    out.sort(key=lambda d: (d.span, d.rank or 0))
    return tuple(out)


__all__ = ["categorize", "extract_designations"]
