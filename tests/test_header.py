"""Header facts weighed from the heading, signature, body, layout hints and file name."""

from __future__ import annotations

import datetime as dt

import pytest

from eoparse import Kind, parse_text

BODY = (
    "By the authority vested in me as President by the Constitution and the laws of the "
    "United States of America, it is hereby ordered as follows:\n\n"
    "Section 1. The Secretary of Labor shall report.\n\n"
)


def doc(
    heading: str, title: str = "Testing Headers", signature: str = "THE WHITE HOUSE,\nMay 4, 2026."
) -> str:
    return f"{heading}\n\n{title}\n\n{BODY}{signature}\n"


@pytest.mark.parametrize(
    ("heading", "kind", "number", "signed"),
    [
        ("Executive Order 14970 of May 4, 2026", Kind.EXECUTIVE_ORDER, 14970, dt.date(2026, 5, 4)),
        (
            "Executive Order No. 14970 of May 4, 2026",
            Kind.EXECUTIVE_ORDER,
            14970,
            dt.date(2026, 5, 4),
        ),
        ("Executive Order 14970 May 4, 2026", Kind.EXECUTIVE_ORDER, 14970, dt.date(2026, 5, 4)),
        ("Proclamation 11001 of May 4, 2026", Kind.PROCLAMATION, 11001, dt.date(2026, 5, 4)),
        ("Memorandum of May 4, 2026", Kind.MEMORANDUM, None, dt.date(2026, 5, 4)),
        ("Notice of May 4, 2026", Kind.NOTICE, None, dt.date(2026, 5, 4)),
        (
            "Presidential Determination No. 2026-07 of May 4, 2026",
            Kind.DETERMINATION,
            None,
            dt.date(2026, 5, 4),
        ),
    ],
)
def test_heading_forms(heading: str, kind: Kind, number: int | None, signed: dt.date) -> None:
    order = parse_text(doc(heading))
    assert (order.kind, order.number, order.signed) == (kind, number, signed)
    assert order.title == "Testing Headers"
    assert order.president == "Donald J. Trump"  # from the signing date


def test_misprinted_month_is_repaired_with_a_warning() -> None:
    order = parse_text(doc("Executive Order 13190 of Janaury 15, 2001"))
    assert order.signed == dt.date(2001, 1, 15)
    assert any("misprinted" in w.message for w in order.warnings)


def test_heading_without_a_date_falls_back_to_the_signature() -> None:
    order = parse_text(
        doc("Executive Order 14970 of Testing Headers", signature="THE WHITE HOUSE,\nMay 5, 2026.")
    )
    assert order.number == 14970
    assert order.signed == dt.date(2026, 5, 5)
    assert any("no signing date" in w.message for w in order.warnings)


def test_implausible_number_is_replaced_by_the_file_name() -> None:
    text = doc(
        "Executive Order 15323 of December 11, 2009",
        signature="THE WHITE HOUSE,\nDecember 11, 2009.",
    )
    order = parse_text(text, name="EO-13523.txt")
    assert order.number == 13523
    assert any("implausible" in w.message for w in order.warnings)
    # without the file name the printed number stands, with a warning
    bare = parse_text(text)
    assert bare.number == 15323
    assert any("implausible" in w.message for w in bare.warnings)


def test_cover_page_entries_are_not_the_heading() -> None:
    cover = (
        "Executive Order 14970—Testing Headers\n\n"
        "Presidential Determination No. 2026-01 of May 1, 2026\n\n"
        "Proclamation 11000—Law Day, 2026\n\n"
    )
    order = parse_text(cover + doc("Executive Order 14970 of May 4, 2026"))
    assert order.number == 14970
    assert order.text.startswith("Executive Order 14970 of May 4, 2026")


@pytest.mark.parametrize(
    ("signature", "president"),
    [
        ("BARACK OBAMA\n\nTHE WHITE HOUSE,\nMay 4, 2010.", "Barack Obama"),
        ("THE WHITE HOUSE,\nMay 4, 2010.", "Barack Obama"),
    ],
)
def test_president_from_signature_or_date(signature: str, president: str) -> None:
    order = parse_text(doc("Executive Order 13540 of May 4, 2010", signature=signature))
    assert order.president == president


def test_first_person_name_in_the_body() -> None:
    text = doc("Executive Order 13300 of May 4, 2003").replace(
        "it is hereby ordered", "I, GEORGE W. BUSH, President of the United States, hereby order"
    )
    assert parse_text(text).president == "George W. Bush"


def test_kind_from_the_body_when_there_is_no_heading() -> None:
    proclamation = (
        "Our Nation honors its mothers.\n\n"
        "NOW, THEREFORE, I do hereby proclaim May 10 Mother's Day.\n"
    )
    assert parse_text(proclamation).kind is Kind.PROCLAMATION
    memo = "MEMORANDUM FOR THE SECRETARY OF STATE\n\nSUBJECT: Reports\n\nPlease report.\n"
    assert parse_text(memo).kind is Kind.MEMORANDUM
    order = "By the authority vested in me, it is hereby ordered:\n\nSection 1. Act.\n"
    assert parse_text(order).kind is Kind.EXECUTIVE_ORDER


def test_pasted_text_with_a_title_line() -> None:
    order = parse_text("Protecting Reports\n\n" + BODY + "THE WHITE HOUSE,\nMay 4, 2026.\n")
    assert order.title == "Protecting Reports"
    assert order.signed == dt.date(2026, 5, 4)
    assert order.number is None


def test_white_house_title_prefix() -> None:
    markdown = (
        "---\ndate: '2023-04-21'\ntitle: Executive Order on the Revitalizing of Things\n---\n\n"
        + BODY
        + "THE WHITE HOUSE,  \nApril 21, 2023.\n"
    )
    order = parse_text(markdown)
    assert order.title == "Revitalizing of Things"
    assert order.kind is Kind.EXECUTIVE_ORDER
    assert order.signed == dt.date(2023, 4, 21)
    assert order.president == "Joseph R. Biden Jr."
