"""Dates as orders print them: month names, misprints, testimonium words."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from eoparse.grammar.dates import (
    DATE,
    LOOSE_DATE,
    NUMERIC_DATE,
    STAMP_DATE,
    full_year,
    month_number,
    ordinal_value,
    parse_date,
    parse_testimonium,
    year_value,
)


@pytest.mark.parametrize(
    ("text", "expected", "guessed"),
    [
        ("Executive Order 13224 of September 23, 2001", dt.date(2001, 9, 23), False),
        ("of Janaury 15, 2001", dt.date(2001, 1, 15), True),
        ("Sept. 4, 2020", dt.date(2020, 9, 4), False),
        ("Executive Order 13739 September 14, 2016", dt.date(2016, 9, 14), False),
        ("February 30, 2001", None, False),
        ("Section 12, 2001", None, False),
        ("no date here", None, False),
    ],
)
def test_parse_date(text: str, expected: dt.date | None, guessed: bool) -> None:
    assert parse_date(text) == (expected, guessed)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("March", (3, False)), ("Febuary", (2, True)), ("Mar", (3, False)), ("Sec", (None, False))],
)
def test_month_number(word: str, expected: tuple[int | None, bool]) -> None:
    assert month_number(word) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("twentieth", 20), ("twenty-first", 21), ("thirty first", 31), ("3rd", 3), ("many", None)],
)
def test_ordinal_value(words: str, expected: int | None) -> None:
    assert ordinal_value(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("two thousand twenty-five", 2025),
        ("two thousand", 2000),
        ("nineteen hundred ninety-nine", 1999),
        ("two thousand nineteen", 2019),
        ("seven", None),
    ],
)
def test_year_value(words: str, expected: int | None) -> None:
    assert year_value(words) == expected


def test_testimonium() -> None:
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this twentieth day of January, "
        "in the year of our Lord two thousand twenty-five, and of the Independence of the "
        "United States of America the two hundred and forty-ninth."
    )
    assert parse_testimonium(text) == dt.date(2025, 1, 20)
    assert parse_testimonium("IN WITNESS WHEREOF, I have hereunto set my hand.") is None


# -- the grammar's fragments, each as a whole pattern ------------------------------------


@pytest.mark.parametrize(
    ("fragment", "text", "matches"),
    [
        (DATE, "September 23, 2001", True),
        (DATE, "Sept. 23, 2001", True),
        (DATE, "May 1, 1999", True),
        (DATE, "Janaury 20, 2001", False),  # misprints are the loose grammar's
        (DATE, "September 23 2001", False),
        (DATE, "September 23, 2150", False),
        (LOOSE_DATE, "Janaury 20 2001", True),
        (LOOSE_DATE, "Sept. 4, 2020", True),
        (LOOSE_DATE, "Section 12, 1999", True),  # a month's place: month_number decides
        (LOOSE_DATE, "January 45, 2001", False),
        (STAMP_DATE, "Jan 28, 2025", True),
        (STAMP_DATE, "January 28, 2025", False),
        (NUMERIC_DATE, "9-24-01", True),
        (NUMERIC_DATE, "1–28–2025", True),
        (NUMERIC_DATE, "9/24/01", False),
    ],
)
def test_date_fragments(fragment: str, text: str, matches: bool) -> None:
    assert (regex.fullmatch(fragment, text, regex.VERBOSE) is not None) is matches


@pytest.mark.parametrize(("digits", "year"), [("01", 2001), ("35", 2035), ("98", 1998)])
def test_full_year(digits: str, year: int) -> None:
    assert full_year(digits) == year
    assert full_year(str(year)) == year
