"""The layout of Federal Register pages: the body's measures, and the page furniture
stripped from the lines — running heads, page numbers, the ``Presidential Documents``
label, the Part masthead and cover, the side column (where the FR trailer and billing
code sit), printer's margin notes (rotated text and the ``VerDate`` line; the signature
image's name, ``Trump.EPS``, is kept as a hint), signature glyphs — with the facts it
held; and the documents of a file that prints several."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable

import attrs
import regex

from eoparse.grammar.patterns import HEADING, HEADING_LINE, HEADING_START
from eoparse.read.patterns import (
    FR_DOC_TRAILER,
    LAYOUT_LINE,
    PDF_MARGIN_NOTE,
    PDF_MASTHEAD_LINE,
    PDF_PAGE_NUMBER,
    RUNNING_HEAD,
)
from eoparse.read.patterns import SIGNATURE_IMAGE as _SIGNATURE_IMAGE
from eoparse.read.pdf.backends import RawPage
from eoparse.read.pdf.words import Line

_RUNNING_HEAD_LINE = regex.compile(
    r"""(?:(?P<before>\d{1,6})\ )?                      # 310 Federal Register / …
        (?P<head>Federal\ Register\ ?/[^\n]{0,120}?)
        (?:\ (?P<after>\d{1,6}))?                       # … / Presidential Documents 8339""",
    regex.VERBOSE,
)
"""A running head, with the page number when it is printed close enough to join it."""
_VOLUME = regex.compile(r"Vol\.\ (?P<volume>\d{1,3}),\ No\.", regex.VERBOSE)


@attrs.define
class Layout:
    """The measures of the body text, taken over the whole file."""

    size: float = 10.0
    left: float = 207.0
    right: float = 567.0
    pitch: float = 11.0


def rejoin(lines: list[Line], layout: Layout) -> list[Line]:
    """Put back together a loosely justified body line that a wide word space split."""
    out: list[Line] = []
    low, high = layout.left - layout.size, layout.right + layout.size
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and last.row == line.row
            and low <= last.x0 < last.x1 <= line.x0 < line.x1 <= high
            and abs(last.size - line.size) < 1
        ):
            out[-1] = attrs.evolve(
                last,
                words=last.words + line.words,
                text=f"{last.text} {line.text}",
                top=min(last.top, line.top),
                x1=line.x1,
                bottom=max(last.bottom, line.bottom),
            )
        else:
            out.append(line)
    return out


def _mode(values: Iterable[float], default: float) -> float:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else default


def measure(lines: list[Line]) -> Layout:
    long = [line for line in lines if len(line.text) >= 30]
    if not long:
        return Layout()
    sizes = sorted(line.size for line in long)
    size = sizes[len(sizes) // 2]
    body = [line for line in long if abs(line.size - size) < 1]
    left = _mode((round(line.x0) for line in body), 207.0)
    right = _mode((round(line.x1) for line in body), 567.0)
    steps = (
        round(b.top - a.top, 1)
        for a, b in itertools.pairwise(body)
        if a.page == b.page and 0.9 * size < b.top - a.top < 1.5 * size
    )
    return Layout(size=size, left=left, right=right, pitch=_mode(steps, 1.1 * size))


@attrs.define
class Harvest:
    """What the stripped layout said."""

    volume: int | None = None
    page_numbers: dict[int, int] = attrs.field(factory=dict)
    signers: list[str] = attrs.field(factory=list)
    trailers: list[tuple[int, float, str]] = attrs.field(factory=list)
    """(page, top, FR document number) of every ``[FR Doc.`` trailer."""
    furniture_pages: set[int] = attrs.field(factory=set)


def strip_layout(
    pages: list[RawPage], lines: dict[int, list[Line]], layout: Layout
) -> tuple[list[Line], Harvest]:
    """The content lines of every page, and the facts the stripped layout held."""
    harvest = Harvest()
    content: list[Line] = []
    for page in pages:
        for note in page.margin:
            match = _SIGNATURE_IMAGE.search(note)
            if match and match["who"] not in harvest.signers:
                harvest.signers.append(match["who"])
        header_limit = 0.09 * page.height
        side_limit = layout.left - 0.5 * layout.size
        for line in lines[page.index]:
            text = line.text
            if line.top < header_limit:
                head = _RUNNING_HEAD_LINE.fullmatch(text)
                if head:
                    match = RUNNING_HEAD.match(head["head"])
                    if match:
                        harvest.volume = harvest.volume or int(match["volume"])
                        harvest.furniture_pages.add(page.index)
                        number = head["before"] or head["after"]
                        if number:
                            harvest.page_numbers.setdefault(page.index, int(number))
                        continue
                if PDF_PAGE_NUMBER.fullmatch(text) and len(text) <= 6:
                    harvest.page_numbers.setdefault(page.index, int(text))
                    continue
                if LAYOUT_LINE.fullmatch(text) or PDF_MASTHEAD_LINE.fullmatch(text):
                    continue
            if text.startswith("VerDate") or PDF_MARGIN_NOTE.fullmatch(text):
                match = _SIGNATURE_IMAGE.search(text)
                if match and match["who"] not in harvest.signers:
                    harvest.signers.append(match["who"])
                continue
            trailer = FR_DOC_TRAILER.match(text) if text.startswith("[FR") else None
            if trailer:
                harvest.trailers.append((page.index, line.top, trailer["docno"]))
                continue
            if line.x1 < side_limit:  # the side column: masthead, Title 3—, trailer notes
                volume = _VOLUME.match(text)
                if volume:
                    harvest.volume = harvest.volume or int(volume["volume"])
                continue
            if LAYOUT_LINE.fullmatch(text) or (
                line.top < 0.2 * page.height and PDF_MASTHEAD_LINE.fullmatch(text)
            ):
                continue
            if line.size > 2.5 * layout.size and len(text) <= 6:
                continue  # a signature set as glyphs of a signature font
            content.append(line)
    return content, harvest


def split_documents(content: list[Line], harvest: Harvest) -> list[tuple[list[Line], str | None]]:
    """The content split after each FR trailer: (lines, FR document number) per document."""
    documents: list[tuple[list[Line], str | None]] = []
    rest = content
    for page, top, docno in sorted(harvest.trailers):
        cut = next(
            (
                i
                for i, line in enumerate(rest)
                if line.page > page or (line.page == page and line.top > top)
            ),
            len(rest),
        )
        documents.append((rest[:cut], docno.replace("–", "-")))
        rest = rest[cut:]
    if rest and (not documents or any(HEADING_START.match(line.text) for line in rest)):
        documents.append((rest, None))
    elif rest:
        lines, number = documents[-1]
        documents[-1] = (lines + rest, number)
    return documents


def choose_document(
    documents: list[tuple[list[Line], str | None]], number: int | None
) -> tuple[list[Line], str | None]:
    """The document the file is about: the one the file name numbers, else the first."""
    if len(documents) == 1:
        return documents[0]
    if number is not None:
        for lines, docno in documents:
            for line in lines:
                match = HEADING.match(line.text) if HEADING_LINE.fullmatch(line.text) else None
                if match and (match["number"] or "").replace(",", "") == str(number):
                    return lines, docno
    for lines, docno in documents:
        if any(HEADING_LINE.fullmatch(line.text) for line in lines):
            return lines, docno
    return documents[0]


def image_pages(document: list[Line], harvest: Harvest, docno: str | None) -> list[int]:
    """Pages of the document that print a running head and no text: images, tables, annexes."""
    first = document[0].page
    last = max(
        [document[-1].page]
        + [page for page, _, number in harvest.trailers if number.replace("–", "-") == docno]
    )
    with_text = {line.page for line in document}
    return [
        page
        for page in sorted(harvest.furniture_pages)
        if first <= page <= last and page not in with_text
    ]
