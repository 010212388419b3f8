"""Grants from an order's modal verbs: each clause's actors, modality, action, deadline,
basis and co-actors, one :class:`~eoparse.model.Grant` per actor."""

from __future__ import annotations

import datetime as dt

import regex
from attrs import frozen

from eoparse.model import Grant, Modality, Span
from eoparse.powers.context import Context
from eoparse.powers.grants.actors import Actor, Reader
from eoparse.powers.grants.clauses import CLAUSE_REACH, after_markers, find_clause_start, list_items
from eoparse.powers.grants.deadlines import read_deadline
from eoparse.powers.grants.patterns import (
    BY_AGENT,
    DIRECT,
    MODAL,
    OBJECT_GAP,
    RELATIVE_PRONOUN_BEFORE,
    RELATIVE_THAT_BEFORE,
    STANDING,
)
from eoparse.powers.grants.subject import find_subject


def _modality(modal: str) -> Modality:
    if modal == "may":
        return Modality.MAY
    if "delegated" in modal:
        return Modality.DELEGATED
    if "authorized" in modal or "empowered" in modal:
        return Modality.AUTHORIZED
    return Modality.SHALL


def extract_grants(context: Context) -> tuple[Grant, ...]:
    """Every grant of power or duty in the order, in text order."""
    text = context.text
    end = context.signature[0] if context.signature is not None else len(text)
    verbs = [(m, _grant) for m in MODAL.finditer(text, context.body_start, end)]
    verbs += [(m, _directed) for m in DIRECT.finditer(text, context.body_start, end)]
    if not verbs:
        return ()
    reader = Reader(context, sorted({context.paragraph_of(m.start()) for m, _ in verbs}))
    out: list[Grant] = []
    for match, handle in verbs:
        at = match.start()
        p_start, p_end = context.paragraph_of(at)
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue
        sentence = context.sentence_at(p_start, p_end, at)
        if sentence is not None:
            handle(reader, context, out, match, sentence)
    out.sort(key=lambda g: g.span)
    return tuple(out)


@frozen
class _Lead:
    """What a list's lead-in says for every item: deadline, basis, co-actors."""

    deadline: tuple[str | None, int | None, dt.date | None]
    basis: tuple[str, ...]
    co_actors: tuple[str, ...]


def _emit(
    reader: Reader,
    context: Context,
    out: list[Grant],
    actors: list[Actor],
    modality: Modality,
    action_span: Span,
    clause: Span,
    anchor: int,
    lead: _Lead | None = None,
) -> None:
    """Append one grant per actor.  ``lead`` is what the clause that introduces a list
    item (``the Council shall:``) says: its deadline, basis and co-actors hold for the item."""
    text = reader.text
    action = text[action_span[0] : action_span[1]].strip(" ,;:")
    if not action or action.startswith(("not be construed", "be construed")):
        return
    if STANDING.match(action):
        return  # "The Council shall consist of …", "… shall terminate": how a body stands
    deadline, days, date = read_deadline(text, clause[0], clause[1])
    basis = reader.basis(clause[0], clause[1])
    names = {a.name for a in actors}
    co_actors = reader.co_actors(clause[0], clause[1], names)
    if lead is not None:
        if deadline is None:
            deadline, days, date = lead.deadline
        basis = tuple(dict.fromkeys((*lead.basis, *basis)))
        co_actors = tuple(dict.fromkeys((*lead.co_actors, *co_actors)))
    where = context.path_at(anchor)
    for actor in actors:
        out.append(
            Grant(
                actor=actor.name,
                modality=modality,
                action=action,
                deadline=deadline,
                basis=basis,
                where=where,
                span=clause,
                co_actors=co_actors,
                deadline_days=days,
                deadline_date=date,
                resolved=actor.resolved,
            )
        )


_LIST_GLUE = ("", "and", "or", "the", "and the", "or the")
"""What may stand between actors named one after another (commas aside)."""


def _named_in_a_row(
    reader: Reader, at: int, end: int, glue: tuple[str, ...]
) -> tuple[list[Actor], int]:
    """The actors named one after another from ``at`` (``the Secretary of State and the
    Attorney General``), with only ``glue`` between them, and where the last one ends."""
    text = reader.text
    found: list[Actor] = []
    for actor in reader.actors_between(at, end):
        if text[at : actor.start].strip(" ,") not in glue:
            break
        found.append(actor)
        at = actor.end
    return found, at


def _agents(reader: Reader, at: int, end: int) -> list[Actor]:
    """The actors a passive modal names as its agents (``… shall be provided by the
    Department of Transportation``): they do what the clause says, whatever its subject."""
    passive = BY_AGENT.match(reader.text, at, end)
    if passive is None:
        return []
    return _named_in_a_row(reader, passive.end(), min(end, passive.end() + 300), _LIST_GLUE)[0]


def _grant(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    text = reader.text
    modal = match["modal"]
    clause_start = find_clause_start(
        text, max(sentence[0], match.start() - CLAUSE_REACH), match.start()
    )
    clause_start = after_markers(context, clause_start, match.start())
    modality = _modality(modal)
    end = min(sentence[1], match.end() + CLAUSE_REACH)
    semi = text.find(";", match.end(), end)
    if semi >= 0:
        end = semi
    if modality is Modality.DELEGATED:
        # "... are hereby delegated to the Secretary of Defense": the actor follows "to".
        if not text.startswith(" to ", match.end()):
            return
        at = match.end() + 4
        actors = reader.actors_between(at, min(end, at + 200))
        if not actors or text[at : actors[0].start].strip() not in ("", "the"):
            return
        _emit(
            reader,
            context,
            out,
            actors[:1],
            modality,
            (clause_start, match.start()),
            (clause_start, end),
            match.start(),
        )
        return
    if modality is Modality.AUTHORIZED and text.startswith((" by law", " by statute"), match.end()):
        return  # "as the Secretary is authorized by law to …" describes, grants nothing
    agents: list[Actor] = []
    if text.startswith(" be ", match.end()) and not RELATIVE_PRONOUN_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        agents = _agents(reader, match.end(), end)
    actors = agents or find_subject(reader, clause_start, match.start())
    if not actors:
        return
    action_start = match.end()
    if modality in (Modality.AUTHORIZED, Modality.SHALL) and text.startswith(" to ", action_start):
        action_start += 4
    if _object_gap(text, actors[0].start, action_start, end):
        return  # "the reports that the Council may request": describes, grants nothing
    items = list_items(reader, context, action_start, end)
    if items:
        lead = _Lead(  # read once for all the items
            read_deadline(text, clause_start, end),
            reader.basis(clause_start, end),
            reader.co_actors(clause_start, end, {a.name for a in actors}),
        )
        for body, item_end, anchor in items:
            _emit(
                reader,
                context,
                out,
                actors,
                modality,
                (body, item_end),
                (body, item_end),
                anchor,
                lead=lead,
            )
        return
    _emit(
        reader,
        context,
        out,
        actors,
        modality,
        (action_start, end),
        (clause_start, end),
        match.start(),
    )


def _directed(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    text = reader.text
    verb = match["verb"]
    actors, at = _named_in_a_row(
        reader, match.end(), min(sentence[1], match.end() + 300), (*_LIST_GLUE, "each", "all")
    )
    if not actors:
        return
    modality = {
        "authorize": Modality.AUTHORIZED,
        "delegate to": Modality.DELEGATED,
    }.get(verb, Modality.SHALL)
    end = min(sentence[1], match.end() + CLAUSE_REACH)
    action_start = at
    to = text.find(" to ", at, min(end, at + 120))
    if modality is not Modality.DELEGATED and to >= 0:
        action_start = to + 4
    _emit(
        reader,
        context,
        out,
        actors,
        modality,
        (action_start, end),
        (match.start(), end),
        match.start(),
    )


_TAKES_THAT_CLAUSE = frozenset(
    {
        *("ensure", "ensures", "direct", "directs", "directed", "order", "orders", "ordered"),
        *("provide", "provides", "provided", "require", "requires", "required", "determine"),
        *("determines", "determined", "find", "finds", "found", "certify", "certifies"),
        *("certified", "agree", "agrees", "recommend", "recommends", "so", "such", "policy"),
        *("declare", "declares", "proclaim", "proclaims", "mean", "means", "is", "be", "and"),
    }
)
"""Words after which ``that`` opens what is said (``ensure that the Secretary shall …``),
not a relative clause."""


def _object_gap(text: str, actor_start: int, action_start: int, end: int) -> bool:
    """Whether the modal's clause is a relative clause on a noun (``any information that
    the Secretary may request``): it describes the noun and grants nothing."""
    if text.find("that ", max(0, actor_start - 40), actor_start) < 0 and (
        text.find("which ", max(0, actor_start - 40), actor_start) < 0
    ):
        return False
    relative = RELATIVE_THAT_BEFORE.search(text, max(0, actor_start - 40), actor_start)
    if relative is None or relative["word"].lower() in _TAKES_THAT_CLAUSE:
        return False
    return OBJECT_GAP.fullmatch(text, action_start, end) is not None
