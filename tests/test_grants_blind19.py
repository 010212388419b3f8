"""Grants: classes of miss that blind set 19 and paragraph sample 8 showed once read,
each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_is_directed_to_colon_leads_its_items() -> None:
    # "is directed to:" then "(a) recognize …": one duty per item, not one "to" duty
    grants = order(
        "Sec. 3. Directives to the Secretary. To the extent consistent with existing law, "
        "the Secretary of the Interior, in carrying out his stewardship responsibilities, "
        "is directed to:\n(a) recognize hunting as a priority public use of the Refuge "
        "System;\n(b) provide expanded opportunities for that use; and\n(c) identify "
        "existing uses of new refuge lands that shall be permitted to continue.\n\n"
        "Sec. 4. Exports. The Secretary of Commerce is authorized to: (a) obtain warrants; "
        "and (b) suspend export privileges."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        (
            "3(a)",
            "Secretary of the Interior",
            "recognize hunting as a priority public use of the Refuge System",
        ),
        ("3(b)", "Secretary of the Interior", "provide expanded opportunities for that use"),
        (
            "3(c)",
            "Secretary of the Interior",
            "identify existing uses of new refuge lands that shall be permitted to continue",
        ),
        ("4", "Secretary of Commerce", "obtain warrants"),
        ("4", "Secretary of Commerce", "suspend export privileges"),
    ]


def test_responsible_for_colon_with_gerund_items_leads_them() -> None:
    grants = order(
        "Sec. 302. Senior Official. Each senior agency official designated by an agency "
        "shall be responsible for:\n(a) preparing an agency strategy for meeting the goals "
        "of this order;\n(b) submitting the agency strategy to the Department of Energy."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        (
            "302(a)",
            "senior agency official",
            "preparing an agency strategy for meeting the goals of this order",
        ),
        (
            "302(b)",
            "senior agency official",
            "submitting the agency strategy to the Department of Energy",
        ),
    ]


def test_an_agency_is_an_actor() -> None:
    # "An agency shall not …" binds every agency (written without its article, as most
    # labelled sets write it: tests/test_grants_indefinite_group.py); "an agency head" is
    # still the table's "agency head", the article no part of the name
    assert rows(
        "Sec. 2. Earmarks. (a) An agency shall not consider the views of a committee of "
        "the Congress unless such views are in writing.\n\n(b) In accordance with this "
        "order, an agency head or senior agency official shall establish procedures for "
        "challenges."
    ) == [("2(a)", "agency"), ("2(b)", "agency head"), ("2(b)", "senior agency official")]


def test_an_authority_named_with_a_short_form_is_an_actor() -> None:
    # 'shall be the United States National Authority (the "USNA")': "The USNA shall" is
    # that Authority's duty, as a Board's or an Office's would be
    assert rows(
        "Section 1. The Department of State shall be the United States National Authority "
        '(the "USNA") for purposes of the Act.\n\nSec. 2. The USNA shall coordinate the '
        "implementation of the Act.\n\nSec. 7. The USNA, in coordination with the "
        "interagency group, is authorized to determine whether disclosure is in the "
        "national interest."
    ) == [
        ("1", "Department of State"),
        ("2", "United States National Authority"),
        ("7", "United States National Authority"),
    ]


def test_a_body_that_narrows_a_group_is_written_out() -> None:
    # "agencies represented on the Task Force": the Task Force the order names in full
    assert rows(
        "Section 1. There is established the Interagency Task Force on the Harbor Economy "
        '(the "Task Force").\n\nSec. 2. The agencies represented on the Task Force shall '
        "report their progress to the Chair. Other agencies participating in the Task Force "
        "shall provide support."
    ) == [
        ("2", "agencies represented on the Interagency Task Force on the Harbor Economy"),
        ("2", "other agencies participating in the Interagency Task Force on the Harbor Economy"),
    ]


def test_executive_printed_with_a_capital_is_the_table_s_group() -> None:
    assert rows(
        "1-102. The head of each Executive department and agency shall extend the policy "
        "to all its employees.\n\n1-103. Each Executive department and agency shall report."
    ) == [
        ("1-102", "head of each executive department and agency"),
        ("1-103", "each executive department and agency"),
    ]


def test_asides_of_time_and_definition_between_actor_and_verb() -> None:
    # "prior to …", "when …", "as defined in …" stand between an actor and its verb
    assert rows(
        "Sec. 2. Awards. (a) A contracting officer, prior to making an award, shall give "
        "the offeror an opportunity to respond.\n\n(b) The Secretary of State and the "
        "Secretary of Defense, when entering agreements with host nations, shall consider "
        "work options for spouses.\n\n(c) The Secretary of Labor, as defined in section 3 "
        "of this order, shall advise the contracting officer."
    ) == [
        ("2(a)", "contracting officer"),
        ("2(b)", "Secretary of State"),
        ("2(b)", "Secretary of Defense"),
        ("2(c)", "Secretary of Labor"),
    ]


def test_a_department_or_agency_a_word_narrows() -> None:
    assert rows(
        "Sec. 6. Cooperation. Each contracting department or agency shall cooperate with "
        "the Council and provide such information as the Council may require."
    ) == [("6", "each contracting department or agency")]


def test_an_agencies_short_form_before_what_narrows_them() -> None:
    # "(agency) responsible for …" narrows the agencies; another short form "(LEAs)" then
    # a relative clause with its own "may" names no actor
    assert rows(
        "Sec. 1. Policy. When making investment decisions, each executive department and "
        "agency (agency) responsible for implementing this order shall seek to enhance "
        "resilience.\n\nSec. 2. Guidance. The Attorney General shall issue guidance to "
        "State and local law enforcement agencies (LEAs) regarding best practices for "
        "investigations of deaths in custody that may involve conduct by prison personnel."
    ) == [
        ("1", "each executive department and agency responsible for implementing this order"),
        ("2", "Attorney General"),
    ]


def test_to_the_maximum_extent_practicable_without_commas_is_no_part_of_the_action() -> None:
    grants = order(
        "Sec. 2. Projects. For projects on the list, agencies shall to the maximum extent "
        "practicable expedite their reviews for relevant permits."
    ).grants
    assert [g.action for g in grants] == ["expedite their reviews for relevant permits."]


def test_a_body_s_name_and_rotating_chair_are_no_duties() -> None:
    assert rows(
        "Section 1. The Council established by Executive Order 12992 shall henceforth be "
        'called the "Harbor Policy Council."\n\n1-102. The agencies are directed to '
        'establish a Federal Interagency Partnership on the Harbor Ecosystem ("Partnership"). '
        "The Partnership shall be chaired by the Secretary of Agriculture for the first "
        "year. The Chair shall thereafter be rotated among the members on an annual basis.\n\n"
        "3-301. The Chair of the Partnership shall advise the President on the "
        "implementation of this order."
    ) == [
        ("1-102", "agencies"),
        ("1-102", "Secretary of Agriculture"),
        ("3-301", "Chair of the Federal Interagency Partnership on the Harbor Ecosystem"),
    ]


def test_a_short_form_after_two_names_joined_is_the_one_its_word_is_in() -> None:
    # "(Board)" after "the Secretary of the Treasury and the ITDS Board of Directors" is
    # the Board, its acronym written out as the order defines it; "(Secretary)" after
    # "advice to the President and to the Secretary of Education" is that Secretary
    assert rows(
        "Section 1. Policy. We must complete the International Trade Data System (ITDS).\n\n"
        "Sec. 3. (b) The Secretary of Homeland Security shall report to the Secretary of "
        "the Treasury and the ITDS Board of Directors (Board) on its progress.\n\n"
        "(c) The Board shall assist the Secretary of the Treasury.\n\nSec. 4. The Harbor "
        "Council shall provide advice to the President and to the Secretary of Education "
        "(Secretary) on the plans.\n\nSec. 5. The Secretary shall review the plans. Each "
        "agency identified by the Secretary shall submit a plan."
    ) == [
        ("3(b)", "Secretary of Homeland Security"),
        ("3(c)", "International Trade Data System Board of Directors"),
        ("4", "Harbor Council"),
        ("5", "Secretary of Education"),
        ("5", "each agency identified by the Secretary of Education"),
    ]


def test_a_participle_that_says_which_agent_is_the_agent_s() -> None:
    # samples 6 and 9: the FACA continuance clause, its agent narrowed by a participle,
    # its subject behind an introduction with a citation's comma
    grants = order(
        "Sec. 2. Notwithstanding the provisions of any other Executive order, the "
        "functions of the President under chapter 10 of title 5, United States Code, that "
        "are applicable to the committees listed in section 1 of this order shall be "
        "performed by the head of the department or agency designated after each "
        "committee, in accordance with the guidelines established by the Administrator of "
        "General Services."
    ).grants
    assert [(g.actor, g.action) for g in grants] == [
        (
            "head of the department or agency designated after each committee listed in section 1",
            "perform the functions of the President under chapter 10 of title 5, United "
            "States Code, that are applicable to the committees listed in section 1 of this "
            "order, in accordance with the guidelines established by the Administrator of "
            "General Services",
        )
    ]
