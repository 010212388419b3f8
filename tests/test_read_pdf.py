"""Federal Register PDFs: layout stripped, paragraphs rebuilt, boxes kept, broken files named.

The PDFs here are written by the tests themselves (``fr_pdf``): a Courier
page laid out like a Federal Register Presidential Documents page — running
head and page number, the ``Presidential Documents`` label, a 12-point title,
justified 10-point body text with extra space between paragraphs, the
trailer in the side column, the ``VerDate`` line and rotated margin notes
(``khammond on …``, ``Trump.EPS</GPH>``).  Courier is monospaced, so the
justification (``Tw`` word spacing) can be computed without font metrics.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import struct
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eoparse
from eoparse import EOParseError
from eoparse.errors import UnreadablePDF
from eoparse.read import PDF_BACKENDS, UnknownPDFBackend, detect_format, read_bytes
from eoparse.read.base import normalise_inline
from eoparse.read.pdf import DEFAULT_PDF_BACKEND, NO_TEXT_LAYER, read_pdf

HEIGHT = 792.0
LEFT, RIGHT = 207.0, 567.0

# -- writing PDFs ----------------------------------------------------------------------


def _literal(text: str) -> str:
    """A PDF string literal in WinAnsiEncoding (en dash as octal 226)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return "(" + escaped.replace("\u2013", "\\226") + ")"


def show(x: float, top: float, size: float, text: str, *, spacing: float = 0.0) -> str:
    """Courier text whose box starts at ``x`` and ``top`` (pdfplumber's coordinates)."""
    baseline = HEIGHT - top - 0.8 * size
    return (
        f"BT /F1 {size:g} Tf {spacing:.4f} Tw 1 0 0 1 {x:.2f} {baseline:.2f} Tm "
        f"{_literal(text)} Tj ET\n"
    )


def rotated(x: float, y: float, size: float, text: str) -> str:
    """Text turned a quarter turn, running up the page (printer's margin notes)."""
    return f"BT /F1 {size:g} Tf 0 1 -1 0 {x:.2f} {y:.2f} Tm {_literal(text)} Tj ET\n"


def justified(
    top: float, lines: Sequence[str], *, indent: float = 0.0, ends: bool = True
) -> tuple[str, float]:
    """A paragraph of 10-point lines stretched to the right edge, but for its last line.

    ``ends=False``: the paragraph goes on to the next page, so every line is
    stretched.  Returns the content and the top of the next paragraph.
    """
    out = []
    for index, line in enumerate(lines):
        x = LEFT + (indent if index == 0 else 0.0)
        spacing = 0.0
        if (index < len(lines) - 1 or not ends) and line.count(" "):
            spacing = (RIGHT - x - 6.0 * len(line)) / line.count(" ")
        out.append(show(x, top, 10, line, spacing=spacing))
        top += 11
    return "".join(out), top + 4  # extra space after a paragraph


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def pdf_document(pages: Sequence[str], *, user_password: str | None = None) -> bytes:
    """A PDF with one page per content stream; RC4-encrypted when a user password is set."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    file_id = hashlib.md5(b"eoparse test").digest()
    key = b""
    encrypt = b""
    if user_password is not None:
        owner_key = hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5]
        owner = _rc4(owner_key, (user_password.encode() + _PAD)[:32])
        permissions = -44
        seed = (user_password.encode() + _PAD)[:32] + owner + struct.pack("<i", permissions)
        key = hashlib.md5(seed + file_id).digest()[:5]
        user = _rc4(key, _PAD)
        encrypt = (
            f"<< /Filter /Standard /V 1 /R 2 /O <{owner.hex()}> /U <{user.hex()}> "
            f"/P {permissions} >>"
        ).encode()
    for index, content in enumerate(pages):
        page, stream = 4 + 2 * index, 5 + 2 * index
        kids.append(f"{page} 0 R")
        data = content.encode("latin-1")
        if key:
            object_key = hashlib.md5(key + struct.pack("<i", stream)[:3] + b"\0\0").digest()
            data = _rc4(object_key[:10], data)
        objects[page] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {stream} 0 R >>"
        ).encode()
        objects[stream] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    if encrypt:
        objects[len(objects) + 1] = encrypt
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    trailer = f"<< /Size {size} /Root 1 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>]"
    if encrypt:
        trailer += f" /Encrypt {max(objects)} 0 R"
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


VERDATE = (
    "VerDate Sep<11>2014 16:45 Jul 6, 2026 Jkt 265001 PO 00000 Frm 0000{n} Fmt 4790 "
    "Sfmt 4790 E:\\FR\\FM\\07JYE0.SGM 07JYE0"
)
HEAD = "Federal Register / Vol. 91, No. 128 / Tuesday, July 7, 2026 / Presidential Documents"


def furniture(page: int) -> str:
    """The margin notes every FR PDF page carries."""
    return (
        show(25, 767, 6.5, VERDATE.format(n=page))
        + rotated(22, 640, 4, "khammond on DSK9W7S144PROD with PRESDOCC")
        + rotated(594, 640, 4, "Trump.EPS</GPH>")
    )


def page_one() -> str:
    """The first page: masthead, heading, title, the start of the body."""
    content = show(543, 34, 11, "10101") + show(101, 35, 8, HEAD)
    content += show(207, 58, 14, "Presidential Documents")
    content += show(207, 124, 10, "Executive Order 14990 of July 4, 2026")
    content += show(207, 146, 12, "Designating Harbor Facilities and Coastal")
    content += show(207, 160, 12, "Infrastructure for Review")
    top = 198.0
    for lines, indent, ends in (
        (
            [
                "By the authority vested in me as President by the",
                "Constitution and the laws of the United States of America,",
                "it is hereby ordered:",
            ],
            0.0,
            True,
        ),
        (
            [
                "Section 1. Purpose. Foreign cartels are designated as Ter-",
                "rorist Organizations for the purposes of this order and of",
                "the statutes it names.",
            ],
            0.0,
            True,
        ),
        (["(a) The Secretary of State shall report within 30 days;", "and"], 10.0, True),
        (
            [
                "(b) the Secretary of the Treasury shall act under 50",
                "U.S.C. 1701 et seq., and under Public Law 101\u2013",
            ],
            10.0,
            False,
        ),
    ):
        body, top = justified(top, lines, indent=indent, ends=ends)
        content += body
    return content + furniture(1)


def trailer(top: float) -> str:
    """The FR trailer, printed in the side column."""
    return (
        show(45, top, 7, "[FR Doc. 2026\u201304040")
        + show(45, top + 12, 7, "Filed 7\u20136\u201326; 8:45 am]")
        + show(45, top + 24, 7, "Billing code 3395\u2013F4\u2013P")
    )


def page_two() -> str:
    """The second page: the end of 1(b), Sec. 2, the signature and the trailer."""
    content = show(45, 34, 11, "10102") + show(101, 35, 8, HEAD)
    body, top = justified(61, ["509, as amended."])
    content += body
    body, top = justified(
        top,
        [
            "Sec. 2. Self-Government. The Attorney General shall seek",
            "arrangements for tribal, local, and territorial self-",
            "government where the law permits them.",
        ],
    )
    content += body
    content += show(207, top + 20, 10, "THE WHITE HOUSE,")
    content += show(207, top + 32, 10, "July 4, 2026.")
    return content + trailer(640) + furniture(2)


def fr_pdf() -> bytes:
    """A two-page order laid out like the Federal Register prints one."""
    return pdf_document([page_one(), page_two()])


# -- reading an FR page ----------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> bytes:
    return fr_pdf()


@pytest.mark.parametrize("backend", PDF_BACKENDS)
def test_layout_is_stripped_and_paragraphs_rebuilt(document: bytes, backend: str) -> None:
    text = read_pdf(document, name="EO-14990.pdf", backend=backend)
    assert text.format == "pdf"
    assert text.string.split("\n") == [
        "Executive Order 14990 of July 4, 2026",
        "Designating Harbor Facilities and Coastal Infrastructure for Review",
        "By the authority vested in me as President by the Constitution and the laws of "
        "the United States of America, it is hereby ordered:",
        "Section 1. Purpose. Foreign cartels are designated as Terrorist Organizations "
        "for the purposes of this order and of the statutes it names.",
        "(a) The Secretary of State shall report within 30 days; and",
        "(b) the Secretary of the Treasury shall act under 50 U.S.C. 1701 et seq., and under "
        "Public Law 101-509, as amended.",
        "Sec. 2. Self-Government. The Attorney General shall seek arrangements for tribal, "
        "local, and territorial self-government where the law permits them.",
        "THE WHITE HOUSE,",
        "July 4, 2026.",
    ]
    for line in text.string.split("\n"):
        assert normalise_inline(line) == line
    assert text.hints.volume == 91
    assert text.hints.document_number == "2026-04040"
    assert text.hints.signers == ("Trump",)
    assert text.page_at(0) == 10101
    # a word broken across the page break belongs to the page it starts on
    assert text.page_at(text.string.index("101-509")) == 10101
    assert text.page_at(text.string.index("as amended")) == 10102
    assert text.page_at(text.string.index("THE WHITE HOUSE")) == 10102
    assert text.warnings == ()


def test_backends_agree_on_text_and_boxes(document: bytes) -> None:
    fast = read_pdf(document, backend="pdfium")
    exact = read_pdf(document, backend="pdfplumber")
    assert fast.string == exact.string
    assert fast.pages == exact.pages
    assert fast.hints == exact.hints
    assert len(fast.boxes) == len(exact.boxes)
    for a, b in zip(fast.boxes, exact.boxes, strict=True):
        assert a[:3] == b[:3]
        assert max(abs(x - y) for x, y in zip(a[3:], b[3:], strict=True)) < 1.5


def test_every_word_has_a_box_on_its_page(document: bytes) -> None:
    text = read_pdf(document)
    starts = {box[0] for box in text.boxes}
    for word in re.finditer(r"\S+", text.string):
        assert word.start() in starts, word[0]
    for start, end, page, x0, top, x1, bottom in text.boxes:
        assert 0 <= start < end <= len(text.string)
        assert page in (1, 2)
        assert 0 <= x0 < x1 <= 612
        assert 0 <= top < bottom <= 792
    # a word broken across lines keeps one box per printed piece
    start = text.string.index("Terrorist")
    pieces = [b for b in text.boxes if start <= b[0] < start + len("Terrorist")]
    assert [(b[0] - start, b[1] - start) for b in pieces] == [(0, 3), (3, 9)]
    assert pieces[0][4] < pieces[1][4]  # "Ter-" is printed on the line above "rorist"


def test_parse_and_locate(document: bytes) -> None:
    order = eoparse.parse_bytes(document, "EO-14990.pdf")
    assert order.source_format == "pdf"
    assert order.number == 14990
    assert order.title == "Designating Harbor Facilities and Coastal Infrastructure for Review"
    assert order.citation == "91 FR 10101"
    assert order.document_number == "2026-04040"
    assert order.president == "Donald J. Trump"
    assert [s.path for s in order.walk()] == ["1", "1(a)", "1(b)", "2"]
    rectangles = order.locate(order.section("1(b)"))
    pages = [page for page, _ in rectangles]
    assert pages == [1, 1, 2]  # two lines on page 1, the rest on page 2
    for _, (x0, top, x1, bottom) in rectangles:
        assert LEFT - 1 <= x0 < x1 <= RIGHT + 1
        assert top < bottom
    assert order.locate(order.section("2"))[0][0] == 2
    round_trip = eoparse.Order.from_dict(order.to_dict())
    assert round_trip == order


def test_pdf_is_recognised_by_content_not_name(document: bytes) -> None:
    assert detect_format(document) == "pdf"
    order = eoparse.parse_bytes(document, "download.txt")
    assert order.number == 14990
    assert eoparse.parse_bytes(document).number == 14990


def test_a_page_of_images_warns() -> None:
    signature = show(207, 400, 10, "THE WHITE HOUSE,") + show(207, 412, 10, "July 4, 2026.")
    images = show(45, 34, 11, "10102") + show(101, 35, 8, HEAD) + trailer(300) + furniture(2)
    text = read_pdf(pdf_document([page_one() + signature, images]))
    assert [(w.code, w.message, w.severity) for w in text.warnings] == [
        (
            "image-not-carried",
            "an image (a table, a map, an annex or signature) is not carried by the text",
            "info",
        )
    ]
    assert text.hints.document_number == "2026-04040"


# -- broken files ----------------------------------------------------------------------


@pytest.mark.parametrize("backend", PDF_BACKENDS)
@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n", "empty file"),
        (bytes(range(256)) * 8, "not a PDF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(2000), "not a PDF"),
        (b"GIF89a" + bytes(range(200)), "not a PDF"),
    ],
)
def test_files_named_pdf_that_hold_no_pdf(data: bytes, reason: str, backend: str) -> None:
    with pytest.raises(UnreadablePDF) as raised:
        eoparse.parse_bytes(data, "scan.pdf", pdf_backend=backend)
    assert str(raised.value).startswith("scan.pdf: ")
    assert reason in str(raised.value)


def test_text_named_pdf_is_read_as_text() -> None:
    text = read_bytes(
        b"Executive Order 14990 of July 4, 2026\n\nHarbors\n\n"
        b"By the authority vested in me, it is hereby ordered:\n\nSection 1. Policy. Done.\n",
        name="order.pdf",
    )
    assert text.format == "plain"
    assert any("named .pdf" in warning.message for warning in text.warnings)


@pytest.mark.parametrize("backend", PDF_BACKENDS)
def test_no_text_layer(backend: str) -> None:
    scanned = pdf_document(["0.5 g 50 50 500 700 re f\n", "0 g 100 100 200 200 re f\n"])
    with pytest.raises(UnreadablePDF) as raised:
        eoparse.parse_bytes(scanned, "scan.pdf", pdf_backend=backend)
    assert NO_TEXT_LAYER in str(raised.value)
    assert "scan.pdf" in str(raised.value)


@pytest.mark.parametrize("backend", PDF_BACKENDS)
def test_encrypted(backend: str) -> None:
    locked = pdf_document(
        [show(207, 124, 10, "Executive Order 14990 of July 4, 2026")], user_password="secret"
    )
    with pytest.raises(UnreadablePDF) as raised:
        eoparse.parse_bytes(locked, "locked.pdf", pdf_backend=backend)
    assert "encrypted" in str(raised.value)


@pytest.mark.parametrize("backend", PDF_BACKENDS)
def test_truncated(document: bytes, backend: str) -> None:
    half = document[: len(document) // 2]
    with pytest.raises(UnreadablePDF) as raised:
        eoparse.parse_bytes(half, "half.pdf", strict=True, pdf_backend=backend)
    assert "truncated" in str(raised.value)
    assert "truncated" in _lenient_outcome(half, backend)


def _lenient_outcome(data: bytes, backend: str) -> str:
    """The error message of a lenient parse, or its warnings: either names the truncation."""
    try:
        order = eoparse.parse_bytes(data, "half.pdf", pdf_backend=backend)
    except UnreadablePDF as error:
        return str(error)
    return " ".join(w.message for w in order.warnings)


@pytest.mark.parametrize("name", ["nonesuch", "PDFium", ""])
def test_unknown_backend_is_a_clear_error(document: bytes, name: str) -> None:
    for call in (
        lambda: eoparse.parse_bytes(document, "x.pdf", pdf_backend=name),
        lambda: eoparse.parse_bytes(b"Executive Order 1 of May 1, 2001", pdf_backend=name),
    ):
        with pytest.raises(UnknownPDFBackend) as raised:
            call()
        assert isinstance(raised.value, EOParseError)
        assert isinstance(raised.value, ValueError)
        assert "'pdfium'" in str(raised.value)
        assert "'pdfplumber'" in str(raised.value)


def test_default_backend_is_documented() -> None:
    assert DEFAULT_PDF_BACKEND == "pdfium"
    assert DEFAULT_PDF_BACKEND in PDF_BACKENDS


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cut=st.integers(min_value=0, max_value=10_000),
    at=st.integers(min_value=0, max_value=10_000),
    junk=st.binary(min_size=0, max_size=64),
    backend=st.sampled_from(PDF_BACKENDS),
)
def test_damaged_pdfs_raise_only_eoparse_errors(
    document: bytes, cut: int, at: int, junk: bytes, backend: str
) -> None:
    position = at % len(document)
    damaged = document[:position] + junk + document[position + len(junk) :]
    damaged = damaged[: max(len(damaged) - cut, 1)]
    with contextlib.suppress(EOParseError):
        eoparse.parse_bytes(damaged, "damaged.pdf", pdf_backend=backend)
