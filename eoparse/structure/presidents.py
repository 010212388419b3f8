"""Presidents: names, terms of office and executive-order number ranges (package data).

Used to name the signer of an order from its signature (``<Clinton1>``,
``Trump.EPS``, ``BARACK OBAMA``), from ``I, GEORGE W. BUSH, President`` or from
the signing date, and to check that a printed order number is plausible.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from importlib import resources

import regex
from attrs import frozen


@frozen
class President:
    """One presidency (a president serving non-consecutive terms has two rows)."""

    name: str
    surname: str
    took_office: dt.date
    left_office: dt.date | None
    first_eo: int
    last_eo: int | None
    aliases: tuple[str, ...]

    def in_office(self, day: dt.date) -> bool:
        """Whether ``day`` falls in this term (inauguration day belongs to the new term)."""
        return self.took_office <= day and (self.left_office is None or day < self.left_office)

    def signed_eo(self, number: int) -> bool:
        """Whether executive order ``number`` falls in this term's range."""
        return self.first_eo <= number and (self.last_eo is None or number <= self.last_eo)


@functools.cache
def presidents() -> tuple[President, ...]:
    """Every presidency in the table, oldest first (loaded once from package data)."""
    raw = resources.files("eoparse.data").joinpath("presidents.csv").read_text("utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(raw)):
        rows.append(
            President(
                name=row["name"],
                surname=row["surname"],
                took_office=dt.date.fromisoformat(row["took_office"]),
                left_office=dt.date.fromisoformat(row["left_office"])
                if row["left_office"]
                else None,
                first_eo=int(row["first_eo"]),
                last_eo=int(row["last_eo"]) if row["last_eo"] else None,
                aliases=tuple(a for a in row["aliases"].split(";") if a),
            )
        )
    return tuple(rows)


def president_on(day: dt.date) -> President | None:
    """The president in office on ``day``."""
    for president in presidents():
        if president.in_office(day):
            return president
    return None


def president_of_eo(number: int) -> President | None:
    """The president who signed executive order ``number``, by the number ranges."""
    for president in presidents():
        if president.signed_eo(number):
            return president
    return None


@functools.cache
def _surname(surname: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![a-z]){surname.casefold()}(?![a-z])")


@functools.cache
def _folded() -> tuple[tuple[President, tuple[str, ...], str], ...]:
    """Each presidency with its aliases and its surname case-folded, once."""
    return tuple(
        (p, tuple(alias.casefold() for alias in p.aliases), p.surname.casefold())
        for p in presidents()
    )


def president_named(text: str, day: dt.date | None = None) -> President | None:
    """The president a signature or name refers to (``<Clinton1>``, ``BARACK OBAMA``).

    A surname shared by two presidents (Bush, Trump's two terms) is settled by
    ``day`` when given, else by the fuller alias, else the latest presidency.
    """
    folded = text.casefold()
    found: list[tuple[President, bool]] = []  # each named, and whether by a full alias
    for president, aliases, surname in _folded():
        full = any(alias in folded for alias in aliases)
        if full or (surname in folded and _surname(president.surname).search(folded)):
            found.append((president, full))
    if not found:
        return None
    candidates = [p for p, full in found if full] or [p for p, _ in found]
    if day is not None:
        dated = [p for p in candidates if p.in_office(day)]
        if dated:
            return dated[0]
    return candidates[-1]


def plausible_eo_number(number: int, day: dt.date | None) -> bool:
    """Whether an executive order numbered ``number`` could have been signed on ``day``."""
    president = president_of_eo(number)
    if president is None:
        return False
    if day is None:
        return True
    by_date = president_on(day)
    return by_date is None or by_date == president
