"""What every extractor needs to know about the order it reads."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import TypeVar

import regex
from attrs import field, frozen

from eoparse.model import Kind, Section, Span
from eoparse.powers.acts import find_act_names
from eoparse.powers.cite import Citation, find_citations
from eoparse.powers.instruments import Mention, find_mentions

SENTENCE_END = regex.compile(
    r"""
    \.                                          # the full stop, which the engine finds fast
    (?=["')\]]?\ ["(\[]?[A-Z0-9])              # what follows, tested before what precedes:
                                                # most stops inside U.S.C. and the like fail it
    (?<=(?:[a-z]{2}|[)"'\]]|\b\d{4,5}|\b[A-Z]{2,6}s?)\.)  # a word, closing mark, year,
                                                # acronym, plural acronym ("MBEs.")
    (?<!(?:\b[A-Z]|\b(?:No|Nos|Sec|seq|Stat|Pub|Fed|Reg|v|vs|Inc|Co|Corp|Jr|Sr|St|Dr|Mr|Ms|Mrs|Ed
        |e\.g|i\.e|et\ al|App|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|L|U\.S))\.)
    ["')\]]?\ (?=["(\[]?[A-Z0-9])             # a closing mark, a space, a capital or digit
    """,
    regex.VERBOSE,
)
"""The end of a sentence inside a paragraph (not after ``No.``, ``U.S.`` and the like)."""


CLAUSE_REACH = 2000
"""How far a clause reaches on either side of the verb an extractor reads it for.  The
longest clause in the corpus is 1,212 characters; the bound keeps every clause-level pass
over one endless sentence (``I hereby declare … and hereby delegate to …``, repeated)
linear instead of quadratic."""


_TEXT_KEYS = "memo: text keys"
"""The memo's list of its ``text:`` keys (:meth:`Context.memoized`)."""


def larger(a: int, b: int) -> int:
    """``max(a, b)`` of two offsets without the builtin, whose call handles keyword
    arguments each time (it cost more than the comparison, tens of thousands of times a
    pass, in the windows the extractors look back or ahead over)."""
    return a if a >= b else b


def smaller(a: int, b: int) -> int:
    """``min(a, b)`` of two offsets, as :func:`larger`."""
    return a if a <= b else b


def clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last ``;`` or ``:`` of its
    sentence before it, looking back :data:`CLAUSE_REACH` characters at most."""
    start = larger(sentence_start, at - CLAUSE_REACH)
    cut = larger(text.rfind(";", start, at), text.rfind(":", start, at))
    return cut + 1 if cut >= 0 else start


def find_words(text: str, words: list[str], *, article: bool = True) -> list[tuple[int, int, str]]:
    """Occurrences of ``words`` as whole words (optionally after ``the``), longest first.

    Used for short forms an order defines for itself: a handful per document,
    so plain ``str.find`` beats compiling a pattern for each document.
    """
    found: list[tuple[int, int, str]] = []
    for word in sorted(set(words), key=len, reverse=True):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
                start = (
                    at - 4
                    if article and text.startswith("the ", larger(at - 4, 0)) and at >= 4
                    else at
                )
                found.append((start, end, word))
            at = text.find(word, at + 1)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    return found


_T = TypeVar("_T")


def _span_start(item: Citation | Mention) -> int:
    """Where a citation or a mention starts."""
    return item.span[0]


def _first(act: tuple[int, int, str]) -> int:
    """Where an Act name starts."""
    return act[0]


def _starting_between(found: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    """The items of ``found`` (in text order) whose offset, listed in ``starts``, lies in
    ``[start, end)``: a bisection of plain integers, where one keyed on the items called a
    function at each step (tens of thousands of look-ups a pass)."""
    first = bisect.bisect_left(starts, start)
    return found[first : bisect.bisect_left(starts, end, lo=first)]


@frozen
class Context:
    """An order's text and structure, as the extractors read it."""

    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Span, ...]
    body_start: int
    """Where the body begins (after heading and title): mentions before it are the header."""
    signature: Span | None
    quotations: tuple[Span, ...]
    kind: Kind
    number: int | None
    title: Span | None = None
    """The title paragraph (``Amending Executive Order 12975``), if printed."""
    _memo: dict[str, object] = field(factory=dict, eq=False, repr=False)

    def memoized(self, key: str, make: Callable[[], _T]) -> _T:
        """The value ``make`` gives, made once per context under ``key``.  Values under
        keys that start with ``text:`` depend on the text alone: the contexts of
        quotations (:meth:`within`) share them."""
        if key not in self._memo:
            self._memo[key] = make()
            if key.startswith("text:"):  # listed, so that within() need not scan the memo
                keys = self._memo.setdefault(_TEXT_KEYS, [])
                assert isinstance(keys, list)
                keys.append(key)
        return self._memo[key]  # type: ignore[return-value]

    def citations(self) -> list[Citation]:
        """Every statutory citation in the text, found once and shared by the extractors."""
        if "citations" not in self._memo:
            self._memo["citations"] = find_citations(self.text)
        return self._memo["citations"]  # type: ignore[return-value]

    def citations_between(self, start: int, end: int) -> list[Citation]:
        """The citations that start inside ``[start, end)``."""
        found = self.citations()
        return _starting_between(
            found, self._starts("citation starts", found, _span_start), start, end
        )

    def mentions(self) -> list[Mention]:
        """Every presidential document mentioned after the title, found once."""
        if "mentions" not in self._memo:
            self._memo["mentions"] = find_mentions(self.text, self.body_start)
        return self._memo["mentions"]  # type: ignore[return-value]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start inside ``[start, end)``."""
        found = self.mentions()
        return _starting_between(
            found, self._starts("mention starts", found, _span_start), start, end
        )

    def _starts(self, key: str, found: list[_T], offset: Callable[[_T], int]) -> list[int]:
        """Where each of ``found`` (citations, mentions or Act names) starts, by
        ``offset``, listed once under ``key``."""
        starts: list[int] | None = self._memo.get(key)  # type: ignore[assignment]
        if starts is None:
            starts = self._memo[key] = [offset(item) for item in found]
        return starts

    def act_names(self) -> list[tuple[int, int, str]]:
        """Every Act name or short form of the table in the text, found once."""
        if "acts" not in self._memo:
            self._memo["acts"] = find_act_names(self.text)
        return self._memo["acts"]  # type: ignore[return-value]

    def act_names_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The Act names that start inside ``[start, end)``."""
        found = self.act_names()
        return _starting_between(found, self._starts("act starts", found, _first), start, end)

    def _flat(self) -> tuple[list[int], list[Section], list[int]]:
        """Every section in document order, its start, and the index of its parent."""
        if "flat" not in self._memo:
            flat: list[Section] = []
            parents: list[int] = []
            stack = [(section, -1) for section in reversed(self.sections)]
            while stack:
                section, parent = stack.pop()
                index = len(flat)
                flat.append(section)
                parents.append(parent)
                stack.extend((child, index) for child in reversed(section.children))
            self._memo["flat"] = ([s.span[0] for s in flat], flat, parents)
        return self._memo["flat"]  # type: ignore[return-value]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding ``offset`` (``None`` in the preamble or signature)."""
        starts, flat, parents = self._flat()
        index = bisect.bisect_right(starts, offset) - 1
        while index >= 0:
            if offset < flat[index].span[1]:
                return flat[index]
            index = parents[index]
        return None

    def top_section(self, offset: int) -> Section | None:
        """The top-level section holding ``offset`` (``None`` outside every section)."""
        starts = [section.span[0] for section in self.sections]
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.sections[index].span[1]:
            return self.sections[index]
        return None

    def top_section_span(self, offset: int) -> Span:
        """The span of the top-level section holding ``offset``; in the preamble, the
        stretch before the first section."""
        section = self.top_section(offset)
        if section is not None:
            return section.span
        starts = [section.span[0] for section in self.sections]
        first = starts[0] if starts and starts[0] > offset else len(self.text)
        return (smaller(self.body_start, offset), first)

    def path_at(self, offset: int) -> str:
        """The innermost section path holding ``offset``, or preamble / signature.

        The innermost holder starts at or before ``offset``, so it is the last section
        starting there or one of that section's ancestors.
        """
        section = self.section_at(offset)
        if section is not None:
            return section.path
        if self.signature is not None and offset >= self.signature[0]:
            return "signature"
        return "preamble"

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies in text this order inserts into another document."""
        if not self.quotations:
            return False
        i = bisect.bisect_right(self.quotations, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self.quotations[i][0] <= offset < self.quotations[i][1]

    def paragraphs_in(self, span: Span) -> list[Span]:
        """The paragraphs wholly inside ``span``, in text order (found by bisection: a
        quotation's are not looked for among all the order's)."""
        start, end = span
        first = bisect.bisect_left(self.paragraphs, (start, -1))
        last = bisect.bisect_right(self.paragraphs, (end, len(self.text) + 1))
        return [p for p in self.paragraphs[first:last] if p[1] <= end]

    def within(self, span: Span, sections: tuple[Section, ...]) -> Context:
        """A context for the text in ``span`` alone, read with its own ``sections``.

        Used to read the text an amendment quotes: its paragraphs, with the
        section tree an extractor built for it.  The citations, mentions and
        Act names already found in the whole text are shared, not found again.
        """
        start = span[0]
        keys = self._memo.get(_TEXT_KEYS, [])
        assert isinstance(keys, list)
        memo: dict[str, object] = {
            "citations": self.citations(),
            "mentions": self.mentions(),
            "acts": self.act_names(),
            **{key: self._memo[key] for key in keys},
            _TEXT_KEYS: list(keys),
        }
        return Context(
            text=self.text,
            sections=sections,
            paragraphs=tuple(self.paragraphs_in(span)),
            body_start=start,
            signature=None,
            quotations=(),
            kind=self.kind,
            number=self.number,
            memo=memo,
        )

    def paragraph_of(self, offset: int) -> Span:
        """The paragraph holding ``offset``."""
        if not self.paragraphs:
            return (0, len(self.text))
        index = bisect.bisect_right(self.paragraphs, (offset, len(self.text) + 1)) - 1
        return self.paragraphs[index if index > 0 else 0]  # max() is a slow call here

    def body_paragraphs(self) -> Iterator[Span]:
        """The paragraphs after the heading and title, signature included."""
        for start, end in self.paragraphs:
            if end > self.body_start:
                yield (start if start > self.body_start else self.body_start, end)  # no max()

    def sentences(self, start: int, end: int) -> list[Span]:
        """The sentences of the paragraph ``text[start:end]`` (split once, shared)."""
        memo = self._memo.setdefault("sentences", {})
        assert isinstance(memo, dict)
        key = (start, end)
        found: list[Span] | None = memo.get(key)
        if found is None:
            found = []
            at = start
            for match in SENTENCE_END.finditer(self.text, start, end):
                found.append((at, match.start() + len(match[0].rstrip())))
                at = match.end()
            if at < end:
                found.append((at, end))
            memo[key] = found
        return found

    def sentence_at(self, start: int, end: int, offset: int) -> Span | None:
        """The sentence of the paragraph ``text[start:end]`` that holds ``offset``."""
        found = self.sentences(start, end)
        index = bisect.bisect_right(found, (offset, len(self.text) + 1)) - 1
        if index >= 0 and found[index][0] <= offset < found[index][1]:
            return found[index]
        return None
