"""Hostile input (issue #7): every input gets an ``Order`` or eoparse's own named error, quickly.

Analysts feed eoparse whatever they scraped.  Each case below is a text, bytes
or a file; it must give an :class:`~eoparse.Order` (with warnings where
something was guessed) or raise an :class:`~eoparse.EOParseError` subclass
(``FileNotFoundError`` / ``IsADirectoryError`` for bad paths) — never a
foreign exception, never a hang.  The same inputs go through the command
line, which must exit 2 with one line on stderr.  Hypothesis then throws
arbitrary text and bytes at every public entry point.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eoparse
import eoparse.read
from eoparse import (
    EOParseError,
    InputTooLarge,
    MalformedXML,
    NotAPresidentialDocument,
    Order,
    UnreadablePDF,
    parse,
    parse_bytes,
    parse_text,
)
from eoparse.cli import main

from .conftest import CORPUS, SAMPLES, requires_corpus

SAMPLE_PATH = SAMPLES / "border_emergency_2025.txt"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
"""A real proclamation in FR raw-text form (bundled with the package)."""

TIME_LIMIT = 15.0
"""Seconds any single hostile case may take (a generous bound: most take milliseconds)."""

BOUNDED_PATH_ERRORS = (EOParseError, FileNotFoundError, IsADirectoryError)

ORDER = "order"
"""Expectation: the input parses into an Order."""

EITHER = "either"
"""Expectation: an Order or an EOParseError; which one is not the point."""


def _sample_order() -> Order:
    return parse_text(SAMPLE)


def _outcome(run: Callable[[], Order]) -> Order | BaseException:
    """The Order, or the exception eoparse raised; a foreign exception fails the test."""
    started = time.perf_counter()
    try:
        result: Order | BaseException = run()
    except BOUNDED_PATH_ERRORS as error:
        result = error
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT, f"took {elapsed:.1f}s"
    return result


def _random_unicode(seed: int, size: int) -> str:
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + list("\n\n\t ()[].,;:\"'§—\u2028\ufffd")
    alphabet += [chr(rng.randrange(0x250, 0x10FFFF)) for _ in range(200)]
    return "".join(rng.choice(alphabet) for _ in range(size))


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _mixed_line_endings(text: str) -> str:
    """Lines ended by LF, CRLF and CR in turn (a CR before an empty line would be a CRLF)."""
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines[:-1]):
        ending = ("\n", "\r\n", "\r")[index % 3]
        if ending == "\r" and not lines[index + 1]:
            ending = "\n"
        out.append(line + ending)
    return "".join(out) + lines[-1]


def _blank_pdf(pages: int = 2) -> bytes:
    """A PDF with pages and no text at all (what a scan without OCR looks like to us)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(612, 792)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


JPEG = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + _random_bytes(7, 3000)
XML_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
    "]>\n<EXECORD><P>&lol3;</P></EXECORD>\n"
)
XML_EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">'
    '<!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>\n'
    "<EXECORD><P>&secret;&remote;</P></EXECORD>\n"
)
XML_PARAMETER_ENTITY = (
    '<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
    "<EXECORD><P>x</P></EXECORD>"
)


@frozen
class Case:
    """One hostile input: text (parse_text), bytes (parse_bytes) or a file (parse)."""

    name: str
    make: Callable[[], str | bytes]
    expect: object = EITHER
    """ORDER, EITHER, or the exception class that must be raised."""
    filename: str = "input.txt"
    as_text: bool = False
    """Parse the value with parse_text (a str) rather than bytes and a file."""
    warns: str | None = None
    """A word the order's warnings must contain (for guessed encodings)."""
    same_as_sample: bool = False
    """The order must have the sample's number, title, date and section paths."""


def _text_cases() -> list[Case]:
    return [
        Case("empty text", lambda: "", NotAPresidentialDocument, as_text=True),
        Case(
            "whitespace",
            lambda: " \n\t\r\n \f \u00a0\u2028 \n",
            NotAPresidentialDocument,
            as_text=True,
        ),
        Case("NULs", lambda: "\x00" * 5000, NotAPresidentialDocument, as_text=True),
        Case(
            "NULs inside an order",
            lambda: SAMPLE.replace("  ", " \x00", 200),
            ORDER,
            as_text=True,
            same_as_sample=True,
        ),
        Case("control characters", lambda: "\x01\x02\x1b[0m\x7f" * 500, EITHER, as_text=True),
        *(
            Case(f"random Unicode {seed}", lambda s=seed: _random_unicode(s, 20_000), as_text=True)
            for seed in range(3)
        ),
        Case("lone surrogates", lambda: "\ud800 " + SAMPLE + "\udfff", ORDER, as_text=True),
        Case("Sec. storm", lambda: "Sec. " * 40_000, EITHER, as_text=True),
        Case(
            "numbered Sec. storm",
            lambda: "".join(f"Sec. {i % 999 + 1}. Purpose.\n" for i in range(3000)),
            as_text=True,
        ),
        Case("(a) (i) (A) storm", lambda: "(a) (i) (A) " * 10_000, as_text=True),
        Case("(a) (i) (A) paragraphs", lambda: "(a)\n\n(i)\n\n(A)\n\n" * 2000, as_text=True),
        Case(
            "inline labels 1-999",
            lambda: (
                "Sec. 1. Scope: "
                + "".join(f"; ({i}) item" for i in range(1, 999))
                + ".\n\n(999) next.\n"
            ),
            as_text=True,
        ),
        Case("citation storm", lambda: "50 U.S.C. 1701, " * 10_000, as_text=True),
        Case(
            "prose citation storm",
            lambda: "section 301 of title 3, United States Code, and " * 2000,
            as_text=True,
        ),
        Case("order-list storm", lambda: "Executive Orders 13224 and " * 500, as_text=True),
        Case(
            "order list in parentheses",
            lambda: "(see Executive Orders 13224 and " * 500,
            as_text=True,
        ),
        Case("modal storm", lambda: "The Secretary of State shall, " * 300, as_text=True),
        Case("unclosed parentheses", lambda: "(" * 200_000, as_text=True),
        Case("unclosed labels", lambda: "(a" * 100_000, as_text=True),
        Case("quote storm", lambda: '"' * 100_000, as_text=True),
        Case("one 2 MB line", lambda: "the Secretary " * 150_000, as_text=True),
        Case("page-marker storm", lambda: "[[Page 1]]\n" * 20_000, as_text=True),
        Case(
            "trailer storm",
            lambda: "[FR Doc. 2025-01972 Filed 1-29-25; 8:45 am]\n" * 5000,
            as_text=True,
        ),
        Case("sample 60 times", lambda: SAMPLE * 60, ORDER, as_text=True, same_as_sample=True),
        Case(
            "sample body 60 times, no trailer",
            lambda: SAMPLE.split("[FR Doc.")[0] * 60,
            ORDER,
            as_text=True,
        ),
        *(
            Case(f"sample cut at {cut}", lambda c=cut: SAMPLE[:c], EITHER, as_text=True)
            for cut in (1, 80, 700, 1500, len(SAMPLE) // 2, len(SAMPLE) - 10)
        ),
        Case(
            "markdown, unclosed front matter",
            lambda: "---\ntitle: 'x\n" + "\\(a\\) *et seq*. " * 2000,
            as_text=True,
        ),
        Case(
            "pdftotext furniture only",
            lambda: "VerDate Sep<11>2014 16:45 Jan 28, 2025\f" * 3000,
            as_text=True,
        ),
        Case("HTML soup", lambda: "<html><body>" + "<div><p><span>x" * 5000, as_text=True),
        Case("HTML comment bomb", lambda: "<!--" * 50_000, as_text=True),
    ]


def _xml_cases() -> list[Case]:
    nested = 20_000
    return [
        Case("malformed XML", lambda: "<EXECORD><P>Sec. 1. <E>x</P>", MalformedXML, as_text=True),
        Case("XML billion laughs", lambda: XML_BOMB, MalformedXML, as_text=True),
        Case("XML external entities", lambda: XML_EXTERNAL, MalformedXML, as_text=True),
        Case("XML parameter entity", lambda: XML_PARAMETER_ENTITY, MalformedXML, as_text=True),
        Case(
            "XML undefined entity",
            lambda: "<EXECORD><P>&lol;</P></EXECORD>",
            MalformedXML,
            as_text=True,
        ),
        Case(
            "XML nested emphasis",
            lambda: "<EXECORD><P>" + "<E>" * nested + "x" + "</E>" * nested + "</P></EXECORD>",
            ORDER,
            as_text=True,
        ),
        Case(
            "XML nested containers",
            lambda: (
                "<EXECORD>"
                + "<ANNEX>" * nested
                + "<P>Sec. 1. x</P>"
                + "</ANNEX>" * nested
                + "</EXECORD>"
            ),
            ORDER,
            as_text=True,
        ),
        Case(
            "XML unclosed nesting",
            lambda: "<EXECORD>" + "<P>" * nested,
            MalformedXML,
            as_text=True,
        ),
        Case(
            "XML without a document",
            lambda: "<?xml version='1.0'?><RULE><P>x</P></RULE>",
            NotAPresidentialDocument,
            as_text=True,
        ),
    ]


def _byte_cases() -> list[Case]:
    sample = SAMPLE
    return [
        Case("empty file", lambda: b"", NotAPresidentialDocument),
        Case(
            "random bytes",
            lambda: _random_bytes(1, 50_000),
            NotAPresidentialDocument,
            filename="junk.bin",
        ),
        Case(
            "gzip data",
            lambda: b"\x1f\x8b\x08\x00" + _random_bytes(2, 5000),
            NotAPresidentialDocument,
        ),
        Case("zip data", lambda: b"PK\x03\x04" + _random_bytes(3, 5000), NotAPresidentialDocument),
        Case("empty PDF", lambda: b"", UnreadablePDF, filename="empty.pdf"),
        Case(
            "garbage PDF", lambda: b"%PDF-1.7\n" + _random_bytes(4, 20_000), UnreadablePDF, "x.pdf"
        ),
        Case("PDF header only", lambda: b"%PDF-1.4\n%%EOF\n", UnreadablePDF, filename="x.pdf"),
        Case("a JPEG named .pdf", lambda: JPEG, UnreadablePDF, filename="scan.pdf"),
        Case("random bytes named .pdf", lambda: _random_bytes(5, 9000), UnreadablePDF, "x.pdf"),
        Case("a PDF without text", _blank_pdf, UnreadablePDF, filename="scan.pdf"),
        Case(
            "UTF-8 with BOM", lambda: codecs.BOM_UTF8 + sample.encode(), ORDER, same_as_sample=True
        ),
        Case("UTF-16 with BOM", lambda: sample.encode("utf-16"), ORDER, same_as_sample=True),
        Case(
            "UTF-16-LE without BOM",
            lambda: sample.encode("utf-16-le"),
            ORDER,
            warns="UTF-16",
            same_as_sample=True,
        ),
        Case(
            "UTF-16-BE without BOM",
            lambda: sample.encode("utf-16-be"),
            ORDER,
            warns="UTF-16",
            same_as_sample=True,
        ),
        Case("UTF-32 with BOM", lambda: sample.encode("utf-32"), ORDER, same_as_sample=True),
        Case(
            "Windows-1252 smart quotes",
            lambda: (
                sample.replace("(Presidential Sig.)", "\u201cPresidential Sig.\u201d")
                .replace("'", "\u2019")
                .encode("cp1252")
            ),
            ORDER,
            warns="Windows-1252",
        ),
        Case(
            "Latin-1",
            lambda: (sample + "\nCaf\u00e9 \u00bf\x81\n").encode("latin-1"),
            ORDER,
            warns="Latin-1",
            same_as_sample=True,
        ),
        Case("CRLF", lambda: sample.replace("\n", "\r\n").encode(), ORDER, same_as_sample=True),
        Case("CR only", lambda: sample.replace("\n", "\r").encode(), ORDER, same_as_sample=True),
        Case(
            "mixed line endings",
            lambda: _mixed_line_endings(sample).encode(),
            ORDER,
            same_as_sample=True,
        ),
        Case("form feeds", lambda: sample.replace("\n\n", "\n\f\n").encode(), ORDER),
        Case("a text named .pdf", lambda: sample.encode(), ORDER, filename="order.pdf"),
    ]


CASES = _text_cases() + _xml_cases() + _byte_cases()


def test_enough_distinct_cases() -> None:
    assert len({case.name for case in CASES}) == len(CASES)
    assert len(CASES) >= 25


def _check(case: Case, result: Order | BaseException) -> None:
    if case.expect == ORDER:
        assert isinstance(result, Order), f"{case.name}: {result!r}"
    elif isinstance(case.expect, type):
        assert isinstance(result, case.expect), f"{case.name}: expected {case.expect}: {result!r}"
    if isinstance(result, Order):
        json.dumps(result.to_dict())  # the JSON of whatever came out is plain data
        if case.warns is not None:
            assert any(case.warns in warning.message for warning in result.warnings), (
                result.warnings
            )
        if case.same_as_sample:
            sample = _sample_order()
            assert (result.number, result.title, result.signed) == (
                sample.number,
                sample.title,
                sample.signed,
            )
            assert [s.path for s in result.walk()] == [s.path for s in sample.walk()]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    value = case.make()
    if case.as_text:
        assert isinstance(value, str)
        _check(case, _outcome(lambda: parse_text(value)))
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError:
            return  # lone surrogates: not a file anyone can write in UTF-8
    else:
        assert isinstance(value, bytes)
        data = value
        _check(case, _outcome(lambda: parse_bytes(data, case.filename)))
    path = tmp_path / case.filename
    path.write_bytes(data)
    result = _outcome(lambda: parse(path))
    if not case.as_text:
        _check(case, result)
    _check_cli(path, result)


def _check_cli(path: Path, result: Order | BaseException) -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["parse", str(path)], out=out, err=err)
    if isinstance(result, Order):
        assert status == 0, err.getvalue()
        json.loads(out.getvalue())
    else:
        assert status == 2
        assert out.getvalue() == ""
        message = err.getvalue()
        assert message.count("\n") == 1, message
        assert message.endswith("\n")
        assert message.startswith(f"eoparse: {path}: ")


# -- real documents cut short or repeated -------------------------------------------------------


@requires_corpus
@pytest.mark.parametrize("fraction", [0.0005, 0.1, 0.5, 0.9, 0.999])
def test_truncated_real_files(fraction: float) -> None:
    for folder, name in (
        ("text", "EO-13224.txt"),
        ("xml", "EO-13224.xml"),
        ("html", "EO-13224.html"),
        ("pdf", "EO-13224.pdf"),
    ):
        data = (CORPUS / folder / name).read_bytes()
        cut = data[: max(1, int(len(data) * fraction))]
        for strict in (False, True):
            result = _outcome(lambda c=cut, n=name, s=strict: parse_bytes(c, n, strict=s))
            if folder == "xml" and 0.1 <= fraction < 0.999:
                assert isinstance(result, MalformedXML)
            if folder == "pdf" and strict:
                assert isinstance(result, UnreadablePDF)  # no %%EOF: truncated


@requires_corpus
def test_a_real_order_repeated_60_times() -> None:
    data = (CORPUS / "text" / "EO-13224.txt").read_text(encoding="utf-8")
    once = parse_text(data)
    body = data.split("[FR Doc.")[0]
    started = time.perf_counter()
    result = _outcome(lambda: parse_text(body * 60))
    assert isinstance(result, Order)
    assert result.number == once.number == 13224
    assert time.perf_counter() - started < TIME_LIMIT


@requires_corpus
def test_a_long_pdf_parses() -> None:
    """60 pages (six copies of a 10-page FR PDF); the 300-page case is in the benchmark."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(CORPUS / "pdf" / "EO-12944.pdf"))
    document = pdfium.PdfDocument.new()
    while len(document) < 60:
        document.import_pages(source)
    buffer = io.BytesIO()
    document.save(buffer)
    result = _outcome(lambda: parse_bytes(buffer.getvalue(), "EO-12944.pdf"))
    assert isinstance(result, Order)
    assert result.number == 12944


def test_nesting_is_capped() -> None:
    from eoparse.structure.sections import MAX_DEPTH

    order = parse_text("Sec. 1. Scope.\n\n" + "(a) x\n\n(i) x\n\n(A) x\n\n" * 200)
    deepest = max(section.path.count("(") for section in order.walk())
    assert deepest <= MAX_DEPTH
    assert any(f"more than {MAX_DEPTH} deep" in warning.message for warning in order.warnings)
    assert Order.from_dict(order.to_dict()) == order


# -- paths ----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse(tmp_path / "missing.txt")
    status, _, err = _cli("parse", str(tmp_path / "missing.txt"))
    assert status == 2
    assert err.count("\n") == 1


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        parse(tmp_path)
    status, _, err = _cli("parse", str(tmp_path))
    assert status == 2
    assert err.count("\n") == 1


# -- size limits ----------------------------------------------------------------------------


def test_inputs_over_the_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal path, with the limit lowered (the real 50 MB case is in the benchmark)."""
    monkeypatch.setattr(eoparse.read, "MAX_INPUT_BYTES", 1000)
    big = SAMPLE[:2000]
    with pytest.raises(InputTooLarge, match="more than"):
        parse_text(big)
    with pytest.raises(InputTooLarge):
        parse_bytes(big.encode())
    path = tmp_path / "big.txt"
    path.write_text(big)
    with pytest.raises(InputTooLarge):
        parse(path)
    status, _, err = _cli("parse", str(path))
    assert status == 2
    assert "more than" in err
    assert err.count("\n") == 1
    small = "Executive Order 14990 of July 4, 2026\n\nTitle\n\nSec. 1. Policy. It is so.\n"
    assert parse_text(small).number == 14990  # under the limit: read as ever


def test_the_limit_is_documented() -> None:
    assert eoparse.read.MAX_INPUT_BYTES == 64 * 1024 * 1024
    formats = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text()
    assert "64 MB" in formats


# -- the command line -----------------------------------------------------------------------


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate"],
        ["parse", "--format", "yaml", "x.txt"],
        ["parse", "--pdf-backend", "ghostscript", "x.txt"],
        ["parse", "--no-such-option", "x.txt"],
    ],
    ids=["nothing", "no files", "unknown command", "bad format", "bad backend", "bad option"],
)
def test_usage_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _cli(*argv)
    captured = capsys.readouterr()  # argparse writes to sys.stderr itself
    message = err + captured.err
    assert status == 2
    assert out == ""
    assert captured.out == ""
    assert message.count("\n") == 1, message
    assert message.endswith("\n")
    assert message.startswith("eoparse")


# -- hypothesis: every public entry point ---------------------------------------------------

HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.builds(
        lambda parts: "\n".join(parts),
        st.lists(
            st.sampled_from(
                [
                    "Executive Order 14990 of July 4, 2026",
                    "Sec. 1. Purpose.",
                    "(a) The Secretary shall, within 30 days,",
                    "(i)",
                    "50 U.S.C. 1701 et seq.",
                    "Executive Order 13224 is revoked.",
                    "THE WHITE HOUSE,",
                    "<EXECORD>",
                    "<P>",
                    "[[Page 1]]",
                    "\f",
                    "\r",
                    "",
                ]
            ),
            max_size=30,
        ),
    ),
)

PDF_HEADS = [b"", b"%PDF-1.4\n", b"\xff\xd8\xff\xe0", b"\xef\xbb\xbf", b"\xff\xfe", b"<?xml "]
blobs = st.builds(
    lambda head, body: head + body, st.sampled_from(PDF_HEADS), st.binary(max_size=400)
)


@HYPOTHESIS
@given(texts)
def test_parse_text_raises_only_its_own_errors(text: str) -> None:
    with contextlib.suppress(EOParseError):
        parse_text(text)


@HYPOTHESIS
@given(blobs, st.sampled_from(["x.txt", "x.pdf", "x.xml", None]))
def test_parse_bytes_raises_only_its_own_errors(data: bytes, name: str | None) -> None:
    with contextlib.suppress(EOParseError):
        parse_bytes(data, name)


@HYPOTHESIS
@given(blobs, st.sampled_from(["x.txt", "x.pdf", "EO-13224.xml", "x"]))
def test_parse_and_the_cli_on_arbitrary_files(data: bytes, name: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            parse(path)
            parsed = True
        except EOParseError:
            parsed = False
        status, out, err = _cli("parse", str(path))
        if parsed:
            assert status == 0
        else:
            assert status == 2
            assert out == ""
            assert err.count("\n") == 1
        status, out, err = _cli("diff", str(SAMPLE_PATH), str(path))
        assert status == (0 if parsed else 2)
        if not parsed:
            assert err.count("\n") == 1


def _own_error_names() -> set[str]:
    names = set()
    pending: list[type] = [EOParseError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return names | {"FileNotFoundError", "IsADirectoryError", "NotAPresidentialDocument"}


@HYPOTHESIS
@given(st.lists(blobs, min_size=1, max_size=4))
def test_corpus_from_dir_lists_only_named_failures(blobs_: list[bytes]) -> None:
    corpus = pytest.importorskip("eoparse.corpus")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for index, data in enumerate(blobs_):
            suffix = (".txt", ".pdf", ".xml", ".md")[index % 4]
            (Path(folder) / f"doc{index}{suffix}").write_bytes(data)
        loaded = corpus.Corpus.from_dir(folder, jobs=1, progress=False)
        allowed = _own_error_names()
        for failure in loaded.failures:
            assert failure.error in allowed, failure


@HYPOTHESIS
@given(texts)
def test_diff_of_whatever_parses(text: str) -> None:
    diff_module = pytest.importorskip("eoparse.compare")
    try:
        order = parse_text(text)
    except EOParseError:
        return
    sample = _sample_order()
    diff_module.diff(order, sample)
    diff_module.diff(sample, order)
    diff_module.diff([], order)
