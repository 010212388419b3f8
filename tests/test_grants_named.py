"""Grants: who a grant's actor is when the order names it in a way the officials table
does not (cases written by us, each after a class of miss on orders labelled blind)."""

from __future__ import annotations

import pytest

from .grant_cases import rows


def test_agencies_narrowed_by_a_whose_clause_keep_it() -> None:
    actor = "all Federal agencies whose actions may affect U.S. harbor ecosystems"
    assert (
        rows(
            "Sec. 2. Policy. (a) All Federal agencies whose actions may affect U.S. harbor "
            "ecosystems shall: (a) identify those actions; (b) use their programs to protect "
            "the harbors; and (c) report to the Task Force."
        )
        == [("2(a)", actor)] * 3
    )


def test_the_verb_of_a_whose_clause_is_no_grant() -> None:
    # "may" belongs to the clause ("whose actions may affect"), not to the agencies
    assert rows(
        "Sec. 4. Duties. Each agency whose actions may affect the harbors shall review its permits."
    ) == [("4", "each agency whose actions may affect the harbors")]


def test_a_short_form_given_after_words_that_follow_the_name_stands_for_the_name() -> None:
    assert rows(
        "Sec. 3. Convening. The Secretary of Transportation shall convene the Senior Harbor "
        "Committee established pursuant to section 12 of the Act (Committee).\n\n"
        "Sec. 4. Functions. The Committee shall: (a) report to the President; and (b) "
        "review the proposals of agencies."
    ) == [
        ("3", "Secretary of Transportation"),
        ("4", "Senior Harbor Committee"),
        ("4", "Senior Harbor Committee"),
    ]


def test_a_short_form_inside_a_longer_name_is_not_that_name() -> None:
    # "Council" here is the end of "Council on the Future of X, N.C.", not a name of its own;
    # the name read back to its comma goes on before it (a limit until the second audit)
    assert rows(
        "Sec. 2. There is established the President's Council on the Future of Harbor "
        "Town, North Carolina (Council).\n\nSec. 3. The Council shall advise the President."
    ) == [("3", "President's Council on the Future of Harbor Town, North Carolina")]


def test_a_bare_body_noun_is_the_one_body_of_that_kind_the_order_prints() -> None:
    assert rows(
        "Sec. 1. To the extent permitted by law, the Harbor Integrity Committee shall "
        "receive allegations.\n\nSec. 2. The Committee shall review each allegation."
    ) == [("1", "Harbor Integrity Committee"), ("2", "Harbor Integrity Committee")]


def test_a_bare_body_noun_stays_bare_where_the_order_prints_two_such_bodies() -> None:
    assert rows(
        "Sec. 1. The Harbor Committee and the Port Committee shall meet.\n\n"
        "Sec. 2. The Committee shall review each allegation."
    )[-1] == ("2", "Committee")


def test_a_list_that_opens_on_the_lead_in_line_goes_on_below_it() -> None:
    assert rows(
        "Sec. 6. General Agency Responsibilities. All agencies, to the extent consistent "
        "with law, shall: (a) determine their requirements;\n\n"
        "    (b) prepare plans for the harbors;\n\n"
        "    (c) submit reports to the Secretary of Homeland Security."
    ) == [("6(a)", "all agencies"), ("6(b)", "all agencies"), ("6(c)", "all agencies")]


@pytest.mark.parametrize("verb", ["shall", "each shall"])
def test_a_short_form_for_two_officials_is_each_of_them(verb: str) -> None:
    interior, agriculture = "Secretary of the Interior", "Secretary of Agriculture"
    assert rows(
        "Sec. 2. (a) The Secretary of the Interior and the Secretary of Agriculture (the "
        f"Secretaries) {verb} develop goals.\n\n(b) The Secretaries shall:\n\n"
        "(i) identify lands at risk;\n\n(ii) examine the costs of treatment."
    ) == [
        ("2(a)", interior),
        ("2(a)", agriculture),
        ("2(b)(i)", interior),
        ("2(b)(i)", agriculture),
        ("2(b)(ii)", interior),
        ("2(b)(ii)", agriculture),
    ]


def test_a_short_form_after_a_pair_of_names_is_the_name_it_begins() -> None:
    # "(Secretary)" after "the President and the Secretary of Education" is the Secretary
    assert rows(
        "Sec. 2. (b) The Panel shall advise the President and the Secretary of Education "
        "(Secretary) on the policy.\n\nSec. 3. The Secretary shall designate a Chair."
    )[-1] == ("3", "Secretary of Education")


def test_a_name_with_a_slash_keeps_its_first_part() -> None:
    assert rows(
        "Sec. 3. There is established an NS/EP Harbor Executive Committee (Executive "
        "Committee).\n\nSec. 4. The Executive Committee shall advise the President."
    ) == [("4", "NS/EP Harbor Executive Committee")]


def test_an_acronym_defined_after_an_office_names_the_officer_it_spells() -> None:
    # "(DNI)" after "the Office of the Director of National Intelligence" spells the
    # Director; "(OPM)" after "the Director of the Office of Personnel Management" spells
    # the Office ("OPM shall" is the Office, as blind set 10 reads it)
    assert rows(
        "Sec. 2. The Office of the Director of National Intelligence (DNI) and the Director "
        "of the Office of Personnel Management (OPM) are members.\n\nSec. 3. The DNI may "
        "issue guidance.\n\nSec. 4. OPM shall issue regulations."
    ) == [
        ("3", "Director of National Intelligence"),
        ("4", "Office of Personnel Management"),
    ]


def test_a_list_item_whose_second_sentence_has_its_own_subject_is_still_an_item() -> None:
    actor = "Secretary of Homeland Security"
    assert rows(
        "Sec. 5. The Secretary of Homeland Security shall:\n\n"
        "(a) maintain a harbor center;\n\n"
        "(b) serve as the Federal lead for harbor restoration. If conflicts cannot be "
        "resolved, the Secretary of Defense shall refer them to the President."
    ) == [("5(a)", actor), ("5(b)", actor), ("5(b)", "Secretary of Defense")]


def test_an_office_headed_by_a_director_is_a_grant_to_its_director() -> None:
    assert rows(
        "Sec. 3. (a) There is established in the Department of State the Harbor Support "
        "Office (HSO).\n\n(d) The HSO shall be headed by a Director selected by the "
        "Secretary of State."
    ) == [("3(d)", "Director of the Harbor Support Office")]


def test_a_staff_headed_by_a_title_the_table_lacks_is_a_grant_to_that_official() -> None:
    assert rows(
        "Sec. 4. (b) The Harbor Office shall have a staff to be headed by the Assistant to "
        "the President for Harbor Initiatives."
    ) == [("4(b)", "Assistant to the President for Harbor Initiatives")]


def test_a_body_set_up_with_there_shall_be_owns_a_long_which_clause() -> None:
    council = "Harbor Service Council"
    assert rows(
        "Sec. 3. Council. (a) There shall be a Harbor Service Council (Council) chaired by "
        "the President and composed of heads of departments, agencies, and offices, which "
        "shall have the following functions:\n\n  (i) serving as a forum for Federal "
        "officials;\n\n  (ii) advising the President."
    ) == [("3(a)(i)", council), ("3(a)(ii)", council)]
    # a passive "which shall be convened by" is never the body's own duty: its agent's
    assert rows(
        "Sec. 2. (e) There shall be an Interagency Harbor Group, which shall be convened by "
        "the Executive Director of the Initiative. The Group shall meet monthly."
    ) == [("2(e)", "Executive Director of the Initiative"), ("2(e)", "Interagency Harbor Group")]
    # … nor is a "which" that follows another actor named after the body
    assert rows(
        "Sec. 3. There shall be a Harbor Council (Council) in the Department of Energy, which "
        "shall provide the Council with administrative support. The Council shall meet."
    ) == [("3", "Department of Energy"), ("3", "Harbor Council")]  # the nearest antecedent


def test_a_body_in_support_of_another_is_still_the_subject() -> None:
    assert rows(
        "Sec. 3. (c) The Harbor Council, in support of the Deputies Committee, shall review "
        "the plans.\n\nSec. 4. The Secretary of State, with the support of the Attorney "
        "General, shall lead the effort."
    ) == [("3(c)", "Harbor Council"), ("4", "Secretary of State")]


def test_a_body_there_shall_be_with_its_short_name_owns_a_that_clause() -> None:
    assert rows(
        "Sec. 3. (a) There shall be a Harbor Response Group (HRG) that shall meet monthly."
    ) == [("3(a)", "Harbor Response Group")]


def test_the_heads_who_are_a_councils_members_hold_no_duty_thereby() -> None:
    assert rows(
        "Sec. 3. (b) The members of the Harbor Council shall be the heads of the executive "
        "departments listed below.\n\n(d) The Honorary Co-Chair shall be a full-time or "
        "permanent part-time employee of the Federal Government.\n\n(e) The Harbor "
        "Council shall meet monthly."
    ) == [("3(e)", "Harbor Council")]


def test_an_office_whose_name_holds_an_acronym_keeps_its_name() -> None:
    # "USA" is part of the name: only an abbreviation of the table's name is written out
    assert rows(
        "Sec. 4. The USA Freedom Corps Office shall support the President. The Director of "
        "OMB shall provide funding."
    ) == [
        ("4", "USA Freedom Corps Office"),
        ("4", "Director of the Office of Management and Budget"),
    ]


def test_a_lower_case_term_defined_as_an_office_is_an_actor() -> None:
    assert rows(
        "Sec. 1. Litigation. Litigation counsel shall notify the disputants.\n\n"
        'Sec. 6. Definitions. (b) The term "litigation counsel" shall be defined as the '
        "trial counsel or the office in which such trial counsel is employed.\n\n"
        '(c) The term "agency" shall be defined as any authority of the Office of '
        "Management and Budget."
    ) == [("1", "litigation counsel")]


def test_departments_named_together_are_each_an_actor_across_a_line_break() -> None:
    assert rows(
        "Sec. 4. (a) The Departments of\n    Defense, the Interior, and Agriculture, the "
        "Environmental Protection Agency, and any other agencies as recommended by the "
        "Council established in section 6 of this order, shall work together."
    ) == [
        ("4(a)", "Department of Defense"),
        ("4(a)", "Department of the Interior"),
        ("4(a)", "Department of Agriculture"),
        ("4(a)", "Environmental Protection Agency"),
    ]


def test_the_heads_of_agencies_named_together_are_each_agencys_head() -> None:
    assert rows(
        "Sec. 3. The heads of the\n    Departments of Defense and the Interior, the "
        "Environmental Protection Agency, the Army Corps of Engineers, and the Department "
        "of Justice shall report to the Chair."
    ) == [
        ("3", "Secretary of Defense"),
        ("3", "Secretary of the Interior"),
        ("3", "Administrator of the Environmental Protection Agency"),
        ("3", "head of the United States Army Corps of Engineers"),
        ("3", "Attorney General"),
    ]


def test_secretaries_named_together_across_a_line_break_are_each_an_actor() -> None:
    assert rows(
        "Sec. 4. The Secretaries of the Army, the Navy, and\n    the Air Force shall report."
    ) == [
        ("4", "Secretary of the Army"),
        ("4", "Secretary of the Navy"),
        ("4", "Secretary of the Air Force"),
    ]


def test_a_passive_after_each_names_no_duty_of_the_subject() -> None:
    assert rows(
        "Sec. 5. (a) The Departments of State, Defense, and Justice shall each be "
        "represented by a senior-level representative.\n\n(b) The Department of State "
        "shall chair the meetings."
    ) == [("5(b)", "Department of State")]


def test_a_lead_in_that_works_with_others_to_do_a_list_hands_each_item_its_modal() -> None:
    council = "Harbor Council"
    assert rows(
        "Sec. 6. (a) There is established a Harbor Council.\n\n(e) The Council shall work "
        "across agencies and offices, and in partnership with State governments (as well as "
        "the Task Force), and the private sector to:\n\n(i) develop priorities;\n\n(ii) "
        "support regional action; and\n\n(iii) such other functions as may be decided by "
        "the Co-Chairs."
    ) == [("6(e)(i)", council), ("6(e)(ii)", council), ("6(e)(iii)", council)]
    # "including but not limited to:" lists partners, not duties
    assert rows(
        "Sec. 4. The Office shall work closely with all relevant agencies, including but not "
        "limited to:\n\n(a) the Department of the Treasury; and\n\n(b) the Department of "
        "Justice."
    ) == [("4", "Office")]


def test_an_item_whose_modal_is_in_an_as_clause_is_still_the_lead_ins() -> None:
    assert rows(
        "Sec. 2. The Task Force shall:\n\n(g) engage in consultation;\n\n(h) address such "
        "other matters as the President may determine;\n\n(i) perform such other functions "
        "as the Secretary of State (Secretary) may assign."
    ) == [("2(g)", "Task Force"), ("2(h)", "Task Force"), ("2(i)", "Task Force")]


def test_agencies_an_order_defines_in_lower_case_are_the_agencies_it_names() -> None:
    full = "executive departments and agencies"
    assert rows(
        "Sec. 3. Executive departments and agencies (agencies) shall take appropriate "
        "action. Agencies shall modify existing authorizations."
    ) == [("3", full), ("3", full)]
    # the agencies, not the heads nor a qualifier the definition was printed with
    assert rows(
        "Sec. 1. (xiv) The heads of such other executive departments and agencies (agencies) "
        "as the President may designate.\n\nSec. 7. Agencies shall provide support."
    ) == [("7", full)]
    heads = "heads of executive departments and agencies"
    assert rows(
        "Sec. 1. The heads of executive departments and agencies (agency heads) are "
        "accountable.\n\nSec. 2. Each agency head shall use the Framework. Agency heads "
        "shall supply information."
    ) == [("2", heads), ("2", heads)]


def test_an_including_aside_names_some_of_the_subject_never_the_subject() -> None:
    assert rows(
        "Sec. 2. (a) There is established the Harbor Theft Task Force (Task Force).\n\n(d) A "
        "member of the Task Force, including the Chairman and Co-Chairman, may designate any "
        "person."
    ) == [("2(d)", "Member of the Harbor Theft Task Force")]


def test_a_whose_clause_closed_by_a_comma_still_narrows_its_agencies() -> None:
    assert rows(
        "Sec. 3. In furtherance of section 2, Federal agencies whose actions affect U.S. "
        "harbors, shall, subject to the availability of appropriations, provide for "
        "monitoring."
    ) == [("3", "Federal agencies whose actions affect U.S. harbors")]
    # … but not inside a consultation aside: the Archivist consults those agencies
    assert rows(
        "Sec. 3. The Archivist of the United States, in conjunction with the agencies that "
        "originate classified information, shall establish a database."
    ) == [("3", "Archivist of the United States")]


def test_a_bare_noun_is_not_an_acts_committee_nor_a_tabled_body() -> None:
    # "Federal Advisory Committee Act" names an Act; the Domestic Policy Council is
    # another body of the table: neither is "the Committee" or "the Council"
    assert rows(
        "Sec. 1. The Committee established by Executive Order 13000 shall report to the "
        "President.\n\nSec. 2. Insofar as the Federal Advisory Committee Act may apply to "
        "the Committee, the Secretary of Commerce shall perform the functions."
    ) == [("1", "Committee"), ("2", "Secretary of Commerce")]
    assert rows(
        "Sec. 1. The Council established by Executive Order 13000 shall consult the Domestic "
        "Policy Council on the plan."
    ) == [("1", "Council")]
    # a list after a body's complement starts new names: ", the Secretary of State"
    assert rows(
        "Sec. 1. The Secretary shall consult the Harbor Task Force on Ports, the Secretary of "
        "State, and the Attorney General.\n\nSec. 2. The Task Force shall report."
    )[-1] == ("2", "Harbor Task Force on Ports")


def test_the_heads_of_departments_as_an_object_are_no_subject() -> None:
    assert rows(
        "Sec. 3. The Secretary of State shall report to the heads of the Departments of "
        "Defense and Energy, and the Attorney General shall review the report."
    ) == [("3", "Secretary of State"), ("3", "Attorney General")]


def test_a_whose_clause_ends_before_a_joining_and() -> None:
    assert rows(
        "Sec. 2. The Secretary of State shall consult agencies whose programs affect the "
        "harbors and shall report."
    ) == [("2", "Secretary of State")]
    # the modal right after "whose" and its noun is the clause's own verb
    assert rows(
        "Sec. 2. The heads of agencies whose chief information officers may approve systems "
        "shall report.\n\nSec. 3. The Secretary of State shall notify each agency whose "
        "actions may affect the harbors."
    ) == [
        ("2", "heads of agencies whose chief information officers may approve systems"),
        ("3", "Secretary of State"),
    ]


def test_the_head_of_an_agency_the_table_names_no_head_for_is_said_so() -> None:
    assert rows(
        "Sec. 3. The heads of the Environmental Protection Agency, the Executive Office of "
        "the President, and other executive departments and agencies shall report."
    ) == [
        ("3", "Administrator of the Environmental Protection Agency"),
        ("3", "head of the Executive Office of the President"),
        ("3", "heads of other executive departments and agencies"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "shall work closely with, and provide technical assistance to:",
        "shall coordinate its activities with, and report to:",
        "shall work with entities similar to:",
        "shall work with other agencies pursuant to:",
    ],
)
def test_a_work_with_lead_in_whose_items_are_parties_is_one_grant(lead: str) -> None:
    assert rows(
        f"Sec. 4. The Harbor Office {lead}\n\n(a) State governments;\n\n(b) local "
        "governments; and\n\n(c) tribal governments."
    ) == [("4", "Harbor Office")]


@pytest.mark.parametrize("verb", ["collaborate", "cooperate", "coordinate", "partner"])
def test_a_lead_in_that_collaborates_to_do_a_list_hands_each_item_its_modal(verb: str) -> None:
    assert rows(
        f"Sec. 4. The Harbor Office shall {verb} with the States to:\n\n(a) develop "
        "priorities; and\n\n(b) support regional action."
    ) == [("4(a)", "Harbor Office"), ("4(b)", "Harbor Office")]


def test_a_term_that_is_defined_as_an_office_and_a_support_that_is_consulted() -> None:
    assert rows(
        'Sec. 1. Claims counsel shall settle claims.\n\nSec. 2. The term "claims counsel" '
        "is defined as the trial counsel who handles a claim.\n\nSec. 3. The Secretary of "
        "State, with support from the Attorney General, shall review the claims."
    ) == [("1", "claims counsel"), ("3", "Secretary of State")]


def test_a_name_that_ends_a_longer_printed_name_is_the_same_body() -> None:
    assert rows(
        "Sec. 2. There is established in the White House the White House Millennium "
        "Council.\n\nSec. 3. The Millennium Council shall recognize projects. The Council "
        "shall report."
    )[-1] == ("3", "White House Millennium Council")


def test_an_officers_short_form_printed_inside_the_title_stands_for_the_whole_title() -> None:
    coo = "Chief Operating Officer of the Harbor Traffic System"
    assert rows(
        "Sec. 1. (c) The Chief Operating Officer (COO) of the Harbor Traffic System shall head "
        "the office. The COO shall develop a plan."
    ) == [("1(c)", coo), ("1(c)", coo)]


def test_an_organization_given_a_short_form_is_an_actor() -> None:
    assert rows(
        "Sec. 1. The Secretary of Transportation shall establish an organization to be known as "
        'the "Harbor Traffic Organization" (HTO).\n\nSec. 2. The HTO shall:\n\n(a) develop '
        "methods;\n\n(b) consult with its customers."
    )[1:] == [("2(a)", "Harbor Traffic Organization"), ("2(b)", "Harbor Traffic Organization")]


def test_a_body_named_with_a_generic_two_word_noun_keeps_its_name() -> None:
    assert rows(
        "Sec. 3. The Harbor Control Subcommittee of the Harbor Management Advisory Committee "
        "shall provide oversight.\n\nSec. 4. This Task Force shall meet. Not later than 5 "
        "years after the date of this order, the Harbor Management Advisory Committee shall "
        "report."
    ) == [
        ("3", "Harbor Control Subcommittee of the Harbor Management Advisory Committee"),
        ("4", "Task Force"),
        ("4", "Harbor Management Advisory Committee"),
    ]


def test_a_body_named_right_before_a_which_clause_is_its_subject() -> None:
    got = rows(
        "Sec. 8. (b) The Secretary of State shall report regularly to the Harbor Board, which "
        "shall ensure that the committees are coordinated."
    )
    assert got == [("8(b)", "Secretary of State"), ("8(b)", "Harbor Board")]
    # a report's contents describe what came before: no grant; a passive with its agent is
    # the agent's (the conventions exclude only passives without one; stop 32)
    assert rows(
        "Sec. 3. The Secretary of State shall submit a report to the Harbor Board, which may "
        "include recommendations. The Secretary of Energy shall report to the Harbor Board, "
        "which shall be chaired by the Attorney General."
    ) == [("3", "Secretary of State"), ("3", "Secretary of Energy"), ("3", "Attorney General")]
