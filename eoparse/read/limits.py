"""How much eoparse reads: the documented limits on every input, and how to change them.

Each limit is far above any presidential document and below what would
exhaust memory.  :data:`DEFAULT_LIMITS` is used unless a call passes its own
``limits=Limits(...)`` (``parse``, ``parse_bytes``, ``read_path`` …);
``attrs.evolve(DEFAULT_LIMITS, pdf_pages=5000)`` raises one and keeps the
others.  A limit that is hit raises an :class:`~eoparse.errors.EOParseError`
naming it: :class:`~eoparse.errors.InputTooLarge` for the input size,
:class:`~eoparse.errors.UnreadablePDF` for the PDF limits.
"""

from __future__ import annotations

from attrs import frozen

MB = 1024 * 1024


@frozen
class Limits:
    """The limits of one read; every field is documented in docs/formats.md."""

    input_bytes: int = 64 * MB
    """Bytes of a file (characters of a string) read at most; one byte more is refused."""
    pdf_pages: int = 2_000
    """Pages of a PDF read at most (a 300-page Federal Register PDF is about 13 MB)."""
    pdf_page_chars: int = 100_000
    """Characters on one PDF page (a full Federal Register page holds about 10,000)."""
    pdf_chars: int = 5_000_000
    """Characters in the whole PDF (about 500 full Federal Register pages)."""
    pdf_stream_bytes: int = 4 * MB
    """What one PDF stream other than an image or a font may inflate to (a
    Federal Register page's content stream inflates to about 100 kB): the
    guard against a compression bomb, checked before any PDF library reads it."""
    pdf_inflated_bytes: int = 256 * MB
    """What all the PDF's compressed streams other than images may inflate to, together."""


DEFAULT_LIMITS = Limits()
"""The limits used unless a call passes its own."""

__all__ = ["DEFAULT_LIMITS", "MB", "Limits"]
