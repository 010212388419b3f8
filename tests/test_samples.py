"""The samples/ orders (written for eoparse) parse strictly into the expected shape."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import eoparse
from eoparse import Kind
from eoparse.cli import main

from .conftest import SAMPLES

HEADERS = [
    ("border_emergency_2019.txt", Kind.PROCLAMATION, 9871, dt.date(2019, 2, 12), "84 FR 4949"),
    ("border_emergency_2025.txt", Kind.PROCLAMATION, 10893, dt.date(2025, 1, 20), "90 FR 8401"),
    (
        "designating_organizations.txt",
        Kind.EXECUTIVE_ORDER,
        14901,
        dt.date(2025, 3, 3),
        "90 FR 11021",
    ),
    ("revoking_and_amending.txt", Kind.EXECUTIVE_ORDER, 14902, dt.date(2025, 4, 7), "90 FR 15411"),
    ("memorandum.txt", Kind.MEMORANDUM, None, dt.date(2025, 5, 14), "90 FR 21113"),
    ("continuation_notice.txt", Kind.NOTICE, None, dt.date(2025, 11, 8), "90 FR 50611"),
    ("deep_nesting_annex.txt", Kind.EXECUTIVE_ORDER, 14903, dt.date(2025, 6, 2), None),
    ("delegating_functions.md", Kind.EXECUTIVE_ORDER, None, dt.date(2024, 6, 3), None),
]


@pytest.mark.parametrize(("name", "kind", "number", "signed", "citation"), HEADERS)
def test_sample_headers(
    name: str, kind: Kind, number: int | None, signed: dt.date, citation: str | None
) -> None:
    order = eoparse.parse(SAMPLES / name, strict=True)  # no warnings either
    assert order.kind is kind
    assert order.number == number
    assert order.signed == signed
    assert order.citation == citation
    assert order.title
    assert order.signature is not None


def test_deep_nesting_and_the_letter_i() -> None:
    order = eoparse.parse(SAMPLES / "deep_nesting_annex.txt")
    paths = [section.path for section in order.walk()]
    assert "3(a)(i)(A)(1)" in paths
    assert [p for p in paths if p.startswith("2(")] == [f"2({c})" for c in "abcdefghij"]
    assert [p for p in paths if p.startswith("4(")] == ["4(i)", "4(ii)", "4(iii)", "4(iv)", "4(v)"]
    assert [p for p in paths if p.startswith("5(")] == ["5(a)", "5(b)"]
    annex_one = order.section("Annex I")
    assert annex_one.heading == "Geographic Areas Covered by the Readiness Standard"
    assert len(annex_one.children) == 10
    assert order.section("Annex II").heading == "Reporting Schedule"


def test_page_breaks_and_quotations() -> None:
    order = eoparse.parse(SAMPLES / "border_emergency_2019.txt")
    assert order.page_at(0) == 4949
    assert order.page_at(order.section("2").span[0]) == 4951
    amending = eoparse.parse(SAMPLES / "revoking_and_amending.txt")
    assert len(amending.quotations) == 1
    assert amending.quote(amending.quotations[0]).startswith('"(c)')


def test_the_two_border_samples_differ_where_the_diff_should_see_it() -> None:
    old = eoparse.parse(SAMPLES / "border_emergency_2019.txt")
    new = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    assert old.section("3").heading == "Reporting"
    assert new.section("3").heading == "Unmanned Aircraft"
    assert "30 days" in old.section("1(a)").text
    assert "14 days" in new.section("1(a)").text


def test_demo_prints_an_outline() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["demo"], out=out, err=err) == 0
    text = out.getvalue()
    assert "Proclamation 10893 — Declaring a National Emergency" in text
    assert "Sec. 3. Unmanned Aircraft" in text
