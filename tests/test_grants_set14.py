"""Grants: classes of miss seen on blind set 14 (delegations of trade-act functions,
agencies named by their instrumentalities), each pinned by a short order we wrote; every
test fails if its rule breaks."""

from __future__ import annotations

import pytest

from eoparse.model import Modality

from .grant_cases import order, rows


@pytest.mark.parametrize(
    "verb",
    [
        "are delegated and assigned, respectively, to",
        "are hereby delegated and assigned, respectively, to",
        "are delegated to",
    ],
)
def test_a_delegation_and_assignment_respectively_names_its_delegate(verb: str) -> None:
    # before, only a verb followed at once by " to " was read: "are delegated and
    # assigned, respectively, to the Trade Representative" gave no grant at all
    (grant,) = order(
        "Sec. 1. Functions. (a) Except as provided in subsection (b), the authorities "
        "granted to and functions assigned to the President under title I of the Act "
        f"{verb} the Secretary of Labor.\n\n(b) This order does not delegate section 102."
    ).grants
    assert (grant.where, grant.actor, grant.modality) == (
        "1(a)",
        "Secretary of Labor",
        Modality.DELEGATED,
    )


def test_a_delegating_verb_without_a_delegate_grants_nothing() -> None:
    assert (
        rows("Sec. 1. Scope. Functions that are delegated and assigned, respectively, remain.")
        == []
    )


@pytest.mark.parametrize(
    ("established", "name"),
    [
        (
            "a Space Weather Operations, Research, and Mitigation Subcommittee (Subcommittee)",
            "Space Weather Operations, Research, and Mitigation Subcommittee",
        ),
        (
            "the Veteran Wellness, Empowerment, and Suicide Prevention Task Force (Task Force)",
            "Veteran Wellness, Empowerment, and Suicide Prevention Task Force",
        ),
        (
            "an Interagency Environmental Leadership Workgroup (Workgroup)",
            "Interagency Environmental Leadership Workgroup",
        ),
    ],
)
def test_a_body_whose_name_opens_with_a_series_keeps_the_whole_name(
    established: str, name: str
) -> None:
    # before: "Mitigation Subcommittee", the name read back only to the series' last comma
    # (and "Workgroup" was no word for a body, so the table's bare "Workgroup" stood)
    assert rows(
        f"Sec. 4. Roles. The Council shall establish {established}.\n\n"
        "Sec. 5. Reports. Within 90 days, the "
        f"{established.rsplit('(', 1)[1][:-1]} shall provide a report to the President."
    ) == [("4", "Council"), ("5", name)]


def test_a_series_of_officials_before_a_body_is_not_part_of_its_name() -> None:
    assert rows(
        "Sec. 4. Roles. The Secretary of Defense, the Secretary of State, and the Joint "
        "Planning Committee (Committee) shall meet.\n\nSec. 5. Reports. The Committee shall "
        "provide a report."
    )[-1] == ("5", "Joint Planning Committee")


@pytest.mark.parametrize(
    "modal",
    ["shall", "shall, to the extent permitted by law and subject to the discretion of such head,"],
)
def test_a_list_right_after_its_modal_without_a_colon_gives_a_grant_per_item(modal: str) -> None:
    # before: one grant whose action began "(1) make …", or none where the actor was the
    # head of "any executive department, agency, or instrumentality" (not in the table)
    found = order(
        "Sec. 3. Administration. (b) Upon request of the Chair, the head of any executive "
        f"department, agency, or instrumentality {modal} (1) make any of the facilities of "
        "such department available to the Committee; and (2) detail any of the personnel of "
        "such department to the Committee within 30 days."
    ).grants
    assert [(g.actor, g.action[:6], g.deadline) for g in found] == [
        ("head of any executive department, agency, or instrumentality", "make a", None),
        (
            "head of any executive department, agency, or instrumentality",
            "detail",
            "within 30 days",
        ),
    ]


def test_a_lone_label_after_a_modal_leads_no_list() -> None:
    # "(a)" with no "(b)" after a ";" is a cross-reference, not a list
    (grant,) = order(
        "Sec. 3. Reports. The Secretary of Labor shall (a) report under section 2 to the Committee."
    ).grants
    assert grant.action.startswith("(a) report")


def test_officers_of_the_united_states_lead_their_modal_items_but_the_boilerplate() -> None:
    assert rows(
        "Sec. 3. General Provisions. (b) In exercising authority delegated by this order, "
        "officers of the United States:\n\n(i) shall ensure that all actions taken by them "
        "are consistent with the President's constitutional authority; and\n\n(ii) may "
        "redelegate authority delegated by this order to officers of any other department."
    ) == [("3(b)(ii)", "officers of the United States")]
    # (i) is the general provision that officers act within the President's constitutional
    # authority: no duty (the conventions list the general provisions as no grants)
