"""Grants: classes of miss seen on a blind set (the tenth), each pinned by a short order
we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from eoparse import parse_text

from .grant_cases import END, HEAD, rows


def test_each_agency_is_one_of_the_agencies_an_order_defines() -> None:
    # "Executive departments and agencies (agencies)": "Each agency" is each of them
    assert rows(
        "Sec. 1. Scope. This order applies to executive departments and agencies "
        "(agencies).\n\nSec. 2. Harbor Plans. (a) Each agency shall prepare a harbor plan.\n\n"
        "(b) Agencies shall report on the plans to the Secretary of Commerce."
    ) == [
        ("2(a)", "executive departments and agencies"),
        ("2(b)", "executive departments and agencies"),
    ]
    # without the definition, "each agency" stays as printed
    assert rows("Sec. 2. Harbor Plans. Each agency shall prepare a harbor plan.") == [
        ("2", "each agency")
    ]


def test_a_list_item_that_opens_with_a_duty_keeps_its_lead_in_actor() -> None:
    # a modal later in the item (its own sentence, or a clause inside it) does not make
    # the item a grant of its own: the item is still the lead-in actor's duty
    body = (
        "Sec. 4. Harbor Board. (a) There is established a Harbor Board.\n\n"
        "(b) The Harbor Board shall:\n\n"
        "(i) Advise the Secretary of Commerce on harbor dredging;\n\n"
        "(ii) Upon request by the Secretary of Commerce, advise the Secretary on whether "
        "silt in a harbor may have harmed the fisheries; and\n\n"
        "(iii) Pursuant to section 9 of the Act, negotiate agreements with the States. "
        "This assistance shall include grants."
    )
    assert rows(body) == [
        ("4(b)(i)", "Harbor Board"),
        ("4(b)(ii)", "Harbor Board"),
        ("4(b)(iii)", "Harbor Board"),
    ]
    # an item headed in title case names its own actor after the heading: read on its own
    assert rows(
        "Sec. 6. Duties. The Secretary of Energy shall:\n\n(a) Review of Harbor Rules. The "
        "Secretary of Commerce shall review the harbor rules; and\n\n(b) Advise the Board. "
        "The Secretary of Commerce may also advise it."
    ) == [
        ("6(a)", "Secretary of Commerce"),
        ("6(b)", "Secretary of Energy"),
        ("6(b)", "Secretary of Commerce"),
    ]
    # an item that names its own actor is still read on its own
    assert rows(
        "Sec. 5. Duties. The Secretary of Commerce shall:\n\n(a) review the harbor rules; and"
        "\n\n(b) within 30 days, the Secretary of Energy shall report to the President."
    ) == [("5(a)", "Secretary of Commerce"), ("5(b)", "Secretary of Energy")]


def test_a_which_or_who_clause_after_a_short_form_is_about_the_name_it_shortens() -> None:
    got = rows(
        "Sec. 1. Harbor Center. The Secretary of Commerce shall establish the Harbor "
        "Engagement Center (Center) which shall lead the coordination of harbor outreach. "
        "The director of the Center shall be the Special Envoy and Coordinator for Harbor "
        "Outreach (Coordinator), who shall report to the Secretary of Commerce."
    )
    assert got == [
        ("1", "Secretary of Commerce"),
        ("1", "Harbor Engagement Center"),
        ("1", "Special Envoy and Coordinator for Harbor Outreach"),
    ]
    # a short form that spells an office: the officials named before it, who are persons
    assert rows(
        "Sec. 3. Harbor Committee. The Committee shall consist of the following: the Chairman "
        "of the Council on Environmental Quality (CEQ) and the Director of the Office of "
        "Science and Technology Policy (OSTP), who shall serve as Co-Chairs."
    ) == [
        ("3", "Chairman of the Council on Environmental Quality"),
        ("3", "Director of the Office of Science and Technology Policy"),
    ]
    # a document's name before its short form: "which" describes the document
    assert rows(
        "Sec. 4. The Harbor Council shall publish a Harbor Council Dredging Plan (Dredging "
        "Plan) which shall, among other things, include actions to deepen the channel."
    ) == [("4", "Harbor Council")]
    # an institution the table lacks, named right before ", which": never a person
    assert rows(
        "Sec. 2. The Secretary of Commerce shall consult the Harbor Data Center, which shall "
        "publish the tide tables."
    ) == [("2", "Secretary of Commerce"), ("2", "Harbor Data Center")]


def test_who_sits_on_a_body_is_no_duty_of_the_body() -> None:
    # "shall include one senior representative designated by …": its members
    assert rows(
        "Sec. 4. Harbor Steering Committee. The Secretary of Commerce shall establish a "
        "Harbor Steering Committee. The Harbor Steering Committee shall include one senior "
        "representative designated by the head of each of the following agencies: the "
        "Department of Energy and the Department of the Interior. The Harbor Steering "
        "Committee shall include representatives from the States. The Harbor Steering "
        "Committee shall include in its report a list of the harbors reviewed."
    ) == [("4", "Secretary of Commerce"), ("4", "Harbor Steering Committee")]


def test_a_lead_in_ending_in_by_hands_its_modal_to_gerund_items() -> None:
    body = (
        "Sec. 5. Harbor Access. Within 1 year of the date of this order, the Secretary of "
        "Commerce shall propose reforms to the harbor program to shorten waiting times by:"
        "\n\n(a) proposing a regulation that would remove needless permit steps;\n\n"
        "(b) conducting a review of berth fees; and\n\n(c) publishing the waiting times."
    )
    assert rows(body) == [(f"5({x})", "Secretary of Commerce") for x in "abc"]
    # each item keeps the lead-in's deadline
    grants = parse_text(HEAD + body + END).grants
    assert {g.deadline for g in grants} == {"Within 1 year of the date of this order"}
    # items that are no gerunds (the means listed as things) leave one row at the lead-in
    assert rows(
        "Sec. 6. The Secretary of Commerce shall fund the program by:\n\n(a) fees;\n\n(b) grants."
    ) == [("6", "Secretary of Commerce")]


def test_an_acronym_after_an_officer_that_spells_the_office_names_the_office() -> None:
    assert rows(
        "Sec. 1. Harbor Staff. (a) The Director of the Office of Personnel Management (OPM) "
        "shall review harbor hiring. The Secretary of the Department of Energy (DOE) shall "
        "review harbor fuel.\n\n(b) OPM shall publish the list. DOE shall report to OPM."
    ) == [
        ("1(a)", "Director of the Office of Personnel Management"),
        ("1(a)", "Secretary of Energy"),  # the title written out (paragraph sample 21)
        ("1(b)", "Office of Personnel Management"),
        ("1(b)", "Department of Energy"),
    ]
    # an acronym that spells the officer still names the officer
    assert rows(
        "Sec. 2. The Office of the Director of National Intelligence (DNI) shall assist. "
        "The DNI shall report."
    )[-1] == ("2", "Director of National Intelligence")


def test_must_in_a_policy_section_states_policy() -> None:
    assert rows(
        "Section 1. Policy. Executive departments and agencies must coordinate their harbor "
        "efforts.\n\nSec. 2. Harbor Plans. Agencies must submit harbor plans to the "
        "Secretary of Commerce. The Secretary of Commerce shall review them."
    ) == [("2", "agencies"), ("2", "Secretary of Commerce")]


def test_the_official_a_body_office_shall_be_holds_it() -> None:
    got = rows(
        "Sec. 1. Harbor Task Force. (a) There is established the Harbor Task Force. The "
        "Chair of the Task Force shall be the Secretary of Commerce. The executive director "
        "of the Task Force shall be the Special Envoy and Coordinator for Harbor Outreach "
        "(Coordinator).\n\n(b) The Chair of the Harbor Board shall be the Vice Chair of the "
        "Task Force."
    )
    assert got == [
        ("1(a)", "Secretary of Commerce"),
        ("1(a)", "Special Envoy and Coordinator for Harbor Outreach"),
        ("1(b)", "Chair of the Harbor Board"),
    ]


def test_a_lower_case_body_keeps_the_words_before_its_noun() -> None:
    assert rows(
        "Sec. 3. Harbor Advice. The Secretary of the Interior shall establish an advisory "
        "committee to provide advice on harbors. Among other things, the advisory committee "
        "shall recommend harbor plans. The same committee shall meet twice a year."
    ) == [
        ("3", "Secretary of the Interior"),
        ("3", "advisory committee"),
        ("3", "committee"),  # "same" says which committee, not what it is named
    ]
