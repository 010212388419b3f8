"""Federal Register raw text, as govinfo serves it (the "Text" rendition).

Strips the bracketed header block, ``[[Page N]]`` markers (kept as the page
map), running heads, Part cover furniture, NUL filler, U+FFFD debris,
signature markers and the FR trailer, and unwraps GPO's hard line breaks: a
line that ends in a space continues on the next line; a line that ends in a
hyphen or a slash continues without a space (GPO breaks only at real hyphens
and slashes: ``court-`` / ``martial``, ``HIV/`` / ``AIDS``); any other line ends
its paragraph.  Across a page break the layout says nothing, so
:mod:`eoparse.read.paragraphs` decides.
"""

from __future__ import annotations

import unicodedata

import attrs
import regex

from eoparse.diagnostics import warning
from eoparse.grammar.patterns import HEADING_LINE
from eoparse.model import ParseWarning
from eoparse.read.base import Hints, Text, TextBuilder, normalise_inline
from eoparse.read.paragraphs import breaks_across_page, title_case
from eoparse.read.patterns import (
    DEBRIS,
    FR_DOC_LINE,
    FR_DOC_TRAILER,
    FR_HEADER_DOCNO,
    FR_HEADER_LINE,
    FR_HEADER_VOLUME,
    GPO_ENTITY,
    GRAPHIC_OMITTED,
    LAYOUT_LINE,
    PAGE_MARKER,
    RUNNING_HEAD,
    SIGNATURE_MARKER,
    TRAILER_LINE_NUMBER,
)

_NONE, _BLANK, _PAGE = 0, 1, 2
_LAYOUT_FIRST = frozenset("PTF_-=[<BL")  # the first characters of the layout lines
_QUOTED_ITEM = "L  "
"""What GPO prints before an item of quoted text it indents (``L  (d) Import Ban.``,
``L  ``Sec. 4.``): a locator, not a word of the order."""
_GLUED_ITEM = regex.compile(r"L(?=\((?:\d{1,3}|[a-z]{1,4}|[A-Z])\)\ )")
"""The same locator printed against the item's label (``L(1) provide strategic
planning …``): the ``L`` is not a word of the order."""
_LAYOUT_STARTS = (
    *("Presidential Documents", "Title 3", "The President", "Part ", "_", "-", "="),
    *("[GRAPHIC", "<GRAPHIC", "Billing ", "Filed "),
)
"""What every :data:`LAYOUT_LINE` starts with: tested before the pattern, which most
lines starting with one of :data:`_LAYOUT_FIRST` (``The``, ``For``) do not match."""
_GLUED_SECTION = ".Sec. "
GLUED_SECTION = regex.compile(r"[a-z)]\.(?=Sec\.\ \d{1,3}(?:\.\d{1,3})?\.\ [A-Z])")
"""A sentence's end with the next section's marker glued to it, no space between (``…
executive branch.Sec. 1.3. Definitions.``, a typesetting slip): the marker opens a
paragraph.  Looked for only in a source holding :data:`_GLUED_SECTION`."""
_HEADING_FIRST = ("Executive", "Proclamation", "Memorandum", "Notice", "Presidential")
_HEADING_INITIALS = frozenset(word[0] for word in _HEADING_FIRST)
_PAGE_NUMBER = PAGE_MARKER.groupindex["page"]
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""

_COMBINING = {
    "acute": "\u0301",
    "grave": "\u0300",
    "circ": "\u0302",
    "uml": "\u0308",
    "tilde": "\u0303",
    "cedil": "\u0327",
    "breve": "\u0306",
    "macr": "\u0304",
    "ring": "\u030a",
    "caron": "\u030c",
}
_NAMED = {
    "sect": "§",
    "para": "¶",
    "deg": "°",
    "middot": "·",
    "bull": "•",
    "squf": "▪",
    "ndash": "-",
    "mdash": "—",
    "frac12": "½",
    "frac14": "¼",
    "frac34": "¾",
    "times": "×",
    "cent": "¢",
}


def _entity(match: regex.Match[str]) -> str:
    if match["name"]:
        return _NAMED[match["name"]]
    return unicodedata.normalize("NFC", match["letter"] + _COMBINING[match["mark"]])


_RUNS_ON = ("-", "/")
"""The last characters after which GPO's next line continues the same word."""


def _runs_on(line: str, following: str) -> bool:
    """Whether ``following`` continues ``line``'s last word: GPO breaks a word only after
    a real hyphen (``court-`` / ``martial``, not after a dash ``—``) or a slash
    (``National HIV/`` / ``AIDS Strategy``, ``grant/`` / ``cooperative agreement``); not a
    web address's closing slash, nor before a line that opens a section or a label."""
    if line[-1:] == "-":
        return True
    return (
        line[-1:] == "/"
        and "://" not in line[line.rfind(" ") + 1 :]
        and not following.startswith(("Sec", "SEC", "("))
    )


def decode_entities(line: str) -> str:
    """Replace GPO's character entities (``c[ocirc]te`` → ``côte``)."""
    return GPO_ENTITY.sub(_entity, line) if "[" in line else line


def _page_number(label: str) -> int | None:
    return int(label) if label.isdigit() else None


def looks_like_fr_text(source: str) -> bool:
    """Whether ``source`` looks like GPO's raw Federal Register text."""
    head = source[:4000]
    return "[[Page " in source or ("[Federal Register Volume" in head or "[FR Doc No:" in head)


class _Reader:
    """One pass over the lines of a GPO raw-text document."""

    def __init__(self, name: str | None) -> None:
        self.builder = TextBuilder()
        self.name = name
        self.volume: int | None = None
        self.docno: str | None = None
        self.first_page: int | None = None
        self.signers: list[str] = []
        self.warnings: list[ParseWarning] = []
        self.previous = ""  # the last content line written, normalised
        self.soft = False  # it ended with a space: it wraps onto the next line
        self.gap = _NONE  # what lies between it and the next content line
        self.done = False
        self.title = 0  # 1: the heading was just read; 2: inside the title block
        self.glued = False  # the source glues a section marker to a sentence's end

    def content(self, line: str, source: int, soft: bool) -> None:
        text = normalise_inline(decode_entities(line))
        if not text:
            return
        builder = self.builder
        join = " "
        if self.title == 2 and self.gap == _NONE and (self.soft or title_case(text)):
            new = False  # the title block runs to the next blank line, wrapped or not
        elif not builder.in_paragraph:
            new = True
        elif self.gap == _PAGE:
            new = breaks_across_page(self.previous, text)
            if not new and _runs_on(self.previous, text):
                join = ""
        elif self.gap == _BLANK:
            new = True
        elif self.soft:
            new = False
        elif _runs_on(self.previous, text):
            new, join = False, ""
        else:
            new = True
        if new:
            builder.paragraph()
        builder.add(text, source, join=join)
        if text.startswith(_HEADING_FIRST) and HEADING_LINE.fullmatch(text):
            self.title = 1
        elif self.title == 1 or (self.title == 2 and self.gap == _NONE):
            self.title = 2
        else:
            self.title = 0
        self.previous = text
        self.soft = soft
        self.gap = _NONE

    def page(self, label: str) -> None:
        number = _page_number(label)
        if number is not None:
            self.builder.page(number)
        self.gap = _PAGE

    def line(self, raw: str, source: int) -> None:
        if "\ufffd" in raw:
            raw = DEBRIS.sub("", raw)
        stripped = raw.replace("\x00", " ").strip()
        if not stripped:
            if self.gap == _NONE:
                self.gap = _BLANK
            return
        soft = raw.rstrip("\x00\r").endswith((" ", "\t"))
        if "[[Page" in stripped:
            self._with_page_markers(raw, stripped, source, soft)
            return
        if (
            stripped[0].isdigit()
            and ("[FR Doc" in stripped or "Filed " in stripped or "Billing " in stripped)
            and (number := TRAILER_LINE_NUMBER.match(stripped))
        ):
            stripped = stripped[number.end() :]
        if stripped.startswith("[") and self._bracketed(stripped):
            return
        if stripped.startswith("From the Federal Register") and FR_HEADER_LINE.fullmatch(stripped):
            return
        if stripped.startswith("Federal Register") and RUNNING_HEAD.match(stripped):
            self.gap = max(self.gap, _PAGE)
            return
        if _layout(stripped):
            if stripped.startswith("[GRAPHIC]") and GRAPHIC_OMITTED.match(stripped):
                self.warnings.append(
                    warning(
                        "image-not-carried",
                        "an image (a table, map, annex or signature) is not carried by the text",
                    )
                )
            self.gap = max(self.gap, _BLANK)
            return
        if "(Presidential Sig.)" in stripped:
            match = SIGNATURE_MARKER.search(stripped)
            if match:
                self.signers.append(match["who"])
                before = stripped[: match.start()].strip()
                if before:
                    self.content(before, source, False)
                self.gap = _BLANK
                return
        offset = len(raw) - len(raw.lstrip())
        if stripped.startswith(_QUOTED_ITEM) and len(stripped) > 3 and stripped[3] != " ":
            stripped, offset = stripped[3:], offset + 3
        elif stripped.startswith("L(") and _GLUED_ITEM.match(stripped) is not None:
            stripped, offset = stripped[1:], offset + 1
        if self.glued and (glued := GLUED_SECTION.search(stripped)) is not None:
            # "… executive branch.Sec. 1.3. Definitions.": two paragraphs on one line
            at = glued.end()
            self.content(stripped[:at], source + offset, False)
            self.gap = _BLANK
            stripped, offset = stripped[at:], offset + at
        self.content(stripped, source + offset, soft)

    def run(self, source: str) -> None:
        """Read every line of ``source`` up to the FR trailer.

        Most lines are blank or plain wrapped prose: ASCII, nothing to strip,
        nothing to normalise.  Those take the fast path below, which does what
        :meth:`line` and :meth:`content` would do, with the reader's state in
        local variables (the corpus has 220,000 lines); any other line goes
        through :meth:`line`, with the state handed over and taken back.
        """
        builder = self.builder
        # the builder's lists, appended to here as TextBuilder.put() would: a call per
        # line cost more than the rest of the fast path
        parts, segments = builder.lists()
        length, opened = builder.length, builder.in_paragraph
        layout_first, heading_first = _LAYOUT_FIRST, _HEADING_FIRST
        previous, soft, gap, title = self.previous, self.soft, self.gap, self.title
        # What the whole source lacks is not looked for line by line: no text of the
        # corpus holds a carriage return, a tab or a non-ASCII character, and a quarter
        # of them hold none of GPO's quotes (`` '').
        crlf, tabs, wide = "\r" in source, "\t" in source, not source.isascii()
        glued = self.glued = _GLUED_SECTION in source
        ticks, quotes, dashes = "`" in source, "''" in source, "--" in source
        offset = 0
        for raw in source.split("\n"):
            start = offset
            offset += len(raw) + 1
            if crlf:
                raw = raw.rstrip("\r")
            text = raw.strip()
            if not text:  # a blank line (NULs are not whitespace: they take line())
                if gap == _NONE:
                    gap = _BLANK
                continue
            if (
                (wide and not raw.isascii())
                or "\x00" in raw
                or "[" in text
                or (tabs and "\t" in raw)
                or (first := text[0]).isdigit()
                or (
                    first in layout_first
                    and text.startswith(_SLOW_STARTS)  # one call: most such lines are prose
                    and self._slow_first(text)
                )
                or (glued and _GLUED_SECTION in text)
                or ("(" in text and "(Presidential Sig.)" in text)
            ):
                if "\x00" in text and not text.strip("\x00 "):  # NUL filler: a blank line
                    if gap == _NONE:
                        gap = _BLANK
                    continue
                self.previous, self.soft, self.gap, self.title = previous, soft, gap, title
                builder.resume(length, opened)
                self.line(raw, start)
                if self.done:
                    return
                previous, soft, gap, title = self.previous, self.soft, self.gap, self.title
                length, opened = builder.length, builder.in_paragraph
                continue
            # a one-character test (memchr) before each two-character one
            if (
                (ticks and "`" in text)
                or "  " in text
                or (quotes and "'" in text and "''" in text)
                or (dashes and "-" in text and "--" in text)
            ):
                text = normalise_inline(text)
                if not text:
                    continue
            # -- the fast path of content(); a slice looked up (previous[-1:] in _RUNS_ON,
            # which no "—" ends with) costs less than str.endswith, whose arguments are
            # parsed the slow way, on every line
            join = " "
            if title == 2 and gap == _NONE and (soft or title_case(text)):
                new = False
            elif not opened:
                new = True
            elif gap == _PAGE:
                new = breaks_across_page(previous, text)
                if not new and previous[-1:] in _RUNS_ON and _runs_on(previous, text):
                    join = ""
            elif gap == _BLANK:
                new = True
            elif soft:
                new = False
            elif previous[-1:] in _RUNS_ON and _runs_on(previous, text):
                new, join = False, ""
            else:
                new = True
            if opened and not new:
                if join:
                    parts.append(join)
                    length += 1  # join is one space
            elif length:
                parts.append("\n")
                length += 1
            segments.append((length, start + len(raw) - len(raw.lstrip())))
            parts.append(text)
            length += len(text)
            opened = True
            if (
                first in _HEADING_INITIALS  # one set test for most lines
                and text.startswith(heading_first)
                and HEADING_LINE.fullmatch(text)
            ):
                title = 1
            elif title == 1 or (title == 2 and gap == _NONE):
                title = 2
            else:
                title = 0
            previous = text
            soft = raw[-1] == " "
            gap = _NONE
        self.previous, self.soft, self.gap, self.title = previous, soft, gap, title
        builder.resume(length, opened)

    @staticmethod
    def _slow_first(text: str) -> bool:
        """Whether a line starting with a layout line's first character needs :meth:`line`."""
        return (
            text.startswith("From the Federal Register")
            or text.startswith("Federal Register")
            or text.startswith(_QUOTED_ITEM)
            or text.startswith("L(")
            or _layout(text)
        )

    def _bracketed(self, stripped: str) -> bool:
        """Handle a line starting with ``[``: header block or trailer. True if consumed."""
        match = (
            FR_HEADER_VOLUME.match(stripped)
            if stripped.startswith("[Federal Register Volume")
            else None
        )
        if match:
            self.volume = int(match["volume"])
            return True
        if stripped.startswith(_HEADER_STARTS) and FR_HEADER_LINE.fullmatch(stripped):
            docno = FR_HEADER_DOCNO.match(stripped)
            if docno and self.docno is None:
                self.docno = docno["docno"].strip()
            if stripped.startswith("[Page") and self.first_page is None:
                digits = stripped[stripped.find(" ") + 1 :].split("-")[0].rstrip("]")
                self.first_page = _page_number(digits)
            return True
        match = FR_DOC_TRAILER.match(stripped) if stripped.startswith("[FR Doc") else None
        if match:
            self.docno = match["docno"].replace("–", "-")
            self.done = True
            return True
        return False

    def _with_page_markers(self, raw: str, stripped: str, source: int, soft: bool) -> None:
        position = 0
        base = source + (len(raw) - len(raw.lstrip()))
        for match in PAGE_MARKER.finditer(stripped):
            before = stripped[position : match.start()].strip()
            if before and not LAYOUT_LINE.fullmatch(before):  # "Billing code ... [[Page 311]]"
                self.content(before, base + position, True)
            self.page(match[_PAGE_NUMBER])
            position = match.end()
        rest = stripped[position:].strip()
        if rest and not LAYOUT_LINE.fullmatch(rest):
            self.content(rest, base + position, soft)


_HEADER_STARTS = (
    *("[Presidential Documents]", "[Page", "From the Federal Register Online", "[DOCID:"),
    "[FR Doc No:",
)
"""What every :data:`FR_HEADER_LINE` starts with: tested before the pattern."""


_SLOW_STARTS = (
    "From the Federal Register",
    "Federal Register",
    _QUOTED_ITEM,
    "L(",
    *_LAYOUT_STARTS,
)
"""What every line :meth:`_Reader._slow_first` sends to :meth:`_Reader.line` starts with."""


def _layout(line: str) -> bool:
    """Whether the stripped ``line`` is a :data:`LAYOUT_LINE`."""
    return line.startswith(_LAYOUT_STARTS) and LAYOUT_LINE.fullmatch(line) is not None


def _cut_short(reader: _Reader, source: str) -> list[ParseWarning]:
    """Warnings for a text that lacks what every FR document ends with: the signature
    (``(Presidential Sig.)`` or ``THE WHITE HOUSE``) and the ``[FR Doc.]`` trailer.
    A file cut short parsed silently and was preferred over complete versions."""
    out = []
    if not reader.signers and "THE WHITE HOUSE" not in source:
        out.append(
            warning(
                "fr-no-signature",
                "no signature ((Presidential Sig.) or THE WHITE HOUSE): the text may be cut short",
            )
        )
    if not reader.done and FR_DOC_LINE.search(source, max(0, len(source) - 4000)) is None:
        out.append(warning("fr-no-trailer", "no [FR Doc.] trailer: the text may be cut short"))
    return out


def read_fr_text(source: str, *, name: str | None = None) -> Text:
    """Read GPO raw Federal Register text into a normalised :class:`Text`."""
    reader = _Reader(name)
    reader.run(source)
    builder = reader.builder
    hints = Hints(
        volume=reader.volume,
        document_number=reader.docno,
        signers=tuple(reader.signers),
        citation_page=reader.first_page,
        source=name,
    )
    if not builder.has_pages and reader.first_page is not None:  # no [[Page]] markers at all
        builder.page(reader.first_page)
    reader.warnings.extend(_cut_short(reader, source))
    text = builder.build(
        format="fr_text", hints=hints, warnings=tuple(dict.fromkeys(reader.warnings))
    )
    return attrs.evolve(text, flush=flush_paragraphs(text, source))


_MARGIN_SAMPLE = 64
"""How many lines that go on a paragraph :func:`flush_paragraphs` measures for the margin."""

_GPO_MARGIN = 8
"""The least indent of the lines that go on a paragraph in GPO's layout (16 spaces, the
first line of a paragraph 20): a text whose lines start further left is laid out otherwise,
and its indents say nothing of what a paragraph goes on with."""


def flush_paragraphs(text: Text, source: str) -> tuple[int, ...]:
    """Where the paragraphs of ``text`` begin that ``source`` prints flush: a first line
    at the margin of the lines that go on a paragraph, after a blank line or a page marker
    (not a line the reader kept apart from the one before it), in a source that opens other
    paragraphs deeper (GPO's ``    (b) Following …`` against ``The Director shall …``
    after the list).  None where the source is not laid out as GPO's."""
    string = text.string
    margins: dict[int, int] = {}  # how many lines that go on a paragraph have each indent
    sampled = 0
    for at, origin in text.segments:  # a sample of such lines tells the margin
        if at and string[at - 1] == " ":
            indent = origin - source.rfind("\n", 0, origin) - 1
            margins[indent] = margins.get(indent, 0) + 1
            sampled += 1
            if sampled == _MARGIN_SAMPLE:
                break
    if not margins:
        return ()
    margin = max(margins, key=lambda indent: margins[indent])
    if margin < _GPO_MARGIN:
        return ()  # not GPO's layout ("(D)" on a line of its own, its words at the left)
    starts: dict[int, tuple[int, bool]] = {}  # a paragraph's start: its indent, after a gap
    # The lines in text order, each where it starts in the string and in the source (the
    # last line listed at an offset is the one that counts): those that open a paragraph
    # (the string's first, or after a line break) are read, without a dictionary of every
    # line and a walk from paragraph to paragraph to look them up in it.
    for at, first in text.segments:
        if at and string[at - 1] != "\n":
            continue  # a line that goes on a paragraph
        line = source.rfind("\n", 0, first) + 1
        gap = False
        if first - line == margin:  # flush: the line before, blank or a page marker?
            end = line - 1 if line else 0
            before = source[source.rfind("\n", 0, end) + 1 : end]
            gap = not before.strip() or before.lstrip().startswith("[[Page")
        starts[at] = (first - line, gap)
    if not any(indent > margin for indent, _ in starts.values()):
        return ()  # no paragraph opens deeper: its indents tell nothing apart
    return tuple(at for at, (indent, gap) in starts.items() if indent == margin and gap)
