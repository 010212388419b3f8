"""Grants: classes of miss that whole-order set 29 showed once read (after its first blind
score at 086e3de), each pinned by a short order we wrote; every test fails if its rule
breaks."""

from __future__ import annotations

from .grant_cases import order, rows

BOARD = (
    "Sec. 3. Establishment. There is established the President's Harbor Protection Board "
    "(Board). The Board shall be led by a Chair designated by the President.\n\n"
)


def test_a_title_then_a_comma_then_its_agency_is_one_office() -> None:
    # EO 13780 3(c); EO 13191 (samples 19 and 20): "the Commissioner, U.S. Customs and
    # Border Protection" was read as the agency, and the short form "(Commissioner)" with it
    assert rows(
        "Sec. 3. Waivers. The Commissioner, U.S. Customs and Border Protection (CBP), may "
        "permit entry."
    ) == [("3", "Commissioner of U.S. Customs and Border Protection")]
    assert rows(
        "Sec. 2. Actions. The Committee, after consultation with the Commissioner, United "
        "States Customs Service (Commissioner), is authorized to act. The Commissioner shall "
        "take such actions as the Committee directs."
    ) == [("2", "Committee"), ("2", "Commissioner of the United States Customs Service")]


def test_a_title_before_a_list_of_agencies_is_no_office_of_theirs() -> None:
    # "the Secretary, the National Security Agency, …" is a list (EO 13636 7(b))
    assert rows(
        "Sec. 7. Review. The Secretary of Commerce shall consult with the Secretary, the "
        "National Security Agency, and other agencies."
    ) == [("7", "Secretary of Commerce")]


def test_a_delegation_to_a_bare_title_of_a_body() -> None:
    # EO 13231 sec. 13: "I hereby delegate to the Chair the authority …" gave no grant
    assert rows(
        BOARD + "Sec. 13. Classification. I hereby delegate to the Chair the authority to "
        "classify information originally as Top Secret."
    ) == [
        ("3", "Chair of the President's Harbor Protection Board"),
        ("13", "Chair of the President's Harbor Protection Board"),
    ]


def test_a_body_named_only_by_its_short_form_is_not_the_chairs() -> None:
    # EO 13231 7(a): "the responsibilities of the National Security Council (NSC) …, the
    # Chair shall report": the short form in parentheses made the Council the body under
    # discussion, and the Chair its chair
    assert rows(
        BOARD + "Sec. 7. Chair. To ensure coordination between the responsibilities of the "
        "National Security Council (NSC) and the Office of Homeland Security, the Chair shall "
        "report to the Assistant to the President for National Security Affairs."
    )[-1] == ("7", "Chair of the President's Harbor Protection Board")


def test_an_item_with_a_heading_then_an_opening_clause() -> None:
    # EO 13231 5(a): "(a) Outreach … . In consultation with …, coordinate …" over items of its
    # own was lost (its words ran on into the item below, which has a subject of its own);
    # each item's duty is its words after the heading
    body = (
        "Sec. 5. Board Responsibilities. The Board shall:\n"
        "(a) Outreach to the Private Sector. In consultation with affected agencies, "
        "coordinate outreach to the private sector.\n"
        "(i) The Board shall work in coordination with the Office of Science and Technology "
        "Policy.\n"
        "(b) Information Sharing. Work with industry to improve information sharing."
    )
    grants = [g for g in order(BOARD + body).grants if g.where.startswith("5")]
    assert [(g.where, g.action) for g in grants] == [
        (
            "5(a)",
            "In consultation with affected agencies, coordinate outreach to the private sector",
        ),
        ("5(a)(i)", "work in coordination with the Office of Science and Technology Policy."),
        ("5(b)", "Work with industry to improve information sharing"),
    ]


def test_it_after_an_opening_to_the_extent_clause() -> None:
    # paragraph sample 21 row 8 (EO 13677 4(b)(i)(B)): "To the extent the Working Group
    # identifies needs …, it shall work with …": the body the opening clause names
    assert rows(
        "Sec. 4. Working Group. (a) There is established a Working Group on Harbor "
        "Resilience (Working Group).\n\n(b) The Working Group shall meet quarterly. To the "
        "extent the Working Group identifies needs for new data, it shall work with relevant "
        "science agencies."
    ) == [
        ("4(b)", "Working Group on Harbor Resilience"),
        ("4(b)", "Working Group on Harbor Resilience"),
    ]


def test_a_plan_whose_name_holds_a_bodys_is_no_actor() -> None:
    # EO 13751 (quoted sec. 5(b) of EO 13112): "The Management Plan shall recommend
    # strategies" was a grant to the plan, its defined name holding "Council"
    assert rows(
        "Sec. 5. Plan. (a) The Harbor Council (Council) shall publish a Harbor Council "
        "Management Plan (Management Plan).\n\n(b) The Management Plan shall recommend "
        "strategies to protect harbors."
    ) == [("5(a)", "Harbor Council")]


def test_a_generic_body_with_a_name_of_its_own_is_not_the_orders_body_of_that_kind() -> None:
    # EO 13231 sec. 11: "The NCS and its National Coordinating Center shall support …" went
    # to the National Infrastructure Protection Center, the one "Center" the order defines
    assert rows(
        "Sec. 5. Outreach. The Board shall work with the National Harbor Protection Center "
        "(NHPC).\n\nSec. 11. Communications. Its National Coordinating Center shall support "
        "harbor networks. The Center shall report to the Board."
    )[1:] == [
        ("11", "National Coordinating Center"),
        ("11", "National Harbor Protection Center"),
    ]
