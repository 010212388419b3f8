"""The presidents table: names from signatures, terms, order-number ranges."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from eoparse.structure.presidents import (
    plausible_eo_number,
    president_named,
    president_of_eo,
    president_on,
    presidents,
)


def test_table_is_ordered_and_contiguous() -> None:
    rows = presidents()
    assert len(rows) >= 15
    for earlier, later in itertools.pairwise(rows):
        assert earlier.left_office == later.took_office
        assert earlier.last_eo is not None
        assert earlier.last_eo + 1 == later.first_eo


@pytest.mark.parametrize(
    ("signature", "day", "expected"),
    [
        ("<Clinton1><Clinton2>", None, "William J. Clinton"),
        ("Trump.EPS", dt.date(2025, 3, 1), "Donald J. Trump"),
        ("BARACK OBAMA", None, "Barack Obama"),
        ("JOSEPH R. BIDEN JR.", None, "Joseph R. Biden Jr."),
        ("GEORGE W. BUSH", None, "George W. Bush"),
        ("Bush", dt.date(1990, 5, 1), "George H. W. Bush"),
        ("B", dt.date(2005, 1, 1), None),
    ],
)
def test_president_named(signature: str, day: dt.date | None, expected: str | None) -> None:
    found = president_named(signature, day)
    assert (found.name if found else None) == expected


def test_terms_and_numbers() -> None:
    on_inauguration = president_on(dt.date(2025, 1, 20))
    assert on_inauguration is not None
    assert on_inauguration.first_eo == 14148
    biden = president_of_eo(14000)
    assert biden is not None
    assert biden.surname == "Biden"
    assert plausible_eo_number(13523, dt.date(2009, 12, 11))
    assert not plausible_eo_number(15323, dt.date(2009, 12, 11))
    assert not plausible_eo_number(13224, dt.date(2025, 1, 1))
