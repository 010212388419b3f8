"""References from an order's body and title: every mention of another presidential
document, with the relation the verb that governs it in its sentence gives it."""

from __future__ import annotations

import bisect

import attrs

from eoparse.model import Kind, Reference, Relation, Span
from eoparse.powers.anchored import anchored_matches, literal_starts
from eoparse.powers.context import Context, larger, smaller
from eoparse.powers.instruments import Mention, find_mentions, target_sections
from eoparse.powers.relations.collect import Collector, target_key
from eoparse.powers.relations.governing import (
    Parens,
    find_triggers,
    governing_relation,
    quoted_ranges,
    relation_of,
    shielded,
)
from eoparse.powers.relations.patterns import (
    ANAPHOR,
    ASIDE,
    CHAIN,
    ITEM_START,
    LIST_INTRO,
    OTHER_VERB,
    TITLE_ACTION,
    TITLE_AFTER,
)


def _self(mention: Mention, context: Context) -> bool:
    target = mention.target
    return (
        target.kind is context.kind
        and target.number is not None
        and (target.number == context.number)
    )


_ANAPHOR_STARTS = {
    **dict.fromkeys(
        (
            f"{word} {order}"
            for word in ("that", "such", "said")
            for order in ("Executive Order", "Order", "order")
        ),
        (0,),
    ),
    **dict.fromkeys(("same Executive Order", "same Order", "same order"), (4,)),  # the same
    **dict.fromkeys(("those Executive Orders", "those Orders", "those orders"), (0,)),
}
"""Where an :data:`ANAPHOR` match can start: at ``that Order``, ``such Executive Order``,
``those orders`` (``the same`` four characters before ``same``), each a literal
``str.find`` passes over quickly, where the pattern would be tried at every word."""


def _anaphors(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """``that order`` / ``such Executive Order`` / ``those orders``: the documents last named."""
    out: list[Mention] = []
    if not known or text.find("rder", start, end) < 0:  # every anaphor names an order
        return out
    candidates = literal_starts(_ANAPHOR_STARTS, text, start, end)
    for match in anchored_matches(ANAPHOR, candidates, text, start, end):
        before = [m for m in known if m.span[1] <= match.start()]
        if not before or before[-1].target.kind is not Kind.EXECUTIVE_ORDER:
            continue
        if match["many"]:
            last_group = before[-1].group
            referents = [m for m in before if m.group[0] >= last_group[0] - 400]
        else:
            referents = [before[-1]]
        sections, begins = _sections_before(text, match.start())
        span = (match.start(), match.end())
        out.extend(Mention(m.target, span, span, sections, begins) for m in referents)
    return out


def _sections_before(text: str, at: int) -> tuple[tuple[str, ...], int]:
    return target_sections(text, at)


def _by_sentence(sentences: list[Span], mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each sentence (by index), in the order given."""
    starts = [start for start, _ in sentences]
    out: dict[int, list[Mention]] = {}
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.span[0]) - 1
        if index >= 0 and mention.span[0] < sentences[index][1]:
            out.setdefault(index, []).append(mention)
    return out


def _list_intro(text: str, start: int, end: int) -> bool:
    """Whether the sentence introduces a list (:data:`LIST_INTRO`); cheap string tests
    first, since nearly every sentence fails them."""
    if (
        ":" not in text[larger(start, end - 5) : end]
        and text.find("following", start, end) < 0
        and text.find("listed below", start, end) < 0
    ):
        return False
    return LIST_INTRO.search(text, start, end) is not None


def _may_introduce_list(text: str, start: int, end: int) -> bool:
    """The string tests of :func:`_list_intro`, over a whole paragraph: false when no
    sentence of it, its last included, can introduce a list."""
    return (
        ":" in text[larger(start, end - 5) : end]
        or text.find("following", start, end) >= 0
        or text.find("listed below", start, end) >= 0
    )


def _start(mention: Mention) -> int:
    return mention.start


def _is_item(text: str, start: int) -> bool:
    return ITEM_START.match(text, start, start + 8) is not None


def extract_references(context: Context) -> tuple[Reference, ...]:
    """Every reference to another presidential document, with its relation."""
    text = context.text
    collected = Collector(context)
    pending: Relation | None = None  # the relation a list intro gives its items
    wrapped = False  # the paragraph before was a list item that runs on
    last: Mention | None = None
    # Without a mention in the body there is nothing to relate (an anaphor needs one
    # named before it, a list intro an item that names one): only the title can say.
    paragraphs = context.body_paragraphs() if context.mentions() else ()
    for p_start, p_end in paragraphs:
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue  # text quoted from, or inserted into, another document
        # Most paragraphs name no document, and no anaphor can point back before the
        # first one named: the calls below are made only where they can find something.
        named = context.mentions_between(p_start, p_end)
        explicit = (
            _titled(
                text,
                [m for m in named if not _self(m, context) and not context.quoted(m.span[0])],
                p_end,
            )
            if named
            else []
        )
        known = [last, *explicit] if last is not None else explicit
        anaphors = _anaphors(text, p_start, p_end, known) if known else []
        mentions = sorted(explicit + anaphors, key=_start) if explicit or anaphors else []
        if pending is not None and not _is_item(text, p_start) and not wrapped:
            pending = None
        # A list item printed over two lines ("(c) … Committee;" then "Executive Order
        # 12382, as amended …") goes on in the next paragraph: it keeps the intro's verb.
        wrapped = pending is not None and text[p_end - 1 : p_end] not in (".", ":")
        if not mentions and not _may_introduce_list(text, p_start, p_end):
            continue  # most paragraphs: nothing to read, no sentences to split
        intro: Relation | None = None
        sentences = context.sentences(p_start, p_end)
        grouped = _by_sentence(sentences, mentions) if mentions else {}
        for index, (s_start, s_end) in enumerate(sentences):
            in_sentence = grouped.get(index, [])
            last_sentence = s_end >= p_end - 1
            if not in_sentence and not (last_sentence and _list_intro(text, s_start, s_end)):
                continue
            triggers = find_triggers(text, s_start, s_end)
            parens = Parens(text, s_start, s_end)
            quotes = quoted_ranges(text, s_start, s_end) if in_sentence else []
            previous: tuple[Mention, Relation | None] | None = None
            governed_any = False
            quote_starts = [q0 for q0, _ in quotes]
            for mention in in_sentence:
                inside = bisect.bisect_left(quote_starts, mention.span[0]) - 1
                if inside >= 0 and mention.span[0] < quotes[inside][1]:
                    continue  # quoted: the quotes are sorted and apart, one bisection
                chained = False
                gap = ""
                # "… of Executive Order 13519 and that order is hereby revoked": an
                # anaphor starts a clause of its own, never one of a series.
                if previous is not None and not mention.sections and mention not in anaphors:
                    gap_start = _after_aside(text, previous[0].group[1], mention.start)
                    gap_end = smaller(mention.start, mention.group[0])
                    chained = bool(CHAIN.fullmatch(text, gap_start, gap_end))
                    gap = text[gap_start:gap_end]
                if chained and previous is not None and previous[1] is None and ";" not in gap:
                    relation = None  # one of a series after "as amended by": cited too
                else:
                    relation = governing_relation(text, mention, (s_start, s_end), triggers, parens)
                    if relation is None and chained and previous is not None:
                        relation = previous[1]
                if (
                    relation is None
                    and pending is not None
                    and mention is mentions[0]
                    and not shielded(text, mention, (s_start, s_end))
                    and not OTHER_VERB.search(text, p_start, mention.start)
                ):
                    relation = pending
                if mention in anaphors and relation is None:
                    continue  # "that order" merely cited adds nothing
                if parens.open_at(mention.start) is None:
                    previous = (mention, relation)  # asides in parentheses do not chain
                relation = relation or Relation.CITES
                governed_any = governed_any or relation is not Relation.CITES
                collected.add(mention, relation, (s_start, s_end))
            if (
                triggers
                and not governed_any
                and last_sentence
                and _list_intro(text, s_start, s_end)
            ):
                intro = triggers[-1].relation
        if intro is not None:
            pending = intro
        if explicit:
            last = explicit[-1]
    _from_title(context, collected)
    return collected.references()


def _from_title(context: Context, collected: Collector) -> None:
    """A title that says what the order does (``Amending Executive Order 12975``)
    gives that relation to a document the body only cites."""
    if context.title is None:
        return
    text = context.text
    start, end = context.title
    acted = {
        target_key(reference.target)[:3]
        for reference in collected.items.values()
        if reference.relation is not Relation.CITES
    }
    previous: tuple[Mention, Relation] | None = None
    for mention in find_mentions(text, start, end):
        if _self(mention, context):
            continue
        head = smaller(mention.start, mention.group[0])
        nominal = TITLE_ACTION.search(text[larger(start, head - 60) : head])
        relation = relation_of(nominal["verb"]) if nominal else None
        if relation is None and previous is not None:
            gap_start = _after_aside(text, previous[0].group[1], head)
            if CHAIN.fullmatch(text, gap_start, head):
                relation = previous[1]
        if relation is None:
            previous = None
            continue
        previous = (mention, relation)
        if target_key(mention.target)[:3] not in acted:
            collected.add(mention, relation, (start, end), where="title")


def _titled(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """The mentions of a paragraph, less those inside the printed title of another
    (``Executive Order 13716 (Revocation of Executive Orders 13574 … With Respect to
    Iran)`` names one document, not five), an unnumbered document's title kept on its
    target so that two memoranda of one date stay two (``Memorandum of January 20, 2021
    (Modernizing Regulatory Review)``)."""
    out: list[Mention] = []
    title = (-1, -1)
    for mention in mentions:
        if title[0] <= mention.start < title[1]:
            continue  # words of the title printed after the document before
        aside = ASIDE.match(text, mention.group[1], limit)
        if aside is not None and _is_title(text, aside.start(), aside.end()):
            title = (aside.start(), aside.end())
        if mention.target.number is None and mention.target.title is None:
            printed = TITLE_AFTER.match(text, mention.span[1], limit)
            if printed is not None:
                name = next(g for g in printed.groups() if g is not None).strip(" ,")
                mention = attrs.evolve(mention, target=attrs.evolve(mention.target, title=name))
        out.append(mention)
    return out


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the aside at ``[start, end)`` holds a document's title: it opens, after
    its mark, with a capital that does not begin another document's name (``(as
    amended by …)``, ``(Executive Order 13780)`` are no titles)."""
    words = text[start:end].lstrip(',"( ')
    if words.startswith(("of ", "dated ")):  # a date first: the title after it
        close = larger(words.find("("), words.find('"'))
        words = words[close + 1 :] if close >= 0 else ""
    return words[:1].isupper() and not words.startswith(TITLE_NOT)


TITLE_NOT = ("Executive Order", "EO ", "E.O.", "Proclamation", "Memorandum", "Notice")
"""What a parenthesis after a document opens with when it restates, not titles, it."""


def _after_aside(text: str, at: int, limit: int) -> int:
    """Skip a parenthetical or quoted title after a mention."""
    match = ASIDE.match(text, at, limit)
    return match.end() if match else at
