"""Grants: classes of miss seen on the thirteenth blind set, each pinned by a short order
we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_word_that_narrows_a_group_of_agencies_stays_in_the_actor() -> None:
    # a participle or "Federal" before the table's bare "agencies" says which agencies
    assert rows(
        "Sec. 3. Harbor Handbook. Federal agencies shall together develop a process for "
        "harbor disputes. In addition, participating agencies shall coordinate preparation "
        "of a harbor handbook.\n\nSec. 4. Harbor Contracts. Contracting departments and "
        "agencies shall include the harbor clause in every contract. Concerned Federal "
        "departments and agencies may attend the meetings of the Harbor Board."
    ) == [
        ("3", "Federal agencies"),
        ("3", "participating agencies"),
        ("4", "contracting departments and agencies"),
        ("4", "concerned Federal departments and agencies"),
    ]
    # "Each of the …": the agencies are the subject, not an object of "of"
    assert rows(
        "Sec. 1. Harbor Task Force. The Chair of the Task Force shall be the Secretary of "
        "Commerce. Each of the Federal departments and agencies, as appropriate, shall "
        "designate one staff person to work on harbor issues. Each of the departments and "
        "agencies shall report on its harbors."
    ) == [
        ("1", "Secretary of Commerce"),
        ("1", "each of the Federal departments and agencies"),
        ("1", "each of the departments and agencies"),
    ]
    # a joint actor before the narrowed group still counts; "following" narrows nothing;
    # agencies after a preposition are an object, narrowed or not
    assert rows(
        "Sec. 2. Harbor Reports. The Secretary of Commerce and member agencies shall meet "
        "monthly. The following agencies shall report on their harbors: the Department of "
        "Energy and the Department of the Interior. The report shall go to participating "
        "agencies, and the Secretary of Energy shall publish it."
    ) == [
        ("2", "Secretary of Commerce"),
        ("2", "member agencies"),
        ("2", "agencies"),
        ("2", "Secretary of Energy"),
    ]


def test_one_agency_a_word_says_which_of_is_an_actor() -> None:
    # the table names no bare "agency": the word before it says which one acts
    assert rows(
        "Sec. 5. Harbor Rules. (a) The issuing agency shall provide the harbor analysis to "
        "the Secretary of Commerce.\n\n(b) Each participating agency shall designate a "
        "harbor official. The head of each covered agency shall report on its harbors."
    ) == [
        ("5(a)", "issuing agency"),
        ("5(b)", "each participating agency"),
        ("5(b)", "head of each covered agency"),
    ]
    # after a preposition it is an object; a bare "the agency" is none of these
    assert (
        rows(
            "Sec. 6. Each member of the participating agency shall attend. The report of the "
            "issuing agency shall be published. The agency shall publish the harbor fees."
        )
        == []
    )


def test_a_bare_title_never_stands_for_the_official_its_sentence_consults() -> None:
    # quoted amendatory text: the section names no other Secretary, so the title stays
    # unresolved rather than taking the Secretary consulted
    grants = order(
        "Sec. 1. Executive Order 12163 is amended by adding at the end thereof the following "
        'new paragraph:\n\n"(16) the Harbor Act of 2003, which the Secretary shall perform, '
        "in the case of section 304, after consultation with the Secretary of Health and "
        'Human Services.".'
    ).grants
    assert [(g.actor, g.resolved, g.quoted) for g in grants] == [("Secretary", False, True)]
    # the consulted official is passed over for the office of that title named before
    assert rows(
        "Sec. 2. Harbor Reviews. The Secretary of State shall review the harbor treaties. "
        "In consultation with the Secretary of Defense, the Secretary shall report on them."
    ) == [("2", "Secretary of State"), ("2", "Secretary of State")]
    # an official named in another sentence is not consulted by this one
    assert rows(
        "Sec. 3. Harbor Reviews. The Secretary shall review the harbor treaties. The Harbor "
        "Board shall act in consultation with the Secretary of Energy."
    ) == [("3", "Secretary of Energy"), ("3", "Harbor Board")]


def test_an_officer_of_a_body_named_longer_than_the_table_keeps_the_printed_title() -> None:
    # the table names the Council on Environmental Quality and its Chair; the order prints
    # the Council's longer name and defines its acronym after the Chairman
    assert rows(
        "Sec. 2. Harbor Projects. Upon request by the head of any agency, the Chairman of the "
        "White House Council on Environmental Quality (CEQ) shall, within 30 days after a "
        "request is made, decide whether a harbor project is a priority.\n\nSec. 3. "
        "Deadlines. The Chairman of the CEQ shall coordinate with the head of the relevant "
        "agency. The CEQ shall publish the deadlines."
    ) == [
        ("2", "Chairman of the White House Council on Environmental Quality"),
        ("3", "Chairman of the White House Council on Environmental Quality"),
        ("3", "White House Council on Environmental Quality"),
    ]
    # a body's officer named with the table's own name keeps the printed title, written out
    assert rows(
        "Sec. 2. The Chairman of the Council on Environmental Quality (CEQ) shall review the "
        "harbor plans. The Chairman of the CEQ shall report on them."
    ) == [
        ("2", "Chairman of the Council on Environmental Quality"),
        ("2", "Chairman of the Council on Environmental Quality"),
    ]
    # an acronym after a list that ends with the body names the body, not the list
    assert rows(
        "Sec. 4. The Secretary of Homeland Security and the Director of the Centers for "
        "Disease Control and Prevention (CDC) shall review the harbor quarantine. The "
        "Director of CDC shall report."
    ) == [
        ("4", "Secretary of Homeland Security"),
        ("4", "Director of the Centers for Disease Control and Prevention"),
        ("4", "Director of the Centers for Disease Control and Prevention"),
    ]


def test_the_object_of_a_modal_verb_is_no_joint_actor_of_the_next_verb() -> None:
    # "shall chair the Council, and the head of each agency shall": the Council is chaired
    assert rows(
        "Sec. 3. Harbor Census. (b) The Director of the Census Bureau shall chair the Council, "
        "and the head of each agency shall designate a representative to the Council."
    ) == [("3(b)", "Director of the Census Bureau"), ("3(b)", "head of each agency")]
    # joint actors after a clause of their own stay joint
    assert rows(
        "Sec. 3. The Secretary of Energy shall report, and the Secretary of State and the "
        "Attorney General shall review the harbor plans."
    ) == [
        ("3", "Secretary of Energy"),
        ("3", "Secretary of State"),
        ("3", "Attorney General"),
    ]


def test_a_lower_case_working_group_or_task_force_an_order_sets_up_acts() -> None:
    # "establish a working group", then "The working group shall …": the body's duties
    assert rows(
        "Sec. 5. Harbor Laws. (a) The Attorney General shall establish a working group "
        "regarding the enforcement of State harbor statutes. The working group shall also "
        "develop model legislation. The working group shall invite State Attorneys General "
        "for discussion.\n\n(b) Complaints will be shared with the working group. The "
        "working group shall also collect publicly available information regarding the "
        "following:\n\n(i) harbor closures; and\n\n(ii) harbor fees.\n\nSec. 6. Harbor "
        "Exports. The Secretary of Commerce shall establish an interagency task force on "
        "harbor exports. The task force shall facilitate exports by small businesses."
    ) == [
        ("5(a)", "Attorney General"),
        ("5(a)", "working group"),
        ("5(a)", "working group"),
        ("5(b)", "working group"),
        ("6", "Secretary of Commerce"),
        ("6", "task force"),
    ]
    # who a working group is open to, and the staff it includes, are its membership
    assert rows(
        "Sec. 7. Harbor Data. The Secretary of Commerce shall establish a working group for "
        "each harbor. Each working group shall be open to all agencies. The working group "
        "shall include both career and noncareer civil service staff. The working group "
        "shall advise the Secretary of Commerce on harbor data."
    ) == [("7", "Secretary of Commerce"), ("7", "working group")]


def test_will_directs_only_in_a_section_whose_heading_names_duties() -> None:
    # the heading names the agencies' duties: "will" is what they are to do
    assert rows(
        "Section 1. Federal Agency Duties. Federal agencies will, to the extent permitted by "
        "law, protect and promote harbors.\n\nSec. 2. Functions. (a) The Harbor Council will "
        "meet twice a year.\n\n(b) The Harbor Council will advise the Secretary of Commerce."
    ) == [
        ("1", "Federal agencies"),
        ("2(a)", "Harbor Council"),
        ("2(b)", "Harbor Council"),
    ]
    # elsewhere "will" predicts or describes; under a duty heading, not in a clause of its
    # own, nor for an actor the heading does not name
    assert rows(
        "Sec. 1. Harbor Roles. The National Science Foundation will play a central role in "
        "harbor research.\n\nSec. 2. Functions. The Harbor Council shall adopt a method that "
        "the Secretary of Commerce will use to track harbor fees. While the Harbor Council "
        "will review the fees, it shall not set them.\n\nSec. 3. Responsibilities of the "
        "Secretary of Commerce. The Secretary of Commerce will publish the harbor fees. The "
        "Secretary of Energy will review them."
    ) == [("2", "Harbor Council"), ("3", "Secretary of Commerce")]  # "it" after "While …,"
    # is not read: it may be anything the clause before names
    # who an official is, not a duty
    assert (
        rows(
            "Sec. 4. Functions. The Director of the Harbor Office will continue to be the senior "
            "harbor official in the executive branch."
        )
        == []
    )
