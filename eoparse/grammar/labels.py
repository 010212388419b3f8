"""Paragraph labels and section markers: the one label grammar of eoparse.

Orders number their parts ``Sec. 2.``, then ``(a)``, ``(i)``, ``(A)``, ``(1)``
and, past ``(z)`` or a level further down, ``(aa)``, ``(bb)`` … — the U.S.
Code's style, where ``(aa)`` opens a level of its own under ``(I)``.  This
module holds that grammar once: the pattern fragments every label pattern is
built from (the section tree, the readers' paragraph breaks, the PDF reader's
list items, the grants' list items, the relations' amending items), the
patterns of a paragraph's label and of a section marker, and how to read a
label: the level types it can belong to and its position in each.

A label's level types (:func:`label_types`): ``(i)`` is a roman numeral or a
letter, ``(aa)`` the 27th letter (after ``(z)``) or the first doubled letter
(a level of its own), ``(12)`` a number.  The section tree settles which from
what came before and what follows.
"""

from __future__ import annotations

import functools
import re
from typing import TypeAlias

import regex

_V = regex.VERBOSE

# -- the pattern fragments -------------------------------------------------------------

_TRIPLED = "|".join(letter * 3 for letter in "abcdefghijklmnopqrstuvwxyz")

LABEL = rf"""(?:
    {_TRIPLED}                  # aaa … zzz (past zz)
  | [a-z]{{1,2}}                # a … z, aa … zz
  | [ivxlc]{{1,7}}              # i … lxxxix
  | [A-Z]{{1,2}}                # A … Z, AA … ZZ
  | [IVXLC]{{1,7}}              # I … LXXXIX
  | \d{{1,3}}[a-z]?             # 1 … 999, and 1a for an item inserted after 1
)"""
"""What a paragraph label holds between its parentheses (for ``regex.VERBOSE`` patterns,
as every fragment here)."""

CITED_LABEL = r"(?:\([A-Za-z0-9]{1,5}\))"
"""A label in parentheses as a citation of another document or a statute prints it
(``1182(f)``, ``2(a)(iii)``, ``1701(b)(1)(AA)``): any short run of letters and digits."""

ITEM_TOKEN = r"\w{1,5}"  # what a list item that is skipped, not read, may open with: (1ab)

SECTION_WORD = r"(?:Section|Sec|SECTION|SEC)"  # the word of a section marker

# -- the patterns -----------------------------------------------------------------------

ENUMERATOR = regex.compile(
    rf"""
    \(\ ?(?P<label>{LABEL})\ ?\)
    (?:\ |$|(?=[A-Z"(]))                   # then a space, the end, or the text at once
    """,
    _V,
)
"""A paragraph label: ``(a)``, ``(iv)``, ``(A)``, ``(1)``, ``(aa)``."""
ENUMERATOR_LABEL = ENUMERATOR.groupindex["label"]
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""

ENUMERATOR_RE = re.compile(ENUMERATOR.pattern, re.VERBOSE)
""":data:`ENUMERATOR`, compiled by the standard library's engine, which sets up a match
in half the time ``regex`` does (measured: 300 against 640 ns for ``(a) The …``); the
tree tries one at every paragraph that opens with ``(``."""

Label: TypeAlias = "re.Match[str] | regex.Match[str]"
"""A paragraph's label, as :func:`label_at` finds it."""


def label_at(string: str, start: int, end: int) -> Label | None:
    """``ENUMERATOR.match(string, start, end)``, by :data:`ENUMERATOR_RE` first.

    The two engines read the pattern alike but for ``\\d``: ``regex`` knows digits of a
    newer Unicode than ``re`` (``U+10D40``), and none that ``re`` does not.  So a label
    ``re`` finds is the one ``regex`` finds (a digit of its own would sit where the
    pattern can only go on with ``[a-z]``, a space or ``)``), and where ``re`` finds
    none, ``regex`` is asked: the same answer either way."""
    return ENUMERATOR_RE.match(string, start, end) or ENUMERATOR.match(string, start, end)


SECTION = regex.compile(
    rf"""
    (?P<label>{SECTION_WORD}\.?)\ ?
    (?P<number>\d{{1,3}}(?:[.\-]\d{{1,3}}){{0,2}}[a-z]?)    # 2 / 1.1 / 1-101 / 3a
    (?:\.(?!\d)|(?=[\s:—]|$))                          # "Sec. 2." or "Sec. 9.1 Definition"
    \ ?
    """,
    _V,
)
"""A section marker at the start of a paragraph: ``Sec. 2.``, ``Section 1.``, ``Sec. 1.1.``."""

DECIMAL_SECTION = regex.compile(
    r"""
    (?P<number>\d{1,2}\.\d{1,2})\.?\             # "1.3 " opening the paragraph
    (?=[A-Z])                                     # a heading or a sentence: "Goals."
    """,
    _V,
)
"""A section marker of a decimal number without the word ``Sec.`` (``1.3 Director of
National Intelligence.``), as orders numbered by parts print theirs (Executive Order
12333).  Read in two places only: a quotation that restates such an order
(:mod:`eoparse.powers.quoted`), and a subsection under the section its number names
(``Sec. 4.`` then ``4.1.``, :mod:`eoparse.structure.sections`)."""

SECTION_STARTS = ("Sec", "SEC")
"""What every :data:`SECTION` match starts with: a ``str.startswith`` before the pattern."""

SECTION_TOO_HIGH = regex.compile(
    rf"""
    {SECTION_WORD}\.?\ ?
    (?P<number>\d{{4,12}})(?!\d)                 # four digits or more: 1000, 2024
    \.\ ?(?=[A-Z(])                              # "Sec. 1000. Scope"
    """,
    _V,
)
"""A section marker whose number has four digits or more (``Sec. 1000. Scope.``): never
read as a heading (:data:`SECTION` stops at 999); the parser warns of it."""

CITED_LABELS_AT_END = regex.compile(
    rf"""
    # only from the start of a run of labels, and at most ten of them (no citation
    # runs deeper): a search from inside a long run that does not reach the end
    # would scan the rest of it again at every label, and an unbounded repeat
    # keeps a growing backtracking stack
    (?<!{CITED_LABEL})
    {CITED_LABEL}{{1,10}}$
    """,
    _V,
)
"""The labels a cited section ends with: ``(f)(1)`` of ``1182(f)(1)``."""

# -- reading a label ---------------------------------------------------------------------

LOWER, ROMAN, UPPER, UPPER_ROMAN, DIGIT = "lower", "roman", "upper", "upper_roman", "digit"
DOUBLE, UPPER_DOUBLE = "double", "upper_double"
"""The level types of lettered and numbered paragraphs.  A doubled letter (``aa``,
``AA``) is the 27th letter of a level that ran past ``z``, or the first of a level of
doubled letters (:data:`DOUBLE`, :data:`UPPER_DOUBLE`)."""


def _numeral(value: int) -> str:
    out = ""
    steps = ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    for step, letters in steps:
        while value >= step:
            out += letters
            value -= step
    return out


ROMAN_NUMERALS = {_numeral(value): value for value in range(1, 90)}
"""The roman numerals a paragraph label uses, ``i`` to ``lxxxix`` (a list of members runs
past ``(xxx)``), and their values."""

_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int:
    """The value of a lower-case roman numeral, read as printed (``iv`` → 4, ``xl`` → 40)."""
    values = [_ROMAN_DIGITS[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _doubled(label: str) -> bool:
    return len(label) == 2 and label[0] == label[1]


def _repeated(label: str) -> bool:
    """``aa`` or ``aaa``: a letter printed twice or thrice, past ``z`` or ``zz``."""
    return len(label) in (2, 3) and label == label[0] * len(label)


_LABEL_CACHE = 1024
"""How many labels :func:`label_types` and :func:`ordinal` remember: an order uses a few
dozen, read again for every paragraph (the section tree asks both for each ``(a)``), and
a bound keeps hostile input from growing the caches."""


@functools.lru_cache(maxsize=_LABEL_CACHE)
def label_types(label: str) -> tuple[str, ...]:
    """The level types a paragraph label can belong to (``i`` is a letter or a numeral;
    ``aa`` follows ``z`` or opens a level of doubled letters).  Remembered: a pure
    function of a short string, asked for every labelled paragraph."""
    if label[0].isdigit():
        return (DIGIT,)
    roman, letter, double = (
        (ROMAN, LOWER, DOUBLE) if label.islower() else (UPPER_ROMAN, UPPER, UPPER_DOUBLE)
    )
    types = []
    if label.lower() in ROMAN_NUMERALS:
        types.append(roman)
    if len(label) == 1 or _repeated(label):
        types.append(letter)
    if _doubled(label):
        types.append(double)
    return tuple(types) or (letter,)


@functools.lru_cache(maxsize=_LABEL_CACHE)
def ordinal(label: str, kind: str) -> int:
    """The position of ``label`` in a level of type ``kind`` (``b`` → 2, ``iv`` → 4,
    ``aa`` → 27 as a letter, 1 as a doubled letter)."""
    if kind == DIGIT:
        return int("".join(ch for ch in label if ch.isdigit()))
    if kind in (ROMAN, UPPER_ROMAN):
        return ROMAN_NUMERALS.get(label.lower(), 0)
    letter = label.lower()
    if kind in (DOUBLE, UPPER_DOUBLE):
        return ord(letter[0]) - 96
    return (ord(letter[0]) - 96) + 26 * (len(letter) - 1)


def label_for(position: int, kind: str) -> str:
    """The label at ``position`` of a level of type ``kind`` (2, lower → ``b``)."""
    if kind == DIGIT:
        return str(position)
    if kind in (ROMAN, UPPER_ROMAN):
        numeral = _numeral(position) if position < 90 else "i"
        return numeral.upper() if kind == UPPER_ROMAN else numeral
    if kind in (DOUBLE, UPPER_DOUBLE):
        letter = chr(96 + ((position - 1) % 26) + 1) * 2
        return letter.upper() if kind == UPPER_DOUBLE else letter
    letter = chr(96 + ((position - 1) % 26) + 1) * ((position - 1) // 26 + 1)
    return letter.upper() if kind == UPPER else letter
