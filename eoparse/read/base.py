"""The hand-over between the readers and the parser: a normalised :class:`Text`.

Each reader (Federal Register raw text, pdftotext output, White House
Markdown, plain text, and later PDF and XML) strips layout — page markers,
running heads, margin notes, signature images — and unwraps hard line breaks,
giving one paragraph per line of ``Text.string``.  Inside a paragraph
whitespace is a single space and typography is reduced to one form: straight
quotes (GPO's ````x''`` and curly quotes alike), ``—`` for dashes written
``--``, ``-`` for en dashes, no soft hyphens or NULs.  The same document read
from any source therefore yields nearly the same string, and the extraction
patterns need to know only one spelling.

``pages`` maps offsets of the string to Federal Register pages; ``segments``
map them back to the source (exact at the start of each source line, linear
inside it).  ``hints`` carries the header facts that lived in the stripped
layout (FR volume and document number, front-matter title, signature names).
"""

from __future__ import annotations

import bisect
import datetime as dt

import regex
from attrs import field, frozen

from eoparse.model import Kind, PageMark, ParseWarning, WordBox

# Single characters replaced one for one (str.translate is fast and keeps length).
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\t": " ",
        "\x00": " ",  # GPO layout filler
        "\u2013": "-",  # en dash (FR typesetting of hyphens in numbers)
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u2060": None,  # word joiner
        "\ufeff": None,  # byte-order mark
    }
)
_NEEDS_MAP = regex.compile(
    "[\u00a0\u2002\u2003\u2007\u2009\u202f\t\x00\u2010-\u2013\u2212\u2018-\u201f\u2032\u2033\u00ad\u200b\u2060\ufeff]"
)
_SPACES = regex.compile(r"\s{2,}+")


MAX_PAGE_DIGITS = 9
"""A printed page number has at most this many digits (the FR runs to six)."""


def page_number(label: str) -> int | None:
    """``label`` as a printed page number: ASCII digits, at most :data:`MAX_PAGE_DIGITS`
    of them; None for anything else (``²49079`` is "digits" to ``str.isdigit`` but not
    to ``int``, and 5,000 digits pass ``isdigit`` but exceed ``int``'s limit)."""
    if label.isascii() and label.isdigit() and len(label) <= MAX_PAGE_DIGITS:
        return int(label)
    return None


def normalise_inline(line: str) -> str:
    """Reduce one line of text to the canonical inline form (see the module docstring)."""
    # isascii() is a flag test: most lines skip the search (tab and NUL are the only
    # ASCII characters the map changes).
    if (not line.isascii() or "\t" in line or "\x00" in line) and _NEEDS_MAP.search(line):
        line = line.translate(_CHAR_MAP)
    if "`" in line:
        line = line.replace("``", '"').replace("`", "'")
    if "''" in line:
        line = line.replace("''", '"')
    if "--" in line:
        line = line.replace("---", "—").replace("--", "—")
    if "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


@frozen
class Hints:
    """Header facts found in the layout a reader stripped, for the header parser to weigh."""

    volume: int | None = None
    document_number: str | None = None
    title: str | None = None
    date: dt.date | None = None
    signers: tuple[str, ...] = ()
    kind: Kind | None = None
    number: int | None = None
    citation_page: int | None = None
    source: str | None = None


@frozen
class Text:
    """A normalised document: one paragraph per line, with page and source maps."""

    string: str
    pages: tuple[PageMark, ...] = ()
    segments: tuple[tuple[int, int], ...] = ()
    format: str = "plain"
    hints: Hints = field(factory=Hints)
    warnings: tuple[ParseWarning, ...] = ()
    boxes: tuple[WordBox, ...] = ()
    """Word boxes on PDF pages, for text read from a PDF (offsets index ``string``)."""
    flush: tuple[int, ...] = ()
    """Where the paragraphs the source prints flush begin (offsets index ``string``), in a
    source whose other paragraphs open indented: GPO's raw text prints a paragraph that
    goes on with a section after its list flush, where the list's items are indented."""

    def page_at(self, offset: int) -> int | None:
        """The page on which ``offset`` is printed, if the source had pages."""
        if not self.pages:
            return None
        i = bisect.bisect_right([mark[0] for mark in self.pages], offset) - 1
        return self.pages[max(i, 0)][1]

    def source_offset(self, offset: int) -> int | None:
        """Where ``offset`` of the normalised string came from in the source."""
        if not self.segments:
            return None
        i = bisect.bisect_right([seg[0] for seg in self.segments], offset) - 1
        start, source = self.segments[max(i, 0)]
        return source + max(offset - start, 0)

    def crop(self, start: int, end: int) -> Text:
        """The text between ``start`` and ``end``, with its maps rebased to the new start."""
        string = self.string[start:end]
        pages = [(max(off - start, 0), page) for off, page in self.pages if off < end]
        # Keep only the last page mark at or before the new start, then the rest.
        kept: list[PageMark] = []
        for off, page in pages:
            if kept and kept[-1][0] == off:
                kept[-1] = (off, page)
            else:
                kept.append((off, page))
        # one segment per source line: a conditional costs less than a max() call each
        segments = [
            (off - start if off > start else 0, src) for off, src in self.segments if off < end
        ]
        boxes = tuple(
            (s - start, e - start, *rest) for s, e, *rest in self.boxes if s >= start and e <= end
        )
        return Text(
            string=string,
            pages=tuple(kept),
            segments=tuple(segments),
            format=self.format,
            hints=self.hints,
            warnings=self.warnings,
            boxes=boxes,  # type: ignore[arg-type]
            flush=tuple(at - start for at in self.flush if start <= at < end),
        )


class TextBuilder:
    """Accumulates paragraphs into a :class:`Text`, recording page and source maps."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._pages: list[PageMark] = []
        self._segments: list[tuple[int, int]] = []
        self._open = False  # inside a paragraph

    @property
    def length(self) -> int:
        """Characters written so far."""
        return self._length

    def add(self, piece: str, source: int, *, join: str = " ") -> None:
        """Append normalised ``piece`` (from ``source``) to the open paragraph.

        ``join`` is what separates it from the text already in the paragraph:
        a space for a wrapped line, ``""`` for a word broken at a hyphen.
        """
        if piece:
            self.put(piece, source, new=False, join=join)

    def put(self, piece: str, source: int, new: bool, join: str = " ") -> None:
        """:meth:`paragraph` if ``new``, then :meth:`add`: one call for a reader's hot loop."""
        parts = self._parts
        if self._open and not new:
            if join:
                parts.append(join)
                self._length += len(join)
        elif self._length:
            parts.append("\n")
            self._length += 1
        self._segments.append((self._length, source))
        parts.append(piece)
        self._length += len(piece)
        self._open = True

    def lists(self) -> tuple[list[str], list[tuple[int, int]]]:
        """The pieces and the source map :meth:`put` appends to, for a reader's hot loop
        that appends to them itself; it hands back the length and whether a paragraph is
        open with :meth:`resume` before any other call."""
        return self._parts, self._segments

    def resume(self, length: int, opened: bool) -> None:
        """Take back the state a hot loop kept while appending to :meth:`lists`."""
        self._length = length
        self._open = opened

    def paragraph(self) -> None:
        """End the open paragraph: the next piece starts a new line."""
        self._open = False

    @property
    def has_pages(self) -> bool:
        """Whether any page mark was recorded."""
        return bool(self._pages)

    @property
    def in_paragraph(self) -> bool:
        """Whether a paragraph is open (the next ``add`` would continue it)."""
        return self._open

    def page(self, number: int) -> None:
        """Mark that the next text is printed on page ``number``."""
        offset = self._length + (1 if self._length and not self._open else 0)
        if self._pages and self._pages[-1][0] >= offset:
            self._pages[-1] = (offset, number)
        else:
            self._pages.append((offset, number))

    def build(
        self,
        *,
        format: str,
        hints: Hints | None = None,
        warnings: tuple[ParseWarning, ...] = (),
    ) -> Text:
        """The finished :class:`Text`."""
        string = "".join(self._parts)
        pages = tuple((min(off, len(string)), page) for off, page in self._pages)
        return Text(
            string=string,
            pages=pages,
            segments=tuple(self._segments),
            format=format,
            hints=hints or Hints(),
            warnings=warnings,
        )
