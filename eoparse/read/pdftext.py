"""Text that ``pdftotext`` extracted from Federal Register PDFs.

Pages are separated by form feeds.  Each page carries a running head and a
page number, the first page of a Part a masthead, and every page the
printer's margin notes (``VerDate``, ``Jkt``, ``Frm``, ``E:\\FR\\FM\\...``,
``khammond on DSK... with PRESDOCC``, ``Trump.EPS</GPH>``) mixed into the
text.  Lines keep the PDF's breaks; nothing marks a paragraph's end, so
:func:`eoparse.read.paragraphs.breaks_between_lines` decides.

pdftotext reads the text printed beside the signature image *after* the FR
trailer; that text is moved back before ``THE WHITE HOUSE``.
"""

from __future__ import annotations

from eoparse.grammar.labels import ENUMERATOR
from eoparse.grammar.patterns import HEADING_LINE
from eoparse.read.base import Hints, Text, TextBuilder, normalise_inline
from eoparse.read.paragraphs import (
    STARTS_BODY,
    STARTS_SECTION,
    breaks_between_lines,
    title_case,
)
from eoparse.read.patterns import (
    FR_DOC_TRAILER,
    LAYOUT_LINE,
    PDF_MARGIN_NOTE,
    PDF_MASTHEAD_LINE,
    PDF_PAGE_NUMBER,
    RUNNING_HEAD,
    SIGNATURE_IMAGE,
)


def looks_like_pdftext(source: str) -> bool:
    """Whether ``source`` looks like pdftotext output of a Federal Register PDF."""
    head = source[:6000]
    return ("VerDate" in source or "\f" in head or "Sfmt" in head) and "[[Page " not in head


def _lines(source: str) -> list[tuple[str, int, int]]:
    """(line, source offset, page index) for every line, pages split at form feeds."""
    out = []
    offset = 0
    for index, page in enumerate(source.split("\f")):
        for line in page.split("\n"):
            out.append((line, offset, index))
            offset += len(line) + 1
        # split("\n") counted one newline too many per page; the form feed takes its place
    return out


def read_pdftext(source: str, *, name: str | None = None) -> Text:
    """Read pdftotext output of an FR PDF into a normalised :class:`Text`."""
    volume: int | None = None
    docno: str | None = None
    signers: list[str] = []
    page_numbers: dict[int, int] = {}
    content: list[tuple[str, int, int]] = []  # (normalised line, source offset, page index)
    trailer_at: int | None = None

    by_page: dict[int, list[tuple[str, int]]] = {}
    for raw, offset, page in _lines(source):
        stripped = raw.strip()
        if stripped:
            by_page.setdefault(page, []).append((stripped, offset + len(raw) - len(raw.lstrip())))

    for page, lines in sorted(by_page.items()):
        last = len(lines) - 1
        for position, (line, offset) in enumerate(lines):
            if line.startswith("Federal Register /"):
                match = RUNNING_HEAD.match(line)
                if match:
                    volume = volume or int(match["volume"])
                    continue
            if PDF_MARGIN_NOTE.fullmatch(line):
                image = SIGNATURE_IMAGE.search(line)
                if image:
                    signers.append(image["who"])
                continue
            near_edge = position < 6 or position > last - 3
            if near_edge and PDF_PAGE_NUMBER.fullmatch(line):
                page_numbers.setdefault(page, int(line))
                continue
            if PDF_MASTHEAD_LINE.fullmatch(line) or LAYOUT_LINE.fullmatch(line):
                continue
            trailer = FR_DOC_TRAILER.match(line)
            if trailer:
                docno = trailer["docno"].replace("–", "-")
                trailer_at = len(content)
                continue
            if line.startswith("Filed ") and trailer_at is not None:
                continue
            text = normalise_inline(line)
            if text:
                content.append((text, offset, page))

    content = _restore_displaced(content, trailer_at)
    content = _reorder_title(content)
    widths = sorted(len(text) for text, _, _ in content)
    full_width = widths[int(len(widths) * 0.9)] if widths else 80

    block = _title_block(content)
    title_end = block[1] if block is not None else -1

    builder = TextBuilder()
    previous = ""
    current_page: int | None = None
    for index, (text, offset, page) in enumerate(content):
        if page != current_page:
            current_page = page
            if page in page_numbers:
                builder.page(page_numbers[page])
        if not builder.in_paragraph:
            builder.add(text, offset)
        else:
            new = (
                HEADING_LINE.fullmatch(previous) is not None
                or index == title_end
                or previous.startswith("THE WHITE HOUSE")
                or breaks_between_lines(previous, text, full_width=full_width)
            )
            join = " "
            if not new and previous.endswith("-") and not previous.endswith("—"):
                join = ""
            if new:
                builder.paragraph()
            builder.add(text, offset, join=join)
        previous = text
    hints = Hints(volume=volume, document_number=docno, signers=tuple(signers), source=name)
    return builder.build(format="pdftext", hints=hints)


def _restore_displaced(
    content: list[tuple[str, int, int]], trailer_at: int | None
) -> list[tuple[str, int, int]]:
    """Move text that pdftotext read after the FR trailer back before the signature."""
    if trailer_at is None:
        return content
    displaced = content[trailer_at:]
    kept = content[:trailer_at]
    if not displaced:
        return content
    for index in range(len(kept) - 1, -1, -1):
        if kept[index][0].startswith("THE WHITE HOUSE"):
            return kept[:index] + displaced + kept[index:]
    return kept + displaced


def _title_block(content: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The lines of the title: after the heading, in title case, before the body."""
    heading = next(
        (i for i, (text, _, _) in enumerate(content[:40]) if HEADING_LINE.fullmatch(text)), None
    )
    if heading is None:
        return None
    end = heading + 1
    while end < len(content) and end - heading <= 30:
        text = content[end][0]
        if (
            STARTS_BODY.match(text)
            or STARTS_SECTION.match(text)
            or ENUMERATOR.match(text)
            or not title_case(text)
        ):
            break
        end += 1
    return heading, end


def _reorder_title(content: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Undo pdftotext's reading of a justified two-line title.

    A title set in two justified lines comes out as the start of line 1, then
    line 2, then the rest of line 1 one word per line (``Strengthening`` /
    ``Technology`` / ``American`` / ``Leadership`` / …).  Put the words back.
    """
    block_at = _title_block(content)
    if block_at is None:
        return content
    heading, end = block_at
    block = content[heading + 1 : end]
    if len(block) < 3:
        return content
    tail = len(block)
    while tail > 0 and " " not in block[tail - 1][0]:
        tail -= 1
    if tail <= 1:
        first, second, rest = block[:1], block[1:2], block[2:]
    elif len(block) - tail >= 2:
        first, second, rest = block[:1], block[1:tail], block[tail:]
    else:
        return content
    return content[: heading + 1] + first + rest + second + content[end:]
