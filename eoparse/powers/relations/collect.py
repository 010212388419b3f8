"""References gathered one a target, relation and place: repeats merge, amendments and
named sections attach; a document whose emergency this order continues is continued."""

from __future__ import annotations

from attrs import evolve

from eoparse.model import (
    Amendment,
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    Kind,
    Reference,
    Relation,
    Span,
)
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import Context
from eoparse.powers.instruments import Mention
from eoparse.powers.relations.amendments import (
    following_amendments,
    read_amendments,
    sections_from_amendments,
    sections_named,
    with_sections,
)
from eoparse.powers.relations.patterns import (
    ANNEX_OF_BEFORE,
    AS_AMENDED,
    ASIDE,
    PARTIAL,
    REVOKING_SECTIONS,
    SECTION_LABEL,
)

REACH = 6000
"""How far after a mention its amendments are read (a quoted insertion runs to 2,000
characters); bounded so that one endless sentence stays linear."""


class Collector:
    """Gathers references, merging repeats of the same target and relation in one place."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.items: dict[tuple[object, ...], Reference] = {}
        self._partial: dict[Span, bool] = {}  # per sentence: one scan, however many mentions
        self._following: dict[tuple[Span, int | None], list[Amendment]] = {}  # likewise

    def _says_partial(self, sentence: Span) -> bool:
        found = self._partial.get(sentence)
        if found is None:
            found = bool(PARTIAL.search(self.context.text, sentence[0], sentence[1]))
            self._partial[sentence] = found
        return found

    def _revoking(self, mention: Mention, sentence: Span) -> tuple[tuple[str, ...], bool] | None:
        """``Executive Order 13683 is amended by revoking section 3``: the sections it
        revokes, and whether the amendment goes on to change more; ``None`` otherwise."""
        text = self.context.text
        end = min(sentence[1], mention.span[1] + 400)
        if text.find("by r", mention.span[1], end) < 0:
            return None
        at = mention.span[1]
        aside = ASIDE.match(text, at, end)
        if aside is not None:
            at = aside.end()
        as_amended = AS_AMENDED.match(text, at, end)
        if as_amended is not None:
            at = as_amended.end()
        match = REVOKING_SECTIONS.match(text, at, end)
        if match is None:
            return None
        sections = tuple(SECTION_LABEL.findall(match["sections"]))
        return sections, match["more"] is not None

    def add(
        self, mention: Mention, relation: Relation, sentence: Span, where: str | None = None
    ) -> None:
        context = self.context
        text = context.text
        if not mention.sections and ending_at(
            ANNEX_OF_BEFORE, text, max(0, mention.start - 20), mention.start
        ):
            mention = evolve(mention, sections=("Annex",))  # "The Annex to Executive Order X"
        if relation is Relation.AMENDS and not mention.sections:
            revoking = self._revoking(mention, sentence)
            if revoking is not None:
                # Revoking sections of an order is revoking it in part, not amending it.
                sections, goes_on = revoking
                self.add(evolve(mention, sections=sections), Relation.REVOKES, sentence, where)
                if not goes_on:
                    return
        where = where or context.path_at(mention.start)
        partial = bool(mention.sections) or (
            relation in (Relation.REVOKES, Relation.SUPERSEDES, Relation.SUSPENDS)
            and self._says_partial(sentence)
        )
        amendments: tuple[Amendment, ...] = ()
        if relation is Relation.AMENDS:
            section = mention.sections[0] if len(mention.sections) == 1 else None
            found = read_amendments(
                text, mention.span[1], min(sentence[1], mention.span[1] + REACH)
            )
            number = mention.target.number
            following = self._following.get((sentence, number))
            if following is None:
                following = following_amendments(context, sentence, number)
                self._following[(sentence, number)] = following
            found += following
            named = [section] if section is not None else []
            amendments = tuple(b for a in found for b in with_sections(a, named))
        key = (relation, target_key(mention.target), where)
        existing = self.items.get(key)
        if existing is not None:
            # The same act stated twice in one place (a heading, then the sentence):
            # one reference, with the date, sections and amendments either gives.
            target = existing.target if existing.target.date else mention.target
            more = tuple(a for a in amendments if a not in existing.amendments)
            sections = tuple(dict.fromkeys(existing.target_sections + mention.sections))
            statement = existing.statement
            if mention.sections and not existing.target_sections:
                statement = sentence  # the statement naming the sections says more
            self.items[key] = evolve(
                existing,
                target=target,
                amendments=existing.amendments + more,
                target_sections=sections,
                partial=existing.partial or (partial and relation is not Relation.CITES),
                statement=statement,
            )
            return
        self.items[key] = Reference(
            relation=relation,
            target=mention.target,
            partial=partial if relation is not Relation.CITES else False,
            target_sections=mention.sections,
            where=where,
            span=(mention.start, mention.span[1]),
            amendments=amendments,
            statement=sentence,
        )

    def references(self) -> tuple[Reference, ...]:
        found = sorted(
            (sections_from_amendments(r) for r in self.items.values()), key=lambda r: r.span
        )
        starts = [r.span[0] for r in found]
        text = self.context.text
        out = []
        for index, reference in enumerate(found):
            if reference.relation is Relation.AMENDS and reference.statement is not None:
                # the statement's words up to the next document it names
                following = (s for s in starts[index + 1 :] if s >= reference.span[1])
                end = min(reference.statement[1], next(following, reference.statement[1]))
                reference = sections_named(reference, text, end)
            out.append(reference)
        return tuple(out)


def continued_references(
    references: tuple[Reference, ...], emergencies: tuple[EmergencyAction, ...]
) -> tuple[Reference, ...]:
    """A document whose national emergency this order continues is continued, not cited;
    its statement becomes the sentence that continues the emergency."""
    continued: dict[tuple[Kind, int | None, str | None], Span] = {}
    for e in emergencies:
        if e.action is EmergencyActionType.CONTINUE and e.target is not None:
            continued.setdefault(target_key(e.target)[:3], e.span)
    if not continued:
        return references
    return tuple(
        evolve(r, relation=Relation.CONTINUES, statement=continued[target_key(r.target)[:3]])
        if r.relation is Relation.CITES and target_key(r.target)[:3] in continued
        else r
        for r in references
    )


def target_key(target: Instrument) -> tuple[Kind, int | None, str | None, str | None]:
    """A key that identifies a document across mentions (dates may be omitted); two
    unnumbered documents of one date are told apart by their titles."""
    if target.number is not None:
        return (target.kind, target.number, target.series, None)
    return (target.kind, None, target.date.isoformat() if target.date else None, target.title)
