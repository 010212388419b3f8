"""One :class:`~eoparse.model.Grant` per actor of a clause: what the clause says for each
(deadline, timing, basis, co-actors, or what the lead-in of its list says), and the
actors named one after another that many verbs hand it.  Kept apart from
:mod:`eoparse.powers.grants.build`, which finds the verbs and their clauses."""

from __future__ import annotations

from attrs import frozen

from eoparse.model import Grant, Modality, Section, Span
from eoparse.powers.context import Context
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.clauses import after_markers
from eoparse.powers.grants.deadlines import Deadline, read_deadline, read_timing
from eoparse.powers.grants.definitions import body_written_out, narrowed_heads_as_printed
from eoparse.powers.grants.duty_patterns import REPRESENTATION, STANDING, STANDING_FIRST
from eoparse.powers.grants.offices import Actor, apposed, in_a_row, is_body
from eoparse.powers.grants.passive import active_action
from eoparse.powers.grants.respectively import distributed
from eoparse.powers.grants.verbs import states_policy
from eoparse.powers.officials import resolve

PRESIDENT = resolve("President")
"""The President's own acts and reserved powers are not grants."""

GOVERNMENT = resolve("Federal Government")
"""Whose duties a Purpose or Policy section states as policy, not as a grant."""
assert GOVERNMENT is not None, "the officials table names the Federal Government"


NO_DUTY = (
    "not be construed",
    "be construed",
    "ensure that all actions taken by them are consistent with the President",
)
"""Actions that state no duty: a savings clause, and the general provision of delegating
orders that officers act within the President's constitutional authority."""


@frozen
class Lead:
    """What a clause says for every item of its list or series: deadline, timing, basis,
    co-actors."""

    deadline: Deadline
    timing: str | None
    basis: tuple[str, ...]
    co_actors: tuple[str, ...]


_DEADLINE_HEADS = ("within ", "Within ", "not later than ", "Not later than ", "no later than ")
"""How an item that leads a list of its own opens when it says by when (``(b) within 90
days of the date of this order:``), not what its items are about (``(a) with respect to
reports due within 30 days of receipt:``)."""


def nested_lead(reader: Reader, lead: Lead, actors: list[Actor], head: int, end: int) -> Lead:
    """What an item that leads a list of its own (``text[head:end]``, its colon last) adds
    to the lead-in's: its deadline where it opens with one, its timing, basis and co-actors
    (``(a) in consultation with the Attorney General and pursuant to 50 U.S.C. 1701:``)."""
    text = reader.text
    deadline = lead.deadline
    if text.startswith(_DEADLINE_HEADS, head):
        own = read_deadline(text, head, end - 1)  # not its colon
        deadline = own if own[0] is not None else deadline
    return Lead(
        deadline,
        read_timing(text, head, end - 1, actors[0].start) or lead.timing,
        tuple(dict.fromkeys((*lead.basis, *reader.basis(head, end)))),
        tuple(
            dict.fromkeys((*lead.co_actors, *reader.co_actors(head, end, {a.name for a in actors})))
        ),
    )


def _lead_in(context: Context, section: Section) -> Span | None:
    """Where the words that lead ``section``'s items stand, past its markers and heading
    (``Within 60 days of the date of this order:`` of ``Sec. 3. Seabed Access. Within 60
    days …:``), where they end with a colon; else ``None``."""
    if not section.children:
        return None
    text = context.text
    start, end = section.span[0], section.children[0].span[0]
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[end - 1] != ":":
        return None
    return after_markers(context, start, end), end - 1


def lead_in_deadline(context: Context, at: int) -> Deadline:
    """The deadline of a list the grant at ``at`` is an item of, where the words that lead
    that list are that deadline and nothing else (``Sec. 3. … Within 60 days of the date of
    this order: (a) The Secretary of Commerce shall: … (ii) provide a report``), the
    innermost such list's where lists nest; all ``None`` where no list above it is led so."""
    text, path = context.text, context.path_at(at)
    nodes = context.sections
    found: Deadline = (None, None, None)
    while nodes:  # from the outermost list down: the innermost lead-in's deadline wins
        holder = next((s for s in nodes if path.startswith(s.path + "(")), None)
        if holder is None:
            break
        lead = _lead_in(context, holder)
        if lead is not None:
            deadline = read_deadline(text, *lead)
            if deadline[0] is not None and len(deadline[0]) >= lead[1] - lead[0] - 1:
                found = deadline
        nodes = holder.children
    return found


def emit(
    reader: Reader,
    context: Context,
    out: list[Grant],
    actors: list[Actor],
    modality: Modality,
    action_span: Span,
    clause: Span,
    anchor: int,
    lead: Lead | None = None,
    said: str | None = None,
) -> None:
    """Append one grant per actor.  ``lead`` is what the clause that introduces a list
    item (``the Council shall:``) says: its deadline, timing, basis and co-actors hold
    for the item, unless the item sets its own deadline or timing."""
    text = reader.text
    # One grant an actor: "the Secretary or the Secretary's designee" names one Secretary.
    named = {a.name: a for a in reversed(actors) if resolve(a.name) is not PRESIDENT}
    actors = [a for a in actors if named.get(a.name) is a]
    if any(resolve(a.name) is GOVERNMENT for a in actors) and states_policy(context, anchor):
        # "Sec. 3. Policy. … The Federal Government shall engage …": a policy statement
        actors = [a for a in actors if resolve(a.name) is not GOVERNMENT]
    action = said or text[action_span[0] : action_span[1]].strip(' ,;:"')
    if action.endswith("'") and action.count("'") % 2 == 1:
        action = action[:-1]  # the close of a quotation: "… shall serve as the final authority'"
    if not actors or not action or action.startswith(NO_DUTY):
        return
    if action.startswith(STANDING_FIRST) and STANDING.match(action):
        return  # "The Council shall consist of …", "… shall terminate": how a body stands
    if action.startswith("include ") and all(
        a.name.startswith(("members of ", "staff of ")) for a in actors
    ):
        return  # "Members of the Council shall include those …": who its members are
    if REPRESENTATION.match(action) and all(is_body(a.name) for a in actors):
        return  # "The Council shall include representation, … from the Departments of …"
    if action.startswith("be ") and action.find(" by ", 3, 60) >= 0:
        # "Any functions … shall be performed by the Secretary": the agent's own action
        begins = text.find(action, action_span[0], action_span[1])
        ends = [a.end for a in actors if begins <= a.start < begins + len(action)]
        if ends:
            action = active_action(text, clause[0], begins, action, max(ends)) or action
    elif _forbidden(text, actors[0].start):
        action = f"not {action}"  # "No agency head shall award …": a prohibition
    deadline = read_deadline(text, clause[0], clause[1])
    timing = read_timing(text, clause[0], clause[1], actors[0].start)
    basis = reader.basis(clause[0], clause[1])
    names = {a.name for a in actors}
    co_actors = reader.co_actors(clause[0], clause[1], names)
    if deadline[0] is None and lead is not None:
        deadline = lead.deadline
    if deadline[0] is None and "(" in context.path_at(anchor):
        deadline = lead_in_deadline(context, anchor)  # "Sec. 3. Within 60 days …: (a) …"
    if lead is not None:
        timing = timing or lead.timing
        basis = tuple(dict.fromkeys((*lead.basis, *basis)))
        co_actors = tuple(dict.fromkeys((*lead.co_actors, *co_actors)))
    where = context.path_at(anchor)
    pair = (
        distributed(action, len(actors)) if len(actors) > 1 and "respectively" in action else None
    )
    for index, actor in enumerate(actors):
        own = actor.deadline if actor.deadline[0] is not None else deadline
        out.append(
            Grant(
                actor=narrowed_heads_as_printed(
                    body_written_out(actor.name, reader.written_forms),
                    text[actor.start : actor.end],
                ),
                modality=modality,
                action=pair[index] if pair is not None else action,  # "… X and Y, respectively"
                deadline=own[0],
                basis=basis,
                where=where,
                span=clause,
                co_actors=co_actors,
                deadline_days=own[1],
                deadline_date=own[2],
                resolved=actor.resolved,
                timing=timing,
            )
        )


def _forbidden(text: str, actor_start: int) -> bool:
    """Whether the actor at ``actor_start`` is named after ``No`` (``No agency head shall
    award …``): what the clause says it shall do, it shall not."""
    return text.endswith(("No ", "no "), 0, actor_start) and (
        actor_start < 4 or not text[actor_start - 4].isalnum()
    )


def named_in_a_row(
    reader: Reader, at: int, end: int, glue: tuple[str, ...]
) -> tuple[list[Actor], int]:
    """The actors named one after another from ``at`` (``the Secretary of State and the
    Attorney General``), with only ``glue`` between them, and where the last one ends."""
    found, at = in_a_row(reader.text, reader.actors_between(at, end), at, glue)
    return reader.expand(apposed(reader.text, found)), at
