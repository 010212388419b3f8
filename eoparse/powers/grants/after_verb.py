"""Grants whose actors are named after their verb, not before it: ``I hereby direct the
Secretary …`` (a direction), ``the authority … is invoked and made available … to the
Secretaries …`` (an authorization) and ``a Task Force … to be co-chaired by the Secretary
…`` (a chair's role).  Kept apart from :mod:`eoparse.powers.grants.build`, which finds the
verbs and hands each match here."""

from __future__ import annotations

import regex

from eoparse.model import Grant, Modality, Span
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import CLAUSE_REACH, Context, larger, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.chairs import chaired_action
from eoparse.powers.grants.clauses import clause_words
from eoparse.powers.grants.emit import emit, named_in_a_row
from eoparse.powers.grants.headed import titled, titled_after
from eoparse.powers.grants.offices import LIST_GLUE, Actor
from eoparse.powers.grants.patterns import AUTHORITY_BEFORE, OF_AFTER_SHORT_FORM


def directed(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    """``I hereby direct the Secretary of X to …``: a grant to each official named, to do
    what follows ``to`` (``delegate to``: a delegation, ``authorize``: an authorization)."""
    text = reader.text
    verb = match["verb"]
    actors, at = named_in_a_row(
        reader, match.end(), smaller(sentence[1], match.end() + 300), (*LIST_GLUE, "each", "all")
    )
    if not actors:  # "I hereby delegate to the Chair the authority …": a title no table holds
        actors = titled_after(reader, match.end(), smaller(sentence[1], match.end() + 300))
        if actors and text.startswith((", the ", " and the "), actors[-1].end):
            return  # "to the Chair, the Vice Chair, and the Executive Director": not read
        if actors and text.startswith(" (", actors[-1].end):
            office = OF_AFTER_SHORT_FORM.match(text, actors[-1].end)
            if office is None:
                return  # a title whose words go on after a parenthesis: not read
            if text.startswith((" and ", ", "), office.end()):
                return  # "… (CFO) of the Department of Defense and the Chief …": not read
            title = text[actors[-1].start : actors[-1].end]  # "Chief Executive Officer
            name = f"{title} of the {office['body']}"  # (CEO) of the United States …"
            actors = [Actor(actors[-1].start, office.end(), name, True)]
        at = actors[-1].end if actors else at
    if not actors:
        return
    modality = {
        "authorize": Modality.AUTHORIZED,
        "delegate to": Modality.DELEGATED,
    }.get(verb, Modality.SHALL)
    end = smaller(sentence[1], match.end() + CLAUSE_REACH)
    action_start = at
    to = text.find(" to ", at, smaller(end, at + 120))
    if modality is not Modality.DELEGATED and to >= 0:
        action_start = to + 4
    emit(
        reader,
        context,
        out,
        actors,
        modality,
        (action_start, end),
        (match.start(), end),
        match.start(),
    )


def invoked(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    """``the authority under section 12302 of title 10 … is invoked and made available,
    according to its terms, to the Secretaries of the military departments concerned``:
    an authorization of each official named, to exercise the authority the clause names."""
    text = reader.text
    start = clause_words(context, sentence[0], match.start())
    end = smaller(sentence[1], match.end() + 300)
    actors = named_in_a_row(reader, match.end(), end, (*LIST_GLUE, "each"))[0]
    if not actors:
        actors = titled(reader, match.end(), end) or []
    if not actors:
        return
    authority = ending_at(AUTHORITY_BEFORE, text, larger(start, match.start() - 600), match.start())
    emit(
        reader,
        context,
        out,
        actors,
        Modality.AUTHORIZED,
        (authority.start() if authority is not None else start, match.start()),
        (start, _clause_end(text, actors[-1].end, smaller(sentence[1], actors[-1].end + 400))),
        match.start(),
    )


def chaired(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    """``There is established a Presidential Task Force on X, to be co-chaired by the
    Secretary of State, the Secretary of the Interior, and the Attorney General``: a grant
    to each chair, as the conventions have it (``to be headed by``)."""
    end = smaller(sentence[1], match.end() + 300)
    actors = named_in_a_row(reader, match.end(), end, (*LIST_GLUE, "each", "all"))[0]
    if not actors:
        actors = titled_after(reader, match.end(), end)
    if not actors:
        return
    emit(
        reader,
        context,
        out,
        actors,
        Modality.SHALL,
        (match.start(), actors[-1].end),  # "to be co-chaired by A and B", not what follows
        (match.start(), _clause_end(reader.text, actors[-1].end, end)),
        match.start(),
        said=chaired_action(reader.text, sentence[0], match["participle"], match.start()),
    )


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause that runs on at ``at`` ends: at a ``;``, at ``, and I`` (the
    President's next act), or at ``end``."""
    stops = [i for i in (text.find(";", at, end), text.find(", and I ", at, end)) if i >= 0]
    return min(stops, default=end)


__all__ = ["chaired", "directed", "invoked"]
