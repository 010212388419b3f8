"""Build the section tree from the body's paragraphs.

Markers at the start of a paragraph open nodes: ``PART 1``, ``Sec. 2.``,
``1-101.``, ``(a)``, ``(i)``, ``(A)``, ``(1)``, ``(aa)``, ``(aaa)``; an enumerator may
also follow a section's heading on the same line (``Sec. 3. Implementation. (a)
Within…``), however long the heading (``Sec. 3. Suspension of … of Particular Concern.
(a)``), or a sentence (``… recovered materials. (a) If …``).  Quoted amendatory text
(:mod:`eoparse.structure.quotations`) is not this order's structure: a ``Section 1.``
inside it opens no section.
The labels and how to read them are the label grammar of :mod:`eoparse.grammar.labels`.
Lettered and numbered paragraphs nest by a stack: a label continues the
innermost level whose last label it succeeds, else opens a new level.  The
letter-or-roman ambiguity of ``(i)``, ``(v)``, ``(x)`` is settled by what came
before (after ``(h)``, ``(i)`` is a letter) and what comes next (an ``(i)``
followed by ``(ii)`` opens a roman level); so is that of ``(aa)``: after ``(z)`` it is
the next letter, elsewhere it opens a level of doubled letters (``(aa)``, ``(bb)`` …,
as under ``(I)`` in the U.S. Code's style).
"""

from __future__ import annotations

from collections.abc import Collection

import regex
from attrs import define, field

from eoparse.diagnostics import warning
from eoparse.grammar.labels import (
    DECIMAL_SECTION,
    ENUMERATOR_LABEL,
    LOWER,
    ROMAN,
    SECTION,
    UPPER,
    UPPER_ROMAN,
    Label,
    label_at,
    label_for,
    label_types,
    ordinal,
)
from eoparse.grammar.patterns import (
    ANNEX,
    CITING_END,
    CLAUSE,
    NUMBERED,
    PART,
)
from eoparse.model import ParseWarning, Section, SectionKind, Span
from eoparse.structure.headings import section_heading
from eoparse.structure.markers import items_ahead, opens_marker
from eoparse.structure.numbering import out_of_sequence
from eoparse.structure.quotations import quoted_blocks

MAX_DEPTH = 32
"""Paragraphs never nest deeper than this (real orders reach 12): deeper labels become
siblings, so hostile input (``(a) (i) (A) (a) …``) cannot build a tree that exhausts
the stack when it is frozen, walked or exported."""

_ITEM_RANK = 3
"""The rank of a lettered item, the shallowest (:attr:`_Node.rank`): a part is 0, a
section 1, a numbered paragraph 2."""

_MAX_INLINE = 64
"""How far back :meth:`_Tree._inline_predecessor` follows a chain of inline labels, and
how many labels printed one after another (``(b)(1)(A)…``) open nested items."""


@define
class _Node:
    kind: SectionKind
    number: str
    path: str
    start: int
    heading: str | None = None
    level_type: str | None = None  # for lettered paragraphs
    position: int = 0
    rank: int = 0  # 0 part, 1 section, 2 numbered paragraph, 3+ lettered
    end: int = 0
    children: list[_Node] = field(factory=list)
    closed: int = 0  # where a flush paragraph after it closed it (0: open to the next)


class _Tree:
    """Mutable state while the tree is built; frozen into :class:`Section` at the end."""

    def __init__(self, string: str) -> None:
        self.string = string
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.paths: set[str] = set()
        self._next: dict[str, int] = {}
        self.warnings: list[ParseWarning] = []

    def _unique(self, path: str) -> str:
        if path not in self.paths:
            self.paths.add(path)
            return path
        n = self._next.get(path, 2)  # every [k] below it is taken: linear on repeats
        while f"{path}[{n}]" in self.paths:
            n += 1
        self._next[path] = n + 1
        self.warnings.append(
            warning(
                "section-duplicate",
                f"section {path} appears more than once; later one is {path}[{n}]",
                where=f"{path}[{n}]",
            )
        )
        unique = f"{path}[{n}]"
        self.paths.add(unique)
        return unique

    def _attach(self, node: _Node) -> None:
        node.path = self._unique(node.path)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.roots.append(node)
        self.stack.append(node)

    def _close_to(self, rank: int) -> None:
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()

    def close_items(self, at: int) -> None:
        """Close the lettered items open at ``at``, where a paragraph printed flush
        goes on with the section or numbered paragraph that holds them."""
        while self.stack and self.stack[-1].rank >= _ITEM_RANK:
            self.stack.pop().closed = at

    def open(self, kind: SectionKind, number: str, path: str, start: int, rank: int) -> _Node:
        self._close_to(rank)
        node = _Node(kind=kind, number=number, path=path, start=start, rank=rank)
        self._attach(node)
        return node

    def _inline_predecessor(self, label: str, start: int, depth: int = 0) -> bool:
        """Open the item before ``label`` where it was printed inline: ``only: (a) at …``.

        True if it was found (so ``label`` now continues its level).  Gives up
        after :data:`_MAX_INLINE` predecessors (the recursion stays shallow).
        """
        if depth >= _MAX_INLINE:
            return False
        types = label_types(label)
        for kind in types:
            position = ordinal(label, kind)
            if position < 2:
                continue
            previous = label_for(position - 1, kind)
            low = self.stack[-1].start if self.stack else max(0, start - 3000)
            at = self._printed_before(previous, low, start)
            inline = at > 1 and (
                self.string[at - 1] in ":;,—"  # "affect:(i) the authority"
                or (self.string[at - 2] in ":;,—." and self.string[at - 1] == " ")
            )
            if inline and (
                position - 1 == 1
                or self._continues(kind, position - 1)
                or self._inline_predecessor(previous, at, depth + 1)
            ):
                self.lettered(previous, at, label)
                return True
        return False

    def _continues(self, kind: str, position: int) -> bool:
        """Whether the innermost open level of ``kind`` stands at ``position - 1``: an item
        printed inline at ``position`` continues it (``… system. (iii)`` after a ``(ii)``
        of its own line)."""
        for node in reversed(self.stack):
            if node.level_type is None:
                return False
            if node.level_type == kind:
                return node.position == position - 1
        return False

    def _printed_before(self, label: str, low: int, start: int) -> int:
        """Where ``(label)`` is printed last in ``[low, start)``, followed by a space or
        by the end of its line (``The plan shall: (i)`` and the item's words on the next
        line); -1 where it is not."""
        spaced = self.string.rfind(f"({label}) ", low, start)
        at_line_end = self.string.rfind(f"({label})\n", low, start)
        return max(spaced, at_line_end)

    def lettered(self, label: str, start: int, following: str | None) -> _Node:
        types = label_types(label)
        # Look for a level this label continues, innermost first.
        chosen: int | None = None
        chosen_type: str | None = None
        for depth in range(len(self.stack) - 1, -1, -1):
            node = self.stack[depth]
            if node.level_type is None:
                break
            if node.level_type in types and ordinal(label, node.level_type) == node.position + 1:
                chosen, chosen_type = depth, node.level_type
                break
        opens_roman = ROMAN in types and label == "i" and following == "ii"
        opens_upper_roman = UPPER_ROMAN in types and label == "I" and following == "II"
        if chosen is not None and not (
            (opens_roman or opens_upper_roman) and chosen_type in (LOWER, UPPER)
        ):
            del self.stack[chosen:]
            level_type = chosen_type
        elif self._inline_predecessor(label, start):
            return self.lettered(label, start, following)
        else:
            first = [t for t in types if ordinal(label, t) == 1]
            if first:
                level_type = ROMAN if ROMAN in first else first[0]
            else:
                # Out of sequence: continue a level of the same type if there is one.
                level_type = types[0]
                for depth in range(len(self.stack) - 1, -1, -1):
                    node = self.stack[depth]
                    if node.level_type is None:
                        break
                    if node.level_type in types:
                        level_type = node.level_type
                        del self.stack[depth:]
                        break
        if len(self.stack) >= MAX_DEPTH:
            del self.stack[MAX_DEPTH - 1 :]
            self.warnings.append(
                warning(
                    "nesting-too-deep",
                    f"paragraphs nested more than {MAX_DEPTH} deep are kept at depth {MAX_DEPTH}",
                )
            )
        parent = self.stack[-1] if self.stack else None
        rank = (parent.rank + 1) if parent is not None else 3
        path = f"{parent.path}({label})" if parent is not None else f"({label})"
        if chosen is None and not first:
            self.warnings.append(
                warning(
                    "paragraph-out-of-sequence", f"paragraph {path} is out of sequence", where=path
                )
            )
        node = _Node(
            kind=SectionKind.PARAGRAPH,
            number=label,
            path=path,
            start=start,
            level_type=level_type,
            position=ordinal(label, level_type or LOWER),
            rank=rank if rank > 3 else 3,
        )
        self._attach(node)
        return node


def _labels_ahead(string: str, spans: list[Span]) -> tuple[list[Label | None], list[str | None]]:
    """For each paragraph, the :data:`ENUMERATOR` match of its own label (found once, for
    the node it opens too) and the label of the next lettered paragraph (for the (i)
    lookahead)."""
    # every label opens with "(": most paragraphs are not tried
    labels = [
        label_at(string, start, end) if string.startswith("(", start) else None
        for start, end in spans
    ]
    ahead: list[str | None] = [None] * len(spans)
    upcoming: str | None = None
    for i in range(len(spans) - 1, -1, -1):
        ahead[i] = upcoming
        if (match := labels[i]) is not None:
            upcoming = match[ENUMERATOR_LABEL]
    return labels, ahead


def _list_closed(stack: list[_Node], string: str, start: int, before: int) -> bool:
    """Whether the paragraph at ``start``, unlabelled, follows a list that has ended, and
    so goes on with what leads the list, not with its last item: the lead-in ends with a
    colon, the item before the last ends ``; and`` (or ``; or``), the last item ends with
    a period, and the paragraph opens a sentence (``(h) the Administrator …; and`` ``(i)
    other officers … .`` then ``The Secretary … shall convene …``)."""
    if len(stack) < 2 or stack[-1].rank < _ITEM_RANK or not string[start : start + 1].isupper():
        return False
    last, lead = stack[-1], stack[-2]
    items = lead.children
    if len(items) < 2 or items[-1] is not last or not string[last.start : before].endswith("."):
        return False
    earlier = string[items[-2].start : last.start].rstrip()
    if not earlier.endswith(("; and", "; or")):
        return False
    return string[lead.start : items[0].start].rstrip().endswith(":")


def build_sections(
    string: str,
    body: list[Span],
    annexes: list[Span],
    flush: Collection[int] = (),
) -> tuple[tuple[Section, ...], Span | None, tuple[ParseWarning, ...], tuple[Span, ...]]:
    """The section tree of ``body`` (and ``annexes``), the preamble, warnings and quotations.

    Quotations are the spans of inserted text (see :func:`quoted_blocks`):
    their markers belong to the amended document, not to this one.  ``flush`` are where
    the paragraphs the source prints flush begin (:attr:`Text.flush
    <eoparse.read.base.Text.flush>`): one with no label of its own, after items not
    printed flush and with no item after it before the next section, goes on with what
    holds the list, not with its last item.
    """
    tree = _Tree(string)
    blocks = quoted_blocks(string, body)
    quoted = {i for first, last in blocks for i in range(first, last + 1)}
    has_sections = any(opens_marker(string, s, e) for s, e in body)
    clauses = not has_sections and _numbered_clauses(string, body)
    labels, ahead = _labels_ahead(string, body)
    preamble_end: int | None = None
    started = False
    item_indented = False  # whether the last labelled paragraph was not printed flush
    item_follows = items_ahead(string, body, labels, quoted) if flush else []

    for index, (start, end) in enumerate(body):
        if index in quoted:
            continue
        node = _open_marker(
            tree, string, start, end, labels[index], ahead[index], has_sections, clauses, started
        )
        if node is None:
            if not started:
                preamble_end = end
            elif (
                start in flush
                and item_indented
                and tree.stack
                and tree.stack[-1].rank >= _ITEM_RANK
                and not item_follows[index + 1]
            ):
                tree.close_items(start)  # "(g) … watershed." then "The EPA shall …"
            elif _list_closed(tree.stack, string, start, body[index - 1][1]):
                tree.stack.pop().closed = start  # "…; and (i) others." then "The Chair shall"
            continue
        started = True
        item_indented = start not in flush  # items printed flush too say nothing by it

    body_end = body[-1][1] if body else 0
    body_roots = list(tree.roots)
    annex_roots = _annex_nodes(tree, string, annexes)
    preamble: Span | None = None
    if body:
        first = body[0][0]
        if preamble_end is not None:
            preamble = (first, preamble_end)
        elif not body_roots:
            preamble = (first, body_end)
    sections = [
        _freeze(node, string, _next_start(body_roots, i, body_end))
        for i, node in enumerate(body_roots)
    ]
    sections += [
        _freeze(node, string, _next_start(annex_roots, i, node.end))
        for i, node in enumerate(annex_roots)
    ]
    numbers = [n.number for n in body_roots if n.kind in (SectionKind.SECTION, SectionKind.CLAUSE)]
    if (late := out_of_sequence(numbers)) is not None:
        tree.warnings.append(late)
    quotations = tuple((body[first][0], body[last][1]) for first, last in blocks)
    return tuple(sections), preamble, tuple(tree.warnings), quotations


def _next_start(siblings: list[_Node], index: int, last_end: int) -> int:
    """Where sibling ``index`` ends: at the next sibling, or at ``last_end`` for the last."""
    return siblings[index + 1].start if index + 1 < len(siblings) else last_end


def _numbered_clauses(string: str, body: list[Span]) -> bool:
    numbers = [int(m["number"]) for s, e in body if (m := CLAUSE.match(string, s, e))]
    return len(numbers) >= 2 and numbers[0] == 1 and numbers[1] == 2


def _open_marker(
    tree: _Tree,
    string: str,
    start: int,
    end: int,
    enumerator: Label | None,
    following: str | None,
    has_sections: bool,
    clauses: bool,
    started: bool,
) -> _Node | None:
    """Open the node(s) whose marker starts the paragraph at ``start``; the innermost.

    Each marker pattern can start with one character only (``P``art, ``S``ection,
    a digit, ``(``): the first character of the paragraph picks the patterns to try.
    ``enumerator`` is the paragraph's own label as :func:`_labels_ahead` found it.
    """
    first = string[start] if start < end else ""
    if first == "P":
        match = PART.match(string, start, end)
        if match:
            number = match["number"]
            node = tree.open(SectionKind.PART, number, f"Part {number}", start, 0)
            part_heading = string[match.end() : end].strip(" .—-")
            node.heading = part_heading[:200] or None
            return node
    elif first == "S":
        match = SECTION.match(string, start, end)
        if match:
            return _numbered(tree, string, SectionKind.SECTION, match, end, following, 1)
    elif first.isdecimal():  # what \d matches
        match = NUMBERED.match(string, start, end) or _decimal(tree, string, start, end)
        if match:
            return _numbered(tree, string, SectionKind.PARAGRAPH, match, end, following, 2)
        if clauses:
            match = CLAUSE.match(string, start, end)
            if match:
                number = match["number"]
                return tree.open(SectionKind.CLAUSE, number, number, start, 1)
    elif first == "(":
        match = enumerator
        if match and (started or not has_sections):
            if not started and not has_sections and match["label"] not in ("a", "1", "A", "i"):
                return None
            return _enumerated(tree, string, match, end, following)
    return None


def _decimal(tree: _Tree, string: str, start: int, end: int) -> regex.Match[str] | None:
    """A subsection numbered after its section, without ``Sec.`` (``Sec. 4. Ensuring …``
    then ``4.1. Developing Guidelines … (a) Within 270 days …``): read as a numbered
    paragraph, at the path the order cites it by (``4.1(a)``).  Only under the section
    its number names, so that ``2.5 million`` or a quoted ``1.3`` opens nothing."""
    match = DECIMAL_SECTION.match(string, start, end)
    if match is None or not tree.stack or tree.stack[0].kind is not SectionKind.SECTION:
        return None
    return match if match["number"].split(".")[0] == tree.stack[0].number else None


def _numbered(
    tree: _Tree,
    string: str,
    kind: SectionKind,
    match: regex.Match[str],
    end: int,
    following: str | None,
    rank: int,
) -> _Node:
    """Open a ``Sec. 2.`` or ``1-101.`` node with its heading, and any label printed
    right after it (``Sec. 3. Policy. (a) …``); the innermost."""
    number = match["number"]
    node = tree.open(kind, number, number, match.start(), rank)
    heading, after = section_heading(string, match.end(), end, lettered=False)
    node.heading = heading
    inner = _inline_enumerators(tree, string, after, end, following)
    if inner is None and following in _SUBLIST_FIRST:
        # "Sec. 1.3. Definitions. For the purpose of this order: (a) "Adjudication" …
        # is:" then "(i) suitable …" on the next line: the (a) opens before its items do
        colon = string.find(": (a) ", after, end)
        if colon >= 0 and not _series_goes_on(string, colon, end):
            inner = _inline_enumerators(tree, string, colon + 2, end, following)
    return inner or node


_SERIES_B = ("; (b) ", "; and (b) ", "; or (b) ", ", (b) ", ", and (b) ", ", or (b) ")
"""How a series inside a sentence goes on to its ``(b)`` (``… the following: (a) the
programs; and (b) their costs.``); a cited ``subsection (b) of section 551`` does not."""


def _series_goes_on(string: str, colon: int, end: int) -> bool:
    """Whether the ``(a)`` after ``colon`` opens a series that its ``(b)`` continues in the
    same paragraph (``: (a) the programs; and (b) their costs``), so is no item."""
    return any(string.find(b, colon, end) >= 0 for b in _SERIES_B)


_SUBLIST_FIRST = ("i", "1", "A")
"""The first labels of a list nested in a lettered item: where the paragraph after a
section marker opens with one, an ``(a)`` printed inline after a colon on the marker's
line is the item that holds it."""


def _enumerated(
    tree: _Tree,
    string: str,
    match: Label,
    end: int,
    following: str | None,
    depth: int = 0,
) -> _Node:
    """Open the node of the label ``match`` (:data:`ENUMERATOR`) found, and of any label
    printed right after it or after its heading; the innermost."""
    node = tree.lettered(match[ENUMERATOR_LABEL], match.start(), following)
    if match.end() < end and string[match.end()] == "(":  # (b)(1) The ...
        inner = _inline_enumerators(tree, string, match.end(), end, following, depth + 1)
        if inner is not None:
            return inner
    heading, after = section_heading(string, match.end(), end, lettered=True)
    node.heading = heading
    if heading is not None:
        inner = _inline_enumerators(tree, string, after, end, following, depth + 1)
        if inner is not None:
            return inner
    if following in _SUBLIST_FIRST and string.endswith("):", match.end(), end):
        return _label_before_colon(tree, string, match.end(), end, following) or node
    return node


def _label_before_colon(
    tree: _Tree, string: str, start: int, end: int, following: str
) -> _Node | None:
    """``(a) This order shall apply to any new contract …, if (i):`` then ``(A) it is a
    procurement contract …`` and later ``(ii) the wages …`` (EO 14026's web text): the
    first label of a level, printed before the colon that ends the paragraph, opens the
    item that holds the list below it, whose first label is ``following``."""
    for label in _SUBLIST_FIRST:
        if label != following and string.endswith(f" ({label}):", start, end):
            at = end - len(label) - 3
            if CITING_END.search(string, max(start, at - 30), at - 1) is not None:
                return None  # "… the review described in paragraph (1):" cites it
            return tree.lettered(label, at, following)
    return None


def _inline_enumerators(
    tree: _Tree, string: str, at: int, end: int, following: str | None, depth: int = 0
) -> _Node | None:
    """An enumerator right after a marker and heading: ``Sec. 3. Policy. (a) ...``.

    At most :data:`_MAX_INLINE` labels in a row open items (``(a) (i) (A) …`` storms).
    """
    if at >= end or string[at] != "(" or depth >= _MAX_INLINE:
        return None
    match = label_at(string, at, end)
    if not match:
        return None
    return _enumerated(tree, string, match, end, following, depth)


def _annex_nodes(tree: _Tree, string: str, annexes: list[Span]) -> list[_Node]:
    """Top-level nodes for the annexes printed after the signature, with their items.

    Numbered entries (``1. AL-QAIDA``) become children ``Annex(1)``; lettered
    items nest below them as in the body.  A heading printed on the line
    after the label (``ANNEX`` / ``Entities and Individuals``) is the heading.
    """
    tree.stack.clear()
    nodes: list[_Node] = []
    labels, ahead = _labels_ahead(string, annexes)
    awaiting_heading = False
    for index, (start, end) in enumerate(annexes):
        match = ANNEX.match(string, start, end)
        if match and (match["rest"] or "")[:1] in ("", " ", "—", "-", ":", "."):
            number = match["number"]
            label = match["label"].title()
            path = f"{label} {number}" if number else label
            node = tree.open(SectionKind.ANNEX, number or label, path, start, 0)
            node.heading = (match["rest"] or "").strip(" .—-:") or None
            awaiting_heading = node.heading is None
            nodes.append(node)
        elif nodes:
            line = string[start:end]
            clause = CLAUSE.match(string, start, end)
            if awaiting_heading and len(line) < 150 and not clause and not line.endswith("."):
                nodes[-1].heading = line.strip()
            elif clause:
                number = clause["number"]
                tree.open(SectionKind.CLAUSE, number, f"{nodes[-1].path}({number})", start, 1)
            elif label := labels[index]:
                _enumerated(tree, string, label, end, ahead[index])
            awaiting_heading = False
        if nodes:
            nodes[-1].end = end
    return nodes


def _freeze(node: _Node, string: str, end: int) -> Section:
    """The immutable :class:`Section` for ``node``, whose text runs up to ``end``."""
    end = end if end > node.start else node.start  # not max(): a call, for every section
    # A section ends at the end of its last paragraph, not at the next one's newline.
    while end > node.start and string[end - 1] in "\n ":
        end -= 1
    children = tuple(
        _freeze(
            child,
            string,
            child.closed or (node.children[i + 1].start if i + 1 < len(node.children) else end),
        )
        for i, child in enumerate(node.children)
    )
    return Section(
        path=node.path,
        number=node.number,
        heading=node.heading,
        span=(node.start, end),
        children=children,
        kind=node.kind,
        source=string,  # shared: a slice per section would copy the text once per level
    )
