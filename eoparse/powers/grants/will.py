"""``will`` as a directive: only in a section whose heading names duties (``Sec. 1. Federal
Agency Duties. Federal agencies will … protect … trails``, ``Sec. 2. Functions. (a) The
Council will meet …``), to the actor the heading names if it names one, and only where
the actor opens its sentence.  Elsewhere ``will`` predicts or describes (``NSF will play a
central role`` under ``Roles and Responsibilities``, ``a methodology that the Federal
Government will use``) and grants nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from eoparse.model import Grant, Span
from eoparse.powers.context import Context
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.clauses import after_markers
from eoparse.powers.grants.patterns import MODAL_VERB

_V = regex.VERBOSE

WILL = regex.compile(r"\b(?P<modal>will)\b(?!\ not\ be\ construed)", _V)
"""``will`` as the modal of a clause, read like ``shall`` (its ``modal`` group is where
:data:`~eoparse.powers.grants.patterns.MODAL` has its own)."""
assert WILL.groupindex["modal"] == MODAL_VERB, "WILL's modal group is MODAL's"

DUTY_HEADING = regex.compile(
    r"""^(?P<before>[^.]{0,80}?)\b(?:Duties|Responsibilities|Functions)\b(?P<after>[^.]{0,80})$""",
    _V,
)
"""A heading that names duties (``Federal Agency Duties``, ``Responsibilities of the Small
Business Administration``, ``Functions of the Council``)."""

_SMALL = frozenset(("of", "the", "and", "for", "on", "to", "in", "Additional", "Other"))
"""Words of a duty heading that name no actor."""


def _stem(word: str) -> str:
    """A word of a name compared in lower case and without its plural (``Agencies`` and
    ``agency`` → ``agenc``)."""
    word = word.lower().strip(",;:'")
    for ending in ("ies", "y", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def duty_sections(context: Context, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The top-level sections inside ``[start, end)`` whose heading names duties: their
    span and the words of the heading that name whose duties they are (none for a bare
    ``Functions``)."""
    for section in context.sections:
        heading = section.heading or ""
        match = DUTY_HEADING.match(heading)
        if match is None or section.span[1] <= start or section.span[0] >= end:
            continue
        named = " ".join(
            w for w in (match["before"] + " " + match["after"]).split() if w not in _SMALL
        )
        yield max(start, section.span[0]), min(end, section.span[1]), named


def will_matches(context: Context, start: int, end: int) -> list[tuple[regex.Match[str], str]]:
    """The ``will`` verbs of the sections whose heading names duties, each with the words
    of its heading that name whose duties they are."""
    text = context.text
    found: list[tuple[regex.Match[str], str]] = []
    for section_start, section_end, named in duty_sections(context, start, end):
        if text.find("will", section_start, section_end) < 0:
            continue
        found.extend((m, named) for m in WILL.finditer(text, section_start, section_end))
    return found


def heading_names(named: str, actor: str) -> bool:
    """Whether the words a duty heading names whose duties they are (``Federal Agency``)
    name ``actor`` (``Federal agencies``): each of them is a word of the actor's name (so
    any actor, where the heading names none)."""
    words = {_stem(w) for w in actor.split()}
    return all(_stem(w) in words for w in named.split())


_NOT_OPENING = regex.compile(
    r""",|\b(?:[Tt]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hile|[Ii]f|[Ww]hen|[Ww]here
        |[Aa]lthough|[Aa]s|[Ee]nsure|[Ss]o)\b""",
    _V,
)
"""What shows that the words before ``will`` are more than its subject: an aside, or a
clause it is the verb of (``While the Task Force will``, ``the issues the Council will``)."""

Handler = Callable[[Reader, Context, list[Grant], regex.Match[str], Span], None]
"""How the grants of one modal are read (:func:`eoparse.powers.grants.build._grant`)."""


def will_grants(
    grant: Handler,
    named: str,
    reader: Reader,
    context: Context,
    out: list[Grant],
    match: regex.Match[str],
    sentence: Span,
) -> None:
    """The grants of a ``will`` in a section whose heading names duties, read by ``grant``
    as those of ``shall``: only where the words before it are just its subject, and only
    to the actors the heading names (``named``)."""
    text = context.text
    at = after_markers(context, sentence[0], match.start())
    before = text[at : match.start()]
    if len(before.split()) > 12 or _NOT_OPENING.search(before) is not None:
        return
    found = len(out)
    grant(reader, context, out, match, sentence)
    out[found:] = [g for g in out[found:] if heading_names(named, g.actor)]


__all__ = [
    "DUTY_HEADING",
    "WILL",
    "duty_sections",
    "heading_names",
    "will_grants",
    "will_matches",
]
