"""Grants: a passive duty with its agent is said as the agent's own action (audit 7,
class 5: ``be performed by the Secretary of Education, in accordance with …`` named the
actor again and lost what the Secretary is to perform)."""

from __future__ import annotations

import pytest

from eoparse.powers.grants.passive import BASE_FORMS, active_action

from .grant_cases import order


def actions(body: str) -> list[tuple[str, str]]:
    return [(g.actor, g.action) for g in order(body).grants]


def test_the_functions_of_the_act_are_the_agents_to_perform() -> None:
    body = (
        "Sec. 1. Establishment. There is established the Harbor Advisory Council "
        "(Council).\n\nSec. 2. Administration. Insofar as the Federal Advisory Committee "
        "Act, as amended, may apply to the Council, any functions of the President under "
        "that Act, except that of reporting to the Congress, shall be performed by the "
        "Secretary of Education, in accordance with the guidelines issued by the "
        "Administrator of General Services."
    )
    assert actions(body) == [
        (
            "Secretary of Education",
            "perform any functions of the President under that Act, except that of reporting"
            " to the Congress, in accordance with the guidelines issued by the Administrator"
            " of General Services",
        )
    ]


def test_each_co_chair_co_chairs_the_body() -> None:
    body = (
        "Sec. 1. Council. The Harbor Council shall be co-chaired by the Secretary of State "
        "and the Secretary of Defense (Co-Chairs)."
    )
    assert actions(body) == [
        ("Secretary of State", "co-chair the Harbor Council"),
        ("Secretary of Defense", "co-chair the Harbor Council"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a participle the table does not hold
        "Sec. 1. Fees. The harbor fees shall be reckoned by the Secretary of Commerce.",
        # no duty to turn into an action
        "Sec. 1. Fees. Provided that no directive shall be issued by the Secretary of "
        "Commerce under this section.",
        # more agents than were read: the action is left as printed
        "Sec. 1. Waivers. A waiver may be granted by the Secretary of Commerce, the deputy "
        "agency head, or the senior agency official.",
    ],
)
def test_a_passive_that_cannot_be_turned_keeps_its_words(body: str) -> None:
    assert all(action.startswith("be ") for _, action in actions(body))


def test_the_agent_s_short_form_and_a_second_predicate_are_left_out() -> None:
    text = "The Working Group shall be chaired by the Special Advisor (Chair) and shall meet."
    start = text.index(" shall be chaired") + len(" shall")
    action = text[start:].strip(" .")
    agent_end = text.index(" (Chair)")
    assert active_action(text, 0, text.index("be chaired"), action, agent_end) == (
        "chair the Working Group"
    )


def test_every_participle_turns_to_a_verb_of_its_own() -> None:
    assert all(verb and " " not in verb for verb in BASE_FORMS.values())
    assert BASE_FORMS["led"] == "lead"
    assert BASE_FORMS["submitted"] == "submit"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agents' designees may act for them: not words of the action
        (
            "Sec. 1. Council. The Harbor Council shall be co-chaired by the Secretary of the "
            "Interior and the Secretary of Agriculture, or by their designees (Co-Chairs).",
            "co-chair the Harbor Council",
        ),
        # an abbreviation's period ends no sentence: the subject runs on past "Pub. L."
        (
            "Sec. 2. Functions. The functions conferred upon the President by section 301 of "
            "Pub. L. 99-83 shall be performed by the Secretary of State.",
            "perform the functions conferred upon the President by section 301 of Pub. L. 99-83",
        ),
        # the participle's adverb is kept
        (
            "Sec. 3. Board. The Harbor Board shall be jointly chaired by the Secretary of Labor.",
            "jointly chair the Harbor Board",
        ),
        # a name keeps its capital
        (
            "Sec. 4. Funds. Department of Energy funds shall be administered by the Secretary "
            "of Energy.",
            "administer Department of Energy funds",
        ),
        # the passive is the subject's second predicate, after a copula's
        (
            "Sec. 6. Records. All records created under this order are records of the "
            "Harbor Committee and shall be maintained by the Secretary of Commerce.",
            "maintain all records created under this order",
        ),
        # a second passive with an agent of its own is that agent's, not this one's
        (
            "Sec. 7. Plans. The plan shall be prepared by the Secretary of Energy and "
            "approved by the President before it is published.",
            "prepare the plan",
        ),
        # a second passive of the subject turns too
        (
            "Sec. 5. Reports. The annual report shall be prepared by the Secretary of Labor "
            "and transmitted to the President.",
            "prepare the annual report and transmit to the President",
        ),
    ],
)
def test_the_turned_action_keeps_what_is_the_action_s_own(body: str, expected: str) -> None:
    """From a second read of the rule: ``, or their designees`` was glued to the action,
    ``Pub. L.`` and ``St.`` cut the subject, an adverb and a second predicate were lost, and
    a name's first word was lower-cased."""
    assert {action for _, action in actions(body)} == {expected}
