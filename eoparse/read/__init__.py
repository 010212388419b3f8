"""Reading sources: decode bytes, recognise the format, strip layout into a :class:`Text`.

This is the only layer that touches files.  Everything below it works on a
:class:`~eoparse.read.base.Text`.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

import attrs
import regex

from eoparse.diagnostics import warning
from eoparse.errors import (
    InputTooLarge,
    NotAPresidentialDocument,
    UnknownPDFBackend,
    UnreadableFile,
    UnreadablePDF,
    UnsupportedFormat,
)
from eoparse.model import Kind, ParseWarning
from eoparse.read.base import Hints, Text
from eoparse.read.fr_text import looks_like_fr_text, read_fr_text
from eoparse.read.html import read_html
from eoparse.read.limits import DEFAULT_LIMITS, Limits
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

MAX_INPUT_BYTES = DEFAULT_LIMITS.input_bytes
"""Inputs above this size are refused with :class:`~eoparse.errors.InputTooLarge`
(``limits=Limits(input_bytes=...)`` sets another for one call)."""


def _input_limit(limits: Limits | None) -> int:
    """The input size limit of a call: its own, else :data:`MAX_INPUT_BYTES` (read now)."""
    return limits.input_bytes if limits is not None else MAX_INPUT_BYTES


def _too_large(size: int, unit: str, limit: int, name: str | None) -> InputTooLarge:
    return InputTooLarge(f"{size:,} {unit} is more than the {limit:,} eoparse reads", source=name)


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
    if stripped.startswith("<"):  # as every match of either pattern does
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


MAX_BAD_UTF8 = 64
"""A file with more invalid UTF-8 sequences than this is not "essentially UTF-8"."""


def _mostly_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """``data`` decoded as UTF-8 with U+FFFD for each invalid sequence, and the byte
    offsets of those, when the file is essentially UTF-8: at most :data:`MAX_BAD_UTF8`
    invalid sequences, and more valid non-ASCII characters than invalid sequences
    (a Windows-1252 file has no valid multi-byte sequence at all).  Else None."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            if len(offsets) >= MAX_BAD_UTF8:
                return None
            pieces.append(data[position : position + error.start].decode("utf-8"))
            pieces.append("\ufffd")
            offsets.append(position + error.start)
            position += error.end
    text = "".join(pieces)
    valid = sum(1 for char in text if char > "\x7f") - len(offsets)
    return (text, offsets) if valid > len(offsets) else None


def decode(data: bytes, *, name: str | None = None) -> tuple[str, tuple[ParseWarning, ...]]:
    """Bytes to text: BOMs honoured, then UTF-16 (by its NULs) and UTF-8; cp1252 guessed.

    What is guessed (UTF-16 without a byte-order mark, Windows-1252, Latin-1)
    comes with a warning.  A file that is essentially UTF-8 but for a few
    invalid bytes is decoded as UTF-8 with U+FFFD in their place, and the
    warning gives their byte offsets (one bad byte no longer turns a whole
    UTF-8 file into Windows-1252 mojibake).
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
    repaired = _mostly_utf8(data)
    if repaired is not None:
        text, offsets = repaired
        shown = ", ".join(f"{offset:,}" for offset in offsets[:10])
        more = f" and {len(offsets) - 10} more" if len(offsets) > 10 else ""
        return text, (
            warning(
                "encoding-repaired",
                f"{len(offsets)} byte(s) not valid UTF-8 at byte offset(s) {shown}{more}: "
                "decoded as UTF-8, each replaced by U+FFFD",
            ),
        )
    try:
        return data.decode("cp1252"), (
            warning("encoding-guessed", "not valid UTF-8: decoded as Windows-1252"),
        )
    except UnicodeDecodeError:
        return data.decode("latin-1"), (
            warning("encoding-guessed", "not valid UTF-8: decoded as Latin-1"),
        )


def read_text(
    text: str,
    *,
    name: str | None = None,
    format: str | None = None,
    limits: Limits | None = None,
) -> Text:
    """Strip the layout of ``text`` (a string) into a normalised :class:`Text`."""
    limit = _input_limit(limits)
    if len(text) > limit:
        raise _too_large(len(text), "characters", limit, name)
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
    limits: Limits | None = None,
) -> Text:
    """Decode and read ``data``, recognising the format from its content.

    PDFs are read with ``pdf_backend`` (one of :data:`PDF_BACKENDS`).  A file
    named ``.pdf`` that holds no PDF is read by its content when that is
    text, and refused with :class:`~eoparse.errors.UnreadablePDF` when it is
    empty or binary.  ``strict`` makes a truncated PDF an error rather than a
    warning.  ``limits`` (:class:`~eoparse.read.limits.Limits`) bounds what is read.
    """
    check_backend(pdf_backend)
    limit = _input_limit(limits)
    if len(data) > limit:
        raise _too_large(len(data), "bytes", limit, name)
    fmt = detect_format(data)
    if fmt == "pdf":
        kind, number = filename_hints(name)
        result = read_pdf(
            data,
            name=name,
            backend=pdf_backend,
            strict=strict,
            number=number,
            limits=limits or DEFAULT_LIMITS,
        )
        return _with_name_hints(result, kind, number)
    named_pdf = _named_pdf(name)
    if named_pdf and not data.strip():
        raise UnreadablePDF("empty file", source=name)
    text, warnings = decode(data, name=name)
    if named_pdf and (_looks_binary(text) or warnings):
        raise UnreadablePDF(f"not a PDF (it starts with {data[:8]!r})", source=name)
    result = read_text(text, name=name, limits=limits)
    if named_pdf:
        warnings += (
            warning("format-mismatch", f"named .pdf but holds {result.format} text; read as such"),
        )
    if warnings:
        result = attrs.evolve(result, warnings=warnings + result.warnings)
    return result


PATH_ERRORS = (FileNotFoundError, IsADirectoryError, UnreadableFile)
"""Everything reading a path can raise besides :class:`~eoparse.errors.EOParseError`
subclasses: the first two (no such file; a folder) are standard ``OSError`` subclasses,
kept so that ``except FileNotFoundError`` works; :class:`~eoparse.errors.UnreadableFile`
(no permission, a symbolic-link loop, a name too long, a device or a FIFO, any other
``OSError``) is an ``EOParseError``."""

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
"""Opening a FIFO without it waits for a writer; with it, ``fstat`` can refuse the FIFO."""


def _unreadable(file: Path, error: OSError) -> UnreadableFile:
    reason = error.strerror or type(error).__name__
    if error.errno == errno.ELOOP:
        reason = "too many levels of symbolic links (a symbolic-link loop)"
    elif error.errno == errno.ENAMETOOLONG:
        reason = "file name too long"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    return UnreadableFile(reason, source=str(file))


def read_file_bytes(path: str | os.PathLike[str], *, limits: Limits | None = None) -> bytes:
    """The bytes of the regular file at ``path``: at most the size limit plus one byte
    is read, so that a file that grows, or lies about its size, is still refused.

    Raises ``FileNotFoundError``, ``IsADirectoryError``,
    :class:`~eoparse.errors.UnreadableFile` (permission, symbolic-link loop, name too
    long, not a regular file: ``/dev/zero``, a FIFO, a socket) or
    :class:`~eoparse.errors.InputTooLarge`.
    """
    file = Path(path)
    limit = _input_limit(limits)
    try:
        descriptor = os.open(file, os.O_RDONLY | _O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as error:
        if os.name == "nt" and os.path.isdir(file):  # Windows: PermissionError for a folder
            raise IsADirectoryError(
                errno.EISDIR, "is a directory, not a document", str(file)
            ) from None
        raise _unreadable(file, error) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a document", str(file))
        if not stat.S_ISREG(info.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or special file"
            raise UnreadableFile(f"not a regular file ({kind})", source=str(file))
        if info.st_size > limit:
            raise _too_large(info.st_size, "bytes", limit, str(file))
        chunks: list[bytes] = []
        wanted = limit + 1
        while wanted > 0:
            chunk = os.read(descriptor, min(wanted, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
    except OSError as error:
        if isinstance(error, IsADirectoryError):
            raise
        raise _unreadable(file, error) from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise _too_large(len(data), "bytes or more", limit, str(file))
    return data


def read_path(
    path: str | os.PathLike[str],
    *,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
    strict: bool = False,
    limits: Limits | None = None,
) -> Text:
    """Read the file at ``path``; what it raises besides ``EOParseError`` is
    :data:`PATH_ERRORS` (see :func:`read_file_bytes`)."""
    check_backend(pdf_backend)
    data = read_file_bytes(path, limits=limits)
    return read_bytes(data, name=str(path), pdf_backend=pdf_backend, strict=strict, limits=limits)


__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_PDF_BACKEND",
    "FORMATS",
    "MAX_INPUT_BYTES",
    "PATH_ERRORS",
    "PDF_BACKENDS",
    "TEXT_FORMATS",
    "Hints",
    "Limits",
    "Text",
    "UnknownPDFBackend",
    "decode",
    "detect_format",
    "filename_hints",
    "read_bytes",
    "read_file_bytes",
    "read_path",
    "read_text",
]
