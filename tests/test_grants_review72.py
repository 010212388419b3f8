"""Grants: what a second read of this stop's rules (review 72) found, each pinned by a
short order we wrote; every test fails if its fix breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_short_form_that_opens_a_longer_name_is_not_written_out() -> None:
    # the defined "Council" is the National Security Council; "the Council of Economic
    # Advisers" is another body, and a title printed in full is not written out twice
    assert rows(
        "Sec. 1. The National Security Council (Council) shall meet monthly.\n\nSec. 2. "
        "Agencies represented on the Council of Economic Advisers shall submit a report. "
        "Agencies represented on the Council shall submit data.\n\nSec. 3. The Secretary "
        "of Education (Secretary) shall convene the agencies. Each agency identified by the "
        "Secretary of Defense shall report. Each agency identified by the Secretary of "
        "Education shall report."
    ) == [
        ("1", "National Security Council"),
        ("2", "agencies represented on the Council of Economic Advisers"),
        ("2", "agencies represented on the National Security Council"),
        ("3", "Secretary of Education"),
        ("3", "each agency identified by the Secretary of Defense"),
        ("3", "each agency identified by the Secretary of Education"),
    ]


def test_meetings_called_by_an_official_are_the_official_s_duty() -> None:
    # "be called" names a body only when no agent follows ("henceforth be called …")
    grants = order("Sec. 4. Meetings of the Council shall be called by the Secretary of Labor.")
    assert [(g.actor, g.action.lower()) for g in grants.grants] == [
        ("Secretary of Labor", "call meetings of the council")
    ]


def test_an_actor_opening_a_subordinate_clause_is_directed_nothing() -> None:
    # "Before an agency may undertake …," and "To the extent … may" say what may happen
    assert rows(
        "Sec. 5. (a) Before an agency may undertake any discretionary action, the head of "
        "the agency shall submit a plan.\n\n(b) To the extent the Secretary of State may "
        "lawfully do so, the Attorney General shall act.\n\n(c) Unless the Secretary of "
        "State shall otherwise determine, the rule applies.\n\n(d) If the Secretary of "
        "State so determines, the Secretary of State may act."
    ) == [
        ("5(a)", "head of the agency"),
        ("5(b)", "Attorney General"),
        ("5(d)", "Secretary of State"),
    ]


def test_no_actor_shall_is_a_prohibition() -> None:
    grants = order(
        "Sec. 6. (a) No agency head shall award a contract to a debarred firm.\n\n(b) No "
        "regulation shall be issued by an agency if it was not listed in the agenda.\n\n"
        "(c) No directive shall be issued by the Secretary of State without approval."
    ).grants
    assert [(g.actor, g.action) for g in grants] == [
        ("agency head", "not award a contract to a debarred firm."),
        ("agency", "not issue any regulation if it was not listed in the agenda"),
        ("Secretary of State", "not issue any directive without approval"),
    ]


def test_an_agency_modifier_stops_at_another_actor_joined_by_and() -> None:
    assert rows(
        "Sec. 7. The agencies listed in section 1 and the Attorney General shall consult "
        "the Director of the Office of Management and Budget."
    ) == [("7", "Attorney General")]


def test_more_of_the_extent_qualifier_is_no_verb() -> None:
    # "to the extent permitted by law and subject to …": the action is not cut at "and"
    grants = order(
        "Sec. 8. Agencies shall to the extent permitted by law and subject to the "
        "availability of appropriations provide assistance."
    ).grants
    assert [g.action for g in grants] != [
        "and subject to the availability of appropriations provide assistance."
    ]
    assert not grants[0].action.startswith("and ")


def test_an_authority_for_something_is_a_power_not_a_body() -> None:
    # "Authority" names a body ("National Authority"), not "Authority for …"
    assert rows(
        "Section 1. This order provides Conversion Authority for Criminal Investigators "
        "(Special Agents).\n\nSec. 2. Special Agents shall carry firearms. The Secretary of "
        "the Treasury shall issue rules."
    ) == [("2", "Secretary of the Treasury")]


def test_a_two_word_short_form_after_two_joined_names() -> None:
    assert rows(
        "Sec. 1. The Secretary of Labor shall report to the Secretary of State and the "
        "Interagency Task Force on Trade (Task Force) each year.\n\nSec. 2. The Task Force "
        "shall report."
    ) == [("1", "Secretary of Labor"), ("2", "Interagency Task Force on Trade")]


def test_no_agency_shall_is_each_agency_s_prohibition() -> None:
    grants = order(
        "Sec. 3. (b) No agency shall retain any guidance document without including it in "
        "the database. No agency may cite rescinded guidance documents. No Federal agency "
        "shall purchase virgin paper."
    ).grants
    assert [(g.actor, g.modality.value, g.action) for g in grants] == [
        (
            "each agency",
            "shall",
            "not retain any guidance document without including it in the database.",
        ),
        ("each agency", "may", "not cite rescinded guidance documents."),
        ("each Federal agency", "shall", "not purchase virgin paper."),
    ]
