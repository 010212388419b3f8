"""Grants: classes of miss that blind set 25 and paragraph sample 13 showed once read
(after their first blind scores at 052199b and 2ed123e), and what the corpus-wide check
of those rules found, each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from eoparse import parse_text

from .grant_cases import order, rows


def test_with_the_approval_of_names_no_actor() -> None:
    # "The Secretary, with the approval of the President, shall terminate the Task Force"
    assert rows(
        "Sec. 6. Termination. The Secretary of Veterans Affairs, with the approval of the "
        "President, shall terminate the Harbor Task Force upon the completion of its duties."
    ) == [("6", "Secretary of Veterans Affairs")]


def test_a_ranked_title_is_not_the_defined_short_form() -> None:
    # "Secretary" is defined; "the Executive Secretary" is another office
    assert rows(
        "Sec. 2. The Secretary of Veterans Affairs (Secretary) shall establish a Harbor Task "
        "Force.\n\nSec. 3. The Secretary shall designate an official to serve as the Executive "
        "Secretary of the Harbor Task Force, and the Executive Secretary shall head any staff "
        "assigned to the Harbor Task Force."
    ) == [
        ("2", "Secretary of Veterans Affairs"),
        ("3", "Secretary of Veterans Affairs"),
        ("3", "Executive Secretary of the Harbor Task Force"),
    ]


def test_the_secretary_or_the_secretarys_designee_is_one_actor() -> None:
    for body in (
        "Sec. 2. The Secretary of Labor (Secretary) shall establish a Harbor Council.\n\n"
        "Sec. 3. The Secretary or the Secretary's designee shall convene and preside at "
        "meetings of the Harbor Council.",
        "Sec. 2. The Secretary of Labor shall establish a Harbor Council.\n\n"
        "Sec. 3. The Secretary of Labor or the Secretary's designee shall convene and "
        "preside at meetings of the Harbor Council.",
    ):
        assert rows(body) == [("2", "Secretary of Labor"), ("3", "Secretary of Labor")], body


def test_who_also_serves_as_names_the_same_official() -> None:
    # the official's other titles, in a "who also serves as" clause, are no actors
    assert (
        rows(
            "Sec. 2. (b) The Federal Chief Performance Officer (CPO), who also serves as the "
            "Deputy Director for Management of OMB and the Chair of the President's Management "
            "Council (PMC), shall work with the PMC to support agencies' reform efforts. The CPO "
            "shall work with agencies to ensure that each goal has metrics in place."
        )
        == [("2(b)", "Federal Chief Performance Officer")] * 2
    )


def test_a_pronoun_clause_is_the_same_officials_grant_of_its_own() -> None:
    grants = order(
        "Sec. 2. The Secretary of Transportation shall not permit any air carrier owned by "
        "Harbor to provide foreign air transportation, except that he may, to the extent "
        "consistent with Department of Transportation regulations, permit such carriers to "
        "charter aircraft to the Government of Harbor. In addition, the Secretary of "
        "Transportation shall prohibit all takeoffs by any such air carrier."
    ).grants
    assert [(g.actor, g.modality.value) for g in grants] == [
        ("Secretary of Transportation", "shall"),
        ("Secretary of Transportation", "may"),
        ("Secretary of Transportation", "shall"),
    ]
    assert "except that" not in grants[0].action  # the first duty ends where the may begins
    assert grants[1].action.endswith("charter aircraft to the Government of Harbor.")


def test_a_pronoun_is_no_body() -> None:
    # "he" after a body's grant names no one the order names
    assert rows(
        "Sec. 2. The Harbor Council shall meet monthly. He shall report to the President."
    ) == [("2", "Harbor Council")]


def test_a_quoted_bare_body_noun_is_the_body_the_amending_order_names() -> None:
    text = (
        "Executive Order 14976 of June 3, 2026\n\n"
        "Amendment to Executive Order 14900, Establishment of the President's Task Force on "
        "Harbor Status\n\n"
        "By the authority vested in me as President, it is hereby ordered that Executive "
        "Order 14900 of May 1, 2026, is amended as follows:\n\n"
        '(1) By deleting section 4, and inserting in lieu thereof the following: "Sec. 4. '
        'Report. The Task Force shall report on its actions to the President as needed."\n\n'
        "THE WHITE HOUSE,\nJune 3, 2026.\n"
    )
    grants = parse_text(text).grants
    assert [(g.actor, g.quoted) for g in grants] == [
        ("President's Task Force on Harbor Status", True)
    ]


def test_an_aside_closed_by_a_bare_comma_leaves_the_subject_after_it() -> None:
    # "Upon the request of the Chair, with the approval of the Executive Director, the
    # heads of … shall": the aside ends at the comma; the heads are the subject
    for phrase in ("with the approval of", "in consultation with"):
        found = rows(
            "Sec. 1. The Executive Director of the Harbor Office (Executive Director) shall "
            "head the staff.\n\n"
            f"Sec. 2. Upon the request of the Chair, {phrase} the Executive Director, the "
            "heads of executive departments and agencies shall provide the Harbor Council "
            "with information."
        )
        assert found[1:] == [("2", "heads of executive departments and agencies")], phrase


def test_a_consultation_list_of_officials_acting_through_others_stays_an_aside() -> None:
    # the bare-comma rule holds only where the names run up to the verb
    assert rows(
        "Sec. 4. (g) Within 45 days of the date of this order, the Secretary of Commerce, "
        "acting through the Director of NIST, in consultation with the Secretary of Defense "
        "acting through the Director of the NSA, the Secretary of Homeland Security acting "
        "through the Director of CISA, the Director of OMB, and the Director of National "
        "Intelligence, shall publish a definition of the term."
    ) == [("4(g)", "Secretary of Commerce")]


def test_a_body_after_an_officials_name_says_where_the_office_sits() -> None:
    # "chaired by the … Coordinator (Coordinator), Executive Office of the President"
    assert rows(
        "Section 1. Committee. (a) There is established an interagency Harbor Enforcement "
        "Advisory Committee (Advisory Committee), which shall be chaired by the Intellectual "
        "Property Enforcement Coordinator (Coordinator), Executive Office of the President."
    ) == [("1(a)", "Intellectual Property Enforcement Coordinator")]
