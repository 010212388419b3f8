"""The deadline a grant sets and its timing: ``within 14 days of the date of this order``
(14 days), ``no later than March 1, 2025`` / ``on November 15, 1999`` (that date),
``annually`` / ``every 180 days thereafter`` (a recurrence, its interval in days); and
timing that sets no limit: ``immediately``, ``promptly``, or the event the duty waits on
(``Following any designation …, the Secretary shall``)."""

from __future__ import annotations

import datetime as dt

from eoparse.grammar.dates import cardinal_value, parse_date
from eoparse.powers.grants.deadline_patterns import (
    DEADLINE,
    FRONTED_SPAN,
    THAT_MODAL,
    TIMING,
    TRIGGER,
)
from eoparse.powers.wordlist import contains_any

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

RECURRENCE_DAYS = (
    *(("semiannually", 180), ("biannually", 180), ("biennially", 730), ("annually", 365)),
    *(("quarterly", 90), ("monthly", 30), ("each fiscal year", 365), ("each year", 365)),
    *(("every year", 365), ("biennial", 730), ("annual", 365), ("yearly", 365)),
    *(("quarter", 90), ("month", 30), ("week", 7), ("year", 365)),  # "once per quarter"
)
"""The interval of a recurrence, in days (months count 30 days, years 365); the first
word the recurrence holds decides (``semiannually`` before the ``annually`` in it)."""

DEADLINE_WORDS = (
    # a span's unit ("within 30 days"), a recurrence's word, an open limit ("later than")
    *("day", "week", "month", "year", "annual", "quarter", "biennial", "basis", "later than"),
    # a date's month; "May" only after its preposition: the modal "may" is in many clauses
    *("january", "february", "march", "april", "june", "july", "august", "september"),
    *("october", "november", "december", "by may ", "than may ", "before may ", "to may "),
    "on may ",
)
"""Words every :data:`DEADLINE` match contains (lower case): a cheap test first, since a
case-insensitive scan of every clause is the costliest step of reading grants.  The units
stand for ``within`` and ``more than``, which many more clauses hold without a deadline;
``monthly``, ``biannual``, ``each year`` and ``every …`` hold a unit or ``annual``."""

TIMING_WORDS = (
    *("mmediately", "romptly", "orthwith", "xpeditiously", "delay", "s soon as", "basis"),
    "eriodically",
)
"""Words every :data:`TIMING` match contains."""

_TRIGGER_INITIALS = frozenset("UuFfAaWwOoPp")
"""The first letters of :data:`TRIGGER`'s words (Upon, Following, After, Whenever, When,
Once, Prior to)."""

Deadline = tuple[str | None, int | None, dt.date | None]


_TIMES = (("twice", 2), ("two times", 2), ("three times", 3), ("four times", 4))
"""How many times a recurrence comes round in its period (``no less than twice each
year``: every 182 days)."""


def _recurrence_days(words: str, number: str | None, unit: str | None) -> int | None:
    if number is not None and unit is not None:
        count = cardinal_value(number.lower())
        return count * UNIT_DAYS[unit.lower().rstrip("s")] if count is not None else None
    lowered = words.lower().removesuffix(" thereafter").replace("-", "")
    times = next((n for word, n in _TIMES if word in lowered), 1)  # "twice each year"
    for key, days in RECURRENCE_DAYS:
        if key in lowered:
            return days // times
    return None


_WORD_REACH = 60
"""How far before the first of :data:`DEADLINE_WORDS` it holds a :data:`DEADLINE` match
may open, and more (``not later than forty-five calendar days``: 24 characters)."""

_FOLDS_TO_ASCII = ("\u017f", "\u0131")
"""Letters that stay themselves in lower case but that a case-insensitive pattern may
read as an ASCII one (the long s, the dotless i)."""


def _first_opening(lowered: str, start: int, end: int) -> int:
    """Where a :data:`DEADLINE` match in ``[start, end)`` (``lowered``, its words in lower
    case) can open first: none opens more than :data:`_WORD_REACH` characters before the
    first of the words each holds, so the search, which tries the pattern at every
    position, starts there; at ``start`` where lower case moved the letters, or where a
    letter may stand for an ASCII one."""
    if len(lowered) != end - start or any(fold in lowered for fold in _FOLDS_TO_ASCII):
        return start
    first = len(lowered)
    for word in DEADLINE_WORDS:
        at = lowered.find(word, 0, first + len(word))
        if at >= 0:
            first = at
    return start + first - _WORD_REACH if first > _WORD_REACH else start


def read_deadline(text: str, start: int, end: int) -> Deadline:
    """The deadline ``text[start:end]`` sets: its words, its length in days (``within``
    a span; the interval of a recurrence) or its date (``by`` or ``on`` a date); all
    ``None`` where it sets none."""
    lowered = text[start:end].lower()
    if not contains_any(lowered, DEADLINE_WORDS):
        return None, None, None
    fronted = FRONTED_SPAN.match(text, start, end)
    if fronted is not None:  # "45 days after the date of this order, the Secretary"
        number = cardinal_value(fronted["n"].lower())
        unit = UNIT_DAYS[fronted["unit"].rstrip("s")]
        return fronted[0], number * unit if number is not None else None, None
    match = DEADLINE.search(text, _first_opening(lowered, start, end), end)
    if not match:
        return None, None, None
    words = match[0].strip(" ,")
    if match["within"]:
        number = cardinal_value(match["n"].lower())
        unit = match["unit"].lower().split()[-1].rstrip("s")
        days = number * UNIT_DAYS[unit] if number is not None else None
        return words, days, None
    if match["period"]:  # "By the end of the 270-day period" the order set before
        return words, int(match["pn"]) * UNIT_DAYS[match["punit"].lower()], None
    if match["by"]:
        if THAT_MODAL.search(text, start, match.start()) is not None:
            return None, None, None  # "… determine that employees must report on June 3, 2026"
        day, _ = parse_date(match["date"])
        return words, None, day
    if match["recur"]:
        return words, _recurrence_days(match["every"], match["rn"], match["runit"]), None
    return words, None, None


def read_timing(text: str, start: int, end: int, subject: int | None = None) -> str | None:
    """Timing that sets no limit in ``text[start:end]``: an adverb (``immediately``,
    ``promptly``, ``as soon as practicable``), else the event the duty waits on, printed
    before its subject at ``subject`` (``Following any designation of X, the Secretary
    shall``)."""
    if contains_any(text, TIMING_WORDS, start, end):
        match = TIMING.search(text, start, end)
        if match is not None:
            return str(match[0])
    if subject is not None and subject > start:
        # an event's first word opens with one of these letters: most clauses do not
        opens = text[start : start + 1] in _TRIGGER_INITIALS
        trigger = TRIGGER.match(text, start, subject) if opens else None
        if trigger is not None:
            return str(trigger[0])
    return None
