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


def test_an_agency_is_an_actor_as_printed() -> None:
    # "An agency shall not …" binds every agency; "an agency head" is still the table's
    # "agency head", the article no part of the name
    assert rows(
        "Sec. 2. Earmarks. (a) An agency shall not consider the views of a committee of "
        "the Congress unless such views are in writing.\n\n(b) In accordance with this "
        "order, an agency head or senior agency official shall establish procedures for "
        "challenges."
    ) == [("2(a)", "an agency"), ("2(b)", "agency head"), ("2(b)", "senior agency official")]


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
