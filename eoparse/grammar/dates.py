"""Dates as presidential documents write them: the one date grammar of eoparse.

``September 23, 2001``, ``Sept. 23, 2001``, misprints such as ``Janaury 20, 2001``,
the testimonium of proclamations (``this twentieth day of January, in the year of
our Lord two thousand twenty-five``), the FR trailer's ``Filed 9-24-01`` and the
typesetter's ``Jan 28, 2025``.  Pure functions; no locale.

Every pattern that matches a date, here or in another module, is built from the
fragments below (plain strings, to be placed inside a ``regex.VERBOSE`` pattern):

- :data:`MONTH_NAME` (``January``), :data:`MONTH` (a name or an abbreviation,
  ``Sept.``), :data:`MONTH_LETTERS` and :data:`MONTH_WORD` (a capitalised word
  where a month stands, misprints included: :func:`month_number` reads it);
- :data:`DAY` and :data:`YEAR` (a day 0-39, a year 1700-2099), or
  :data:`DAY_DIGITS` and :data:`YEAR_DIGITS` where a pattern needs only the
  shape of a date, as printed;
- the dates they make: :data:`DATE` (``September 23, 2001``, as citations
  print it), :data:`LOOSE_DATE` (headings and signatures, misprints and all),
  :data:`STAMP_DATE` (the typesetter's ``Jan 28, 2025``) and
  :data:`NUMERIC_DATE` (the trailer's ``9-24-01``).
"""

from __future__ import annotations

import datetime as dt

import regex

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# -- the grammar: fragments every date pattern is built from ----------------------------

MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
"""A month's name, in full."""

MONTH_ABBREVIATION = r"(?:Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
"""A month's abbreviation with its period (``May`` has none)."""

MONTH = rf"(?:{MONTH_NAME}|{MONTH_ABBREVIATION})"
"""A month's name or abbreviation, spelt right."""

MONTH_LETTERS = r"[A-Z][a-z]{2,9}"
"""A capitalised word where a month stands: spelt right, abbreviated or misprinted
(``Janaury``); :func:`month_number` decides which month, if any, it is."""

MONTH_WORD = rf"(?:{MONTH_LETTERS}\.?)"
""":data:`MONTH_LETTERS` with an abbreviation's period (``Sept.``)."""

DAY = r"[0-3]?\d"
"""A day of the month (what a date can hold: 0-39)."""

YEAR = r"(?:1[789]|20)\d\d"
"""A year of the Republic's documents (1700-2099)."""

DAY_DIGITS = r"\d{1,2}"
"""A day as printed, unchecked: for patterns that only need the shape of a date."""

YEAR_DIGITS = r"\d{4}"
"""A year as printed, unchecked: for patterns that only need the shape of a date."""

DATE = rf"(?:{MONTH}\ {DAY},\ {YEAR})"
"""``September 23, 2001``, ``Sept. 23, 2001``: a date as a citation prints it."""

LOOSE_DATE = rf"(?:{MONTH_WORD}\ {DAY},?\ {YEAR})"
"""A date in a heading or signature, where misprints occur: any month word, the comma
optional (``Janaury 20 2001``)."""

STAMP_DATE = rf"(?:[A-Z][a-z]{{2}}\ {DAY_DIGITS},\ {YEAR_DIGITS})"
"""The date of the typesetter's stamp in an FR PDF's margin: ``Jan 28, 2025``."""

NUMERIC_DATE = rf"(?P<month>{DAY_DIGITS})[-–](?P<day>{DAY_DIGITS})[-–](?P<year>\d{{2,4}})"
"""``9-24-01``, ``1-28-2025``: the FR trailer's ``Filed`` date (see :func:`full_year`)."""


DATE_PATTERN = regex.compile(
    rf"""
    (?P<month>[A-Z][A-Za-z]{{2,9}})\.?    # month name, possibly misspelt or abbreviated
    \s{{1,3}}
    (?P<day>{DAY})                        # day of month
    (?:st|nd|rd|th)?
    ,?\s{{0,3}}
    (?P<year>{YEAR})\b                    # four-digit year
    """,
    regex.VERBOSE,
)
"""A month-name date such as ``September 23, 2001``.

``month`` may be misspelt: :func:`month_number` checks it.
"""


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between short words, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def month_number(name: str) -> tuple[int | None, bool]:
    """The month (1-12) a word names, and whether it had to be guessed from a misprint.

    >>> month_number("September")
    (9, False)
    >>> month_number("Janaury")
    (1, True)
    """
    word = name.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1, False
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word], False
    if len(word) < 4:
        return None, False
    best = [(i + 1) for i, month in enumerate(MONTHS) if _distance(word, month, 2) <= 2]
    if len(best) == 1 and word[0] == MONTHS[best[0] - 1][0]:
        return best[0], True
    return None, False


_MONTH, _DAY, _YEAR = (DATE_PATTERN.groupindex[name] for name in ("month", "day", "year"))
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""


def parse_date(text: str) -> tuple[dt.date | None, bool]:
    """The first month-name date in ``text``, and whether a misprint was repaired.

    >>> parse_date("Executive Order 13224 of September 23, 2001")
    (datetime.date(2001, 9, 23), False)
    """
    for match in DATE_PATTERN.finditer(text):
        month, guessed = month_number(match[_MONTH])
        if month is None:
            continue
        try:
            return dt.date(int(match[_YEAR]), month, int(match[_DAY])), guessed
        except ValueError:
            continue
    return None, False


# -- dates written in words ------------------------------------------------------

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS.update({"eighty": 80, "ninety": 90})
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

TESTIMONIUM_DATE = regex.compile(
    rf"""
    this\s+(?P<day>[a-z]{{3,12}}(?:[-\s][a-z]{{3,12}})?|\d{{1,2}}(?:st|nd|rd|th)?)   # twenty-first
    \s+day\s+of\s+(?P<month>{MONTH_LETTERS}),?
    \s+in\s+the\s+year\s+of\s+our\s+Lord\s+
    (?P<year>[a-z]{{3,10}}(?:[-\s]{{1,2}}[a-z]{{3,10}}){{0,5}})     # two thousand twenty-five
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""The date of a proclamation's ``IN WITNESS WHEREOF`` clause."""


_WORD_BREAK = regex.compile(r"[\s-]+")
_LEADING_DIGITS = regex.compile(r"(\d{1,2})")


def _words(text: str) -> list[str]:
    return [w for w in _WORD_BREAK.split(text.lower()) if w and w != "and"]


def ordinal_value(text: str) -> int | None:
    """``twenty-first`` → 21, ``3rd`` → 3."""
    digits = _LEADING_DIGITS.match(text)
    if digits:
        return int(digits[1])
    total = 0
    for word in _words(text):
        if word in _ORDINALS:
            total += _ORDINALS[word]
        elif word in _TENS:
            total += _TENS[word]
        else:
            return None
    return total or None


def cardinal_value(text: str) -> int | None:
    """``14`` → 14, ``forty-five`` → 45, ``a`` → 1 (``within a year``); else ``None``."""
    if text.isdigit():
        return int(text)
    words = _words(text)
    if words == ["a"]:
        return 1
    total = 0
    for word in words:
        if word in _UNITS:
            total += _UNITS[word]
        elif word in _TENS:
            total += _TENS[word]
        else:
            return None
    return total or None


def year_value(text: str) -> int | None:
    """``two thousand twenty-five`` → 2025, ``nineteen hundred ninety-nine`` → 1999."""
    total = 0
    current = 0
    for word in _words(text):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            break
    total += current
    return total if 1700 <= total <= 2199 else None


def parse_testimonium(text: str) -> dt.date | None:
    """The date of ``IN WITNESS WHEREOF, I have hereunto set my hand this ... day of ...``."""
    match = TESTIMONIUM_DATE.search(text)
    if not match:
        return None
    day = ordinal_value(match["day"])
    month, _ = month_number(match["month"])
    year = year_value(match["year"])
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_year(digits: str) -> int:
    """The year a :data:`NUMERIC_DATE` prints in two or four digits: ``01`` → 2001,
    ``98`` → 1998 (two digits below 36 are this century's)."""
    value = int(digits)
    if len(digits) == 4:
        return value
    return 2000 + value if value < 36 else 1900 + value
