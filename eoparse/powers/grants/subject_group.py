"""What the actors named right before a modal verb stand for, once the subject finder has
gathered them (:mod:`eoparse.powers.grants.subject`): an object of the verb before them
dropped, a relative clause's subject refused, a body read as the longer title or named body
it ends, an officer of the body named (``The Chair of the Partnership``), the heads of the
agencies named (``the heads of the Departments of X and Y``), or an object of a preposition
refused unless a participle ties it to the actor before it."""

from __future__ import annotations

from collections.abc import Callable

from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.offices import GENERIC_NOUNS, Actor, is_body, person
from eoparse.powers.grants.patterns import (
    AGENCIES_OF_BEFORE,
    HEAD_OF_BEFORE,
    LOCATED_BEFORE,
    OFFICER_OF,
    QUALIFIER_BEFORE,
    REDUCED_RELATIVE_BEFORE,
)
from eoparse.powers.grants.subject_checks import lower_body, named_body
from eoparse.powers.grants.subject_patterns import OBJECT_OF_MODAL_BEFORE
from eoparse.powers.grants.subject_text import (
    after_preposition,
    aside_only,
    capitalised_word_before,
    heads_before,
    relative_before,
    search,
    untabled,
)
from eoparse.powers.officials import resolve


def the_body(name: str) -> str:
    """A body's name as an object of ``of``: ``the Domestic Policy Council``; a group as it
    is (``each agency``)."""
    return f"the {name}" if name[:1].isupper() else name


def refine_group(
    reader: Reader,
    clause_start: int,
    modal_start: int,
    window: int,
    group: list[Actor],
    again: Callable[[int], list[Actor]],
) -> list[Actor]:
    """The subject ``group`` (the actors named before the modal at ``modal_start``, last
    first, read back to ``window``) stands for; ``again(at)`` finds the subject of a verb at
    ``at`` instead (past a qualifier that names an office of its own)."""
    text = reader.text
    if len(group) > 1 and ending_at(
        OBJECT_OF_MODAL_BEFORE, text, larger(clause_start, group[-1].start - 40), group[-1].start
    ):
        group.pop()  # "shall chair the Council, and the head of each agency shall"
    if group and relative_before(text, larger(clause_start, group[-1].start - 12), group[-1].start):
        return []  # "such information as the Secretary may require": not a grant
    if len(group) == 1 and resolve(group[0].name) is resolve("Federal Government"):
        agencies = ending_at(
            AGENCIES_OF_BEFORE, text, larger(clause_start, group[0].start - 60), group[0].start
        )
        if agencies is not None:  # "All agencies of the United States Government shall"
            name = text[agencies.start() : group[0].end]
            return [Actor(agencies.start(), group[0].end, name, True)]
    if (
        len(group) == 1
        and text.endswith(" ", 0, group[0].start)
        and capitalised_word_before(text, group[0].start)
        and (" " not in group[0].name or not person(group[0].name))
    ):
        # A body ending a longer title: "The Director of the American Technology Council
        # shall" is that Director, not a "Council"; "the Chairman of the White House
        # Council on Environmental Quality" that Chairman, not the Council the table names.
        longer = reader.untabled(clause_start, group[0].end)
        if (
            len(longer) == 1
            and text.find(" of ", longer[0].start, group[0].start) >= 0
            and OFFICER_OF.match(longer[0].name) is not None
        ):
            return longer
    if (
        len(group) == 1
        and group[0].name in GENERIC_NOUNS
        and text.endswith(" ", 0, group[0].start)
        and capitalised_word_before(text, group[0].start)
    ):
        named = named_body(reader, clause_start, group[0])
        if named is not None:  # "The Harbor Office shall": the body, not an "Office"
            return [named]
    if len(group) == 1 and group[0].name[:1].islower():
        lower = lower_body(reader, clause_start, group[0])  # "the advisory committee shall"
        group = [lower] if lower is not None else group
    if len(group) == 1:
        head = search(
            HEAD_OF_BEFORE, " of ", text, larger(clause_start, group[0].start - 40), group[0].start
        )
        title = head["title"][:1].upper() + head["title"][1:] if head is not None else ""
        officer = f"{title} of the {group[0].name}"
        if head is not None and (is_body(group[0].name) or resolve(officer) is not None):
            # "The Chair of the Partnership shall": the Chair, not the Partnership; so too
            # an agency's officer the table holds ("the Chair of the Commission", defined)
            return [Actor(head.start(), group[0].end, officer, True)]
    if group:
        heads = heads_before(text, clause_start, group[-1].start)
        if heads is not None and heads["staff"] is not None:  # "The staffs of A, B, and C"
            return [  # each body's staff; an official joined to them acts as printed
                actor
                if person(actor.name)
                else Actor(
                    actor.start, actor.end, f"staff of {the_body(actor.name)}", actor.resolved
                )
                for actor in reversed(group)
            ]
        if heads is not None and len(group) > 1:
            # "the heads of the Departments of X and Y, the EPA, and NOAA": each one's head
            return [head for actor in reversed(group) for head in reader.heads_of(actor)]
        if heads is not None:  # "the heads of all relevant executive departments and agencies"
            name = " ".join(text[heads.start() : group[0].end].split())
            # … or of Departments named together: their Secretaries, each
            return reader.expand([Actor(heads.start(), group[0].end, name, True)])
    if group and after_preposition(
        text, larger(clause_start, group[-1].start - 16), group[-1].start
    ):
        # An object, not the subject ("The authority delegated to the Secretary may be
        # redelegated"), unless a participle ties it to the actor before it ("Each
        # agency represented on the Council shall").
        relative = ending_at(
            REDUCED_RELATIVE_BEFORE,
            text,
            larger(clause_start, group[-1].start - 40),
            group[-1].start,
        )
        head = reader.actors_between(window, relative.start()) if relative is not None else []
        if relative is not None and head and not text[head[-1].end : relative.start()].strip():
            return reader.expand(head[-1:])
        located = ending_at(
            LOCATED_BEFORE, text, larger(clause_start, group[-1].start - 12), group[-1].start
        )
        if located is not None:
            before = reader.actors_between(window, located.start())
            gap = text[before[-1].end : located.start()] if before else ""
            if before and (not gap.strip(" )") or aside_only(gap)):  # "… (NIST) within …"
                return reader.expand(before[-1:])
            found = untabled(reader, clause_start, located.start())
            if found:
                return found
        qualifier = ending_at(
            QUALIFIER_BEFORE, text, larger(clause_start, modal_start - 260), modal_start
        )
        if qualifier is not None and qualifier.start() < group[-1].start:
            return again(qualifier.start())
        return []
    return reader.expand(list(reversed(group)))


__all__ = ["refine_group"]
