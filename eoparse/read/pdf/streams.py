"""The compression-bomb guard: what a PDF's compressed streams inflate to, measured
before any PDF library reads them.

A PDF library inflates a page's content stream whole, and builds a record
for every character it draws: a 90 MB file whose text stream inflates to
gigabytes drove the process to 9.7 GB.  Here every ``/FlateDecode`` stream
other than an image is inflated in small pieces that are counted and
dropped, so the measure costs little memory, and stops at the first limit
(:attr:`~eoparse.read.limits.Limits.pdf_stream_bytes` for one stream,
:attr:`~eoparse.read.limits.Limits.pdf_inflated_bytes` for all).  Images are
skipped: text extraction does not decode them.  A stream that does not
inflate (encrypted, corrupt) is left to the PDF library to judge.
"""

from __future__ import annotations

import zlib

from eoparse.errors import UnreadablePDF
from eoparse.read.limits import Limits

_PIECE = 1 << 20
"""Bytes inflated at a time."""
_DICTIONARY_WINDOW = 4096
"""How far before ``stream`` its dictionary is looked for."""


def _stream_starts(data: bytes) -> list[tuple[int, bytes]]:
    """Where each stream's data starts, with the dictionary before its ``stream`` keyword."""
    out = []
    position = data.find(b"stream")
    while position != -1:
        if data[position - 3 : position] != b"end":  # not "endstream"
            start = position + len(b"stream")
            if data[start : start + 2] == b"\r\n":
                start += 2
            elif data[start : start + 1] in (b"\n", b"\r"):
                start += 1
            else:  # "stream" inside other words or data
                position = data.find(b"stream", position + 6)
                continue
            before = data[max(0, position - _DICTIONARY_WINDOW) : position]
            opened = before.rfind(b"obj")
            out.append((start, before[opened:] if opened != -1 else before))
        position = data.find(b"stream", position + 6)
    return out


def _inflated_size(data: bytes, start: int, ceiling: int) -> int:
    """What the zlib stream at ``start`` inflates to, counted up to just past ``ceiling``."""
    inflater = zlib.decompressobj()
    total = 0
    position = start
    try:
        while not inflater.eof and total <= ceiling:
            if inflater.unconsumed_tail:
                piece = inflater.decompress(inflater.unconsumed_tail, _PIECE)
            elif position < len(data):
                chunk = data[position : position + _PIECE]
                position += len(chunk)
                piece = inflater.decompress(chunk, _PIECE)
            else:
                break
            total += len(piece)
    except zlib.error:
        pass  # encrypted or corrupt: the PDF library decides
    return total


_FONT_KEYS = (b"/Length1", b"/Length2", b"/Type1C", b"/CIDFontType0C", b"/OpenType")
"""Keys of an embedded font program's dictionary: fonts count towards the whole PDF's
limit only (a CJK font is megabytes, and no character is drawn from it alone)."""


def check_streams(data: bytes, limits: Limits, name: str | None) -> None:
    """Raise :class:`~eoparse.errors.UnreadablePDF` if a stream other than an image or
    a font inflates past ``limits.pdf_stream_bytes``, or all of them together past
    ``limits.pdf_inflated_bytes``."""
    total = 0
    ceiling = max(limits.pdf_stream_bytes, 0)
    for start, dictionary in _stream_starts(data):
        if b"/Image" in dictionary:
            continue
        font = any(key in dictionary for key in _FONT_KEYS)
        room = limits.pdf_inflated_bytes - total
        if b"/FlateDecode" in dictionary:
            size = _inflated_size(data, start, room if font else min(ceiling, room))
        elif b"/Filter" not in dictionary:
            end = data.find(b"endstream", start)
            size = (end if end != -1 else len(data)) - start
        else:  # another filter: left to the PDF library
            continue
        if size > limits.pdf_stream_bytes and not font:
            raise UnreadablePDF(
                f"a stream at byte {start:,} inflates to more than "
                f"{limits.pdf_stream_bytes:,} bytes, the limit for one stream "
                "(Limits.pdf_stream_bytes): a compression bomb?",
                source=name,
            )
        total += size
        if total > limits.pdf_inflated_bytes:
            raise UnreadablePDF(
                f"its streams inflate to more than {limits.pdf_inflated_bytes:,} "
                "bytes, the limit for a PDF (Limits.pdf_inflated_bytes): a compression bomb?",
                source=name,
            )


__all__ = ["check_streams"]
