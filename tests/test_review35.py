"""Review 35 (a second read of this stop's grant and emergency rules by a helper): the
negative cases each new rule must leave alone, and the gaps it found, each pinned by a
short order we wrote."""

from __future__ import annotations

from eoparse.powers.grants.definitions import read_definitions

from .grant_cases import order, rows


def test_an_and_list_with_a_nested_or_list_is_no_menu() -> None:
    grants = order(
        "Sec. 3. Sanctions. (a) The Secretary of the Treasury shall take the following actions "
        "to implement the sanctions described in section 2:\n(i) block the property of any "
        "person determined:\n(A) to be a leader of the group; or\n(B) to have acted for such "
        "a leader;\n(ii) prohibit any transactions in foreign exchange involving such person; "
        "and\n(iii) report to the Congress on the sanctions imposed."
    ).grants
    assert [g.where for g in grants] == ["3(a)(i)", "3(a)(ii)", "3(a)(iii)"]


def test_a_verb_spelled_like_a_noun_still_opens_a_duty() -> None:
    assert [
        g.where
        for g in order(
            "Sec. 4. Functions. (a) The Council shall perform the following functions:\n(1) "
            "supplement the work of the agencies; and\n(2) report to the President."
        ).grants
    ] == ["4(a)(1)", "4(a)(2)"]


def test_through_cuts_only_before_an_agent_gone_through() -> None:
    defined = read_definitions(
        "Sec. 2. (a) The Chair of the Council on Environmental Quality through the Federal "
        "Environmental Executive (Executive) shall issue guidance."
    )
    assert defined["Executive"][0] == "Federal Environmental Executive"


def test_a_second_shall_leads_a_list_only_with_a_lead_in_s_words() -> None:
    body = (
        "Sec. 5. Review. The Secretary of Labor shall review the guidance and shall{tail}\n"
        "(a) establish fixed deadlines; and\n(b) adopt science-based limits."
    )
    for tail in (" in particular:", ", in particular:", " specifically:"):
        assert [g.where for g in order(body.format(tail=tail)).grants] == ["5", "5(a)", "5(b)"]
    for tail in (" focus on:", " in addition:"):  # objects, or no lead-in: one grant
        assert [g.where for g in order(body.format(tail=tail)).grants] == ["5"]


def test_a_list_s_items_keep_the_sentence_s_opening_deadline_not_the_first_clause_s() -> None:
    for second in ("and shall:", "and shall in particular:"):
        grants = order(
            "Sec. 5. Review. Within 30 days of the date of this order, the Secretary of Labor "
            f"shall review the policies {second}\n(a) establish deadlines; and\n(b) adopt limits."
        ).grants
        assert [g.deadline_days for g in grants] == [30, 30, 30]
    grants = order(
        "Sec. 2. The Council shall meet at least twice a year and shall:\n(a) review the plans "
        "of agencies; and\n(b) report to the President."
    ).grants
    assert [g.deadline_days for g in grants] == [182, None, None]


def test_the_committees_list_of_the_agent_is_this_order_s_and_whole() -> None:
    body = (
        "Sec. 2. The functions of the President under the Act that are applicable to the "
        "committees identified in {where} shall be performed by the head of the department or "
        "agency designated after each committee, in accordance with law."
    )
    head = "head of the department or agency designated after each committee"
    assert rows(body.format(where="sections 1(a), 1(b), and 2 of this order")) == [
        ("2", f"{head} identified in sections 1(a), 1(b), and 2")
    ]
    assert rows(body.format(where="section 1 of Executive Order 13889")) == [("2", head)]


def test_guided_and_assisted_by_is_a_passive_with_an_agent() -> None:
    assert rows("Sec. 2. Panel. Each panel shall be guided and assisted by the Council.") == []


def test_asides_in_their_common_wordings() -> None:
    assert rows(
        "Sec. 4. Members of the Advisory Group, acting in his or her official capacity, may "
        "designate employees."
    ) == [("4", "Members of the Advisory Group")]
    for relative in ("may deem necessary", "may from time to time require"):
        assert rows(
            "Sec. 5. (a) The Director of the Office of Management and Budget, with such "
            "assistance from the Chairman of the Council on Environmental Quality as the "
            f"Director {relative}, shall monitor the implementation of this order."
        ) == [("5(a)", "Director of the Office of Management and Budget")]


def test_acronyms_listed_before_a_body_are_no_part_of_its_name() -> None:
    defined = read_definitions(
        "Sec. 2. The Secretary shall consult the EPA, NASA, and Council on Environmental "
        "Quality (Council) staff."
    )
    assert defined["Council"][0] == "Council on Environmental Quality"


def test_deadlines_in_their_other_wordings() -> None:
    grants = order(
        "Sec. 1. (a) Forty-five days after the date of this order, the Secretary of Labor "
        "shall report.\n(b) 6 weeks after the date of this order, the Secretary of Energy "
        "shall report.\n(c) The Council shall meet at least twice annually.\n(d) The Board "
        "shall meet no fewer than four times per year."
    ).grants
    assert [(g.deadline, g.deadline_days) for g in grants] == [
        ("Forty-five days after the date of this order", 45),
        ("6 weeks after the date of this order", 42),
        ("at least twice annually", 182),
        ("no fewer than four times per year", 91),
    ]
