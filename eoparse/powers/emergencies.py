"""National-emergency actions: declare, expand, continue, modify, terminate, invoke.

Each action is found from its verb phrase in the order's own words:

- declare: ``I hereby declare a national emergency``, ``hereby declare that a
  national emergency exists at …``;
- expand: ``expand the scope of the national emergency declared in Executive
  Order 13660``;
- continue: ``I am continuing for 1 year the national emergency declared in …``;
- modify: ``modify the national emergency declared in …``;
- terminate: ``I hereby terminate the national emergency declared in …``,
  ``the national emergency declared in Proclamation 9844 is terminated``;
- invoke: ``take additional steps with respect to the national emergency
  declared in …``.

The target is the instrument named after ``declared in`` (all but declare);
the statutes are the order's authority clause and the citations in the
sentence; the threat is what the order finds ``constitutes an unusual and
extraordinary threat`` (or the place the emergency exists at).
"""

from __future__ import annotations

import regex

from eoparse.instruments import Mention
from eoparse.model import Authority, EmergencyAction, EmergencyActionType, Instrument, Span
from eoparse.powers.context import Context

_V = regex.VERBOSE

ACTION = regex.compile(
    r"""
    (?P<declare>
        \b(?:hereby\ |also\ |further\ ){0,3}declares?\ (?:that\ )?(?:a|an)\ (?:new\ )?national
        (?:\ [a-z]{3,12})?\ emergenc(?:y|ies)
      | \bhereby\ declare\ that\ a\ national\ emergency\ exists
      | \b(?:am|is|are|be)\ (?:hereby\ )?declaring\ (?:a|an)\ national\ (?:[a-z]{3,12}\ )?emergency
    )
    | (?P<expand>\bexpand(?:s|ing|ed)?\ the\ scope\ of\ the\ national\ emergenc(?:y|ies))
    | (?P<continue>
        \b(?:am\ )?continu(?:e|es|ing)\ for\ (?:1|one)\ year\ the\ national\ emergenc(?:y|ies)
      | \bthe\ national\ emergenc(?:y|ies)\ [^.;]{0,200}?\ (?:must|shall|to)\ continue\ in\ effect
    )
    | (?P<modify>\bmodify(?:ing)?\ the\ (?:scope\ of\ the\ )?national\ emergenc(?:y|ies))
    | (?P<terminate>
        \bterminat(?:e|es|ing)\ the\ national\ emergenc(?:y|ies)
      | \bthe\ national\ emergenc(?:y|ies)\ [^.;]{0,200}?\ (?:is|are)\ (?:hereby\ )?terminated
    )
    | (?P<invoke>
        \b(?:take|taking|to\ take)\ (?:additional|further|new)\ steps
        \ (?:with\ respect\ to|to\ (?:deal\ with|address))
        \ (?:the\ )?(?:national\ )?emergenc(?:y|ies)
      | \bwith\ respect\ to\ the\ national\ emergency\ (?:declared|described)
      | \bto\ deal\ with\ the\ (?:unusual\ and\ extraordinary\ threat|national\ emergency)
        \ [^.;]{0,80}?
        (?:declared|described)\ in
    )
    """,
    _V,
)
"""The verb phrase of each action on a national emergency."""

NOT_THIS_ORDER = regex.compile(
    r"""(?:\bnot\b|\bnothing\b|\bpreviously\b|\bhad\b|\bwas\b|\bwere\b|\bhas\ been\b|\bprior\b
        |\bwhich\b|\bPresident\ [A-Z]|\bby\ Executive\ Order\b|\bin\ Executive\ Order\b)
    [^.;]{0,40}$""",
    _V | regex.REVERSE,
)
"""Words before a verb showing it is not this order acting (``On May 22, 2003, I declared``)."""

THREAT = regex.compile(
    r"""
    \b(?:find|finding|determine)\ (?:that\ )?
    (?P<threat>[^;]{8,1500}?)
    ,?\ (?:constitutes?|poses?|represents?|creates?)\ an\ unusual\ and\ extraordinary\ threat
    """,
    _V,
)
"""``I … find that [the threat] constitutes an unusual and extraordinary threat``."""

EXISTS_AT = regex.compile(
    r"""national\ (?:[a-z]{3,12}\ )?emergency\ (?:exists\ )?
        (?P<threat>(?:at|in|on|with\ respect\ to|to\ deal\ with)
        \ [^.;:]{3,300}?)(?=,\ and\b|,\ |\.|;|:|$)""",
    _V,
)
"""``a national emergency exists at the southern border of the United States``."""

POSED_BY = regex.compile(
    r"""unusual\ and\ extraordinary\ threat\ [^.;]{0,160}?\ (?:posed|caused)\ by
        \ (?P<threat>[^.;]{3,300}?)(?=,\ (?:and\ )?(?:I|which|as|to|including)\b|\.|;|$)""",
    _V,
)
"""``the unusual and extraordinary threat to the national security … posed by [the threat]``."""

DECLARED_IN = regex.compile(
    r"(?:declared|described|declared\ and\ described|described\ and\ declared|expanded)"
    r"(?:\ in\ scope)?\ (?:in|by)\ ",
    _V,
)


DECLARED_IN_THAT = regex.compile(
    r"""(?:declared|described)\ (?:in|by)\ (?:that|such|said|the\ same)
        \ (?:Executive\ [Oo]rder|[Oo]rder|[Pp]roclamation)\b""",
    _V,
)
"""``the national emergency declared in that order``: the document last named."""

_ANAPHOR_REACH = 1500
"""How far back ``that order`` looks for the document it points to."""


def _target(context: Context, mentions: list[Mention], start: int, end: int) -> Instrument | None:
    """The instrument named after ``declared in`` nearest after ``start``, or the one
    ``declared in that order`` points back to."""
    text = context.text
    for mention in mentions:
        if start <= mention.start < end:
            before = text[max(start, mention.start - 40) : mention.start]
            if DECLARED_IN.search(before) or mention.start - start < 120:
                return mention.target
    anaphor = DECLARED_IN_THAT.search(text, start, end)
    if anaphor is not None:
        earlier = context.mentions_between(max(0, start - _ANAPHOR_REACH), anaphor.start())
        if earlier:
            return earlier[-1].target
    return None


def _threat(text: str, paragraph: Span, previous: Span | None, at: int) -> str | None:
    for span in (paragraph, previous):
        if span is None:
            continue
        found = None
        for match in THREAT.finditer(
            text, span[0], min(span[1], at) if span == paragraph else span[1]
        ):
            found = match["threat"]
        if found:
            return _clean_threat(found)
    match = EXISTS_AT.search(text, at, paragraph[1])
    if match:
        return _clean_threat(match["threat"])
    # An expansion names its threat after the verb: "…, finding that X constitutes an
    # unusual and extraordinary threat", "to address the … threat … posed by X".
    match = THREAT.search(text, at, paragraph[1]) or POSED_BY.search(text, at, paragraph[1])
    if match:
        return _clean_threat(match["threat"])
    return None


def _clean_threat(threat: str) -> str:
    threat = threat.strip(" ,")
    if " and that " in threat:  # "find that the emergency continues and that X continue to"
        threat = threat.rsplit(" and that ", 1)[1]
    threat = threat.removesuffix(" continue to").removesuffix(" continues to")
    for lead in ("that ", "the situation that "):
        if threat.startswith(lead) and lead == "that ":
            threat = threat[len(lead) :]
    return threat


def extract_emergencies(
    context: Context, authorities: tuple[Authority, ...]
) -> tuple[EmergencyAction, ...]:
    """Every action this order takes on a national emergency, in text order."""
    text = context.text
    clause_statutes = tuple(
        dict.fromkeys(c for a in authorities if a.where == "preamble" for c in a.citations)
    )
    out: list[EmergencyAction] = []
    if text.find("mergenc", context.body_start) < 0:
        return ()  # most orders: no paragraph to read
    seen: set[tuple[object, ...]] = set()
    previous_paragraph: Span | None = None
    for p_start, p_end in context.body_paragraphs():
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue
        if text.find("mergenc", p_start, p_end) < 0:
            previous_paragraph = (p_start, p_end)
            continue
        mentions = context.mentions_between(p_start, p_end)
        for s_start, s_end in context.sentences(p_start, p_end):
            for match in ACTION.finditer(text, s_start, s_end):
                kind = match.lastgroup
                if kind is None:
                    continue
                before = text[max(s_start, match.start() - 60) : match.start()]
                if kind in ("declare", "expand", "terminate", "modify") and NOT_THIS_ORDER.search(
                    before
                ):
                    continue
                action = EmergencyActionType(kind)
                target = None
                if action is not EmergencyActionType.DECLARE:
                    target = _target(context, mentions, match.start(), s_end)
                    if target is None and action in (
                        EmergencyActionType.INVOKE,
                        EmergencyActionType.CONTINUE,
                    ):
                        continue
                threat = None
                if action in (EmergencyActionType.DECLARE, EmergencyActionType.EXPAND):
                    threat = _threat(text, (p_start, p_end), previous_paragraph, match.start())
                sentence_cites = [c.canonical for c in context.citations_between(s_start, s_end)]
                statutes = tuple(dict.fromkeys([*clause_statutes, *sentence_cites]))
                key = (action, target)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    EmergencyAction(
                        action=action,
                        target=target,
                        statutes=statutes,
                        threat=threat,
                        where=context.path_at(match.start()),
                        span=(s_start, s_end),
                    )
                )
        previous_paragraph = (p_start, p_end)
    return tuple(out)
