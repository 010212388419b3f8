"""Regressions the second read of stop 33's change found (review 33), each pinned by a
short order we wrote; every test fails if its fix is undone."""

from __future__ import annotations

import time

from eoparse import parse_text

from .grant_cases import END, HEAD, order, rows


def test_a_deadline_event_of_dotted_initials_is_read_in_linear_time() -> None:
    # "(?<=[A-Z]\.[A-Z])\." could read the period of "A.B." two ways: 2**n tries
    # (n = 10 took 16 s before the fix; each more pair of initials about doubles it)
    body = "Sec. 1. The Secretary of Labor shall report within 30 days of " + "A.B." * 12
    start = time.perf_counter()
    order(body + " zq" * 60)
    assert time.perf_counter() - start < 5.0


def test_the_innermost_list_led_by_a_deadline_gives_its_own() -> None:
    grants = order(
        "Sec. 3. Harbor Access. Within 60 days of the date of this order:\n\n"
        "(a) Within 30 days of the date of this order:\n\n(i) the Secretary of Commerce shall "
        "expedite the review of permits; and\n\n(ii) the Secretary of the Interior shall map "
        "the harbor.\n\n(b) The Secretary of Labor shall report to the President."
    ).grants
    assert [(g.where, g.deadline_days) for g in grants] == [
        ("3(a)(i)", 30),
        ("3(a)(ii)", 30),
        ("3(b)", 60),
    ]


def test_he_after_another_person_is_named_is_not_the_officials() -> None:
    for body in (
        "Sec. 2. The Secretary of State shall review the rules. If the President determines "
        "that entry is detrimental, he may suspend entry.",
        "Sec. 2. The Secretary of Labor shall notify the employee concerned, and he may appeal "
        "the decision.",
    ):
        assert [g.modality.value for g in order(body).grants] == ["shall"], body


def test_a_quoted_body_noun_of_a_kind_the_order_sets_up_stays_as_printed() -> None:
    text = (
        "Executive Order 14980 of June 7, 2026\n\nHarbor Smoke\n\nBy the authority vested in "
        "me as President, it is hereby ordered as follows:\n\nSection 1. There is established "
        "the Interagency Task Force on Harbor Smoke.\n\nSec. 2. Section 3 of Executive Order "
        '14900 is amended to read as follows: "Sec. 3. The Task Force shall report to the '
        'President annually."\n\nTHE WHITE HOUSE,\nJune 7, 2026.\n'
    )
    quoted = [g for g in parse_text(text).grants if g.quoted]
    assert [g.actor for g in quoted] == ["Task Force"]


def test_a_statement_after_a_semicolon_ends_the_duty() -> None:
    (grant,) = order(
        "Sec. 2. The head of each agency shall rescind any guidance implementing Executive "
        "Order 14091; Executive Order 14091 is hereby revoked."
    ).grants
    assert grant.action == "rescind any guidance implementing Executive Order 14091"


def test_a_table_official_or_the_same_officials_designee_is_one_actor() -> None:
    assert rows(
        "Sec. 1. The Attorney General or the Attorney General's designee shall review the plan."
    ) == [("1", "Attorney General")]


def test_an_office_location_before_a_short_form_is_no_part_of_a_body_name() -> None:
    found = order(
        "Sec. 1. There is established a National Harbor Council, Executive Office of the "
        "President (Council)."
    )
    assert [b.name for b in found.bodies] == ["National Harbor Council"]


def test_a_determinations_designee_starts_at_its_own_subject() -> None:
    found = parse_text(
        HEAD + "Section 1. Consistent with the requirements of section 7103(b)(1) of title 5, "
        "the Office of Harbor Intelligence is hereby determined to have as a primary function "
        "intelligence, counterintelligence, investigative, or national security work." + END
    ).designations
    assert [d.designee for d in found] == ["the Office of Harbor Intelligence"]
