"""Quoted amendatory text in the body: where a quotation inserted elsewhere begins and ends.

An order that amends another often prints the new text in quotation marks, over
several paragraphs (``Section 3 is amended to read as follows:`` then ``"Sec. 3. …
(a) …"``).  Those paragraphs are the amended order's structure, not this order's:
the section tree (:mod:`eoparse.structure.sections`) opens no section inside them.
:func:`quoted_blocks` finds them by the amending paragraph's colon or its inline
opening quote and closes each where its quote marks balance.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from eoparse.grammar.labels import SECTION, SECTION_STARTS, label_types, ordinal
from eoparse.grammar.patterns import (
    INLINE_ITEM,
    INSERTED_TEXT_OPENER,
    ITEM_OPENER,
    QUOTE_CLOSER,
    QUOTE_OPENED_INLINE,
    QUOTE_OPENER,
)
from eoparse.model import Span

_OPENER_REACH = 506
"""The longest :data:`QUOTE_OPENER` match: its verb (12), 400 characters, ``following``
and up to 80 characters after a space (90), `` : "`` (4).  It ends at the paragraph's end,
so it is looked for that far from the end only, not at every verb of a long paragraph."""


_CLOSER_REACH = 7
"""The longest :data:`QUOTE_CLOSER` match (``".) or``): it ends the paragraph, so it is
looked for in its last characters only."""


def _quote_opener(string: str, start: int, end: int) -> bool:
    """Whether the paragraph ``string[start:end]`` ends as :data:`QUOTE_OPENER` does."""
    return QUOTE_OPENER.search(string, max(start, end - _OPENER_REACH), end) is not None


def quoted_blocks(string: str, body: list[Span]) -> list[tuple[int, int]]:
    """Runs of body paragraphs (first, last index) that quote text inserted elsewhere.

    An amending paragraph ending ``... is amended to read as follows:``, followed
    by a paragraph opening with a quote mark, opens a block, and so does one whose
    quotation opens in it and is not closed (``shall read "Sec. 5. … (a) …``); the
    paragraph whose closing quote balances the quote marks closes it
    (:func:`_block_end`).  A block that never closes is not a block (the source
    printed no quotes).  Text inserted without quote marks (``… inserting in lieu thereof
    the following new part:`` then ``1.1 Goals. …``) is a block too, where its end is
    plain (:func:`_unquoted_end`).
    """
    blocks: list[tuple[int, int]] = []
    quoted: set[int] = set()  # the paragraphs of the blocks found so far
    index = 0
    own: int | None = None  # the number of this order's section read last
    last = len(body) - 1
    while index <= last:
        start, end = body[index]
        # the tests below are made here before any call: most paragraphs pass none
        if string.startswith(SECTION_STARTS, start):
            number = _section_number(string, start, end)
            if number is not None:
                own = number
        if index == last:
            break
        colon = ":" in string[end - 4 if end - 4 > start else start : end]  # ':"' or ': "'
        if (
            colon
            and string.startswith('"', body[index + 1][0])
            and _quote_opener(string, start, end)
        ):
            close = _block_end(string, body, index + 1, opened=False, own=own)
        elif string.find('"', start, end) >= 0 and _opens_quote_inline(string, start, end):
            close = _block_end(string, body, index + 1, opened=True, own=own)
        elif colon and own is not None and string.endswith(":", start, end):
            close = _unquoted_end(string, body, index, own)
        else:
            close = None
        if close is not None:
            own_next = functools.partial(_own_next, string, body, index, quoted)
            close = _carried_on(string, body, index, close, own_next)
            blocks.append((index + 1, close))
            quoted.update(range(index + 1, close + 1))
            index = close
        index += 1
    return blocks


def _block_end(
    string: str, body: list[Span], first: int, *, opened: bool, own: int | None = None
) -> int | None:
    """The last paragraph of the quotation whose first paragraph is ``first``.

    The quote closes at a paragraph ending in a closing quote once the quote marks
    counted so far balance, so a quotation inside the quoted text (``shall be designated
    as the "Committee on National Security Systems."``) does not end it; a quote mark
    opening a paragraph while the quote is open only continues it (each paragraph of a
    long quotation opens with one, and where the second does, the first paragraph
    without one is past the end).  ``opened``: the quote opened in the amending
    paragraph itself.  Where the marks never balance, the first closing quote ends it,
    unless this order's next section (``own`` + 1) comes first, with no quote mark and
    where the quoted sections would not go on with that number (the source left the
    quote unclosed: ``"Sec. 2. … (e) …`` then ``Sec. 4. Emerging Priorities.``); a quote
    whose marks balance later was closed after all (``"Sec. 2. …`` and ``Sec. 4. …"``
    quoted together).
    """
    marks = 1 if opened else 0
    fallback: int | None = None
    reopens = False  # every paragraph of the quotation opens with a quote mark
    second = first if opened else first + 1  # the quotation's second paragraph
    quoted_section: int | None = None  # the number of the quoted section read last
    unclosed: int | None = None  # where this order's next section ended it, unbalanced
    for close in range(first, len(body)):
        start, end = body[close]
        if own is not None:
            reopened = string.startswith('"', start)
            number = _section_number(string, start + reopened, end)
            if (
                number == own + 1
                and not reopened
                and close > first
                and quoted_section is not None
                and quoted_section + 1 != number
                and unclosed is None
            ):  # where the quote marks balance later after all, they decide
                unclosed = fallback if fallback is not None else close - 1
            if number is not None:
                quoted_section = number
        if close == second:
            reopens = string.startswith('"', start)
        elif reopens and close > second and not string.startswith('"', start):
            return close - 1  # the first paragraph without one is this order's again
        count = string.count('"', start, end)
        if marks % 2 == 1 and string.startswith('"', start):
            count -= 1  # a continuing quotation reopens each paragraph
        marks += count
        if QUOTE_CLOSER.search(string, max(start, end - _CLOSER_REACH), end):
            if marks % 2 == 0:
                return close
            if fallback is None:
                fallback = close
        following = body[close + 1] if close + 1 < len(body) else None
        if following is None:
            continue
        if _amends_again(string, *following):
            # the next amending instruction of this order: the quote ended (before this
            # order's own next section, where one came first)
            return unclosed if unclosed is not None else close
        if count and marks % 2 == 0 and ITEM_OPENER.match(string, *following) is not None:
            # the quote closed inside the paragraph, which goes on in this order's words
            # (``… General;", and renumbering the subsequent subsections accordingly.``),
            # and the next paragraph opens an item of this order, with no quote mark
            return close
    return unclosed if unclosed is not None else fallback


def _opens_quote_inline(string: str, start: int, end: int) -> bool:
    """An amending paragraph whose quotation opens in it and is not closed by its end
    (``… shall read "Sec. 5. Center. (a) To assist …``): the quote runs on below."""
    if string.find('"', start, end) < 0:
        return False
    if string.find("read", start, end) < 0 and string.find("follow", start, end) < 0:
        return False  # every QUOTE_OPENED_INLINE match holds one
    match = QUOTE_OPENED_INLINE.search(string, start, end)
    return match is not None and string.count('"', match.end(), end) % 2 == 1


def _amends_again(string: str, start: int, end: int) -> bool:
    """A paragraph of this order that amends something: a section marker, or an item's
    label (no quote mark before it) and an amendment's colon to end it (``b. R.C.M. 706
    is amended to read as follows:``) or its quotation opening (``(b) Section 3 is
    revised to read as follows: "(a) …``)."""
    if string.startswith(SECTION_STARTS, start) and SECTION.match(string, start, end) is not None:
        return _quote_opener(string, start, end)
    if ITEM_OPENER.match(string, start, end) is None:
        return False
    if ":" in string[max(start, end - 4) : end] and _quote_opener(string, start, end):
        return True
    return string.find('"', start, end) >= 0 and bool(
        QUOTE_OPENED_INLINE.search(string, start, end)
    )


_INSERTED_REACH = 120
"""How far from a paragraph's end :data:`INSERTED_TEXT_OPENER` is looked for (its
longest match, ``reads as follows:`` or ``the following new subparagraphs:``, is far
shorter)."""


def _section_number(string: str, start: int, end: int) -> int | None:
    """The number of the section marker opening ``string[start:end]`` (``Sec. 4.`` → 4),
    if it opens with one of a whole number."""
    if not string.startswith(SECTION_STARTS, start):
        return None
    match = SECTION.match(string, start, end)
    return int(match["number"]) if match is not None and match["number"].isdigit() else None


def _item_label(string: str, start: int, end: int) -> str | None:
    """The label of an item opening ``string[start:end]`` (``(a) `` → ``a``)."""
    match = ITEM_OPENER.match(string, start, end)
    return match[0].strip(" .()") if match is not None else None


def _unquoted_end(string: str, body: list[Span], index: int, own: int) -> int | None:
    """The last paragraph of text that the amending paragraph ``index`` (in this order's
    section ``own``) inserts without quote marks; ``None`` where it inserts none or its
    end is not plain.

    The inserted text runs until this order goes on: its next section (``Sec.`` ``own +
    1``), its next amending instruction, or the item after the amending one (``(b)``
    after ``(a) Section 5(a)(3)(B) … is amended to read as follows:``).  Where the
    inserted text opens with a label of the amending item's kind, that item could be
    either's, and no block is read; so too where this order never goes on.
    """
    start, end = body[index]
    if INSERTED_TEXT_OPENER.search(string, max(start, end - _INSERTED_REACH), end) is None:
        return None
    if not _quote_opener(string, start, end):
        return None  # no amending verb: "the contract shall include the following text:"
    first = index + 1
    if string.find('"', body[first][0], body[first][0] + 3) >= 0:
        return None  # quoted after all: where its marks do not balance, no block is read
    if _amends_again(string, *body[first]):
        return None  # "Part II is amended as follows:" then "a. R.C.M. 810 is amended …"
    label = None if _section_number(string, start, end) else _item_label(string, start, end)
    opening = _item_label(string, *body[first])
    kinds = set(label_types(opening)) if opening is not None else set()
    if label is not None and kinds & _likely_types(label):
        return None  # "(a) … to read as follows:" then "(a) …": whose (b) is next?
    if _section_number(string, *body[first]) == own + 1:
        return None
    # the inserted items run on in sequence ("(d)", "(e)" …): a label at or before the
    # last one read ("(b) The Director shall:" after an inserted "(d)") is this order's
    last = {kind: ordinal(opening, kind) for kind in kinds} if opening is not None else {}
    for close in range(first + 1, len(body)):
        p_start, p_end = body[close]
        number = _section_number(string, p_start, p_end)
        if number == own + 1 or _amends_again(string, p_start, p_end):
            return close - 1
        if label is None:
            continue  # a section's inserted text runs on to this order's next section
        if number is not None:
            return close - 1
        item = _item_label(string, p_start, p_end)
        if item is None:
            continue
        if not kinds & set(label_types(item)):
            return close - 1  # a label of another kind than the inserted text's: ours
        if all(ordinal(item, kind) <= last[kind] for kind in kinds & set(label_types(item))):
            return close - 1  # it does not go on from the inserted labels: ours
        for kind in kinds & set(label_types(item)):
            last[kind] = max(last[kind], ordinal(item, kind))
    return None


def _likely_types(label: str) -> set[str]:
    """The level types an amending item's label belongs to, where a label of two or more
    characters is read as its likeliest (``ii`` the second numeral, not the 35th letter):
    its ``(b)`` of inserted text is then plainly not its sibling."""
    types = label_types(label)
    if len(label) > 1 and len(types) > 1:
        return {min(types, key=lambda kind: ordinal(label, kind))}
    return set(types)


def _own_next(
    string: str, body: list[Span], amending: int, quoted: set[int]
) -> set[tuple[str, int]]:
    """The places, by level type, that this order's own next item could hold after the
    amending paragraph ``amending``: the one after the last label of each level still
    open in this order's section (``(b)`` after this order's ``(a)``, though the amending
    item is its ``(i)``).  Its labels are its items' and the one printed inline after its
    marker; paragraphs of earlier quotations (``quoted``) are not this order's."""
    labels: list[str] = []
    for index in range(amending, max(-1, amending - _OWN_REACH), -1):
        if index in quoted:
            continue
        start, end = body[index]
        number = _section_number(string, start, end)
        if number is not None:
            inline = INLINE_ITEM.search(string, start, min(end, start + _INLINE_REACH))
            label = inline["label"] if inline is not None else None
        else:
            label = _item_label(string, start, end)
        if label is not None and not string.startswith('"', start):
            labels.append(label)
        if number is not None:
            break
    levels: list[tuple[str, int]] = []  # the open levels, outermost first: (type, last)
    for label in reversed(labels):
        types = label_types(label)
        kind = next(  # the reading that goes on from an open level, else one opening one
            (k for k in types if (k, ordinal(label, k) - 1) in levels),
            next((k for k in types if ordinal(label, k) == 1), types[0]),
        )
        while levels and kind in (k for k, _ in levels) and levels[-1][0] != kind:
            levels.pop()  # "(b)" after "(a)(i)": the numerals' level is closed
        if levels and levels[-1][0] == kind:
            levels.pop()
        levels.append((kind, ordinal(label, kind)))
    return {(kind, last + 1) for kind, last in levels}


_OWN_REACH = 400
"""How many paragraphs back this order's own labels are looked for: a section of more is
read from its last ones, so a storm of amending paragraphs stays linear."""

_INLINE_REACH = 200
"""How far into a section's first paragraph its inline first item may open (``Sec. 1.
Amendments. (a) …``): past its marker and heading."""


def _carried_on(
    string: str,
    body: list[Span],
    amending: int,
    close: int,
    own_next: Callable[[], set[tuple[str, int]]],
) -> int:
    """The last paragraph of the quotation the amending paragraph ``amending`` opens,
    whose quote marks close at ``close``: later where the source closes them an item
    early (``… as shown by chemical analysis."`` then ``(4) In this subsection, …"``;
    ``… coordinated."`` then ``(d) The Chair … shall designate a Director of the ICC.``).
    Each next item whose label goes on from the quoted items' labels is quoted text too,
    unless it amends again or could be this order's own next item: a first label, or
    one of ``own_next()`` (:func:`_own_next`, worked out only when needed)."""
    last: dict[str, int] | None = None  # the quoted items' last labels, by level type
    places: set[tuple[str, int]] | None = None
    while close + 1 < len(body):
        start, end = body[close + 1]
        label = _item_label(string, start, end)
        if label is None or _amends_again(string, start, end):
            break
        types = label_types(label)
        if any(ordinal(label, kind) == 1 for kind in types):
            break  # it may be this order's own first item
        if last is None:
            last = {}
            for q_start, q_end in body[amending + 1 : close + 1]:
                q_start += string.startswith('"', q_start)
                quoted = _item_label(string, q_start, q_end)
                if quoted is not None:
                    last.update((kind, ordinal(quoted, kind)) for kind in label_types(quoted))
        if not any(last.get(kind) == ordinal(label, kind) - 1 for kind in types):
            break
        places = own_next() if places is None else places
        if any((kind, ordinal(label, kind)) in places for kind in types):
            break  # it may be this order's own next item
        last.update((kind, ordinal(label, kind)) for kind in types)
        close += 1
    return close
