"""PDFs made to exhaust a reader: a content stream that inflates hugely, many pages.

Shared by tests/test_limits.py and benchmarks/bench_pdf_bomb.py.  The files
are valid PDFs: one Helvetica page per content stream, each stream a text
object drawing ``A`` over and over, compressed with zlib (about 1,000 to 1).
"""

from __future__ import annotations

import zlib

_CHUNK = 1 << 20


def _deflated_text(inflated: int) -> bytes:
    """A ``/FlateDecode`` content stream of about ``inflated`` bytes, built in pieces."""
    compressor = zlib.compressobj(9)
    out = [compressor.compress(b"BT /F1 1 Tf 10 700 Td (")]
    left = max(inflated - 40, 0)
    block = b"A" * _CHUNK
    while left > 0:
        piece = block if left >= _CHUNK else block[:left]
        out.append(compressor.compress(piece))
        left -= len(piece)
    out.append(compressor.compress(b") Tj ET"))
    out.append(compressor.flush())
    return b"".join(out)


def pdf_with_streams(streams: list[bytes], *, compressed: bool = True) -> bytes:
    """A PDF with one page per content stream (``compressed``: they are /FlateDecode)."""
    objects: list[bytes] = []
    count = len(streams)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index, stream in enumerate(streams):
        content = 5 + 2 * index
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>".encode()
        )
        flate = b" /Filter /FlateDecode" if compressed else b""
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def bomb_pdf(inflated: int, *, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages whose content streams each inflate to ``inflated`` bytes."""
    stream = _deflated_text(inflated)
    return pdf_with_streams([stream] * pages)


def text_pdf(chars_per_page: int, *, pages: int = 1) -> bytes:
    """A PDF of ``pages`` uncompressed pages each drawing ``chars_per_page`` characters
    (in lines of 1,000: PDFium keeps at most 32,767 characters of one string)."""
    lines, rest = divmod(chars_per_page, 1000)
    shown = [b"(" + b"A" * 1000 + b") Tj 0 -1 Td"] * lines + [b"(" + b"A" * rest + b") Tj"]
    body = b"BT /F1 1 Tf 10 700 Td " + b" ".join(shown) + b" ET"
    return pdf_with_streams([body] * pages, compressed=False)
