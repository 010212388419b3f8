"""PDF backends: each turns the pages of a PDF into characters with boxes.

``pdfium`` (the default)
    pypdfium2's text page: one call per character for its loose box; an
    order of magnitude faster than pdfplumber (``benchmarks/bench_pdf.py``).
    Its boxes are pdfplumber's, but for letters that overhang their advance
    (an ``f`` ends up to a point or two further right).
``pdfplumber``
    pdfplumber's ``page.chars`` (pdfminer's layout analysis), exact to the
    layout engine most notebooks already use to draw on the page.

Boxes are in PDF points, origin at the top left of the page, as pdfplumber
measures them.  Nothing a PDF library raises escapes: every failure is an
:class:`~eoparse.errors.UnreadablePDF` saying why.
"""

from __future__ import annotations

import ctypes
import io
import threading
from collections.abc import Callable

import attrs

from eoparse.errors import EOParseError, UnknownPDFBackend, UnreadablePDF
from eoparse.read.limits import Limits

PDF_BACKENDS = ("pdfium", "pdfplumber")
"""The PDF backends ``pdf_backend=`` accepts."""

DEFAULT_PDF_BACKEND = "pdfium"
"""The backend used unless one is named: pypdfium2, an order of magnitude faster than pdfplumber."""

Char = tuple[str, float, float, float, float]
"""A character: text, x0, top, x1, bottom."""


@attrs.define
class RawPage:
    """One PDF page as a backend read it."""

    index: int
    width: float
    height: float
    chars: list[Char]
    margin: list[str]
    """Rotated text in the margins (printer's notes, the signature image's name)."""


_PDFIUM = threading.Lock()
"""PDFium is not thread-safe (eight threads reading PDFs at once crashed the process):
one thread at a time opens, reads and closes a document; the layout work runs in parallel."""


class _Budget:
    """The page and character limits of one read (:class:`~eoparse.read.limits.Limits`)."""

    def __init__(self, limits: Limits, name: str | None) -> None:
        self.limits = limits
        self.name = name
        self.chars = 0

    def pages(self, count: int) -> None:
        if count > self.limits.pdf_pages:
            raise UnreadablePDF(
                f"{count:,} pages is more than the {self.limits.pdf_pages:,} eoparse reads "
                "(Limits.pdf_pages)",
                source=self.name,
            )

    def page(self, index: int, count: int) -> None:
        """Count the ``count`` characters of page ``index`` (before they are read)."""
        if count > self.limits.pdf_page_chars:
            raise UnreadablePDF(
                f"page {index} holds {count:,} characters, more than the "
                f"{self.limits.pdf_page_chars:,} eoparse reads on a page "
                "(Limits.pdf_page_chars)",
                source=self.name,
            )
        self.chars += count
        if self.chars > self.limits.pdf_chars:
            raise UnreadablePDF(
                f"more than the {self.limits.pdf_chars:,} characters eoparse reads in a PDF "
                f"by page {index} (Limits.pdf_chars)",
                source=self.name,
            )


def _pdfium_pages(data: bytes, name: str | None, limits: Limits) -> list[RawPage]:
    with _PDFIUM:
        return _read_pdfium(data, name, _Budget(limits, name))


def _read_pdfium(data: bytes, name: str | None, budget: _Budget) -> list[RawPage]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except Exception as error:  # PdfiumError, or anything else the binding raises
        raise _unreadable(str(error) or type(error).__name__, name) from None
    pages: list[RawPage] = []
    rect = pdfium_c.FS_RECTF()
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    angle_of = pdfium_c.FPDFText_GetCharAngle
    try:
        budget.pages(len(document))
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                raw = textpage.raw
                count = pdfium_c.FPDFText_CountChars(raw)
                budget.page(index + 1, count)
                text = _pdfium_text(pdfium_c, raw, count)
                chars: list[Char] = []
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
                    RawPage(index + 1, width, height, chars, ["".join(m) for m in margin.values()])
                )
                textpage.close()
            finally:
                page.close()
    except pdfium.PdfiumError as error:
        raise _unreadable(str(error), name) from None
    except EOParseError:
        raise
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


def _pdfplumber_pages(data: bytes, name: str | None, limits: Limits) -> list[RawPage]:
    import pdfplumber

    pages: list[RawPage] = []
    budget = _Budget(limits, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            budget.pages(len(pdf.pages))
            for page in pdf.pages:
                budget.page(page.page_number, len(page.chars))
                width, height = float(page.width), float(page.height)
                chars: list[Char] = []
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
                    RawPage(
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


BACKENDS: dict[str, Callable[[bytes, str | None, Limits], list[RawPage]]] = {
    "pdfium": _pdfium_pages,
    "pdfplumber": _pdfplumber_pages,
}


def check_backend(backend: str) -> str:
    """``backend`` if it names a PDF backend, else :class:`UnknownPDFBackend` naming the choices."""
    if backend not in BACKENDS:
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
