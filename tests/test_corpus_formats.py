"""Corpus figures for PDF, XML and HTML over ../shared/corpus.

* header fields of every PDF, XML and HTML file against ``index.csv``;
* agreement with the FR raw text of the same document: header, section
  paths, references, emergency actions and grants, compared as multisets of
  ``(relation, target, where)`` / ``(action, target, where)`` /
  ``(actor, modality, where)`` (extractors not written yet simply add no
  items); 2025-26 PDFs, which have no raw text, are compared with the
  pdftotext rendition instead;
* the pdfplumber backend against the default one on a sample of PDFs (the
  whole set is in ``benchmarks/bench_pdf.py``);
* every PDF item can be located on its page.

Skipped (with the reason) when the corpus is absent.  Every test prints what
it counts as a miss, so a failing rate can be read, not guessed.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import eoparse
from eoparse.errors import UnreadablePDF
from eoparse.model import Order
from eoparse.read import read_path
from eoparse.read.base import normalise_inline

from .conftest import CORPUS, corpus_index, requires_corpus

pytestmark = [requires_corpus, pytest.mark.corpus]

FORMATS = ("pdf", "xml", "html")
PLUMBER_SAMPLE = ("EO-12944", "EO-13166", "EO-13224", "EO-13438", "EO-14148", "EO-14157")
"""PDFs read with both backends in the tests: a 1994 order with image pages, a font
without a Unicode map, Part covers, a 2025 Part masthead, a short 2025 order."""


@functools.cache
def parsed(file: str) -> Order:
    """The order in corpus file ``file``, parsed once per session (default PDF backend)."""
    return eoparse.parse(CORPUS / file)


def files_of(fmt: str) -> list[tuple[dict[str, str], str]]:
    """(index row, file) for every corpus file of format ``fmt``."""
    return [
        (row, file)
        for row in corpus_index()
        for file in row["files"].split(";")
        if file.split("/")[0] == fmt
    ]


def _title(value: str | None) -> str | None:
    if not value:
        return None
    value = normalise_inline(value).casefold().replace('"', "'")
    return re.sub(r"[\s\-—]+", " ", value).strip(" .")


def _title_agrees(got: str | None, expected: str | None) -> bool:
    """Equal, allowing for index.csv's known faults: truncated titles, a leading
    "The President" from the PDF masthead, lost spaces."""
    got, expected = _title(got), _title(expected)
    if got is None or expected is None:
        return got == expected
    if got.replace(" ", "") == expected.replace(" ", ""):
        return True
    if expected.startswith("the president ") and got == expected[len("the president ") :]:
        return True
    return got.startswith(expected) and len(expected) >= 0.5 * len(got)


def test_header_fields_match_the_index() -> None:
    files_ok: dict[str, list[int]] = {}
    fields: Counter[tuple[str, str, bool]] = Counter()
    misses: list[str] = []
    for fmt in FORMATS:
        tally = files_ok.setdefault(fmt, [0, 0])
        for row, file in files_of(fmt):
            order = parsed(file)
            checks = {
                "number": (str(order.number), row["number"]),
                "signed": (str(order.signed), row["signing_date"]),
                "citation": (order.citation, row["citation"]),
                "document_number": (order.document_number, row["document_number"]),
            }
            wrong = [
                f"{field} {got!r} (index {want!r})"
                for field, (got, want) in checks.items()
                if want and got != want
            ]
            if row["title"] and not _title_agrees(order.title, row["title"]):
                wrong.append(f"title {order.title!r} (index {row['title']!r})")
            for field, (_, want) in checks.items():
                if want:
                    fields[(fmt, field, not any(w.startswith(field + " ") for w in wrong))] += 1
            tally[0] += not wrong
            tally[1] += 1
            if wrong:
                misses.append(f"  {file}: " + "; ".join(wrong))
    print("\n".join(misses))
    for fmt, (good, total) in files_ok.items():
        print(f"{fmt}: {good}/{total} files with every header field as in index.csv")
    for (fmt, field, ok), count in sorted(fields.items()):
        if not ok:
            print(f"{fmt} {field}: {count} misses")
    assert {fmt: total for fmt, (_, total) in files_ok.items()} == {
        "pdf": 57,
        "xml": 814,
        "html": 56,
    }
    pdf_xml = [a + b for a, b in zip(files_ok["pdf"], files_ok["xml"], strict=True)]
    assert pdf_xml[0] / pdf_xml[1] >= 0.99
    for good, total in files_ok.values():
        assert good / total >= 0.98


def items(order: Order) -> Counter[tuple[str, ...]]:
    """What the agreement test compares, as a multiset of hashable items."""
    data = order.to_dict()
    out: Counter[tuple[str, ...]] = Counter()
    for field in ("kind", "number", "signed", "president", "citation", "document_number"):
        out[("header", field, json.dumps(data[field]))] += 1
    out[("header", "title", _title(data["title"]) or "")] += 1

    def walk(sections: list[dict[str, object]]) -> None:
        for section in sections:
            out[("section", str(section["path"]))] += 1
            walk(section.get("children", []))  # type: ignore[arg-type]

    walk(data["sections"])
    target = lambda value: json.dumps(value, sort_keys=True)  # noqa: E731
    for item in data.get("references", []):
        out[("reference", item["relation"], target(item["target"]), item["where"])] += 1
    for item in data.get("emergencies", []):
        out[("emergency", item["action"], target(item.get("target")), item["where"])] += 1
    for item in data.get("grants", []):
        out[("grant", item["actor"], item["modality"], item["where"])] += 1
    return out


def _compare(
    reference: str, other: str, agreed: Counter[str], total: Counter[str], report: list[str]
) -> None:
    expected, got = items(parsed(reference)), items(parsed(other))
    fmt = other.split("/")[0]
    union, common = expected | got, expected & got
    total[fmt] += sum(union.values())
    agreed[fmt] += sum(common.values())
    missing, extra = sorted((expected - got).elements()), sorted((got - expected).elements())
    if missing or extra:
        report.append(f"  {other} vs {reference}: only in {reference.split('/')[0]}: {missing}")
        report.append(f"  {' ' * len(other)}     only in {fmt}: {extra}")


def test_formats_agree_with_the_raw_text() -> None:
    agreed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    report: list[str] = []
    pdftext_agreed: Counter[str] = Counter()
    pdftext_total: Counter[str] = Counter()
    pdftext_report: list[str] = []
    for row in corpus_index():
        files = row["files"].split(";")
        by_format = {file.split("/")[0]: file for file in files}
        others = [by_format[fmt] for fmt in FORMATS if fmt in by_format]
        if "text" in by_format:
            for other in others:
                _compare(by_format["text"], other, agreed, total, report)
        elif "pdftext" in by_format and "pdf" in by_format:
            _compare(
                by_format["pdftext"],
                by_format["pdf"],
                pdftext_agreed,
                pdftext_total,
                pdftext_report,
            )
    print("disagreements with the raw text:")
    print("\n".join(report))
    print("disagreements of 2025-26 PDFs with their pdftotext rendition:")
    print("\n".join(pdftext_report))
    for fmt in FORMATS:
        print(f"{fmt}: {agreed[fmt]}/{total[fmt]} items agree ({agreed[fmt] / total[fmt]:.4f})")
    rate = sum(agreed.values()) / sum(total.values())
    print(f"all formats: {sum(agreed.values())}/{sum(total.values())} ({rate:.4f})")
    print(f"pdf vs pdftext: {pdftext_agreed['pdf']}/{pdftext_total['pdf']}")
    assert total["pdf"] > 1500
    assert total["xml"] > 25000
    assert total["html"] > 2000
    assert rate >= 0.98
    for fmt in FORMATS:
        # PDFs carry annex text that the raw text prints as images (EO 13757, 13818)
        assert agreed[fmt] / total[fmt] >= 0.975, fmt
    assert pdftext_agreed["pdf"] / pdftext_total["pdf"] >= 0.98


@pytest.mark.parametrize("stem", PLUMBER_SAMPLE)
def test_pdfplumber_backend_gives_the_same_text(stem: str) -> None:
    path = CORPUS / "pdf" / f"{stem}.pdf"
    fast = read_path(path)
    exact = read_path(path, pdf_backend="pdfplumber")
    assert exact.string == fast.string
    assert exact.pages == fast.pages
    assert exact.hints == fast.hints
    assert exact.warnings == fast.warnings
    assert len(exact.boxes) == len(fast.boxes)
    worst = 0.0
    for a, b in zip(fast.boxes, exact.boxes, strict=True):
        assert a[:3] == b[:3]
        worst = max(worst, *(abs(x - y) for x, y in zip(a[3:], b[3:], strict=True)))
    print(f"{stem}: boxes differ by at most {worst:.2f} pt")
    assert worst < 3.0


def test_every_pdf_section_is_located_on_its_page() -> None:
    import pypdfium2 as pdfium

    bad = []
    for _, file in files_of("pdf"):
        order = parsed(file)
        document = pdfium.PdfDocument(str(CORPUS / file))
        count = len(document)
        document.close()
        assert order.source_format == "pdf"
        assert order.boxes
        for section in order.walk():
            rectangles = order.locate(section)
            if not rectangles or not all(
                1 <= page <= count and 0 <= x0 < x1 <= 612 and 0 <= top < bottom <= 792
                for page, (x0, top, x1, bottom) in rectangles
            ):
                bad.append((file, section.path, rectangles))
    for miss in bad:
        print(miss)
    assert bad == []


def test_layout_never_reaches_the_text() -> None:
    debris = re.compile(
        r"VerDate|Jkt \d|Sfmt \d|E:\\FR|\bkhammond\b|PRESDOC|\.EPS\b|Federal Register / Vol\."
        r"|Start Printed Page|Billing code|\[FR Doc\.|Filed \d{1,2}-\d{1,2}-\d{2};"
    )
    found = []
    for fmt in FORMATS:
        for _, file in files_of(fmt):
            text = parsed(file).text
            match = debris.search(text)
            if match:
                found.append((file, text[max(match.start() - 40, 0) : match.end() + 40]))
            for line in text.split("\n"):
                assert line, file
                assert normalise_inline(line) == line, (file, line)
    for miss in found:
        print(miss)
    assert found == []


def test_truncated_corpus_pdf() -> None:
    data = (CORPUS / "pdf" / "EO-14157.pdf").read_bytes()
    half = data[: len(data) // 2]
    with pytest.raises(UnreadablePDF) as raised:
        eoparse.parse_bytes(half, "EO-14157.pdf", strict=True)
    assert "EO-14157.pdf" in str(raised.value)
    assert "truncated" in str(raised.value)
    assert "truncated" in _lenient_outcome(half, "EO-14157.pdf")


def _lenient_outcome(data: bytes, name: str) -> str:
    """The error message of a lenient parse, or its warnings."""
    try:
        order = eoparse.parse_bytes(data, name)
    except UnreadablePDF as error:
        return str(error)
    return " ".join(w.message for w in order.warnings)


def test_corpus_is_read_in_place() -> None:
    """These tests read ../shared/corpus; nothing of it is copied into the repository."""
    root = Path(__file__).resolve().parents[1]
    assert not list(root.glob("tests/**/*.pdf"))
    assert not list(root.glob("tests/**/EO-*.xml"))
