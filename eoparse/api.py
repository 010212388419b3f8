"""The public entry points: :func:`parse`, :func:`parse_text`, :func:`parse_bytes`."""

from __future__ import annotations

import os

from eoparse.model import Order
from eoparse.parser import build_order
from eoparse.read import DEFAULT_PDF_BACKEND, read_bytes, read_path, read_text
from eoparse.read.limits import Limits


def parse(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
    limits: Limits | None = None,
) -> Order:
    """Parse the presidential document in the file at ``path``.

    The format (Federal Register PDF, FR XML, federalregister.gov HTML, FR
    raw text, pdftotext output, White House Markdown, plain text) is
    recognised from the content.  PDFs are read with ``pdf_backend``:
    ``"pdfium"`` (the default, fast) or ``"pdfplumber"``; both give the same
    text, and word boxes for :meth:`~eoparse.model.Order.locate`.
    ``limits`` (:class:`~eoparse.read.limits.Limits`) replaces the documented
    limits on what is read (:data:`~eoparse.read.limits.DEFAULT_LIMITS`).

    Raises ``FileNotFoundError`` / ``IsADirectoryError`` for a path that does
    not exist or is a folder, and an :class:`~eoparse.errors.EOParseError`
    subclass for anything else: :class:`~eoparse.errors.UnreadableFile` for a
    path that cannot be read (permission, symbolic-link loop, a device or a
    FIFO), :class:`~eoparse.errors.InputTooLarge`, a format's own errors, an
    unknown ``pdf_backend``.  With ``strict=True``, input that is not a
    presidential document raises
    :class:`~eoparse.errors.NotAPresidentialDocument`.
    """
    text = read_path(path, pdf_backend=pdf_backend, strict=strict, limits=limits)
    return build_order(text, strict=strict)


def parse_text(
    text: str,
    *,
    strict: bool = False,
    format: str | None = None,
    name: str | None = None,
    limits: Limits | None = None,
) -> Order:
    """Parse a presidential document given as a string.

    ``format`` forces one of :data:`eoparse.read.TEXT_FORMATS` instead of
    recognising it; ``name`` (a file name, say) is used in messages and as a
    weak hint for the order's number.
    """
    return build_order(read_text(text, name=name, format=format, limits=limits), strict=strict)


def parse_bytes(
    data: bytes,
    name: str | None = None,
    *,
    strict: bool = False,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
    limits: Limits | None = None,
) -> Order:
    """Parse a document given as bytes; the format is recognised from the content.

    ``name`` (a file name, say) is used in messages and as a weak hint; it
    does not decide the format.  ``pdf_backend`` and ``limits`` are as for
    :func:`parse`.
    """
    return build_order(
        read_bytes(data, name=name, pdf_backend=pdf_backend, strict=strict, limits=limits),
        strict=strict,
    )
