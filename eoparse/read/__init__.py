"""Reading sources: decode bytes, recognise the format, strip layout into a :class:`Text`.

This is the only layer that touches files.  Everything below it works on a
:class:`~eoparse.read.base.Text`.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import attrs
import regex

from eoparse.diagnostics import warning
from eoparse.errors import (
    InputTooLarge,
    NotAPresidentialDocument,
    UnknownPDFBackend,
    UnreadablePDF,
    UnsupportedFormat,
)
from eoparse.model import Kind, ParseWarning
from eoparse.read.base import Hints, Text
from eoparse.read.fr_text import looks_like_fr_text, read_fr_text
from eoparse.read.html import read_html
from eoparse.read.markdown import looks_like_markdown, read_markdown
from eoparse.read.pdf import (
    DEFAULT_PDF_BACKEND,
    PDF_BACKENDS,
    check_backend,
    looks_like_pdf,
    read_pdf,
)
from eoparse.read.pdftext import looks_like_pdftext, read_pdftext
from eoparse.read.plain import read_plain
from eoparse.read.xml import read_xml

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Inputs above this size are refused with :class:`~eoparse.errors.InputTooLarge`."""

TEXT_FORMATS = ("fr_text", "pdftext", "whitehouse_md", "plain", "xml", "html")
"""The text formats :func:`read_text` recognises (``format=`` accepts these)."""

FORMATS = ("pdf", *TEXT_FORMATS)
"""Every format :func:`detect_format` can report."""

_FILENAME = regex.compile(
    r"(?P<kind>EO|E\.O\.|ExecutiveOrder|Executive_Order|executive-order|PROC|Proc|proclamation)"
    r"[-_ ]?(?P<number>\d{3,5})(?!\d)",
    regex.IGNORECASE,
)


def filename_hints(name: str | None) -> tuple[Kind | None, int | None]:
    """The kind and number a file name states (``EO-13224.txt``, ``PROC-10886.md``)."""
    if not name:
        return None, None
    match = _FILENAME.search(os.path.basename(name))
    if not match:
        return None, None
    kind = Kind.PROCLAMATION if match["kind"].lower().startswith("proc") else Kind.EXECUTIVE_ORDER
    return kind, int(match["number"])


_XML_START = regex.compile(
    r"<\?xml(?![^>]{0,200}\?>\s*<(?:!DOCTYPE\s+)?html\b)"
    r"|<(?:PRESDOCU|PRESDOCS|EXECORD|PROCLA|PRMEMO|PRNOTICE|DETERM|PRORDER|FEDREG)\b"
    r"|<!DOCTYPE\s(?!\s*html\b)"  # XML with a DTD: refused by the XML reader, never expanded
)
_HTML_START = regex.compile(
    r"(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,500}-->\s*)*"
    r"<(?:!DOCTYPE\ html|html|head|body|div|p|h1|a|span|section|article)\b",
    regex.IGNORECASE,
)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec each announces, longest first where they overlap."""


def _head_text(head: bytes) -> str:
    """The start of ``data`` as text, for recognising markup (BOMs honoured)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, "ignore")
    return head.decode("latin-1")


def detect_format(data: bytes | str) -> str:
    """The format of ``data``: pdf, xml, html, or one of :data:`TEXT_FORMATS`."""
    head = data[:2048]
    if isinstance(head, bytes):
        if looks_like_pdf(head):
            return "pdf"
        head_text = _head_text(head)
    else:
        if head.lstrip().startswith("%PDF-"):
            return "pdf"
        head_text = head
    stripped = head_text.lstrip("\ufeff \t\r\n")
    if _XML_START.match(stripped):
        return "xml"
    if _HTML_START.match(stripped):
        return "html"
    text = data if isinstance(data, str) else data[:200_000].decode("utf-8", "replace")
    if looks_like_fr_text(text):
        return "fr_text"
    if looks_like_markdown(text):
        return "whitehouse_md"
    if looks_like_pdftext(text):
        return "pdftext"
    return "plain"


_CONTROL_CHARS = dict.fromkeys([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20)])
"""Control characters other than tab, newline, form feed and carriage return."""
_LONE_CR = regex.compile(r"\r(?!\n)")
"""A carriage return that ends a line on its own (old Mac files, mixed line endings)."""


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(_CONTROL_CHARS))  # 7x faster than findall
    nuls = sample.count("\x00")
    return controls > len(sample) * 0.05 or nuls > len(sample) * 0.3


def decode(data: bytes, *, name: str | None = None) -> tuple[str, tuple[ParseWarning, ...]]:
    """Bytes to text: BOMs honoured, then UTF-16 (by its NULs) and UTF-8; cp1252 guessed.

    What is guessed (UTF-16 without a byte-order mark, Windows-1252, Latin-1)
    comes with a warning.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError:
                break
    # UTF-16 without a byte-order mark is guessed before UTF-8: ASCII text in
    # UTF-16 is valid UTF-8 as well (every other byte a NUL) and was refused as binary.
    sample = data[:4000]
    if len(sample) > 8 and len(data) % 2 == 0:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        for nuls, other, encoding in (
            (odd_nuls, even_nuls, "utf-16-le"),
            (even_nuls, odd_nuls, "utf-16-be"),
        ):
            if nuls > half * 0.6 and other < half * 0.1:
                try:
                    return data.decode(encoding), (
                        warning(
                            "encoding-guessed",
                            f"decoded as {encoding.upper()} (no byte-order mark)",
                        ),
                    )
                except UnicodeDecodeError:
                    pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), (
            warning("encoding-guessed", "not valid UTF-8: decoded as Windows-1252"),
        )
    except UnicodeDecodeError:
        return data.decode("latin-1"), (
            warning("encoding-guessed", "not valid UTF-8: decoded as Latin-1"),
        )


def read_text(text: str, *, name: str | None = None, format: str | None = None) -> Text:
    """Strip the layout of ``text`` (a string) into a normalised :class:`Text`."""
    if len(text) > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{len(text):,} characters is more than the {MAX_INPUT_BYTES:,} eoparse reads",
            source=name,
        )
    if _looks_binary(text):
        raise NotAPresidentialDocument("binary data, not text", source=name)
    if "\r" in text:  # a lone CR ends a line too; one character for one, so offsets hold
        text = _LONE_CR.sub("\n", text)
    fmt = format or detect_format(text)
    kind, number = filename_hints(name)
    if fmt == "pdf":
        raise UnsupportedFormat(
            "PDF data must be read as bytes (parse the file, or use parse_bytes)", source=name
        )
    if fmt == "xml":
        result = read_xml(text, name=name, number=number)
    elif fmt == "html":
        result = read_html(text, name=name)
    elif fmt == "fr_text":
        result = read_fr_text(text, name=name)
    elif fmt == "pdftext":
        result = read_pdftext(text, name=name)
    elif fmt == "whitehouse_md":
        result = read_markdown(text, name=name)
    elif fmt == "plain":
        result = read_plain(text, name=name)
    else:
        raise UnsupportedFormat(
            f"unknown format {fmt!r}; expected one of {', '.join(TEXT_FORMATS)}", source=name
        )
    return _with_name_hints(result, kind, number)


def _with_name_hints(result: Text, kind: Kind | None, number: int | None) -> Text:
    """``result`` with the kind and number its file name states (computed once by the
    caller, which also hands the number to the XML or PDF reader)."""
    if kind is not None or number is not None:
        hints = attrs.evolve(result.hints, kind=result.hints.kind or kind, number=number)
        result = attrs.evolve(result, hints=hints)
    return result


def _named_pdf(name: str | None) -> bool:
    return bool(name) and str(name).lower().endswith(".pdf")


def read_bytes(
    data: bytes,
    *,
    name: str | None = None,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
    strict: bool = False,
) -> Text:
    """Decode and read ``data``, recognising the format from its content.

    PDFs are read with ``pdf_backend`` (one of :data:`PDF_BACKENDS`).  A file
    named ``.pdf`` that holds no PDF is read by its content when that is
    text, and refused with :class:`~eoparse.errors.UnreadablePDF` when it is
    empty or binary.  ``strict`` makes a truncated PDF an error rather than a
    warning.
    """
    check_backend(pdf_backend)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{len(data):,} bytes is more than the {MAX_INPUT_BYTES:,} eoparse reads", source=name
        )
    fmt = detect_format(data)
    if fmt == "pdf":
        kind, number = filename_hints(name)
        result = read_pdf(data, name=name, backend=pdf_backend, strict=strict, number=number)
        return _with_name_hints(result, kind, number)
    named_pdf = _named_pdf(name)
    if named_pdf and not data.strip():
        raise UnreadablePDF("empty file", source=name)
    text, warnings = decode(data, name=name)
    if named_pdf and (_looks_binary(text) or warnings):
        raise UnreadablePDF(f"not a PDF (it starts with {data[:8]!r})", source=name)
    result = read_text(text, name=name)
    if named_pdf:
        warnings += (
            warning("format-mismatch", f"named .pdf but holds {result.format} text; read as such"),
        )
    if warnings:
        result = attrs.evolve(result, warnings=warnings + result.warnings)
    return result


def read_path(
    path: str | os.PathLike[str], *, pdf_backend: str = DEFAULT_PDF_BACKEND, strict: bool = False
) -> Text:
    """Read the file at ``path`` (``FileNotFoundError`` if there is none)."""
    check_backend(pdf_backend)
    file = Path(path)
    if file.is_dir():
        raise IsADirectoryError(f"{file}: is a directory, not a document")
    size = file.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{size:,} bytes is more than the {MAX_INPUT_BYTES:,} eoparse reads", source=str(file)
        )
    return read_bytes(file.read_bytes(), name=str(file), pdf_backend=pdf_backend, strict=strict)


__all__ = [
    "DEFAULT_PDF_BACKEND",
    "FORMATS",
    "MAX_INPUT_BYTES",
    "PDF_BACKENDS",
    "TEXT_FORMATS",
    "Hints",
    "Text",
    "UnknownPDFBackend",
    "decode",
    "detect_format",
    "filename_hints",
    "read_bytes",
    "read_path",
    "read_text",
]
