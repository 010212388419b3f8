"""Bodies: councils, committees and task forces an order establishes, continues or ends."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eoparse
from eoparse import Order
from eoparse.model import BodyAction

from .conftest import SAMPLES, corpus_index, requires_corpus

HEAD = (
    "Executive Order 14990 of May 5, 2025\n\nEstablishing a Council\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the "
    "United States of America, it is hereby ordered as follows:\n\n"
)
TAIL = "\n\nDONALD J. TRUMP\n\nTHE WHITE HOUSE,\nMay 5, 2025.\n"


def _order(body: str, number: int = 14990) -> Order:
    return eoparse.parse_text(HEAD.replace("14990", str(number)) + body + TAIL)


@pytest.fixture(scope="module")
def task_force() -> Order:
    return eoparse.parse(SAMPLES / "port_security_task_force.txt", strict=True)


def test_the_sample_task_force_with_its_members_chair_and_invitees(task_force: Order) -> None:
    established, ended = task_force.bodies
    assert established.action is BodyAction.ESTABLISH
    assert established.name == "Interagency Task Force on Port and Cargo Security"
    assert established.short == "Task Force"
    assert established.within == "Department of Homeland Security"
    assert established.by is None
    assert established.chair == ("Secretary of Homeland Security",)
    assert established.vice_chair == ("Secretary of Transportation",)
    assert established.members[2:4] == ("Secretary of Commerce", "Attorney General")
    assert len(established.members) == 6
    assert established.invited == (
        "Secretary of Defense",
        "Secretary of Energy",
        "Director of the Federal Bureau of Investigation",
    )
    assert established.where == "1"
    assert task_force.quote(established).startswith("There is hereby established")
    assert ended.action is BodyAction.TERMINATE
    assert ended.name == "Maritime Cargo Security Council"
    assert ended.where == "4"


def test_an_official_directed_to_establish_a_body_chaired_by_two() -> None:
    order = _order(
        "Section 1. Establishment. The Secretary of Energy shall, within 30 days of the date "
        "of this order, establish within the Department of Energy a Grid Resilience Working "
        "Group (Working Group).\n\n"
        "Sec. 2. Membership. The Working Group shall be co-chaired by the Secretary of Energy "
        "and the Secretary of Health and Human Services, and shall consist of the Secretary "
        "of Defense, the Secretary of Homeland Security, and the Administrator of the "
        "Environmental Protection Agency."
    )
    (body,) = order.bodies
    assert body.name == "Grid Resilience Working Group"
    assert body.within == "Department of Energy"
    assert body.by == "Secretary of Energy"
    assert body.chair == ("Secretary of Energy", "Secretary of Health and Human Services")
    assert body.members == (
        "Secretary of Defense",
        "Secretary of Homeland Security",
        "Administrator of the Environmental Protection Agency",
    )


def test_a_duty_to_establish_procedures_is_no_body() -> None:
    order = _order(
        "Section 1. Procedures. The Attorney General shall establish procedures to ensure "
        "that the Council on Environmental Quality is consulted. The review board "
        "recommended by the Secretary is established by regulation."
    )
    assert order.bodies == ()


def test_committees_continued_until_a_date_from_a_list() -> None:
    order = _order(
        "Section 1. Each advisory committee listed below is continued until September 30, "
        "2027.\n\n"
        "(a) Committee for the Preservation of Harbor Lights; Executive Order 14001, as "
        "amended (Department of the Interior).\n\n"
        "(b) President's Council on Rural Broadband; Executive Order 14002 (Department of "
        "Agriculture).\n\n"
        "Sec. 2. General Provisions. This order shall be implemented consistent with "
        "applicable law."
    )
    assert [(b.action, b.name, b.until, b.where) for b in order.bodies] == [
        (
            BodyAction.CONTINUE,
            "Committee for the Preservation of Harbor Lights",
            "September 30, 2027",
            "1(a)",
        ),
        (
            BodyAction.CONTINUE,
            "President's Council on Rural Broadband",
            "September 30, 2027",
            "1(b)",
        ),
    ]


def _members_order(members: list[str], number: int) -> Order:
    items = "\n\n".join(
        f"({'abcdefgh'[i]}) the {m}{'.' if i == len(members) - 1 else ';'}"
        for i, m in enumerate(members)
    )
    return _order(
        "Section 1. Establishment. There is established the Council on Coastal Resilience "
        "(Council).\n\n"
        f"Sec. 2. Membership. The Council shall be composed of the following members:\n\n{items}",
        number,
    )


OFFICES = [
    "Secretary of State",
    "Secretary of the Treasury",
    "Secretary of Defense",
    "Attorney General",
    "Secretary of Commerce",
    "Secretary of Labor",
]


def test_diff_reports_members_added_and_removed_and_a_body_ended() -> None:
    old = _members_order(OFFICES[:4], 14990)
    new = _members_order(OFFICES[1:5], 14991)
    result = eoparse.diff(old, new)
    (change,) = [c for c in result.changes if c.category == "bodies"]
    (members,) = [f for f in change.fields if f.field == "members"]
    assert members.added == ("Secretary of Commerce",)
    assert members.removed == ("Secretary of State",)
    assert any(h.category == "bodies" for h in result.headlines)
    ending = _order("Section 1. The Council on Coastal Resilience is hereby terminated.", 14992)
    ended = eoparse.diff(old, ending)
    (change,) = [c for c in ended.changes if c.category == "bodies"]
    assert change.change.value == "removed"
    assert change.old is not None  # both sides shown
    assert change.new is not None


@settings(max_examples=15, deadline=None)
@given(st.permutations(OFFICES))
def test_reordering_the_members_changes_nothing(order: list[str]) -> None:
    old = _members_order(OFFICES, 14990)
    new = _members_order(list(order), 14991)
    assert [c for c in eoparse.diff(old, new).changes if c.category == "bodies"] == []


def test_a_continued_body_s_new_end_date_is_no_headline() -> None:
    text = (
        "Section 1. Each advisory committee listed below is continued until {}.\n\n"
        "(a) President's Council on Rural Broadband; Executive Order 14002."
    )
    old = _order(text.format("September 30, 2025"), 14990)
    new = _order(text.format("September 30, 2027"), 14991)
    result = eoparse.diff(old, new)
    assert [c.category for c in result.changes if c.change.value == "changed"] == ["bodies"]
    assert not any(h.category == "bodies" for h in result.headlines)


@requires_corpus
@pytest.mark.corpus
def test_corpus_orders_titled_establishing_a_body_establish_one() -> None:
    from .test_corpus import parsed

    orders = parsed()
    established = continued = titled = cont_titled = 0
    for row in corpus_index():
        files = [f for f in row["files"].split(";") if f in orders]
        if not files:
            continue
        title = row["title"]
        actions = Counter(b.action for b in orders[files[0]].bodies)
        if title.startswith(("Establishing", "Establishment of")) and any(
            noun in title for noun in ("Council", "Committee", "Commission", "Task Force")
        ):
            titled += 1
            established += actions[BodyAction.ESTABLISH] > 0
        if "Continuance of" in title and "Advisory Committees" in title:
            cont_titled += 1
            continued += actions[BodyAction.CONTINUE] >= 5
    print(f"established {established}/{titled}; continued {continued}/{cont_titled}")
    # measured 2026-12-06: 60/64 orders establishing a council, committee, commission or task
    # force; 14/14 continuance orders
    assert titled >= 60, titled
    assert established / titled >= 0.9, (established, titled)
    assert cont_titled >= 12, cont_titled
    assert continued == cont_titled, (continued, cont_titled)


def test_a_member_s_division_is_part_of_the_office_its_role_is_not() -> None:
    order = _order(
        "Section 1. Establishment. There is established a Fraud Task Force (Task Force).\n\n"
        "Sec. 2. Membership. The Task Force shall include the following members:\n\n"
        "(a) the Deputy Attorney General (Chair);\n\n"
        "(b) the Assistant Attorney General (Criminal Division);\n\n"
        "(c) the Assistant Attorney General (Antitrust Division); and\n\n"
        "(d) the Director of the Office of Personnel Management (OPM)."
    )
    (body,) = order.bodies
    assert body.members == (
        "Deputy Attorney General",
        "Assistant Attorney General (Criminal Division)",
        "Assistant Attorney General (Antitrust Division)",
        "Director of the Office of Personnel Management",
    )
    assert body.chair == ("Deputy Attorney General",)


def test_grants_to_a_body_the_order_establishes_name_it_in_full() -> None:
    order = _order(
        "Section 1. Establishment. There is established an interagency Harbor Threat Task "
        "Force.\n\n"
        "Sec. 2. Duties. (a) The Task Force shall develop a harbor security program within 180 "
        "days of the date of this order.\n\n"
        "(b) The Chair of the Task Force may invite other officials to its meetings.\n\n"
        "Sec. 3. The Council on Environmental Quality shall advise the Task Force."
    )
    assert [(g.where, g.actor) for g in order.grants] == [
        ("2(a)", "Harbor Threat Task Force"),
        ("2(b)", "Chair of the Harbor Threat Task Force"),
        ("3", "Council on Environmental Quality"),
    ]


def test_a_name_may_hold_a_number() -> None:
    order = _order(
        "Section 1. There is established the President's Council on Year 2000 Conversion (Council)."
    )
    assert [b.name for b in order.bodies] == ["President's Council on Year 2000 Conversion"]


def test_a_board_established_effective_at_an_hour() -> None:
    order = _order(
        "Section 1. Establishment of the Board. There is established, effective 12:01 a.m. "
        "eastern daylight time on October 7, 2025, a Board composed of a chair and four other "
        "members, all of whom shall be appointed by the President to investigate the dispute."
    )
    assert [(b.action, b.name) for b in order.bodies] == [(BodyAction.ESTABLISH, "Board")]
