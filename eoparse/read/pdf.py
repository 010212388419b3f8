"""Federal Register PDFs: words with their page and position, read by one of two backends.

A backend turns each PDF page into characters with boxes (PDF points, origin
at the top left of the page, as pdfplumber measures them):

``pdfium`` (the default)
    pypdfium2's text page: one call per character for its loose box; an
    order of magnitude faster than pdfplumber (``benchmarks/bench_pdf.py``).
    Its boxes are pdfplumber's, but for letters that overhang their advance
    (an ``f`` ends up to a point or two further right).
``pdfplumber``
    pdfplumber's ``page.chars`` (pdfminer's layout analysis), exact to the
    layout engine most notebooks already use to draw on the page.

Everything after that is shared, so the backends give the same text: the
characters are grouped into lines by their baseline, lines split where a gap
wider than 2.5 times the type size separates the side column from the body
(and are joined again when both parts lie in the body column), words split
at space characters and at gaps wider than a fifth of the type size.
Then the layout is stripped — running heads, page numbers, the
``Presidential Documents`` label, the Part masthead and cover, the side
column (where the FR trailer and billing code sit), printer's margin notes
(rotated text and the ``VerDate`` line; the signature image's name,
``Trump.EPS``, is kept as a hint), signature glyphs — and the lines are
joined into paragraphs by geometry: a line that stops short of the right
edge of the column ends its paragraph, and so does extra space above the
next line.  Words broken across lines are mended (``Ter-`` / ``rorist`` →
``Terrorist``) unless the document itself spells the compound with its
hyphen.  Every word keeps its box (:attr:`~eoparse.read.base.Text.boxes`).
"""

from __future__ import annotations

import ctypes
import io
import itertools
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

import attrs
import regex

from eoparse.errors import EOParseError, UnknownPDFBackend, UnreadablePDF
from eoparse.model import WordBox
from eoparse.patterns import HEADING, HEADING_LINE, HEADING_START, WHITE_HOUSE
from eoparse.read.base import Hints, Text, TextBuilder, normalise_inline
from eoparse.read.paragraphs import STARTS_BODY, STARTS_SECTION, ends_unit, starts_unit
from eoparse.read.patterns import (
    FR_DOC_TRAILER,
    LAYOUT_LINE,
    PDF_MARGIN_NOTE,
    PDF_MASTHEAD_LINE,
    PDF_PAGE_NUMBER,
    RUNNING_HEAD,
)
from eoparse.read.patterns import SIGNATURE_IMAGE as _SIGNATURE_IMAGE

PDF_BACKENDS = ("pdfium", "pdfplumber")
"""The PDF backends ``pdf_backend=`` accepts."""

DEFAULT_PDF_BACKEND = "pdfium"
"""The backend used unless one is named: pypdfium2, an order of magnitude faster than pdfplumber."""

NO_TEXT_LAYER = "no text layer (scanned?)"

_MIN_CHARS = 40
"""Fewer printable characters than this in the whole file: there is no text layer."""

_Char = tuple[str, float, float, float, float]
"""A character: text, x0, top, x1, bottom."""

_Part = tuple[int, int, int, float, float, float, float]
"""Where a piece of a word is printed: (start, end) in the word, page, x0, top, x1, bottom."""

_HYPHENS = "-\u2010\u2011\ufffe\u00ad"
_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "`": "\u0300",
    "\u02c6": "\u0302",  # circumflex
    "\u00a8": "\u0308",  # dieresis
    "\u02dc": "\u0303",  # tilde
    "\u00b8": "\u0327",  # cedilla
}
"""Spacing accents that old FR PDFs print over the letter before them (``Jose´`` → ``José``)."""
_DASHES = "\u2013\u2014"
_LETTERS = regex.compile(r"[^\W\d_]+")
_COMPOUND = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_TRAILING_LETTERS = regex.compile(r"[^\W\d_]+$")
_RUNNING_HEAD_LINE = regex.compile(
    r"""(?:(?P<before>\d{1,6})\ )?                      # 310 Federal Register / …
        (?P<head>Federal\ Register\ ?/[^\n]{0,120}?)
        (?:\ (?P<after>\d{1,6}))?                       # … / Presidential Documents 8339""",
    regex.VERBOSE,
)
"""A running head, with the page number when it is printed close enough to join it."""
_VOLUME = regex.compile(r"Vol\.\ (?P<volume>\d{1,3}),\ No\.", regex.VERBOSE)

# Compounds the Federal Register prints with a hyphen when the document gives no evidence.
_KEEP_PREFIXES = frozenset(
    {"self", "quasi", "cross", "well", "long", "short", "high", "low", "full", "part", "all"}
    | {"half"}
)
_KEEP_SUFFIXES = frozenset(
    {"based", "related", "owned", "level", "term", "scale", "making", "specific", "led"}
    | {"funded", "controlled", "sponsored", "oriented", "free", "like", "wide", "affiliated"}
    | {"designated", "born", "elected", "appointed"}
)


@attrs.define
class _RawPage:
    """One PDF page as a backend read it."""

    index: int
    width: float
    height: float
    chars: list[_Char]
    margin: list[str]
    """Rotated text in the margins (printer's notes, the signature image's name)."""


@attrs.define
class _Word:
    text: str
    parts: list[_Part]
    hyphen: bool = False
    """The printed word ends in a hyphen (it may be broken across lines)."""
    dash: bool = False
    """The printed word ends in an en or em dash."""


@attrs.define
class _Line:
    page: int
    words: list[_Word]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    row: int = 0
    """Lines split from one baseline share a row number."""


# -- backends ------------------------------------------------------------------------


_PDFIUM = threading.Lock()
"""PDFium is not thread-safe (eight threads reading PDFs at once crashed the process):
one thread at a time opens, reads and closes a document; the layout work runs in parallel."""


def _pdfium_pages(data: bytes, name: str | None) -> list[_RawPage]:
    with _PDFIUM:
        return _read_pdfium(data, name)


def _read_pdfium(data: bytes, name: str | None) -> list[_RawPage]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except Exception as error:  # PdfiumError, or anything else the binding raises
        raise _unreadable(str(error) or type(error).__name__, name) from None
    pages: list[_RawPage] = []
    rect = pdfium_c.FS_RECTF()
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    angle_of = pdfium_c.FPDFText_GetCharAngle
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                raw = textpage.raw
                count = pdfium_c.FPDFText_CountChars(raw)
                text = _pdfium_text(pdfium_c, raw, count)
                chars: list[_Char] = []
                margin: dict[int, list[str]] = {}
                left_band, right_band = 0.06 * width, 0.94 * width
                for k, ch in enumerate(text):
                    if ch in "\r\n" or not loose_box(raw, k, rect):
                        continue
                    x0, x1 = rect.left, rect.right
                    if ch.isspace():
                        if x1 - x0 > 0.1:  # a space printed (or inferred) between words
                            chars.append((" ", x0, height - rect.top, x1, height - rect.bottom))
                        continue
                    if (x0 < left_band or x1 > right_band) and 0.01 < angle_of(raw, k) < 6.27:
                        margin.setdefault(int((x0 + x1) / 16), []).append(ch)
                        continue
                    if ch == "\ufffe":  # pdfium's mark for a hyphen at the end of a line
                        ch = "-"
                    chars.append((ch, x0, height - rect.top, x1, height - rect.bottom))
                pages.append(
                    _RawPage(index + 1, width, height, chars, ["".join(m) for m in margin.values()])
                )
                textpage.close()
            finally:
                page.close()
    except pdfium.PdfiumError as error:
        raise _unreadable(str(error), name) from None
    except Exception as error:  # nothing from the PDF library may escape
        raise _unreadable(f"{type(error).__name__}: {error}", name) from None
    finally:
        document.close()
    return pages


def _pdfium_text(pdfium_c: object, raw: object, count: int) -> str:
    """The characters of a text page, one per character index."""
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)  # type: ignore[attr-defined]
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    if len(text) != count:  # pdfium left characters out: ask for each one
        unicode = pdfium_c.FPDFText_GetUnicode  # type: ignore[attr-defined]
        text = "".join(chr(unicode(raw, k) or 32) for k in range(count))
    return text


def _pdfplumber_pages(data: bytes, name: str | None) -> list[_RawPage]:
    import pdfplumber

    pages: list[_RawPage] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                width, height = float(page.width), float(page.height)
                chars: list[_Char] = []
                margin: dict[int, list[str]] = {}
                for char in page.chars:
                    text = char["text"]
                    if text.startswith("(cid:"):
                        text = _cid_text(text)
                    if not text:
                        continue
                    x0, x1 = float(char["x0"]), float(char["x1"])
                    if not char.get("upright", True):
                        margin.setdefault(int((x0 + x1) / 16), []).append(text)
                        continue
                    chars.append((text, x0, float(char["top"]), x1, float(char["bottom"])))
                pages.append(
                    _RawPage(
                        page.page_number,
                        width,
                        height,
                        chars,
                        ["".join(m) for m in margin.values()],
                    )
                )
                page.close()
    except EOParseError:
        raise
    except Exception as error:  # pdfminer raises many kinds: none may escape
        chain: list[str] = []
        cause: BaseException | None = error
        while cause is not None and len(chain) < 5:
            chain.append(f"{type(cause).__name__}: {cause}".rstrip(": "))
            cause = cause.__cause__ or cause.__context__
        raise _unreadable("; ".join(chain), name) from None
    return pages


def _cid_text(text: str) -> str:
    """A ``(cid:N)`` glyph of a font without a Unicode map, read in Adobe's standard encoding."""
    from pdfminer.encodingdb import EncodingDB

    try:
        code = int(text[5:-1])
    except ValueError:
        return ""
    return EncodingDB.std2unicode.get(code, "")


_BACKENDS: dict[str, Callable[[bytes, str | None], list[_RawPage]]] = {
    "pdfium": _pdfium_pages,
    "pdfplumber": _pdfplumber_pages,
}


def check_backend(backend: str) -> str:
    """``backend`` if it names a PDF backend, else :class:`UnknownPDFBackend` naming the choices."""
    if backend not in _BACKENDS:
        raise UnknownPDFBackend(
            f"unknown PDF backend {backend!r}; choose one of {', '.join(map(repr, PDF_BACKENDS))}"
        )
    return backend


def _unreadable(message: str, name: str | None) -> UnreadablePDF:
    lowered = message.lower()
    if "password" in lowered or "encrypt" in lowered:
        reason = "encrypted (a password is needed to read it)"
    elif "security" in lowered:
        reason = "encrypted with an unsupported security handler"
    else:
        reason = f"corrupt or truncated PDF ({message.strip() or 'cannot be opened'})"
    return UnreadablePDF(reason, source=name)


# -- characters to lines and words ------------------------------------------------------


def _page_lines(page: _RawPage) -> list[_Line]:
    """The lines of a page, top to bottom; side-by-side columns are separate lines."""
    chars = page.chars
    if not chars:
        return []
    chars.sort(key=lambda c: c[4])
    lines: list[_Line] = []
    cluster: list[_Char] = [chars[0]]
    base = chars[0][4]
    for char in chars[1:]:
        height = char[4] - char[2]
        if char[4] - base <= (0.3 * height if height > 5.0 else 1.5):
            cluster.append(char)
        else:
            lines.extend(_segments(cluster, page.index, len(lines)))
            cluster = [char]
            base = char[4]
    lines.extend(_segments(cluster, page.index, len(lines)))
    lines.sort(key=lambda line: (round(line.bottom), line.x0))
    return lines


def _segments(cluster: list[_Char], page: int, row: int) -> list[_Line]:
    """Split one baseline's characters into lines at wide gaps, and into words.

    A space character, or a gap wider than a fifth of the type size, ends a
    word; a gap wider than two and a half times the type size ends the line
    (the side column and the body share baselines).
    """
    cluster.sort(key=_x0)
    out: list[_Line] = []
    words: list[_Word] = []
    raw: list[str] = []
    x0w = topw = x1w = bottomw = 0.0
    right = -1e9
    for text, x0, top, x1, bottom in cluster:
        if text.isspace():
            if raw:
                _add_word(words, raw, page, x0w, topw, x1w, bottomw)
                raw = []
            continue
        gap = x0 - right
        if raw and gap < 0:
            if text == raw[-1] and x1 - right < 1 and gap < -0.5 * (x1 - x0):
                continue  # the same glyph printed twice (simulated bold)
            if text in _ACCENTS:
                raw[-1] = unicodedata.normalize("NFC", raw[-1] + _ACCENTS[text])
                continue
        height = bottom - top
        if gap > 0.2 * height and (raw or words):
            if raw:
                _add_word(words, raw, page, x0w, topw, x1w, bottomw)
                raw = []
            if gap > 2.5 * height and words:
                out.append(_make_line(words, page, row))
                words = []
        if raw:
            if top < topw:
                topw = top
            if x1 > x1w:
                x1w = x1
            if bottom > bottomw:
                bottomw = bottom
        else:
            x0w, topw, x1w, bottomw = x0, top, x1, bottom
        raw.append(text)
        if x1 > right:
            right = x1
    if raw:
        _add_word(words, raw, page, x0w, topw, x1w, bottomw)
    if words:
        out.append(_make_line(words, page, row))
    return out


def _x0(char: _Char) -> float:
    return char[1]


def _add_word(
    words: list[_Word], raw: list[str], page: int, x0: float, top: float, x1: float, bottom: float
) -> None:
    printed = "".join(raw)
    text = normalise_inline(printed)
    if text:
        last = printed[-1]
        words.append(
            _Word(
                text,
                [(0, len(text), page, x0, top, x1, bottom)],
                hyphen=last in _HYPHENS,
                dash=last in _DASHES,
            )
        )


def _make_line(words: list[_Word], page: int, row: int) -> _Line:
    top = min(word.parts[0][4] for word in words)
    bottom = max(word.parts[0][6] for word in words)
    heights = sorted(word.parts[0][6] - word.parts[0][4] for word in words)
    return _Line(
        page,
        words,
        " ".join(word.text for word in words),
        words[0].parts[0][3],
        top,
        max(word.parts[0][5] for word in words),
        bottom,
        heights[len(heights) // 2],
        row,
    )


# -- the layout of an FR page ---------------------------------------------------------


@attrs.define
class _Layout:
    """The measures of the body text, taken over the whole file."""

    size: float = 10.0
    left: float = 207.0
    right: float = 567.0
    pitch: float = 11.0


def _rejoin(lines: list[_Line], layout: _Layout) -> list[_Line]:
    """Put back together a loosely justified body line that a wide word space split."""
    out: list[_Line] = []
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


def _measure(lines: list[_Line]) -> _Layout:
    long = [line for line in lines if len(line.text) >= 30]
    if not long:
        return _Layout()
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
    return _Layout(size=size, left=left, right=right, pitch=_mode(steps, 1.1 * size))


@attrs.define
class _Harvest:
    """What the stripped layout said."""

    volume: int | None = None
    page_numbers: dict[int, int] = attrs.field(factory=dict)
    signers: list[str] = attrs.field(factory=list)
    trailers: list[tuple[int, float, str]] = attrs.field(factory=list)
    """(page, top, FR document number) of every ``[FR Doc.`` trailer."""
    furniture_pages: set[int] = attrs.field(factory=set)


def _strip(
    pages: list[_RawPage], lines: dict[int, list[_Line]], layout: _Layout
) -> tuple[list[_Line], _Harvest]:
    """The content lines of every page, and the facts the stripped layout held."""
    harvest = _Harvest()
    content: list[_Line] = []
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


def _documents(content: list[_Line], harvest: _Harvest) -> list[tuple[list[_Line], str | None]]:
    """The content split after each FR trailer: (lines, FR document number) per document."""
    documents: list[tuple[list[_Line], str | None]] = []
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


def _choose(
    documents: list[tuple[list[_Line], str | None]], number: int | None
) -> tuple[list[_Line], str | None]:
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


# -- lines to paragraphs --------------------------------------------------------------


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    """The words (and hyphenated compounds) the document prints whole, lower-cased."""
    words: set[str] = set()
    compounds: set[str] = set()
    broken = False
    for line in lines:
        last = len(line.words) - 1
        for i, word in enumerate(line.words):
            if (i == 0 and broken) or (i == last and word.hyphen):
                continue
            lowered = word.text.lower()
            if "-" in lowered:
                for compound in _COMPOUND.findall(lowered):
                    compounds.add(compound)
            words.update(_LETTERS.findall(lowered))
        broken = bool(line.words) and line.words[-1].hyphen
    return words, compounds


def _stem(word: str) -> str:
    """``word`` without a common inflection (``exchanged`` → ``exchange``)."""
    for ending in ("ing", "ed", "es", "s", "d", "ly"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _keep_hyphen(
    head: str, tail: str, compound: bool, vocabulary: tuple[set[str], set[str]]
) -> bool:
    """Whether ``head-`` / ``tail`` at a line break is a compound (the hyphen stays)."""
    words, compounds = vocabulary
    joined = head + tail
    if f"{head}-{tail}" in compounds and joined not in words:
        return True
    if joined in words or _stem(joined) in words:
        return False
    if compound or head in _KEEP_PREFIXES or tail in _KEEP_SUFFIXES:
        return True
    # Two words the document prints on their own, never joined: subject-matter.
    return len(head) >= 3 and len(tail) >= 3 and head in words and tail in words


def _mend(first: _Word, second: _Word, vocabulary: tuple[set[str], set[str]]) -> _Word | None:
    """One word from a word broken across lines, or None when the line break is a space."""
    if first.dash:
        keep = True
    elif first.hyphen and len(first.text) > 1:
        if not second.text[:1].islower():
            keep = True
        else:
            before = _TRAILING_LETTERS.search(first.text[:-1])
            after = _LETTERS.match(second.text)
            if before is None or after is None:
                keep = True
            else:
                keep = _keep_hyphen(
                    before[0].lower(),
                    after[0].lower(),
                    "-" in first.text[:-1] or "-" in second.text,
                    vocabulary,
                )
    else:
        return None
    head_text = first.text if keep else first.text[:-1]
    shift = len(head_text)
    parts = list(first.parts)
    if not keep:
        start, _, page, x0, top, x1, bottom = parts[-1]
        parts[-1] = (start, shift, page, x0, top, x1, bottom)
    for start, end, page, x0, top, x1, bottom in second.parts:
        parts.append((start + shift, end + shift, page, x0, top, x1, bottom))
    return _Word(head_text + second.text, parts, hyphen=second.hyphen, dash=second.dash)


_LABEL = regex.compile(r"\((?P<label>[a-z]{1,2}|[A-Z]{1,2}|[ivxlIVXL]{1,6}|\d{1,3})\)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _ordinals(label: str) -> set[tuple[str, int]]:
    """Every reading of a paragraph label: ``(iv)`` is roman 4 (and not a letter pair)."""
    readings: set[tuple[str, int]] = set()
    if label.isdigit():
        return {("digit", int(label))}
    lower = label.lower()
    kind = "lower" if label.islower() else "upper"
    if len(set(lower)) == 1:  # a, b … z, aa, bb …
        readings.add((kind, (ord(lower[0]) - 96) + 26 * (len(lower) - 1)))
    if all(ch in _ROMAN for ch in lower):
        values = [_ROMAN[ch] for ch in lower]
        total = sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
        readings.add((kind + "-roman", total))
    return readings


def _follows(opening: str, text: str) -> bool:
    """Whether ``text`` starts with the label after the one that opened the paragraph."""
    first, second = _LABEL.match(opening), _LABEL.match(text)
    if first is None or second is None:
        return False
    before = _ordinals(first["label"])
    return any((kind, value - 1) in before for kind, value in _ordinals(second["label"]))


def _breaks(
    earlier: _Line | None, previous: _Line, line: _Line, layout: _Layout, opening: str = ""
) -> bool:
    """Whether ``line`` starts a new paragraph after ``previous`` (outside the title).

    Justified lines reach the right edge of their block; a paragraph's last
    line stops short of it.  The block's edge is the column's, or — for an
    indented block — the furthest of the neighbouring lines.  Extra space
    above a line also starts a paragraph.
    """
    before, text = previous.text, line.text
    if HEADING_LINE.fullmatch(before) or WHITE_HOUSE.fullmatch(before):
        return True
    if HEADING_LINE.fullmatch(text) or STARTS_SECTION.match(text) or STARTS_BODY.match(text):
        return True
    if ends_unit(before) and _follows(opening, text):
        return True  # (1) … ; / (2) …: the next item of a list, even after a full line
    tolerance = max(1.5 * layout.size, 12.0)
    short = previous.x1 < layout.right - tolerance
    if line.page == previous.page:
        if line.top - previous.top > layout.pitch + 0.6 * (line.size / layout.size):
            return True
        edge = max(previous.x1, line.x1)
        if earlier is not None and earlier.page == previous.page:
            edge = max(edge, earlier.x1)
        if previous.x1 < edge - tolerance:
            return True
        return short and ends_unit(before) and starts_unit(text)
    if short and (
        earlier is None or earlier.page != previous.page or earlier.x1 > previous.x1 + tolerance
    ):
        return True
    indented = line.x0 > layout.left + 0.5 * layout.size
    return ends_unit(before) and (starts_unit(text) or indented)


def _paragraphs(lines: list[_Line], layout: _Layout) -> list[list[_Word]]:
    """Join lines into paragraphs of words, mending words broken across lines."""
    vocabulary = _vocabulary(lines)
    paragraphs: list[list[_Word]] = []
    previous: _Line | None = None
    earlier: _Line | None = None  # the line before ``previous``
    title: float | None = None  # the type size of the title block being read
    for line in lines:
        words = list(line.words)
        if previous is None:
            new = True
        elif title is not None:
            new = not (
                line.page == previous.page
                and abs(line.size - title) < 0.6
                and line.top - previous.bottom < 0.8 * line.size
            )
            if new:
                title = None
        else:
            opening = paragraphs[-1][0].text if paragraphs and paragraphs[-1] else ""
            new = _breaks(earlier, previous, line, layout, opening)
        if previous is not None and HEADING_LINE.fullmatch(previous.text):
            title = line.size if line.size > layout.size * 1.08 else None
            new = True
        if new or not paragraphs:
            paragraphs.append(words)
        else:
            current = paragraphs[-1]
            mended = _mend(current[-1], words[0], vocabulary) if current else None
            if mended is not None:
                current[-1] = mended
                current.extend(words[1:])
            else:
                current.extend(words)
        earlier, previous = previous, line
    return paragraphs


def _image_pages(document: list[_Line], harvest: _Harvest, docno: str | None) -> list[int]:
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


# -- the whole file ---------------------------------------------------------------------


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
) -> Text:
    """Read a Federal Register PDF into a normalised :class:`Text` with word boxes.

    Raises :class:`~eoparse.errors.UnreadablePDF` for an empty file, data that
    is not a PDF, an encrypted, corrupt or truncated file (truncated files
    that can still be read give a warning instead, unless ``strict``), and a
    PDF with no text layer.  ``number`` (from the file name) picks the
    document when the file holds several.
    """
    read_pages = _BACKENDS[check_backend(backend)]
    if not data.strip():
        raise UnreadablePDF("empty file", source=name)
    if not looks_like_pdf(data):
        raise UnreadablePDF(f"not a PDF (it starts with {data[:8]!r})", source=name)
    warnings: list[str] = []
    truncated = b"%%EOF" not in data[-4096:]
    if truncated:
        if strict:
            raise UnreadablePDF("truncated PDF (no %%EOF at its end)", source=name)
        warnings.append("the PDF is truncated (no %%EOF at its end): its text may be incomplete")
    try:
        pages = read_pages(data, name)
    except UnreadablePDF as error:
        if not truncated:
            raise
        raise UnreadablePDF(
            f"truncated PDF (no %%EOF at its end) that cannot be read: {error.reason}",
            source=name,
        ) from None
    if sum(len(page.chars) for page in pages) < _MIN_CHARS:
        raise UnreadablePDF(NO_TEXT_LAYER, source=name)
    lines = {page.index: _page_lines(page) for page in pages}
    layout = _measure([line for page in pages for line in lines[page.index]])
    lines = {index: _rejoin(page_lines, layout) for index, page_lines in lines.items()}
    content, harvest = _strip(pages, lines, layout)
    if not content:
        raise UnreadablePDF(NO_TEXT_LAYER, source=name)
    document, docno = _choose(_documents(content, harvest), number)
    if _image_pages(document, harvest, docno):
        warnings.append(
            "an image (a table, a map, an annex or signature) is not carried by the text"
        )
    writer = _Writer(harvest.page_numbers)
    for paragraph in _paragraphs(document, layout):
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

    def paragraph(self, words: list[_Word]) -> None:
        chunk: list[_Word] = []
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

    def _flush(self, chunk: list[_Word], page: int) -> None:
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


__all__ = [
    "DEFAULT_PDF_BACKEND",
    "NO_TEXT_LAYER",
    "PDF_BACKENDS",
    "UnknownPDFBackend",
    "check_backend",
    "looks_like_pdf",
    "read_pdf",
]
