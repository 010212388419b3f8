"""Dates as orders print them: month names, misprints, testimonium words."""

from __future__ import annotations

import datetime as dt

import pytest

from eoparse.dates import month_number, ordinal_value, parse_date, parse_testimonium, year_value


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
