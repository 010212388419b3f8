"""Statutory citations in canonical form, table-driven (examples written by us)."""

from __future__ import annotations

import pytest

from eoparse.powers.anchored import anchored_matches, literal_starts
from eoparse.powers.cite import _USC_STARTS, find_citations, usc_prose_stretches
from eoparse.powers.cite_patterns import USC, USC_PROSE, USC_PROSE_REACH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Act (50 U.S.C. 1701 et seq.)", ["50 U.S.C. 1701 et seq."]),
        ("under 8 U.S.C. 1182(f),", ["8 U.S.C. 1182(f)"]),
        ("50 U.S.C. § 1702(b)(2)", ["50 U.S.C. 1702(b)(2)"]),
        ("10 U.S.C. Sec. 819", ["10 U.S.C. 819"]),
        ("50 U.S.C. 1621 and 1631", ["50 U.S.C. 1621", "50 U.S.C. 1631"]),
        (
            "50 U.S.C. 1702(b)(1), (3), and (4)",
            ["50 U.S.C. 1702(b)(1)", "50 U.S.C. 1702(b)(3)", "50 U.S.C. 1702(b)(4)"],
        ),
        ("28 U.S.C. 5, 44(d), and 461(a)", ["28 U.S.C. 5", "28 U.S.C. 44(d)", "28 U.S.C. 461(a)"]),
        ("5 U.S.C. 5312-5318", ["5 U.S.C. 5312-5318"]),
        ("22 U.S.C. 2349aa-9", ["22 U.S.C. 2349aa-9"]),
        ("22 U.S.C. 2656 note", ["22 U.S.C. 2656 note"]),
        ("5 U.S.C. App.", ["5 U.S.C. App."]),
        ("50 U.S.C. App. 2401 et seq.", ["50 U.S.C. App. 2401 et seq."]),
        ("44 U.S.C. chapter 35", ["44 U.S.C. chapter 35"]),
        ("section 301 of title 3, United States Code", ["3 U.S.C. 301"]),
        ("sections 3345 through 3349 of title 5, United States Code", ["5 U.S.C. 3345-3349"]),
        ("sections 201 and 301 of title 3, United States Code", ["3 U.S.C. 201", "3 U.S.C. 301"]),
        ("chapter 47 of title 10 of the United States Code", ["10 U.S.C. chapter 47"]),
        ("title 44, United States Code", ["44 U.S.C."]),
        ("Public Law 106-387", ["Pub. L. 106-387"]),
        ("Pub. L. No. 105-85, 111 Stat. 1629", ["Pub. L. 105-85", "111 Stat. 1629"]),
        ("P. L. 95-223", ["Pub. L. 95-223"]),
        ("31 CFR part 594", ["31 CFR part 594"]),
        ("31 C.F.R. chapter V", ["31 CFR chapter V"]),
        ("5 CFR 213.3102", ["5 CFR 213.3102"]),
        ("published at 90 FR 8439", ["90 FR 8439"]),
        ("66 Fed. Reg. 49079", ["66 FR 49079"]),
        # an order's own headings and prose numbers are not citations
        ("Sec. 2. Policy. Within 30 days, under section 4 of this order.", []),
        ("the 2 years after January 1, 2025", []),
    ],
)
def test_canonical_citations(text: str, expected: list[str]) -> None:
    assert [c.canonical for c in find_citations(text)] == expected


def test_spans_and_as_amended() -> None:
    text = "the Act, as amended (22 U.S.C. 287c), as amended, and 3 U.S.C. 301"
    first, second = find_citations(text)
    assert text[first.span[0] : first.span[1]] == "22 U.S.C. 287c"
    assert first.as_amended
    assert not second.as_amended
    assert (first.kind, first.title, first.section) == ("usc", 22, "287c")


def _longest_usc_prose() -> str:
    """A :data:`USC_PROSE` citation as long as the pattern allows."""
    token = "12345abc-12345abc" + "(aaaaa)" * 6
    sections = token + " through " + (" through ".join([token] * 12))
    return f"Subsubchapters {sections} of chapter 1234A of title 50, of the United States Code"


@pytest.mark.parametrize(
    "text",
    [
        "x " * 600 + _longest_usc_prose() + " Annotated and " + _longest_usc_prose(),
        "Under section 301 of title 3, United States Code, and sections 1701 and 1702 of "
        "title 50, United States Code" + " y" * 700 + "; chapter 47 of title 10 of the "
        "United States Code Annotated",
        "title 3 United States Code" + "United States Code" * 3,
    ],
)
def test_usc_prose_scanned_near_its_code_finds_what_a_full_scan_finds(text: str) -> None:
    full = [m.span() for m in USC_PROSE.finditer(text)]
    near = [
        m.span()
        for first, last in usc_prose_stretches(text, 0, len(text))
        for m in USC_PROSE.finditer(text, first, last)
    ]
    assert near == full
    assert len(_longest_usc_prose()) - len("United States Code") <= USC_PROSE_REACH
    assert USC_PROSE.fullmatch(_longest_usc_prose())


def test_usc_tried_at_its_starts_finds_what_a_full_scan_finds() -> None:
    text = (
        "150 U.S.C. 1701, 5 U. S. C. 301, 50 U. S.C. 1601 et seq., 8 U.S. C. 1182(f), "
        "3 USC 301, 22 USCA 2751 and 10 U.S.C. chapter 15; U.S.C. 7 and 1 USC."
    )
    full = [m.span() for m in USC.finditer(text)]
    near = literal_starts(_USC_STARTS, text, 0, len(text))
    assert [m.span() for m in anchored_matches(USC, near, text, 0, len(text))] == full
    assert len(full) == 8
