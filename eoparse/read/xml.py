"""Federal Register XML: GPO's FR schema, as federalregister.gov and govinfo serve it.

A presidential document is ``PRESDOCU > EXECORD | PROCLA | PRMEMO | PRNOTICE |
DETERM`` (or one of them alone, or a whole ``FEDREG`` issue), with the
``Title 3—`` / ``The President`` lines (``TITLE3``, ``PRES``), the number line
(``EXECORDR``, ``PROC``, ``PNOTICE``, ``MEMO``, ``DETNO``…), the title
(``HD SOURCE="HED"``, sometimes continued in an ``LI``), flat paragraphs
(``FP``, ``P`` with ``SOURCE="P1"`` indents, ``TXT`` after an ``ST1`` label,
``<E T="04">Sec. 3.</E>`` section numbers), the signature (``PSIG``, ``PLACE``,
``DATE``), images (``GPH``/``GID``) and the trailer (``FRDOC``, ``FILED``,
``BILCOD``).  ``PRTPAGE P="…"`` marks where a printed page starts, anywhere.
The structure is flat: each block element becomes one paragraph and the
section tree is rebuilt from the text, as for every other format.

The XML is parsed with the standard library's expat parser after refusing
any ``DOCTYPE`` or ``ENTITY`` declaration (FR XML has none): no entity can be
expanded and nothing is fetched.  Malformed XML raises
:class:`~eoparse.errors.MalformedXML` naming the line and column.

FR XML does not print the FR volume; it is inferred from the ``Filed`` date
(or the year in the FR document number) and the first page: a document filed
in late December and printed on a low page belongs to the next year's volume.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import attrs
import regex

from eoparse.diagnostics import warning
from eoparse.errors import MalformedXML, NotAPresidentialDocument
from eoparse.grammar.dates import NUMERIC_DATE, full_year
from eoparse.grammar.patterns import HEADING, HEADING_LINE
from eoparse.model import Kind, ParseWarning
from eoparse.read.base import (
    MAX_PAGE_DIGITS,
    Hints,
    Text,
    TextBuilder,
    normalise_inline,
    page_number,
)
from eoparse.read.patterns import FR_DOC_TRAILER
from eoparse.read.patterns import SIGNATURE_IMAGE as _SIGNATURE_IMAGE

_DECLARATION = regex.compile(r"<!\s*(?:DOCTYPE|ENTITY)\b", regex.IGNORECASE)

DOCUMENT_KINDS = {
    "EXECORD": Kind.EXECUTIVE_ORDER,
    "PROCLA": Kind.PROCLAMATION,
    "PRMEMO": Kind.MEMORANDUM,
    "PRNOTICE": Kind.NOTICE,
    "DETERM": Kind.DETERMINATION,
    "PRORDER": Kind.OTHER,
}
"""The presidential-document elements of FR XML and the kind each holds."""

_NUMBER_LINES = frozenset({"EXECORDR", "PROC", "PNOTICE", "MEMO", "DETNO", "PRORDR", "NOTICE"})
_SKIPPED = frozenset({"TITLE3", "PRES", "BILCOD", "FILED", "FRDOC", "PSIG", "GID", "PRTPAGE"})
_CONTAINERS = frozenset(
    {"PRESDOCU", "PRESDOCS", "PRESDOC", "ANNEX", "EXTRACT", "GPOTABLE", "NEWPART", "FEDREG"}
    | set(DOCUMENT_KINDS)
)
_LABELS = frozenset({"ST1", "ST2", "ST3", "ST4"})
_ROWS = frozenset({"ROW", "BOXHD"})

_FILED = regex.compile(rf"Filed\ {NUMERIC_DATE}", regex.VERBOSE)
_DOCNO_YEAR = regex.compile(r"[A-Z]?(?P<year>\d{4}|\d{1,2})[-–]\d")

IMAGE_WARNING = "an image (a table, a map, an annex or signature) is not carried by the text"

Piece = str | int
"""Inline content: text, or the number of a printed page that starts here."""


def infer_volume(filed: str | None, docno: str | None, first_page: int | None) -> int | None:
    """The FR volume of a document filed on ``filed`` and printed from ``first_page`` on.

    ``filed`` is the trailer's ``Filed 9-24-01; 1:05 pm]``, ``docno`` the FR
    document number (``01-24205``, ``E9-31418``, ``2025-02004``).
    """
    year: int | None = None
    month: int | None = None
    match = _FILED.search(filed or "")
    if match:
        year, month = full_year(match["year"]), int(match["month"])
    numbered = _DOCNO_YEAR.match(docno or "")
    if numbered:
        numbered_year = full_year(numbered["year"])
        # A number given in December and filed in January (06-9993, filed 1-3-07) keeps
        # the filing year; otherwise the number's year outranks a misprinted Filed date.
        if year is None or not (month == 1 and numbered_year == year - 1):
            year = numbered_year
    if year is None:
        return None
    if month == 12 and first_page is not None and first_page < 5000:
        year += 1  # filed at the end of December, printed in January
    return year - 1935 if year > 1935 else None


def parse_xml(source: str, *, name: str | None = None) -> ET.Element:
    """Parse ``source`` safely: no DOCTYPE, no entities, errors as :class:`MalformedXML`."""
    declaration = _DECLARATION.search(source)
    if declaration:
        line = source.count("\n", 0, declaration.start()) + 1
        raise MalformedXML(
            f"line {line}: DOCTYPE and ENTITY declarations are refused "
            "(Federal Register XML has none; no entity is expanded, nothing is fetched)",
            source=name,
        )
    try:
        return ET.fromstring(source)
    except ET.ParseError as error:
        line, column = error.position
        message = str(error).split(":")[0]
        raise MalformedXML(
            f"not well-formed XML at line {line}, column {column + 1}: {message}", source=name
        ) from None


_DECIMAL_END = regex.compile(r"\d\.\s*$")
_DIGIT_START = regex.compile(r"(?<!\s)\s*+\d")
"""Leading space and a digit (searched, a run of spaces is tried once, not from each space)."""

_MAX_NESTING = 64
"""Inline elements nested deeper than this are read as plain text (FR XML nests two or
three): hostile XML cannot exhaust the stack or be read in quadratic time."""


class _BadPage(Exception):
    """A ``PRTPAGE P`` of digits that no page has (superscripts, thousands of digits)."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value


def _page(element: ET.Element) -> int | None:
    """The page a ``PRTPAGE`` starts: None when ``P`` is not a number, as ever;
    :class:`_BadPage` when it is digits that make no page number."""
    value = element.get("P", "")
    number = page_number(value)
    if number is None and value.isdigit():
        raise _BadPage(value)
    return number


def _bad_page(source: str, value: str, name: str | None) -> MalformedXML:
    """The error for a bad page number, with the line it stands on."""
    found = max(source.find(f'P="{value}"'), source.find(f"P='{value}'"))
    line = source.count("\n", 0, found) + 1 if found != -1 else None
    shown = value if len(value) <= 20 else f"{value[:12]}… ({len(value):,} digits)"
    where = f"line {line}: " if line is not None else ""
    return MalformedXML(
        f"{where}PRTPAGE P={shown!r} is not a page number "
        f"(ASCII digits, at most {MAX_PAGE_DIGITS})",
        source=name,
    )


def _inline(element: ET.Element, out: list[Piece], depth: int = 0) -> None:
    """The text of ``element`` and its descendants, with printed-page marks.

    Emphasis (``E``) needs care where the XML was pretty-printed or run
    together: ``<E>Sec. 2.</E>`` + newline + ``<E>1. </E>`` is ``Sec. 2.1.``;
    ``<E>Membership.</E>(a)`` is printed ``Membership. (a)``.
    """
    if depth >= _MAX_NESTING:
        out.append("".join(element.itertext()))
        return
    if element.text:
        out.append(element.text)
    children = list(element)
    for index, child in enumerate(children):
        if child.tag == "PRTPAGE":
            page = _page(child)
            if page is not None:
                out.append(page)
        elif child.tag != "GPH":
            _inline(child, out, depth + 1)
        tail = child.tail or ""
        if child.tag == "E":
            emphasised = "".join(child.itertext())
            following = children[index + 1] if index + 1 < len(children) else None
            if (
                tail.isspace()
                and "\n" in tail
                and following is not None
                and following.tag == "E"
                and _DECIMAL_END.search(emphasised)
                and _DIGIT_START.match(following.text or "")
            ):
                tail = ""
            elif (
                tail
                and emphasised.rstrip().endswith((".", ":"))
                and (tail[0].isalnum() or tail[0] in "(\"'\u201c\u2018")
            ):
                tail = " " + tail
        if tail:
            out.append(tail)


def _pages(element: ET.Element, out: list[Piece]) -> None:
    """Only the printed-page marks inside ``element`` (its text is layout)."""
    for child in element.iter("PRTPAGE"):
        page = _page(child)
        if page is not None:
            out.append(page)


class _Reader:
    """Walks one presidential document, one paragraph per block element."""

    def __init__(self, name: str | None) -> None:
        self.name = name
        self.paragraphs: list[list[Piece]] = []
        self.tags: list[str] = []  # each paragraph's element: FP flush, P indented …
        self.pending: list[Piece] = []  # page marks between paragraphs
        self.signers: list[str] = []
        self.docno: str | None = None
        self.filed: str | None = None
        self.warnings: list[ParseWarning] = []
        self.heading = False
        self.title: list[Piece] | None = None  # the title paragraph, while it may continue
        self.label: list[Piece] | None = None  # an ST1 label waiting for its TXT

    def paragraph(self, pieces: list[Piece], tag: str = "") -> list[Piece]:
        if self.label is not None:
            pieces = [*self.label, " ", *pieces]
            self.label = None
        paragraph = [*self.pending, *pieces]
        self.pending = []
        self.paragraphs.append(paragraph)
        self.tags.append(tag)
        return paragraph

    def walk(self, element: ET.Element) -> None:
        """Read the blocks inside ``element``, through containers at any depth.

        A stack of iterators rather than recursion: hostile XML may nest
        containers thousands deep.
        """
        stack = [iter(element)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif child.tag in _CONTAINERS:
                stack.append(iter(child))
            else:
                self.block(child)

    def block(self, element: ET.Element) -> None:
        tag = element.tag
        if tag in _CONTAINERS:
            self.walk(element)
            return
        if tag == "PRTPAGE":
            _pages(element, self.pending)
            return
        if tag == "GPH":
            _pages(element, self.pending)
            image = element.findtext("GID") or ""
            match = _SIGNATURE_IMAGE.search(image)
            if match:
                self.signers.append(match["who"])
            elif not image.upper().endswith(".EPS"):
                self.warnings.append(warning("image-not-carried", IMAGE_WARNING))
            return
        if tag in _SKIPPED:
            _pages(element, self.pending)
            text = " ".join("".join(element.itertext()).split())
            if tag == "PSIG" and text:
                self.signers.append(text)
            elif tag == "FRDOC":
                match = FR_DOC_TRAILER.match(text if text.startswith("[") else "[" + text)
                if match and self.docno is None:
                    self.docno = match["docno"].replace("–", "-")
                if "Filed" in text:
                    self.filed = text
            elif tag == "FILED":
                self.filed = text
            return
        pieces: list[Piece] = []
        if tag in _ROWS:
            for cell in element:
                _inline(cell, pieces)
                pieces.append(" ")
        else:
            _inline(element, pieces)
        text = normalise_inline(" ".join(p for p in pieces if isinstance(p, str)))
        if not text:
            self.pending.extend(p for p in pieces if isinstance(p, int))
            return
        if tag in _LABELS:
            self.label = [*self.pending, *pieces]
            self.pending = []
            return
        if tag == "LI" and self.title is not None:
            self.title.extend(
                [" ", *pieces]
            )  # the title continues: "… Princeville, / North Carolina"
            return
        starts_title = (
            self.heading and tag == "HD" and self.title is None and not self.paragraphs[1:]
        )
        if tag in _NUMBER_LINES or (not self.heading and HEADING_LINE.fullmatch(text)):
            self.heading = True
        paragraph = self.paragraph(pieces, tag)
        if starts_title:
            self.title = paragraph
        elif self.title is not None:
            self.title = None
            self.heading = False


def _documents(root: ET.Element) -> list[ET.Element]:
    if root.tag in DOCUMENT_KINDS:
        return [root]
    return [element for element in root.iter() if element.tag in DOCUMENT_KINDS]


def _number_of(document: ET.Element) -> int | None:
    for element in document:
        if element.tag in _NUMBER_LINES:
            match = HEADING.match(normalise_inline("".join(element.itertext())))
            if match and match["number"]:
                digits = match["number"].replace(",", "")
                return page_number(digits)
    return None


def read_xml(source: str, *, name: str | None = None, number: int | None = None) -> Text:
    """Read Federal Register XML into a normalised :class:`Text`.

    A file holding several presidential documents (a whole issue) gives the
    one the file name numbers (``number``), else the first, with a warning.
    """
    root = parse_xml(source, name=name)
    documents = _documents(root)
    warnings: list[ParseWarning] = []
    volume: int | None = None
    vol = root.findtext("VOL") if root.tag == "FEDREG" else None
    if vol:
        volume = page_number(vol.strip())
    if not documents:
        if root.tag not in ("PRESDOCU", "PRESDOCS"):
            raise NotAPresidentialDocument(
                f"XML root <{root.tag}> holds no presidential document "
                f"({', '.join(DOCUMENT_KINDS)})",
                source=name,
            )
        document = root
    else:
        document = documents[0]
        if len(documents) > 1:
            chosen = next((d for d in documents if _number_of(d) == number), None)
            document = chosen if chosen is not None else documents[0]
            warnings.append(
                warning(
                    "several-documents",
                    f"the XML holds {len(documents)} presidential documents; "
                    f"read the {'one numbered ' + str(number) if chosen is not None else 'first'}",
                )
            )
    reader = _Reader(name)
    try:
        reader.walk(document)
    except _BadPage as bad:
        raise _bad_page(source, bad.value, name) from None
    builder = TextBuilder()
    first_page: int | None = None
    flush: list[int] = []  # FP: printed flush (Text.flush)
    indented = False  # any P: the flush ones say something
    for index, paragraph in enumerate(reader.paragraphs):
        before = builder.length
        first_page = write_paragraph(builder, paragraph, index, first_page)
        if builder.length > before and reader.tags[index] == "FP":
            flush.append(before + 1 if before else 0)
        indented = indented or reader.tags[index] == "P"
    if volume is None:
        volume = infer_volume(reader.filed, reader.docno, first_page)
    hints = Hints(
        volume=volume,
        document_number=reader.docno,
        signers=tuple(reader.signers),
        kind=DOCUMENT_KINDS.get(document.tag),
        source=name,
    )
    text = builder.build(
        format="xml",
        hints=hints,
        warnings=tuple(dict.fromkeys(warnings + reader.warnings)),
    )
    if not indented:
        return text  # nothing printed indented: flush says nothing
    return attrs.evolve(text, flush=tuple(flush))


def write_paragraph(
    builder: TextBuilder, pieces: list[Piece], source: int, first: int | None
) -> int | None:
    """Write one paragraph of pieces; page marks fall where they stand.  Returns the first page."""
    buffer: list[str] = []
    spaced = False  # the text before a page mark ended with a space

    def flush() -> None:
        nonlocal spaced
        raw = "".join(buffer)
        buffer.clear()
        text = normalise_inline(raw)
        if text:
            join = " " if spaced or raw[:1].isspace() else ""
            builder.add(text, source, join=join)
            spaced = raw[-1:].isspace()

    for piece in pieces:
        if isinstance(piece, int):
            flush()
            builder.page(piece)
            if first is None:
                first = piece
        else:
            buffer.append(piece)
    flush()
    builder.paragraph()
    return first


__all__ = [
    "DOCUMENT_KINDS",
    "IMAGE_WARNING",
    "infer_volume",
    "parse_xml",
    "read_xml",
    "write_paragraph",
]
