"""Review 34 (a second read of stop 34's change by a helper): each misfire it found,
pinned by a short order we wrote; every test fails if its fix breaks."""

from __future__ import annotations

from eoparse import parse_text
from eoparse.read.fr_text import read_fr_text

from .grant_cases import order, rows
from .test_read_fr_text import COVER

EMERGENCY_HEAD = (
    "Executive Order 14972 of May 6, 2026\n\nTesting Emergencies\n\nBy the authority vested "
    "in me as President by the Constitution and the laws of the United States of America, "
    "including the National Emergencies Act (50 U.S.C. 1601 et seq.),\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 6, 2026.\n"


def _emergencies(body: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (e.action.value, e.target.label() if e.target else None, e.powers_invoked)
        for e in parse_text(EMERGENCY_HEAD + body + END).emergencies
    ]


def test_a_narrated_declaration_does_not_take_the_powers_of_an_invoke_found_already() -> None:
    assert _emergencies(
        "Section 1. On September 14, 2001, I declared a national emergency by Proclamation "
        "7463 of September 14, 2001. To deal with the national emergency declared in "
        "Proclamation 7463, I hereby order that the emergency construction authority at 10 "
        "U.S.C. 2808 is invoked and made available to the Secretary of Defense."
    ) == [("invoke", "Proclamation 7463", ("10 U.S.C. 2808",))]


def test_the_nearest_narrated_declaration_is_invoked_and_only_by_this_order() -> None:
    assert _emergencies(
        "Section 1. I declared a national emergency with respect to terrorism in Executive "
        "Order 13224 of September 23, 2001. I also declared a national emergency that requires "
        "the use of the Armed Forces by Proclamation 7463 of September 14, 2001. I hereby order "
        "that the emergency construction authority at 10 U.S.C. 2808 is invoked and made "
        "available to the Secretary of Defense."
    ) == [("invoke", "Proclamation 7463", ("10 U.S.C. 2808",))]
    assert (
        _emergencies(
            "Section 1. I declared a national emergency by Proclamation 7463. Executive Order "
            "13235 provided that 10 U.S.C. 2808 is invoked and made available to the Secretary "
            "of Defense. This order revokes Executive Order 13235."
        )
        == []
    )


def test_respectively_with_more_words_than_actors_keeps_the_action_whole() -> None:
    actions = {
        g.action
        for g in order(
            "Sec. 3. The Secretary of Defense, the Secretary of State, and the Attorney General "
            "may redelegate these functions within the Department of Veterans Affairs, the "
            "Department of Defense, the Department of State, and the Department of Justice, "
            "respectively."
        ).grants
    }
    assert len(actions) == 1
    assert next(iter(actions)).endswith("the Department of Justice, respectively.")


def test_staff_is_a_body_s_and_members_and_staff_is_no_staff_rule() -> None:
    assert rows(
        "Sec. 1. The staff of the Domestic Policy Council and the Secretary of Defense shall "
        "coordinate the review."
    ) == [("1", "staff of the Domestic Policy Council"), ("1", "Secretary of Defense")]
    assert all(
        not actor.startswith("staff of")
        for _, actor in rows(
            "Sec. 1. The members and staff of the Domestic Policy Council shall maintain the "
            "confidentiality of deliberations."
        )
    )


def test_a_label_closing_a_citation_is_no_short_form() -> None:
    assert rows(
        "Sec. 2. (b) Each agency official designated under subsection (a) shall submit a "
        "report.\n\n(c) Each agency described in section 2(a) shall submit a plan."
    ) == [
        ("2(b)", "agency official designated under subsection (a)"),
        ("2(c)", "each agency described in section 2(a)"),
    ]


def test_an_adverb_before_a_colon_leaves_the_items_their_own_duties() -> None:
    assert [
        g.action
        for g in order(
            "Sec. 3. (a) The Secretary of Labor shall annually:\n\n(i) review the rules;\n\n(ii) "
            "publish the results; and\n\n(iii) report to the President."
        ).grants
    ] == ["review the rules", "publish the results", "report to the President"]


def test_a_consultation_closed_by_an_earlier_and_leaves_the_subjects_after_it() -> None:
    assert rows(
        "Sec. 1. The Secretary of Energy, in consultation with the Secretary of State, and the "
        "Secretary of Commerce, the Secretary of Labor, and the Administrator of the "
        "Environmental Protection Agency shall develop a plan."
    ) == [
        ("1", "Secretary of Energy"),
        ("1", "Secretary of Commerce"),
        ("1", "Secretary of Labor"),
        ("1", "Administrator of the Environmental Protection Agency"),
    ]


def test_a_web_address_s_slash_does_not_join_the_next_section() -> None:
    source = COVER.replace(
        "                Sec. 2. Reports.",
        "                See http://www.opm.gov/\n                Sec. 2. Reports.",
    )
    assert "opm.gov/\nSec. 2. Reports." in read_fr_text(source).string


def test_an_inline_list_in_an_earlier_sentence_does_not_join_a_later_series() -> None:
    grants = order(
        "Sec. 1. The policy of the United States is to: (1) promote growth; and (2) reduce "
        "costs. The Secretary of Labor shall review the rules; (3) publish the results; and "
        "(4) report to the President."
    ).grants
    assert grants[0].action == "review the rules"
