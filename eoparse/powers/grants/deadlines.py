"""The deadline a grant sets: ``within 14 days of the date of this order`` (14 days),
``no later than March 1, 2025`` (that date), ``annually`` (a recurrence)."""

from __future__ import annotations

import datetime as dt

from eoparse.grammar.dates import cardinal_value, parse_date
from eoparse.powers.grants.patterns import DEADLINE

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


DEADLINE_WORDS = (
    *("within", "later than", "more than", "annual", "quarterl", "monthly", "biannual"),
    *("biennial", "every ", "each year", "each fiscal year", "basis", "immediately"),
    *("forthwith", "january", "february", "march", "april", "june", "july"),
    *("august", "september", "october", "november", "december"),
    # "May" only as a date after its preposition: the modal "may" is in many clauses.
    *("by may ", "than may ", "before may ", "to may "),
)
"""Words every :data:`DEADLINE` match contains (lower case): a cheap test first, since a
case-insensitive scan of every clause is the costliest step of reading grants."""


def read_deadline(text: str, start: int, end: int) -> tuple[str | None, int | None, dt.date | None]:
    """The deadline ``text[start:end]`` sets: its words, its length in days (``within``
    a span) or its date (``by`` a date); all ``None`` where it sets none."""
    clause = text[start:end].lower()
    if not any(word in clause for word in DEADLINE_WORDS):
        return None, None, None
    match = DEADLINE.search(text, start, end)
    if not match:
        return None, None, None
    words = match[0].strip(" ,")
    if match["within"]:
        number = cardinal_value(match["n"])
        unit = match["unit"].lower().split()[-1].rstrip("s")
        days = number * UNIT_DAYS[unit] if number is not None else None
        return words, days, None
    if match["by"]:
        day, _ = parse_date(match["date"])
        return words, None, day
    return words, None, None
