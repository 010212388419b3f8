"""What a parse can warn about: one table of warning codes, with their severity.

Every stage reports what it guessed, repaired or could not find as a
:class:`~eoparse.model.ParseWarning` made by :func:`warning` from a code of
:data:`CODES`; the code fixes the severity, so the same fact always weighs
the same.  ``strict=True`` fails on the ``error`` ones only: the document is
probably not what the parse says (not an order; no number or date found;
sections out of sequence).  Expected layout facts (a signature image, a
format read from content rather than the file name) are ``info``.
"""

from __future__ import annotations

from eoparse.model import ParseWarning, Severity, Span

INFO, WARNING, ERROR = Severity.INFO, Severity.WARNING, Severity.ERROR

CODES: dict[str, tuple[Severity, str]] = {
    # read/
    "encoding-guessed": (WARNING, "the bytes were not UTF-8 (or had no byte-order mark)"),
    "encoding-repaired": (WARNING, "a few bytes of a UTF-8 file were invalid: each became U+FFFD"),
    "format-mismatch": (INFO, "the file name promises another format than the content holds"),
    "image-not-carried": (INFO, "an image (a table, a map, an Annex, the signature) has no text"),
    "several-documents": (WARNING, "the file holds several documents; one was read"),
    "pdf-truncated": (WARNING, "the PDF ends without %%EOF: its text may be incomplete"),
    "fr-no-signature": (WARNING, "FR raw text without its signature: it may be cut short"),
    "fr-no-trailer": (WARNING, "FR raw text without its [FR Doc.] trailer: it may be cut short"),
    # structure/header
    "date-misprint": (WARNING, "a misprinted month was read as the closest month"),
    "no-heading-date": (WARNING, "the heading prints no signing date"),
    "date-from-signature": (INFO, "the signing date was read from the signature block"),
    "dates-disagree": (WARNING, "the heading's date and the signature's date differ"),
    "number-conflict": (WARNING, "the heading's number and the file name's number differ"),
    "number-from-filename": (WARNING, "the number was taken from the file name"),
    "number-implausible": (WARNING, "the number does not fit the signing date"),
    "no-number": (WARNING, "an executive order or proclamation without a number (web text)"),
    "no-signing-date": (ERROR, "no signing date was found anywhere"),
    # structure/sections
    "section-duplicate": (WARNING, "a section path appears twice; the later one is renamed"),
    "nesting-too-deep": (WARNING, "paragraphs nested deeper than the tree keeps"),
    "paragraph-out-of-sequence": (WARNING, "a paragraph label does not follow the one before"),
    "sections-out-of-sequence": (ERROR, "the section numbers do not run in sequence"),
    "section-number-too-high": (WARNING, "a section number above 999 is never read as a heading"),
    # parser
    "not-an-order": (ERROR, "no kind, number, date, heading or body: not a presidential document"),
}
"""Every warning code: its severity and what it means (docs/model.md lists them)."""


def warning(
    code: str, message: str, *, where: str | None = None, span: Span | None = None
) -> ParseWarning:
    """A :class:`ParseWarning` of ``code`` (its severity from :data:`CODES`).

    Raises ``KeyError`` for a code the table does not hold: a new warning
    gets a row there first.
    """
    severity, _ = CODES[code]
    return ParseWarning(code, message, where, span, severity)


def errors(warnings: tuple[ParseWarning, ...]) -> tuple[ParseWarning, ...]:
    """The warnings of severity ``error``: what makes ``strict=True`` fail."""
    return tuple(w for w in warnings if w.severity is Severity.ERROR)


__all__ = ["CODES", "ERROR", "INFO", "WARNING", "errors", "warning"]
