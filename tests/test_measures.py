"""Measures: what an order does by its own force (cases written by us)."""

from __future__ import annotations

import datetime as dt

import pytest

from eoparse import parse_text
from eoparse.model import Measure

HEAD = (
    "Executive Order 14975 of June 1, 2026\n\nTesting Measures\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the United "
    "States of America, including sections 212(f) and 215(a) of the Immigration and Nationality "
    "Act (8 U.S.C. 1182(f) and 1185(a)), it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nJune 1, 2026.\n"


def measures(body: str) -> list[Measure]:
    return list(parse_text(HEAD + body + END).measures)


def one(body: str, action: str) -> Measure:
    found = [m for m in measures(body) if m.action.value == action]
    assert len(found) == 1, [(m.action.value, m.subject) for m in measures(body)]
    return found[0]


# -- entry -------------------------------------------------------------------------------


def test_countries_named_in_the_sentence_before_a_suspension_that_points_back() -> None:
    measure = one(
        "Sec. 2. Suspension of Entry. (c) I hereby proclaim, pursuant to sections 212(f) and "
        "215(a) of the INA, that the unrestricted entry into the United States of nationals of "
        "Ruritania, Chad, Libya, and Yemen would be detrimental to the interests of the United "
        "States. I therefore direct that the entry into the United States of nationals of those "
        "four countries be suspended for 90 days from the effective date of this order.",
        "suspend_entry",
    )
    assert measure.names == ("Chad", "Libya", "Yemen")  # Ruritania is no country we know
    assert measure.duration == "90 days"
    assert measure.subject == "entry of nationals of Ruritania, Chad, Libya, and Yemen"
    assert measure.where == "2(c)"
    assert "8 U.S.C. 1182(f)" in measure.basis


def test_an_active_suspension_of_such_persons() -> None:
    measure = one(
        "Sec. 3. (c) I hereby proclaim that the immigrant and nonimmigrant entry into the "
        "United States of aliens from Burma and Myanmar would be detrimental to the interests of "
        "the United States, and I hereby suspend entry into the United States, as immigrants and "
        "nonimmigrants, of such persons for 120 days from the date of this order.",
        "suspend_entry",
    )
    assert measure.names == ("Burma",)  # one country under two names
    assert measure.duration == "120 days"
    assert measure.subject == "entry of aliens from Burma and Myanmar"


def test_entry_limited_and_suspended_until_a_finding() -> None:
    found = measures(
        "Sec. 4. (a) The entry into the United States of nationals of Cuba as immigrants is "
        "hereby limited. (b) The entry of refugees under the program is hereby suspended until "
        "such time as I determine that further admissions are in the national interest."
    )
    assert [(m.action.value, m.names) for m in found] == [
        ("limit_entry", ("Cuba",)),
        ("suspend_entry", ()),
    ]
    assert found[1].duration is not None
    assert found[1].duration.startswith("until such time as I determine")


@pytest.mark.parametrize(
    "body",
    [
        # a duty given to an official is a grant, not the order's own act
        "Sec. 5. The Secretary of State shall suspend the entry of nationals of Chad for 90 days.",
        # the statute quoted
        'Sec. 1. Section 212(f) provides that the President may "suspend the entry of all aliens '
        'or any class of aliens as immigrants or nonimmigrants."',
        # what another document did
        "Sec. 1. The entry of nationals of Chad was suspended in 2017.",
    ],
)
def test_no_suspension(body: str) -> None:
    assert [m for m in measures(body) if m.action.value == "suspend_entry"] == []


# -- property and conduct ---------------------------------------------------------------


def test_blocking_and_prohibitions() -> None:
    found = measures(
        "Section 1. (a) All property and interests in property that are in the United States of "
        "the following persons are blocked and may not be transferred: the persons listed in "
        "the Annex.\n\n(b) Except to the extent provided in regulations issued pursuant to this "
        "order, the following are prohibited: (i) the importation into the United States of "
        "widgets; and (ii) the exportation of gears.\n\nSec. 2. Any transaction that evades or "
        "avoids any of the prohibitions set forth in this order is prohibited.\n\nSec. 3. United "
        "States persons are prohibited from financing the Red Delta Network.\n\nSec. 4. I hereby "
        "prohibit such donations.\n\nSec. 5. Nothing in this order shall be construed to mean "
        "that conduct is prohibited."
    )
    rows = [(m.action.value, m.where, m.subject) for m in found]
    assert rows[0][:2] == ("block", "1(a)")
    assert rows[0][2].startswith("All property and interests in property")
    assert rows[1][:2] == ("prohibit", "1(b)")
    assert rows[1][2].startswith("the following: (i) the importation into the United States")
    assert rows[2] == (
        "prohibit",
        "2",
        "Any transaction that evades or avoids any of the prohibitions set forth in this order",
    )
    assert rows[3] == (
        "prohibit",
        "3",
        "United States persons from financing the Red Delta Network",
    )
    assert rows[4] == ("prohibit", "4", "such donations")
    assert len(rows) == 5  # the savings clause prohibits nothing


# -- time ----------------------------------------------------------------------------------


def test_effective_dates_of_the_order_and_of_revocations() -> None:
    found = measures(
        "Sec. 2. Effective July 1, 2026, I hereby terminate the national emergency declared in "
        "Executive Order 13222 and revoke that order, as well as Executive Order 13333.\n\n"
        "Sec. 3. Executive Order 13111 of March 1, 2001, is hereby revoked effective as of March "
        "31, 2026.\n\nSec. 4. This order is effective at 12:01 a.m. eastern daylight time on June "
        "2, 2026."
    )
    rows = [(m.where, m.target.label() if m.target else None, m.date) for m in found]
    assert rows == [
        ("2", "Executive Order 13222", dt.date(2026, 7, 1)),
        ("2", "Executive Order 13333", dt.date(2026, 7, 1)),
        ("3", "Executive Order 13111", dt.date(2026, 3, 31)),
        ("4", None, dt.date(2026, 6, 2)),
    ]
    assert all(m.action.value == "effective" for m in found)


def test_expiry() -> None:
    found = measures(
        "Sec. 6. (a) Unless extended by the President, this order shall expire 2 years from the "
        "date of this order.\n(b) The Widget Council shall terminate on September 30, 2027.\n(c) "
        "The Administrator shall terminate the Gear Advisory Committee."
    )
    rows = [(m.action.value, m.where, m.subject, m.duration, m.date) for m in found]
    assert rows == [
        ("expire", "6(a)", "this order", "2 years from the date of this order", None),
        ("expire", "6(b)", "The Widget Council", None, dt.date(2027, 9, 30)),
    ]


# -- exceptions and waivers --------------------------------------------------------------


def test_exceptions_and_case_by_case_waivers() -> None:
    found = measures(
        "Sec. 3. (b) Exceptions. The suspension of entry pursuant to section 2 of this order "
        "shall not apply to:\n(i) any lawful permanent resident of the United States; or\n(ii) "
        "any foreign national traveling on a diplomatic visa.\n(c) Waivers. Notwithstanding the "
        "suspension of entry pursuant to section 2 of this order, the Secretary of State and the "
        "Secretary of Homeland Security may, on a case-by-case basis, and when in the national "
        "interest, issue visas to nationals of the designated countries.\n(d) The Director may "
        "waive the requirements of section 4 of this order for particular programs.\n(e) Access "
        "shall not exceed the Secret level unless the agency determines on a case-by-case basis "
        "that more is needed."
    )
    rows = [(m.action.value, m.where, m.official) for m in found]
    assert rows == [
        ("exception", "3(b)", None),
        ("waiver", "3(c)", "Secretary of State; Secretary of Homeland Security"),
        ("waiver", "3(d)", "Director"),
    ]
    assert found[0].subject.startswith(
        "The suspension of entry pursuant to section 2 of this order does not apply to (i) any "
        "lawful permanent resident"
    )


def test_a_waiver_granted_under_a_headed_and_labelled_paragraph() -> None:
    found = measures(
        "Sec. 3. Waiver. (a) The Director of the Office of Management and Budget, in "
        "consultation with the Counsel to the President, may grant to any current or former "
        "appointee a written waiver of any restrictions contained in the pledge.\n"
        "Sec. 4. Administration. (a) The President or his designee may grant to any person a "
        "waiver of the restrictions of section 2."
    )
    assert [(m.action.value, m.where, m.official) for m in found] == [
        ("waiver", "3(a)", "Director of the Office of Management and Budget"),
        ("waiver", "4(a)", "President or his designee"),
    ]


def test_a_suspension_that_applies_only_to_some_nationals_is_narrowed() -> None:
    found = measures(
        "Sec. 3. (a) Scope. The suspension of entry pursuant to section 2 of this order shall "
        "apply only to foreign nationals of the designated countries who:\n(i) are outside the "
        "United States on the effective date of this order; and\n(ii) do not have a valid "
        "visa on the effective date of this order."
    )
    (narrowed,) = [m for m in found if m.action.value == "exception"]
    assert narrowed.where == "3(a)"
    assert narrowed.subject.startswith(
        "The suspension of entry pursuant to section 2 of this order applies only to foreign "
        "nationals of the designated countries who: (i) are outside the United States"
    )
    assert "valid visa" in narrowed.subject


def test_statutory_requirements_the_president_waives() -> None:
    found = measures(
        "Sec. 6. (b) To address the national emergency declared in Executive Order 14777, I "
        "hereby waive the requirements of 50 U.S.C. 4533(a)(1) through (a)(6).\n(c) The "
        "requirements of section 301(a)(2) of the Act are waived during the period of that "
        "national emergency."
    )
    rows = [(m.action.value, m.where, m.subject, m.duration, m.basis) for m in found]
    assert rows == [
        (
            "waive_requirement",
            "6(b)",
            "the requirements of 50 U.S.C. 4533(a)(1) through (a)(6)",
            None,
            ("50 U.S.C. 4533(a)(1)-4533(a)(6)",),
        ),
        (
            "waive_requirement",
            "6(c)",
            "The requirements of section 301(a)(2) of the Act",
            "during the period of that national emergency",
            (),
        ),
    ]


def test_quoted_amendments_are_the_amended_orders_measures() -> None:
    found = measures(
        'Sec. 2. Section 3 of Executive Order 13999 is amended to read as follows:\n"Sec. 3. '
        'All property and interests in property of the persons listed in the Annex are blocked."'
    )
    assert [(m.action.value, m.where, m.quoted) for m in found] == [("block", "2", True)]
