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

from eoparse.errors import InputTooLarge, NotAPresidentialDocument, UnsupportedFormat
from eoparse.model import Kind
from eoparse.read.base import Hints, Text
from eoparse.read.fr_text import looks_like_fr_text, read_fr_text
from eoparse.read.markdown import looks_like_markdown, read_markdown
from eoparse.read.pdftext import looks_like_pdftext, read_pdftext
from eoparse.read.plain import read_plain

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Inputs above this size are refused with :class:`~eoparse.errors.InputTooLarge`."""

TEXT_FORMATS = ("fr_text", "pdftext", "whitehouse_md", "plain")
"""The text formats :func:`read_text` recognises (``format=`` accepts these)."""

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


def detect_format(data: bytes | str) -> str:
    """The format of ``data``: pdf, xml, html, or one of :data:`TEXT_FORMATS`."""
    head = data[:2048]
    if isinstance(head, bytes):
        if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
            return "pdf"
        head_text = head.decode("latin-1")
    else:
        if head.lstrip().startswith("%PDF-"):
            return "pdf"
        head_text = head
    stripped = head_text.lstrip("\ufeff \t\r\n")
    if regex.match(
        r"<\?xml|<(?:PRESDOCU|EXECORD|PROCLA|PRMEMO|PRNOTICE|DETERM|FEDREG)\b", stripped
    ):
        return "xml"
    if regex.match(r"<(?:!DOCTYPE html|html|body|div|p|h1|a)\b", stripped, regex.IGNORECASE):
        return "html"
    text = data if isinstance(data, str) else data[:200_000].decode("utf-8", "replace")
    if looks_like_fr_text(text):
        return "fr_text"
    if looks_like_markdown(text):
        return "whitehouse_md"
    if looks_like_pdftext(text):
        return "pdftext"
    return "plain"


_CONTROL = regex.compile(r"[\x01-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    nuls = sample.count("\x00")
    return controls > len(sample) * 0.05 or nuls > len(sample) * 0.3


def decode(data: bytes, *, name: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: BOMs honoured, UTF-8 first, then UTF-16 and cp1252 guessed with a warning."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if len(sample) > 8:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        for nuls, encoding in ((odd_nuls, "utf-16-le"), (even_nuls, "utf-16-be")):
            if nuls > half * 0.6:
                try:
                    return data.decode(encoding), (
                        f"decoded as {encoding.upper()} (no byte-order mark)",
                    )
                except UnicodeDecodeError:
                    pass
    try:
        return data.decode("cp1252"), ("not valid UTF-8: decoded as Windows-1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), ("not valid UTF-8: decoded as Latin-1",)


def read_text(text: str, *, name: str | None = None, format: str | None = None) -> Text:
    """Strip the layout of ``text`` (a string) into a normalised :class:`Text`."""
    if len(text) > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{len(text):,} characters is more than the {MAX_INPUT_BYTES:,} eoparse reads",
            source=name,
        )
    if _looks_binary(text):
        raise NotAPresidentialDocument("binary data, not text", source=name)
    fmt = format or detect_format(text)
    if fmt in ("pdf", "xml", "html"):
        raise UnsupportedFormat(f"{fmt.upper()} input is not supported yet", source=name)
    if fmt == "fr_text":
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
    kind, number = filename_hints(name)
    if kind is not None or number is not None:
        hints = attrs.evolve(result.hints, kind=result.hints.kind or kind, number=number)
        result = attrs.evolve(result, hints=hints)
    return result


def read_bytes(data: bytes, *, name: str | None = None) -> Text:
    """Decode and read ``data``, recognising the format from its content."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{len(data):,} bytes is more than the {MAX_INPUT_BYTES:,} eoparse reads", source=name
        )
    fmt = detect_format(data)
    if fmt in ("pdf", "xml", "html"):
        raise UnsupportedFormat(
            f"{fmt.upper()} input is not supported yet (read the text rendition instead)",
            source=name,
        )
    text, warnings = decode(data, name=name)
    result = read_text(text, name=name)
    if warnings:
        result = attrs.evolve(result, warnings=warnings + result.warnings)
    return result


def read_path(path: str | os.PathLike[str]) -> Text:
    """Read the file at ``path`` (``FileNotFoundError`` if there is none)."""
    file = Path(path)
    if file.is_dir():
        raise IsADirectoryError(f"{file}: is a directory, not a document")
    size = file.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{size:,} bytes is more than the {MAX_INPUT_BYTES:,} eoparse reads", source=str(file)
        )
    return read_bytes(file.read_bytes(), name=str(file))


__all__ = [
    "MAX_INPUT_BYTES",
    "TEXT_FORMATS",
    "Hints",
    "Text",
    "decode",
    "detect_format",
    "filename_hints",
    "read_bytes",
    "read_path",
    "read_text",
]
