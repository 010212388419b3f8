"""National-emergency actions (cases written by us)."""

from __future__ import annotations

import pytest

from eoparse import parse_text
from eoparse.model import EmergencyAction

HEAD = (
    "Executive Order 14972 of May 6, 2026\n\nTesting Emergencies\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the United "
    "States of America, including the International Emergency Economic Powers Act (50 U.S.C. "
    "1701 et seq.) and the National Emergencies Act (50 U.S.C. 1601 et seq.),\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 6, 2026.\n"

Row = tuple[str, str | None]


def actions(body: str) -> list[Row]:
    order = parse_text(HEAD + body + END)
    return [(e.action.value, e.target.label() if e.target else None) for e in order.emergencies]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I, DONALD J. TRUMP, President of the United States of America, find that the "
            "smuggling of widgets constitutes an unusual and extraordinary threat to the national "
            "security of the United States, and I hereby declare a national emergency to deal "
            "with that threat.",
            [("declare", None)],
        ),
        (
            "I hereby expand the scope of the national emergency declared in Executive Order "
            "13660 of March 6, 2014, and find that the actions of X constitute an unusual and "
            "extraordinary threat.",
            [("expand", "Executive Order 13660")],
        ),
        (
            "In order to take additional steps with respect to the national emergency declared in "
            "Executive Order 13224, I hereby order:",
            [("invoke", "Executive Order 13224")],
        ),
        (
            "I hereby terminate the national emergency declared in Executive Order 12865 and "
            "revoke that order.",
            [("terminate", "Executive Order 12865")],
        ),
        (
            "Therefore, in accordance with section 202(d) of the National Emergencies Act, I am "
            "continuing for 1 year the national emergency declared in Executive Order 13405.",
            [("continue", "Executive Order 13405")],
        ),
        # "that order" points back to the document last named
        (
            "The situation that gave rise to Executive Order 12865 has changed, and I hereby "
            "revoke that order and terminate the national emergency declared in that order.",
            [("terminate", "Executive Order 12865")],
        ),
        # history is not this order's act
        (
            "On May 22, 2003, by Executive Order 13303, I declared a national emergency. "
            "Section 1. The Secretary of the Treasury shall report.",
            [],
        ),
        # "declare and reiterate" is a declaration
        (
            "In addition, the failure of Ruritania to stop the traffic in widgets constitutes an "
            "unusual and extraordinary threat. I hereby declare and reiterate a national "
            "emergency under the NEA and IEEPA to deal with that threat.",
            [("declare", None)],
        ),
        (
            "I hereby declare that the spread of the blue blight in the United States constitutes "
            "a national emergency.",
            [("declare", None)],
        ),
        (
            "I hereby modify the scope of the national emergency declared in Executive Order "
            "13303 of May 22, 2003.",
            [("modify", "Executive Order 13303")],
        ),
        (
            "The national emergency declared in Executive Order 14500 shall continue in effect "
            "beyond June 1, 2026.",
            [("continue", "Executive Order 14500")],
        ),
        # terminations: "declare … is terminated", with a citation full of stops inside
        (
            "I hereby declare that the national emergency declared by Proclamation 9001, and "
            "continued on March 1, 2024 (89 Fed. Reg. 1234), and March 3, 2025, is terminated "
            "and that the authorities invoked in that proclamation will no longer be used.",
            [("terminate", "Proclamation 9001")],
        ),
        # "those orders": the documents the sentence before named, one emergency each
        (
            "I find that the situations that gave rise to the declarations of national "
            "emergencies in Executive Order 12111 of May 1, 1992, and Executive Order 13222 of "
            "June 2, 1998, have been altered. Accordingly, I hereby terminate the national "
            "emergencies declared in those orders and revoke those and all related orders "
            "(Executive Orders 12333 of June 5, 1992, and 12444 of January 15, 1993).",
            [("terminate", "Executive Order 12111"), ("terminate", "Executive Order 13222")],
        ),
        # one emergency declared in one and expanded in the other: its declaring order
        (
            "I find that the situation that gave rise to the declaration of a national emergency "
            "in Executive Order 13555 of January 18, 2001, and the expansion of its scope in "
            "Executive Order 13666 of May 22, 2001, has changed. Accordingly, I hereby terminate "
            "the national emergency declared and expanded in scope in those two prior orders.",
            [("terminate", "Executive Order 13555")],
        ),
        (
            "Section 1. Executive Order 12777 of August 19, 1994, which continued the effect of "
            "export control regulations under IEEPA, is revoked, and the declaration of economic "
            "emergency is rescinded.",
            [("terminate", "Executive Order 12777")],
        ),
        # invocations in their several forms
        (
            "I, DONALD J. TRUMP, President of the United States of America, in order to take "
            "additional steps with respect to grave acts of sabotage against shipping and the "
            "national emergency described and declared in Executive Order 12999 of January 23, "
            "1995, hereby order:",
            [("invoke", "Executive Order 12999")],
        ),
        (
            "Sec. 6. (b) To address the national emergency declared pursuant to Executive Order "
            "14777 of January 20, 2025 (Declaring a National Widget Emergency), I hereby waive "
            "the requirements of 50 U.S.C. 4533(a)(1) through (a)(6).",
            [("invoke", "Executive Order 14777")],
        ),
        (
            "In my judgment, these measures are necessary to deal with the national emergencies "
            "declared in Executive Orders 14801 and 14802.",
            [("invoke", "Executive Order 14801"), ("invoke", "Executive Order 14802")],
        ),
        (
            "I, DONALD J. TRUMP, President of the United States of America, find that additional "
            "steps must be taken to deal with the national emergency with respect to the widget "
            "supply chain declared in Executive Order 13999 of May 15, 2019.",
            [("invoke", "Executive Order 13999")],
        ),
        (
            "In view of the national emergency described and declared in Executive Order 13444 "
            "of January 18, 2001, I hereby order:",
            [("invoke", "Executive Order 13444")],
        ),
        (
            "In furtherance of Proclamation 7777 of September 14, 2001 (Declaration of National "
            "Emergency by Reason of Certain Attacks), which declared a national emergency by "
            "reason of the attacks, I hereby order:",
            [("invoke", "Proclamation 7777")],
        ),
        # someone else's steps, or steps taken before, are no act of this order
        (
            "Executive Order 13555 of September 28, 2010, took additional steps with respect to "
            "the national emergency declared in Executive Order 12888. The Government of "
            "Ruritania has taken significant steps to address the national emergency described "
            "in Executive Order 14066.",
            [],
        ),
        # an emergency this order expands is not invoked as well
        (
            "I hereby expand the scope of the national emergency declared in Executive Order "
            "13660 to cover the seizure of shipping. Sec. 7. For these measures to be effective "
            "in addressing the national emergency declared in Executive Order 13660 and expanded "
            "in this order, there need be no prior notice.",
            [("expand", "Executive Order 13660")],
        ),
        # steps under an emergency whose findings the order rewrites change its scope
        (
            "I, JOSEPH R. BIDEN JR., in order to take additional steps with respect to the "
            "national emergency declared in Executive Order 13888 of October 14, 2019, hereby "
            "order:\n\nSection 1. Executive Order 13888 is hereby amended by striking from the "
            'second paragraph the phrase "and in particular the recent raids".',
            [("expand", "Executive Order 13888")],
        ),
        # a title printed in title case names an order; it is no act
        (
            "Executive Order 13942 of August 6, 2020 (Taking Additional Steps To Address the "
            "National Emergency With Respect to Widgets) is revoked.",
            [],
        ),
        # an order can expand one emergency and declare another
        (
            "I hereby expand the scope of the national emergency declared in Executive Order "
            "13660. I further find that the situation in Y constitutes an unusual and "
            "extraordinary threat, and I hereby declare a national emergency to deal with that "
            "threat.",
            [("expand", "Executive Order 13660"), ("declare", None)],
        ),
    ],
)
def test_actions(body: str, expected: list[Row]) -> None:
    assert actions(body) == expected


def test_statutes_and_threat() -> None:
    order = parse_text(
        HEAD
        + "I find that the smuggling of widgets constitutes an unusual and extraordinary threat "
        "to the national security of the United States, and I hereby declare a national "
        "emergency to deal with that threat." + END
    )
    (action,) = order.emergencies
    assert action.threat == "the smuggling of widgets"
    assert action.statutes == ("50 U.S.C. 1701 et seq.", "50 U.S.C. 1601 et seq.")
    assert action.where == "preamble"
    assert "hereby declare a national emergency" in order.quote(action)


def test_emergency_exists_at_a_place() -> None:
    order = parse_text(
        "Proclamation 11020 of May 7, 2026\n\nTesting\n\nNOW, THEREFORE, I, DONALD J. TRUMP, by "
        "the authority vested in me by sections 201 and 301 of the National Emergencies Act "
        "(50 U.S.C. 1601 et seq.), hereby declare that a national emergency exists at the "
        "northern frontier of the United States.\n\nIN WITNESS WHEREOF, I have hereunto set my "
        "hand this seventh day of May, in the year of our Lord two thousand twenty-six.\n"
    )
    (action,) = order.emergencies
    assert action.action.value == "declare"
    assert action.threat is None  # where the emergency exists is not what threatens
    assert "50 U.S.C. 1621" in action.statutes


def test_an_expansion_names_its_threat_after_the_verb() -> None:
    order = parse_text(
        "Executive Order 14980 of May 8, 2026\n\nExpanding the Scope of an Emergency\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, including the International Emergency Economic Powers Act "
        "(50 U.S.C. 1701 et seq.), I hereby expand the scope of the national emergency "
        "declared in Executive Order 14901 of March 1, 2026, to address the unusual and "
        "extraordinary threat to the national security of the United States posed by the "
        "seizure of shipping in the Strait, and I hereby order:\n\n"
        "Section 1. The Secretary of the Treasury shall act.\n\n"
        "THE WHITE HOUSE,\nMay 8, 2026.\n"
    )
    [action] = order.emergencies
    assert (action.action.value, action.threat) == (
        "expand",
        "the seizure of shipping in the Strait",
    )


def _one(body: str, head: str = HEAD) -> EmergencyAction:
    (action,) = parse_text(head + body + END).emergencies
    return action


def test_powers_invoked_and_made_available_are_not_statutes() -> None:
    action = _one(
        "NOW, THEREFORE, I, by the authority vested in me by sections 201 and 301 of the "
        "National Emergencies Act (50 U.S.C. 1601 et seq.), hereby declare that a national "
        "emergency exists at the northern frontier, and that section 12302 of title 10, United "
        "States Code, is invoked and made available to the Secretaries concerned. I further "
        "declare, in accordance with section 301 of the National Emergencies Act (50 U.S.C. "
        "1631), that the construction authority in section 2808 of title 10, United States "
        "Code, is invoked and made available to the Secretary of Defense.",
        head="Proclamation 11021 of May 9, 2026\n\nTesting\n\n",
    )
    assert action.powers_invoked == ("10 U.S.C. 12302", "10 U.S.C. 2808")
    assert set(action.statutes) == {"50 U.S.C. 1621", "50 U.S.C. 1631", "50 U.S.C. 1601 et seq."}


def test_statutes_are_the_emergency_statutes() -> None:
    """The INA in the authority clause is no ground of a declaration under IEEPA."""
    head = (
        "Executive Order 14973 of May 7, 2026\n\nTesting\n\nBy the authority vested in me "
        "as President by the Constitution and the laws of the United States of America, "
        "including the Immigration and Nationality Act (INA), 8 U.S.C. 1101 et seq., the "
        "International Emergency Economic Powers Act (IEEPA), 50 U.S.C. 1701 et seq. it is "
        "hereby ordered:\n\n"
    )
    action = _one(
        "Section 1. Purpose. (a) The Red Delta Network and the Halcones operate both within and "
        "outside the United States. They present an unusual and extraordinary threat to the "
        "national security of the United States. I hereby declare a national emergency, under "
        "IEEPA, to deal with those threats.",
        head=head,
    )
    assert action.statutes == ("50 U.S.C. 1701 et seq.",)
    # "They" points back: the threat is what the sentence before says
    assert action.threat == (
        "The Red Delta Network and the Halcones operate both within and outside the United States"
    )
    assert action.where == "1(a)"


def test_a_threat_that_points_back_to_a_paragraph() -> None:
    body = (
        "Our northern frontier is overrun by smuggling rings and armed bands. Their boats cross "
        "the lakes at night.\n\nThis assault on the integrity of our frontier represents a "
        "grave threat to our Nation.\n\nNOW, THEREFORE, I, by the authority vested in me by "
        "section 201 of the National Emergencies Act (50 U.S.C. 1621), hereby declare that a "
        "national emergency exists at the northern frontier of the United States."
    )
    action = _one(body, head="Proclamation 11022 of May 9, 2026\n\nTesting\n\n")
    assert action.threat == (
        "Our northern frontier is overrun by smuggling rings and armed bands. Their boats cross "
        "the lakes at night"
    )


def test_an_invocation_names_what_it_takes_steps_about() -> None:
    action = _one(
        "I, DONALD J. TRUMP, in order to take additional steps with respect to grave acts of "
        "sabotage against shipping and the national emergency described and declared in "
        "Executive Order 12999 of January 23, 1995, hereby order:"
    )
    assert action.threat == "grave acts of sabotage against shipping"
    assert action.statutes == ("50 U.S.C. 1701 et seq.", "50 U.S.C. 1601 et seq.")


def test_an_expansion_to_cover_a_threat() -> None:
    action = _one(
        "Pursuant to the NEA, I hereby expand the scope of the national emergency declared in "
        "Proclamation 10999 to cover the failure of Ruritania to intercept smugglers and drugs."
    )
    assert (action.action.value, action.target and action.target.label()) == (
        "expand",
        "Proclamation 10999",
    )
    assert action.threat == "the failure of Ruritania to intercept smugglers and drugs"


def test_an_order_naming_itself_acts_on_no_other_emergency() -> None:
    assert actions(
        "I hereby declare a national emergency to deal with that threat. Sec. 4. For these "
        "measures to be effective in addressing the national emergency declared in Executive "
        "Order 14972, there need be no prior notice."
    ) == [("declare", None)]


def test_an_emergency_named_by_its_declaring_order_without_national_is_invoked() -> None:
    # blind set 22 (EO 13804): "the emergency described in Executive Order 13067 …"
    assert actions(
        "I, DONALD J. TRUMP, President of the United States of America, in order to take "
        "additional steps to address the emergency described in Executive Order 13067 of "
        "November 3, 1997, hereby order as follows:\n\nSection 1. Section 11 of Executive "
        "Order 13761 is revoked."
    ) == [("invoke", "Executive Order 13067")]
    # an emergency no order or proclamation declared is not one under the Act
    assert (
        actions(
            "In order to take additional steps to address the emergency declared by the "
            "Governor, I hereby order as follows:\n\nSection 1. Agencies shall assist."
        )
        == []
    )


def test_a_power_invoked_under_a_declaration_the_order_narrates_is_an_invoke() -> None:
    # blind set 24 (EO 13235): the declaration is narrated ("I declared"), then a power
    # under it is invoked in the same paragraph
    body = (
        "I declared a national emergency that requires the use of the Armed Forces of the "
        "United States, by Proclamation 7463 of September 14, 2001, because of the attacks. "
        "To provide additional authority to the Department of Defense, and in accordance with "
        "section 301 of the National Emergencies Act (50 U.S.C. 1631), I hereby order that the "
        "emergency construction authority at 10 U.S.C. 2808 is invoked and made available to "
        "the Secretary of Defense."
    )
    assert actions(body) == [("invoke", "Proclamation 7463")]
    order = parse_text(HEAD + body + END)
    assert order.emergencies[0].powers_invoked == ("10 U.S.C. 2808",)
    # a declaration narrated with no power invoked under it is no action of this order
    assert actions(body.split(" To provide")[0]) == []
    # "thereby" is no "hereby": a sentence that reports the invocation is not the order's
    reported = body.replace("I hereby order that the", "Executive Order 13235 thereby ordered that")
    assert actions(reported) == []


def test_an_invocation_is_cited_where_the_order_acts_not_where_it_tells_history() -> None:
    # review 34 (EO 14325, EO 14358): the emergency is first named in a sentence telling
    # what the President did before; the action's span is the order's own sentence
    body = (
        "Section 1. Background. To deal with the emergency declared in Executive Order 14193, "
        "I imposed an additional rate of duty on certain articles.  In my judgment, further "
        "action is necessary and appropriate to deal with the emergency declared in Executive "
        "Order 14193.\n\nSec. 2. Implementation. The rate of duty is increased."
    )
    order = parse_text(HEAD + body + END)
    assert [(e.action.value, e.target.label()) for e in order.emergencies] == [
        ("invoke", "Executive Order 14193")
    ]
    start, end = order.emergencies[0].span
    assert order.text[start:end].startswith("In my judgment")
    # told only as history, the invocation keeps that sentence
    told = body.split("  In my judgment")[0] + "\n\nSec. 2. Implementation. Duties rise."
    order = parse_text(HEAD + told + END)
    start, _ = order.emergencies[0].span
    assert order.text[start:].startswith("To deal with")


def test_a_moved_invocation_keeps_what_the_history_sentence_made_available() -> None:
    # review 35: the powers "invoked and made available" went with the history sentence
    order = parse_text(
        HEAD + "Section 1. Authority. To deal with the national emergency declared in "
        "Proclamation 7463, I ordered certain units of the Ready Reserve to active duty.  To "
        "provide additional authority to the Department of Defense, I hereby order that the "
        "emergency construction authority at 10 U.S.C. 2808 is invoked and made available to "
        "the Secretary of Defense.  Further action is necessary and appropriate to deal with "
        "the national emergency declared in Proclamation 7463." + END
    )
    (action,) = order.emergencies
    assert order.text[action.span[0] :].startswith("Further action")
    assert action.powers_invoked == ("10 U.S.C. 2808",)


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        # a relative clause of the order's own sentence is no narration
        (
            "Section 1. Purpose. To deal with the national emergency that I declared in "
            "Executive Order 14193, I have determined that it is necessary to increase the "
            "rate of duty.\n\nSec. 2. Implementation. (a) The Secretary of Homeland Security "
            "shall take all actions necessary to deal with the national emergency declared in "
            "Executive Order 14193.",
            "To deal with",
        ),
        # "thereby" is not the order's "hereby"; "I previously imposed" is history
        *(
            (
                "Section 1. Background. To deal with the emergency declared in Executive Order "
                f"14193, I {verb} an additional rate of duty{tail}.  In my judgment, further "
                "action is necessary to deal with the emergency declared in Executive Order "
                "14193.\n\nSec. 2. Implementation. The rate of duty is increased.",
                "In my judgment",
            )
            for verb, tail in (
                ("imposed", ", thereby addressing the flow"),
                ("previously imposed", ""),
            )
        ),
    ],
)
def test_what_counts_as_history(body: str, opening: str) -> None:
    order = parse_text(HEAD + body + END)
    (action,) = order.emergencies
    assert order.text[action.span[0] :].startswith(opening)
