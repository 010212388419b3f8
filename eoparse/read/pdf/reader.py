"""The whole file: a backend's pages → lines → the layout stripped → the document's
paragraphs → a :class:`~eoparse.read.base.Text` with a box for every word."""

from __future__ import annotations

import attrs

from eoparse.diagnostics import warning
from eoparse.errors import UnreadablePDF
from eoparse.model import ParseWarning, WordBox
from eoparse.read.base import Hints, Text, TextBuilder
from eoparse.read.limits import DEFAULT_LIMITS, Limits
from eoparse.read.pdf.backends import BACKENDS, DEFAULT_PDF_BACKEND, check_backend
from eoparse.read.pdf.layout import (
    choose_document,
    image_pages,
    measure,
    rejoin,
    split_documents,
    strip_layout,
)
from eoparse.read.pdf.paragraphs import join_paragraphs
from eoparse.read.pdf.streams import check_streams
from eoparse.read.pdf.words import Word, page_lines

NO_TEXT_LAYER = "no text layer (scanned?)"

_MIN_CHARS = 40
"""Fewer printable characters than this in the whole file: there is no text layer."""


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` starts like a PDF (``%PDF-`` within its first kilobyte)."""
    return b"%PDF-" in data[:1024]


def read_pdf(
    data: bytes,
    *,
    name: str | None = None,
    backend: str = DEFAULT_PDF_BACKEND,
    strict: bool = False,
    number: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Text:
    """Read a Federal Register PDF into a normalised :class:`Text` with word boxes.

    Raises :class:`~eoparse.errors.UnreadablePDF` for an empty file, data that
    is not a PDF, an encrypted, corrupt or truncated file (truncated files
    that can still be read give a warning instead, unless ``strict``), and a
    PDF with no text layer, and a PDF past one of ``limits`` (its compressed
    streams, its pages, the characters on a page or in all:
    :class:`~eoparse.read.limits.Limits`), before that much is read.  ``number``
    (from the file name) picks the document when the file holds several.
    """
    read_pages = BACKENDS[check_backend(backend)]
    if not data.strip():
        raise UnreadablePDF("empty file", source=name)
    if not looks_like_pdf(data):
        raise UnreadablePDF(f"not a PDF (it starts with {data[:8]!r})", source=name)
    warnings: list[ParseWarning] = []
    truncated = b"%%EOF" not in data[-4096:]
    if truncated:
        if strict:
            raise UnreadablePDF("truncated PDF (no %%EOF at its end)", source=name)
        warnings.append(
            warning(
                "pdf-truncated",
                "the PDF is truncated (no %%EOF at its end): its text may be incomplete",
            )
        )
    check_streams(data, limits, name)
    try:
        pages = read_pages(data, name, limits)
    except UnreadablePDF as error:
        if not truncated:
            raise
        raise UnreadablePDF(
            f"truncated PDF (no %%EOF at its end) that cannot be read: {error.reason}",
            source=name,
        ) from None
    if sum(len(page.chars) for page in pages) < _MIN_CHARS:
        raise UnreadablePDF(NO_TEXT_LAYER, source=name)
    lines = {page.index: page_lines(page) for page in pages}
    layout = measure([line for page in pages for line in lines[page.index]])
    lines = {index: rejoin(page_lines, layout) for index, page_lines in lines.items()}
    content, harvest = strip_layout(pages, lines, layout)
    if not content:
        raise UnreadablePDF(NO_TEXT_LAYER, source=name)
    document, docno = choose_document(split_documents(content, harvest), number)
    if image_pages(document, harvest, docno):
        warnings.append(
            warning(
                "image-not-carried",
                "an image (a table, a map, an annex or signature) is not carried by the text",
            )
        )
    writer = _Writer(harvest.page_numbers)
    for paragraph in join_paragraphs(document, layout):
        writer.paragraph(paragraph)
    hints = Hints(
        volume=harvest.volume,
        document_number=docno,
        signers=tuple(harvest.signers),
        source=name,
    )
    text = writer.builder.build(format="pdf", hints=hints, warnings=tuple(dict.fromkeys(warnings)))
    return attrs.evolve(text, boxes=tuple(writer.boxes))


class _Writer:
    """Writes paragraphs of words, marking FR pages where they change and recording boxes."""

    def __init__(self, numbers: dict[int, int]) -> None:
        self.builder = TextBuilder()
        self.boxes: list[WordBox] = []
        self.numbers = numbers
        self.marked: int | None = None  # the FR page last marked

    def paragraph(self, words: list[Word]) -> None:
        chunk: list[Word] = []
        page = 0
        for word in words:
            on = word.parts[0][2]
            if on != page:
                self._flush(chunk, page)
                page = on
                number = self.numbers.get(on)
                if number is not None and number != self.marked:
                    self.builder.page(number)
                    self.marked = number
            chunk.append(word)
        self._flush(chunk, page)
        self.builder.paragraph()

    def _flush(self, chunk: list[Word], page: int) -> None:
        if not chunk:
            return
        piece = " ".join(word.text for word in chunk)
        self.builder.add(piece, page)
        offset = self.builder.length - len(piece)
        for word in chunk:
            for start, end, on, x0, top, x1, bottom in word.parts:
                self.boxes.append(
                    (
                        offset + start,
                        offset + end,
                        on,
                        round(x0, 2),
                        round(top, 2),
                        round(x1, 2),
                        round(bottom, 2),
                    )
                )
            offset += len(word.text) + 1
        chunk.clear()
