"""National-emergency actions: declare, expand, continue, modify, terminate, invoke.

Each action is found from its verb phrase in the order's own words (the
patterns are in :mod:`eoparse.powers.emergency_patterns`):

- declare: ``I hereby declare a national emergency``, ``I hereby declare and
  reiterate a national emergency``, ``hereby declare that a national
  emergency exists at …``;
- expand: ``expand the scope of the national emergency declared in Executive
  Order 13660``; an order that takes steps under an emergency and rewrites
  the declaring order's findings (``striking from the second paragraph …``)
  changes its scope too, and is read as an expansion;
- continue: ``I am continuing for 1 year the national emergency declared in
  …``, ``… shall continue in effect``;
- modify: ``modify the scope of the national emergency declared in …``;
- terminate: ``I hereby terminate the national emergency declared in …``,
  ``hereby declare that the national emergency declared by Proclamation 9844
  … is terminated``, ``the declaration of economic emergency is rescinded``;
- invoke: ``to take additional steps with respect to [X and] the national
  emergency declared in …``, ``to deal with / to address / to respond to the
  national emergency declared in / by / pursuant to …``, ``in view of the
  national emergency …``, ``in furtherance of Proclamation 7463 …, which
  declared a national emergency``.  An invocation of an emergency the order
  also expands, modifies or ends is that act, not another row; history
  (``Executive Order 13553 … took additional steps``) is nobody's act here.

The target is the document named after ``declared in`` (the whole list for
``national emergencies declared in Executive Orders 13660 and 13694``), or
the one ``that order`` / ``those orders`` points back to.  ``statutes`` are
the emergency statutes (NEA, IEEPA) of the authority clause and of the
action's sentence; ``powers_invoked`` the statutes "invoked and made
available" near the action, kept out of ``statutes``; the threat is read by
:mod:`eoparse.powers.threats`.
"""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from eoparse.model import (
    Authority,
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    Span,
    document_key,
)
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import Context
from eoparse.powers.emergency_patterns import (
    ACTION_WORDS,
    ACTIONS,
    AMENDS_FINDINGS,
    ANAPHOR,
    DECLARED_IN,
    EMERGENCY_STATUTE,
    FURTHERANCE_DECLARED,
    HEREBY,
    MADE_AVAILABLE,
    NARRATED_DECLARATION,
    NARRATION,
    NOT_OURS,
    NOT_THIS_ORDER,
    THIS_ORDER,
)
from eoparse.powers.instruments import Mention
from eoparse.powers.threats import declared_threat, expanded_threat, invoked_threat, named_threat
from eoparse.powers.wordlist import contains_any

_Type = EmergencyActionType

_TARGET_REACH = 300
"""How far after its verb phrase an action's ``declared in`` may come."""

_ANAPHOR_REACH = 1500
"""How far back ``that order`` / ``those orders`` look for the documents they point to."""

_FINDINGS_REACH = 300
"""How far before an amendment of findings the amended document may be named."""


@frozen
class _Found:
    """An action as first read: its kind, target, verb phrase and sentence."""

    action: EmergencyActionType
    target: Instrument | None
    verb: Span
    sentence: Span


def is_emergency_statute(citation: str) -> bool:
    """Whether ``citation`` is in the National Emergencies Act or IEEPA."""
    return EMERGENCY_STATUTE.match(citation) is not None


# -- targets ------------------------------------------------------------------------------


def _mentions_of_sentence_before(context: Context, offset: int) -> list[Mention]:
    """The mentions of the nearest sentence before ``offset`` that has any."""
    earlier = context.mentions_between(max(context.body_start, offset - _ANAPHOR_REACH), offset)
    if not earlier:
        return []
    last = earlier[-1]
    paragraph = context.paragraph_of(last.span[0])
    sentence = context.sentence_at(paragraph[0], paragraph[1], last.span[0]) or paragraph
    return [m for m in earlier if m.span[0] >= sentence[0]]


def _pointed_to(context: Context, anaphor_start: int, many: bool, plural: bool) -> list[Mention]:
    """The documents ``that order`` (the last named) or ``those orders`` (the last sentence
    naming any) point to; of those, the first only for one emergency."""
    if many:
        group = _mentions_of_sentence_before(context, anaphor_start)
        return group if plural else group[:1]
    earlier = context.mentions_between(
        max(context.body_start, anaphor_start - _ANAPHOR_REACH), anaphor_start
    )
    return earlier[-1:]


def _targets(context: Context, start: int, end: int, plural: bool) -> list[Instrument]:
    """What the emergency phrase at ``start`` names as the declaring document(s)."""
    text = context.text
    declared: Mention | None = None
    mentions = context.mentions_between(start, end)
    for mention in mentions:
        if ending_at(DECLARED_IN, text, max(start, mention.span[0] - 120), mention.span[0]):
            declared = mention
            break
    anaphor = ANAPHOR.search(text, start, end)
    own = THIS_ORDER.search(text, start, end)
    candidates = [
        (declared.span[0] if declared else -1, "declared"),
        (anaphor.start() if anaphor else -1, "anaphor"),
        (own.start() if own else -1, "own"),
    ]
    found = sorted((at, name) for at, name in candidates if at >= 0)
    if not found:
        return []
    first = found[0][1]
    if first == "own":
        return []
    if first == "anaphor":
        assert anaphor is not None
        many = anaphor.group(0).lower().endswith(("orders", "proclamations"))
        return [m.target for m in _pointed_to(context, anaphor.start(), many, plural)]
    assert declared is not None
    if not plural:
        return [declared.target]
    return [m.target for m in mentions if m.group == declared.group]


def _emergency_start(text: str, start: int, end: int) -> int:
    """Where the emergency phrase of a verb phrase begins (its last ``national``)."""
    at = text.rfind("national", start, end)
    return at if at >= 0 else start


def _action_targets(
    context: Context, action: EmergencyActionType, match: regex.Match[str], sentence: Span
) -> list[Instrument] | None:
    """The targets of one verb phrase; ``None`` when the phrase is not this order acting."""
    text = context.text
    s_start, s_end = sentence
    if action is _Type.DECLARE:
        return []
    if match.groupdict().get("furtherance"):
        declared = FURTHERANCE_DECLARED.match(text, match.end(), s_end)
        if declared is None:
            return None
        return [m.target for m in context.mentions_between(match.end(), declared.end())][:1]
    if match.groupdict().get("rescinded"):
        return [m.target for m in context.mentions_between(s_start, match.start())][:1]
    phrase = match.group(0)
    plural = "emergencies" in phrase
    begin = _emergency_start(text, match.start(), match.end())
    return _targets(context, begin, min(s_end, match.end() + _TARGET_REACH), plural)


def _not_this_order(context: Context, action: EmergencyActionType, at: int, s_start: int) -> bool:
    text = context.text
    if action is _Type.INVOKE:
        return ending_at(NOT_OURS, text, max(s_start, at - 80), at) is not None
    if action is _Type.CONTINUE:
        return False
    return ending_at(NOT_THIS_ORDER, text, max(s_start, at - 60), at) is not None


def _read(context: Context) -> list[_Found]:
    """Every verb phrase of an action this order takes, with its targets."""
    text = context.text
    own = document_key(context.kind, context.number, None) if context.number else None
    found: list[_Found] = []
    for p_start, p_end in context.body_paragraphs():
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue
        if text.find("mergenc", p_start, p_end) < 0:
            continue
        for s_start, s_end in context.sentences(p_start, p_end):
            if text.find("mergenc", s_start, s_end) < 0:
                continue
            for name, pattern in ACTIONS.items():
                if not contains_any(text, ACTION_WORDS[name], s_start, s_end):
                    continue
                action = _Type(name)
                for match in pattern.finditer(text, s_start, s_end):
                    if _not_this_order(context, action, match.start(), s_start):
                        continue
                    targets = _action_targets(context, action, match, (s_start, s_end))
                    if targets is not None:  # "the national emergency declared in [itself]"
                        targets = [t for t in targets if t.key != own]
                    if targets is None or (
                        not targets and action in (_Type.INVOKE, _Type.CONTINUE)
                    ):
                        continue
                    for target in targets or (None,):
                        found.append(
                            _Found(action, target, (match.start(), match.end()), (s_start, s_end))
                        )
    found.extend(_invoked_under_narrated(context, found))
    found.sort(key=lambda f: f.verb)
    return found


def _invoked_under_narrated(context: Context, found: list[_Found]) -> list[_Found]:
    """Powers this order invokes under an emergency it names only as declared before, in
    the same paragraph: ``I declared a national emergency …, by Proclamation 7463 ….  To
    provide additional authority …, I hereby order that the emergency construction authority
    at 10 U.S.C. 2808 is invoked and made available …`` invokes Proclamation 7463's (the
    declaration nearest before the invocation).  Only the order's own invocation counts
    (the word ``hereby`` in its sentence, not ``thereby``: not ``Executive Order 13235
    provided that … is invoked``),
    and only where no other action of the order names that document."""
    text = context.text
    if " declared " not in text or "invoked" not in text:
        return []  # most orders: neither
    named_already = {f.target.key for f in found if f.target is not None}
    out: list[_Found] = []
    for match in MADE_AVAILABLE.finditer(text, context.body_start):
        if "invoked" not in match[0] or context.quoted(match.start()):
            continue
        paragraph = context.paragraph_of(match.start())
        sentence = context.sentence_at(*paragraph, match.start()) or paragraph
        if HEREBY.search(text, sentence[0], match.end()) is None:
            continue  # a report of an invocation, not this order's
        declared = None
        for narrated in NARRATED_DECLARATION.finditer(text, paragraph[0], match.start()):
            declared = narrated  # the nearest before the invocation
        named = context.mentions_between(declared.end(), match.start()) if declared else []
        if named and named[0].target.key not in named_already:
            out.append(
                _Found(_Type.INVOKE, named[0].target, (match.start(), match.end()), sentence)
            )
    return out


# -- what follows from the actions --------------------------------------------------------


def _findings_amended(context: Context) -> set[tuple[str, str]]:
    """The documents whose findings this order rewrites (``… is hereby amended by: (a)
    striking from the second paragraph …``)."""
    text = context.text
    out: set[tuple[str, str]] = set()
    if "paragraph" not in text and "preamble" not in text:
        return out
    for match in AMENDS_FINDINGS.finditer(text, context.body_start):
        if context.quoted(match.start()):
            continue
        named = context.mentions_between(
            max(context.body_start, match.start() - _FINDINGS_REACH), match.end()
        )
        if named:
            out.add(named[-1].target.key)
    return out


def _power_clauses(context: Context) -> list[tuple[int, tuple[str, ...]]]:
    """Each ``… is invoked and made available`` clause: where, and the statutes it makes
    available (not the emergency statutes it is said to accord with)."""
    text = context.text
    if "invoked" not in text and "made available" not in text:
        return []
    out = []
    for match in MADE_AVAILABLE.finditer(text, context.body_start):
        if context.quoted(match.start()):
            continue
        paragraph = context.paragraph_of(match.start())
        sentence = context.sentence_at(paragraph[0], paragraph[1], match.start()) or paragraph
        begin = max(sentence[0], text.rfind(" that ", sentence[0], match.start()) + 1)
        cites = [
            c.canonical
            for c in context.citations_between(begin, match.start())
            if c.kind != "fr" and not is_emergency_statute(c.canonical)
        ]
        if cites:
            out.append((match.start(), tuple(dict.fromkeys(cites))))
    return out


def _region(context: Context, offset: int) -> int:
    """The top-level section holding ``offset`` (its start), or the preamble (-1)."""
    for section in context.sections:
        if section.span[0] <= offset < section.span[1]:
            return section.span[0]
    return -1


def _powers(context: Context, found: list[_Found]) -> dict[int, tuple[str, ...]]:
    """The powers each action makes available: each clause goes to the nearest action before
    it in the same region (preamble or top-level section), else to the first action after
    it in its paragraph."""
    powers: dict[int, list[str]] = {}
    for at, cites in _power_clauses(context):
        owner = None
        for index, item in enumerate(found):
            if item.verb[0] <= at and _region(context, item.verb[0]) == _region(context, at):
                owner = index
        if owner is None:
            paragraph = context.paragraph_of(at)
            owner = next(
                (i for i, f in enumerate(found) if at < f.verb[0] < paragraph[1]),
                None,
            )
        if owner is not None:
            powers.setdefault(owner, []).extend(cites)
    return {index: tuple(dict.fromkeys(cites)) for index, cites in powers.items()}


def _threat(context: Context, item: _Found) -> str | None:
    if item.action is _Type.DECLARE:
        return declared_threat(context, item.verb)
    if item.action is _Type.EXPAND:
        return expanded_threat(context, item.verb)
    if item.action is _Type.INVOKE:
        return invoked_threat(context, item.sentence)
    return named_threat(context, item.sentence)


def _told_as_history(context: Context, sentence: Span) -> bool:
    """Whether ``sentence`` tells what the President did before (``To deal with the
    emergency declared in Executive Order 14193, I imposed …``) rather than what this order
    does (``hereby`` as a word in it): the same emergency is then better cited where the
    order acts on it."""
    text = context.text
    return NARRATION.search(text, *sentence) is not None and HEREBY.search(text, *sentence) is None


def extract_emergencies(
    context: Context, authorities: tuple[Authority, ...]
) -> tuple[EmergencyAction, ...]:
    """Every action this order takes on a national emergency, in text order."""
    text = context.text
    if text.find("mergenc", context.body_start) < 0:
        return ()  # most orders: no paragraph to read
    found = _read(context)
    if not found:
        return ()
    amended = _findings_amended(context)
    acted_on = {
        f.target.key for f in found if f.target is not None and f.action is not _Type.INVOKE
    }
    clause = tuple(
        dict.fromkeys(
            c
            for a in authorities
            if a.where == "preamble" and a.invoked
            for c in a.citations
            if is_emergency_statute(c)
        )
    )
    powers = _powers(context, found)
    # each action once, keyed by (action, target): the index and action of the sentence
    # that tells it as this order's own act, and the powers a history sentence it moved
    # from made available ("… is invoked and made available", told before the act)
    chosen: dict[tuple[object, ...], tuple[int, _Type]] = {}
    carried: dict[tuple[object, ...], tuple[str, ...]] = {}
    told_as_history = functools.cache(functools.partial(_told_as_history, context))
    for index, item in enumerate(found):
        action, target = item.action, item.target
        if action is _Type.INVOKE and target is not None:
            if target.key in acted_on:
                continue  # the order expands, modifies or ends it: that is the act
            if target.key in amended:
                action = _Type.EXPAND
        key = (action, target.key if target else None)
        if key not in chosen:
            chosen[key] = (index, action)
        elif told_as_history(found[chosen[key][0]].sentence) and not told_as_history(item.sentence):
            before = chosen[key][0]
            carried[key] = (*carried.get(key, ()), *powers.get(before, ()))
            chosen[key] = (index, action)  # the first the order tells as its own act
    out: list[EmergencyAction] = []
    for chosen_key, (index, action) in sorted(chosen.items(), key=lambda pair: pair[1][0]):
        item, target = found[index], found[index].target
        made_available = tuple(
            dict.fromkeys((*carried.get(chosen_key, ()), *powers.get(index, ())))
        )
        sentence_cites = [
            c.canonical
            for c in context.citations_between(*item.sentence)
            if is_emergency_statute(c.canonical)
        ]
        statutes = tuple(
            c for c in dict.fromkeys([*clause, *sentence_cites]) if c not in made_available
        )
        out.append(
            EmergencyAction(
                action=action,
                target=target,
                statutes=statutes,
                threat=_threat(context, item),
                where=context.path_at(item.verb[0]),
                span=item.sentence,
                powers_invoked=made_available,
            )
        )
    return tuple(out)


__all__ = ["extract_emergencies", "is_emergency_statute"]
