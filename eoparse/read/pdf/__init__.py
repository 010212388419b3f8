"""Federal Register PDFs: words with their page and position, read by one of two backends.

A backend (:mod:`~eoparse.read.pdf.backends`: ``pdfium``, the default, or
``pdfplumber``) turns each PDF page into characters with boxes.  Everything
after that is shared, so the backends give the same text:

- :mod:`~eoparse.read.pdf.words`: the characters are grouped into lines by
  their baseline, lines split where a gap wider than 2.5 times the type size
  separates the side column from the body, words split at space characters
  and at gaps wider than a fifth of the type size;
- :mod:`~eoparse.read.pdf.layout`: the body's measures are taken and the
  layout is stripped — running heads, page numbers, the ``Presidential
  Documents`` label, the Part masthead and cover, the side column (where the
  FR trailer and billing code sit), printer's margin notes (rotated text and
  the ``VerDate`` line; the signature image's name, ``Trump.EPS``, is kept as
  a hint), signature glyphs;
- :mod:`~eoparse.read.pdf.paragraphs`: the lines are joined into paragraphs
  by geometry: a line that stops short of the right edge of the column ends
  its paragraph, and so does extra space above the next line;
- :mod:`~eoparse.read.pdf.hyphens`: words broken across lines are mended
  (``Ter-`` / ``rorist`` → ``Terrorist``) unless the document itself spells
  the compound with its hyphen;
- :mod:`~eoparse.read.pdf.reader`: :func:`read_pdf` runs the stages and
  writes the :class:`~eoparse.read.base.Text`, where every word keeps its box
  (:attr:`~eoparse.read.base.Text.boxes`).
"""

from __future__ import annotations

from eoparse.errors import UnknownPDFBackend
from eoparse.read.pdf.backends import DEFAULT_PDF_BACKEND, PDF_BACKENDS, check_backend
from eoparse.read.pdf.reader import NO_TEXT_LAYER, looks_like_pdf, read_pdf

__all__ = [
    "DEFAULT_PDF_BACKEND",
    "NO_TEXT_LAYER",
    "PDF_BACKENDS",
    "UnknownPDFBackend",
    "check_backend",
    "looks_like_pdf",
    "read_pdf",
]
