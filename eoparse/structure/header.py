"""Header facts: kind, number, title, signing date, president, FR citation, document number.

Each fact is weighed from every place that states it — the heading line, the
signature block, the body (``I, GEORGE W. BUSH, President``), the layout
hints (FR volume, ``[FR Doc. …]``, front matter, signature markers), the file
name — and the best-supported answer wins.  Misprints (``Janaury``, a number
out of its president's range, no date in the heading) are repaired where the
other evidence allows, with a warning saying so.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import regex
from attrs import frozen

from eoparse.diagnostics import warning
from eoparse.grammar.dates import parse_date, parse_testimonium
from eoparse.grammar.patterns import (
    CONTINUATION_NOTICE,
    MEMO_OPENER,
    ORDERED,
    PRESIDENT_FIRST_PERSON,
    PROCLAIM,
    TITLE_PREFIX,
    WITNESS,
)
from eoparse.model import Kind, ParseWarning
from eoparse.structure.layout import Layout
from eoparse.structure.presidents import (
    plausible_eo_number,
    president_named,
    president_of_eo,
    president_on,
)

_KINDS = {
    "executive order": Kind.EXECUTIVE_ORDER,
    "proclamation": Kind.PROCLAMATION,
    "memorandum": Kind.MEMORANDUM,
    "presidential memorandum": Kind.MEMORANDUM,
    "national security presidential memorandum": Kind.MEMORANDUM,
    "presidential policy directive": Kind.MEMORANDUM,
    "notice": Kind.NOTICE,
    "presidential determination": Kind.DETERMINATION,
    "determination": Kind.DETERMINATION,
}
_TITLE_KIND = regex.compile(
    r"(?:A\ )?(?P<kind>Executive\ Order|Proclamation|Presidential\ Memorandum|Memorandum|Notice)\b",
    regex.VERBOSE | regex.IGNORECASE,
)
_SPACES = regex.compile(r"\s++")  # (possessive: a run of spaces is never given back)
_DOCNO = regex.compile(r"[A-Z]?\d{1,4}-\d{1,6}(?:-\d{1,3})?")


@frozen
class Header:
    """The header facts of one document and the warnings weighing them produced."""

    kind: Kind
    number: int | None
    title: str | None
    signed: dt.date | None
    president: str | None
    citation: str | None
    document_number: str | None
    warnings: tuple[ParseWarning, ...]


def _without_format_characters(title: str) -> str:
    """``title`` without format characters (Unicode category Cf: a byte-order mark, a
    word joiner in ``COVID-\u206019``, zero-width spaces, soft hyphens), stripped."""
    if title.isascii():
        return title
    return "".join(c for c in title if unicodedata.category(c) != "Cf").strip()


def read_header(layout: Layout) -> Header:
    """Weigh every statement of the header facts in ``layout`` and its text's hints."""
    text = layout.text
    hints = text.hints
    string = text.string
    warnings: list[ParseWarning] = []
    heading = layout.heading

    # -- kind
    kind: Kind | None = None
    if heading is not None:
        kind = _KINDS.get(heading.kind.lower())
    if kind is None and hints.title:
        match = _TITLE_KIND.match(hints.title)
        if match:
            kind = _KINDS.get(match["kind"].lower())
    if kind is None:
        kind = hints.kind
    if kind is None:
        kind = _kind_from_body(string)

    # -- signing date
    signed: dt.date | None = None
    if heading is not None and heading.date:
        signed, guessed = parse_date(heading.date)
        if guessed:
            warnings.append(
                warning(
                    "date-misprint",
                    f"heading date {heading.date!r} is misprinted; read as {signed}",
                )
            )
    signature_text = " ".join(string[s:e] for s, e in layout.signature)
    signature_date = _signature_date(signature_text)
    if signed is None:
        if heading is not None:
            warnings.append(warning("no-heading-date", "the heading prints no signing date"))
        signed = signature_date or hints.date
        if signed is not None and heading is not None:
            warnings.append(
                warning(
                    "date-from-signature", f"signing date {signed} taken from the signature block"
                )
            )
    elif signature_date is not None and signature_date != signed:
        warnings.append(
            warning(
                "dates-disagree",
                f"heading date {signed} differs from the signature date {signature_date}",
            )
        )

    # -- number
    number: int | None = None
    printed = _number(heading.number) if heading is not None and heading.number else None
    if kind in (Kind.EXECUTIVE_ORDER, Kind.PROCLAMATION):
        number = printed
        if kind is Kind.EXECUTIVE_ORDER and printed is not None and hints.number is not None:
            if printed != hints.number:
                if not plausible_eo_number(printed, signed) and plausible_eo_number(
                    hints.number, signed
                ):
                    warnings.append(
                        warning(
                            "number-conflict",
                            f"heading prints number {printed}, implausible for {signed}; "
                            f"using {hints.number} from the file name",
                        )
                    )
                    number = hints.number
                else:
                    warnings.append(
                        warning(
                            "number-conflict",
                            f"heading prints number {printed} "
                            f"but the file name says {hints.number}",
                        )
                    )
        elif printed is None and hints.number is not None:
            number = hints.number
            warnings.append(
                warning("number-from-filename", f"number {number} taken from the file name")
            )
        elif (
            kind is Kind.EXECUTIVE_ORDER
            and printed is not None
            and signed is not None
            and not plausible_eo_number(printed, signed)
        ):
            warnings.append(
                warning(
                    "number-implausible",
                    f"number {printed} is implausible for an order signed on {signed}",
                )
            )
        if number is None:
            name = kind.value.replace("_", " ")
            warnings.append(warning("no-number", f"no number found for this {name}"))
    if signed is None:
        warnings.append(warning("no-signing-date", "no signing date found"))

    # -- title
    title: str | None = None
    if layout.title is not None:
        title = string[layout.title[0] : layout.title[1]].strip()
    elif hints.title:
        prefix = TITLE_PREFIX.match(hints.title)
        title = (hints.title[prefix.end() :] if prefix else hints.title).strip() or hints.title
        title = title.replace("\u00a0", " ")
        title = _SPACES.sub(" ", title)
    if title is not None:
        title = _without_format_characters(title)

    # -- president
    president = _president(layout, signature_text, signed, number, kind)

    # -- citation and FR document number
    citation: str | None = None
    page = text.page_at(0)
    first = hints.citation_page
    if first is not None and (page is None or (not layout.cover and first != page)):
        # Without a cover page the document starts on the first page of its
        # [Pages a-b] range, even where GPO's page markers are misplaced.
        page = first
    if hints.volume is not None and page is not None:
        citation = f"{hints.volume} FR {page}"
    docno = hints.document_number
    if docno is not None:
        match = _DOCNO.search(docno.replace("–", "-"))
        docno = match[0] if match else docno.strip()

    return Header(
        kind=kind,
        number=number,
        title=title,
        signed=signed,
        president=president,
        citation=citation,
        document_number=docno,
        warnings=tuple(warnings),
    )


def _number(printed: str) -> int | None:
    digits = printed.replace(",", "")
    return int(digits) if digits.isdigit() else None


def _signature_date(signature: str) -> dt.date | None:
    if not signature:
        return None
    if WITNESS.search(signature):
        found = parse_testimonium(signature)
        if found is not None:
            return found
    found, _ = parse_date(signature)
    return found


def _kind_from_body(string: str) -> Kind:
    head = string[:6000]
    if MEMO_OPENER.search(head[:1500]):
        return Kind.MEMORANDUM
    if PROCLAIM.search(string):
        return Kind.PROCLAMATION
    if ORDERED.search(head):
        return Kind.EXECUTIVE_ORDER
    if CONTINUATION_NOTICE.search(head):
        return Kind.NOTICE
    return Kind.OTHER


def _first_person(string: str) -> regex.Match[str] | None:
    """The first :data:`PRESIDENT_FIRST_PERSON` in ``string``: tried only where its
    literal ``I, `` stands (a literal search), not at every position of the order."""
    at = string.find("I, ")
    while at >= 0:
        match = PRESIDENT_FIRST_PERSON.match(string, at)  # \b sees the character before
        if match is not None:
            return match
        at = string.find("I, ", at + 1)
    return None


def _president(
    layout: Layout, signature: str, signed: dt.date | None, number: int | None, kind: Kind
) -> str | None:
    hints = layout.text.hints
    for signer in (*hints.signers, signature):
        if signer:
            found = president_named(signer, signed)
            if found is not None:
                return found.name
    match = _first_person(layout.text.string)
    if match:
        found = president_named(match["name"], signed)
        if found is not None:
            return found.name
    if signed is not None:
        found = president_on(signed)
        if found is not None:
            return found.name
    if number is not None and kind is Kind.EXECUTIVE_ORDER:
        found = president_of_eo(number)
        if found is not None:
            return found.name
    return None
