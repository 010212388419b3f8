"""From a normalised :class:`~eoparse.read.base.Text` to an :class:`~eoparse.model.Order`.

A pure function: segment the document, weigh the header facts, build the
section tree, run the extractors.  Nothing here reads files.
"""

from __future__ import annotations

from eoparse.diagnostics import errors, warning
from eoparse.errors import NotAPresidentialDocument, StrictModeError
from eoparse.grammar.labels import SECTION_TOO_HIGH
from eoparse.kinds import extract_all
from eoparse.model import Kind, Order, ParseWarning, Span
from eoparse.powers.context import Context
from eoparse.read.base import Text
from eoparse.structure.header import read_header
from eoparse.structure.layout import segment
from eoparse.structure.sections import build_sections

NO_KIND_NUMBER_OR_DATE = "no kind, number or signing date: not a presidential document"


def not_an_order(order: Order) -> ParseWarning | None:
    """The ``not-an-order`` warning of ``order``, if the parse found it is none: what
    ``strict=True`` raises :class:`~eoparse.errors.NotAPresidentialDocument` for, and
    what the corpus loader refuses."""
    return next((w for w in order.warnings if w.code == "not-an-order"), None)


def _sections_too_high(string: str, body: tuple[Span, ...]) -> tuple[ParseWarning, ...]:
    """A warning for each paragraph opening with a section number above 999: never a
    heading, so its text stays inside the section before it."""
    out = []
    for start, end in body:
        if not string.startswith("S", start):
            continue  # every section marker starts with "S" (SECTION_WORD)
        match = SECTION_TOO_HIGH.match(string, start, min(end, start + 40))
        if match:
            out.append(
                warning(
                    "section-number-too-high",
                    f"Sec. {match['number']} is not read as a section heading: section "
                    "numbers above 999 are not headings; its text stays in the section before",
                    span=(start, match.end()),
                )
            )
    return tuple(out)


def build_order(text: Text, *, strict: bool = False) -> Order:
    """Parse a normalised text into an :class:`Order`.

    Lenient by default: what had to be guessed or repaired is listed in
    ``order.warnings`` (:class:`~eoparse.model.ParseWarning`).  With ``strict=True`` a
    warning of severity ``error`` (:mod:`eoparse.diagnostics`) raises
    :class:`~eoparse.errors.StrictModeError` instead, and nothing is returned;
    input that is not a presidential document (the ``not-an-order`` warning: no kind,
    number or signing date, or no heading and no body) raises
    :class:`~eoparse.errors.NotAPresidentialDocument`.
    """
    if not text.string.strip():
        raise NotAPresidentialDocument("no text to parse", source=text.hints.source)
    layout = segment(text)
    header = read_header(layout)
    string = layout.text.string
    sections, preamble, section_warnings, quotations = build_sections(
        string,
        list(layout.body),
        list(layout.annexes),
        frozenset(layout.text.flush),
    )
    signature: Span | None = None
    if layout.signature:
        signature = (layout.signature[0][0], layout.signature[-1][1])
    body_start = layout.body[0][0] if layout.body else len(string)
    context = Context(
        text=string,
        sections=sections,
        paragraphs=layout.paragraphs,
        body_start=body_start,
        signature=signature,
        quotations=quotations,
        kind=header.kind,
        number=header.number,
        title=layout.title,
    )
    found = extract_all(context)
    warnings: tuple[ParseWarning, ...] = tuple(
        dict.fromkeys((*layout.text.warnings, *header.warnings, *section_warnings))
    )
    warnings += _sections_too_high(string, layout.body)
    if not layout.heading and not layout.body:
        warnings += (
            warning(
                "not-an-order", "no heading and no body: this may not be a presidential document"
            ),
        )
    elif header.kind is Kind.OTHER and header.number is None and header.signed is None:
        warnings += (warning("not-an-order", NO_KIND_NUMBER_OR_DATE),)
    if strict and errors(warnings):
        refusal = next((w for w in warnings if w.code == "not-an-order"), None)
        if refusal is not None:
            raise NotAPresidentialDocument(refusal.message, source=text.hints.source)
        raise StrictModeError(warnings, source=text.hints.source)
    return Order(
        kind=header.kind,
        number=header.number,
        title=header.title,
        signed=header.signed,
        president=header.president,
        citation=header.citation,
        document_number=header.document_number,
        text=string,
        sections=sections,
        preamble=preamble,
        signature=signature,
        quotations=quotations,
        pages=layout.text.pages,
        boxes=layout.text.boxes,
        source_format=layout.text.format,
        warnings=warnings,
        **found,
    )
