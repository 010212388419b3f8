"""Reading references (eoparse.fedreg.refs) and the API's records (eoparse.fedreg.records)."""

from __future__ import annotations

import datetime as dt

import pytest

import eoparse
from eoparse.errors import BadReference, MalformedResponse
from eoparse.fedreg.client import president_id
from eoparse.fedreg.records import Record
from eoparse.fedreg.refs import DocRef, read_ref
from eoparse.model import Instrument, Kind, Reference, Relation

EO, PROC = Kind.EXECUTIVE_ORDER, Kind.PROCLAMATION

READ = [
    ("EO 14157", DocRef(kind=EO, number=14157)),
    ("eo14157", DocRef(kind=EO, number=14157)),
    ("E.O. 14157", DocRef(kind=EO, number=14157)),
    ("E. O. 14157", DocRef(kind=EO, number=14157)),
    ("Executive Order 14157", DocRef(kind=EO, number=14157)),
    ("  Executive   Order No. 14,157 ", DocRef(kind=EO, number=14157)),
    ("Exec. Order 13224", DocRef(kind=EO, number=13224)),
    ("14157", DocRef(kind=EO, number=14157)),
    (14157, DocRef(kind=EO, number=14157)),
    ("Proclamation 10886", DocRef(kind=PROC, number=10886)),
    ("Proc. 10886", DocRef(kind=PROC, number=10886)),
    ("2025-02004", DocRef(document_number="2025-02004")),
    ("2025\u201302004", DocRef(document_number="2025-02004")),
    ("FR Doc. 01-24205", DocRef(document_number="01-24205")),
    ("e9-3106", DocRef(document_number="E9-3106")),
    ("X95-110125", DocRef(document_number="X95-110125")),
    ("R1-2019-12345", DocRef(document_number="R1-2019-12345")),
    ("90 FR 8439", DocRef(citation="90 FR 8439")),
    ("90 fr 08439", DocRef(citation="90 FR 8439")),
    ("Memorandum of January 20, 2025", DocRef(kind=Kind.MEMORANDUM, date=dt.date(2025, 1, 20))),
    (
        "Presidential Memorandum of 2025-01-20",
        DocRef(kind=Kind.MEMORANDUM, date=dt.date(2025, 1, 20)),
    ),
    ("Notice of September 4, 2025", DocRef(kind=Kind.NOTICE, date=dt.date(2025, 9, 4))),
    ("determination 2025-03-07", DocRef(kind=Kind.DETERMINATION, date=dt.date(2025, 3, 7))),
    (Instrument(EO, 13224), DocRef(kind=EO, number=13224)),
    (
        Instrument(Kind.NOTICE, None, dt.date(2025, 9, 4)),
        DocRef(kind=Kind.NOTICE, date=dt.date(2025, 9, 4)),
    ),
    (Reference(Relation.REVOKES, Instrument(PROC, 9844)), DocRef(kind=PROC, number=9844)),
]


@pytest.mark.parametrize(("value", "expected"), READ)
def test_read_ref(value: object, expected: DocRef) -> None:
    assert read_ref(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "EO fourteen",
        "",
        "Memorandum of someday soon",
        "Memorandum of 2025-02-30",
        "Executive Order 14157 of January 20, 2025 and more",
        Instrument(Kind.MEMORANDUM, 7, series="NSPM"),
        Instrument(Kind.NOTICE, 3),
        Instrument(EO),
        0,
        False,
        None,
    ],
)
def test_what_names_no_document(value: object) -> None:
    with pytest.raises(BadReference):
        read_ref(value)  # type: ignore[arg-type]


def test_an_order_is_found_by_its_document_number_or_its_number() -> None:
    order = eoparse.parse_text(
        "Executive Order 14990 of July 4, 2026\n\nA Title\n\nSection 1. Text.\n\n"
        "THE WHITE HOUSE,\nJuly 4, 2026.\n"
    )
    assert read_ref(order) == DocRef(kind=EO, number=14990)


@pytest.mark.parametrize(
    ("ref", "label"),
    [
        (DocRef(kind=EO, number=1), "EO 1"),
        (DocRef(kind=PROC, number=2), "Proclamation 2"),
        (DocRef(document_number="2025-1"), "FR Doc. 2025-1"),
        (DocRef(citation="90 FR 1"), "90 FR 1"),
        (DocRef(kind=Kind.NOTICE, date=dt.date(2025, 1, 2)), "Notice of 2025-01-02"),
    ],
)
def test_labels(ref: DocRef, label: str) -> None:
    assert ref.label() == label


@pytest.mark.parametrize(
    ("name", "identifier"),
    [
        ("Barack Obama", "barack-obama"),
        ("Joseph R. Biden Jr.", "joe-biden"),
        ("donald  trump", "donald-trump"),
        ("george-h-w-bush", "george-h-w-bush"),
    ],
)
def test_president_ids(name: str, identifier: str) -> None:
    assert president_id(name) == identifier


API_DOCUMENT = {
    "document_number": "2025-02004",
    "title": "Designating Cartels …",
    "type": "PRESDOCU",
    "subtype": "Executive Order",
    "executive_order_number": 14157,
    "proclamation_number": None,
    "signing_date": "2025-01-20",
    "publication_date": "2025-01-29",
    "citation": "90 FR 8439",
    "president": {"name": "Donald Trump", "identifier": "donald-trump"},
    "disposition_notes": None,
    "executive_order_notes": "See: EO 14999",
    "full_text_xml_url": None,
    "raw_text_url": "https://example.test/2025-02004.txt",
    "pdf_url": "https://example.test/2025-02004.pdf",
}


def test_a_record_from_the_api() -> None:
    record = Record.from_api(API_DOCUMENT)
    assert (record.kind, record.number, record.signing_date) == (EO, 14157, dt.date(2025, 1, 20))
    assert record.president == "Donald Trump"
    assert record.notes == "See: EO 14999"
    assert record.label() == "Executive Order 14157"
    assert record.raw["type"] == "PRESDOCU"
    assert record.to_dict()["publication_date"] == "2025-01-29"
    proclamation = Record.from_api(
        {"document_number": "1", "subtype": "Proclamation", "proclamation_number": "10,886"}
    )
    assert (proclamation.kind, proclamation.number) == (PROC, 10886)
    other = Record.from_api({"document_number": "2", "type": "PRESDOCU", "subtype": "Order"})
    assert other.kind is Kind.OTHER


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"title": "no number"},
        {**API_DOCUMENT, "signing_date": "January 20"},
        {**API_DOCUMENT, "pdf_url": "file:///etc/passwd"},
        {**API_DOCUMENT, "title": {"nested": True}},
    ],
)
def test_malformed_records(data: object) -> None:
    with pytest.raises(MalformedResponse):
        Record.from_api(data)
