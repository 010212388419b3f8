"""Designations, one table of cases per category (texts written by us, not corpus text).

Each case is a short order body and the rows it must yield, as
``(category, where, designator, names)``, plus the fields a case is about
(``rank``, ``directed``, ``quoted``, ``terminated``, ``consulted``, ``basis``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eoparse import parse_text
from eoparse.model import Designation, Order

HEAD = (
    "Executive Order 14974 of May 9, 2026\n\nTesting Designations\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the United "
    "States of America, including the International Emergency Economic Powers Act (50 U.S.C. "
    "1701 et seq.) (IEEPA), the National Emergencies Act (50 U.S.C. 1601 et seq.), the "
    "Immigration and Nationality Act (8 U.S.C. 1101 et seq.), and section 301 of title 3, "
    "United States Code, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 9, 2026.\n"

BLOCKED = (
    "Section 1. (a) All property and interests in property that are in the United States, "
    "that hereafter come within the United States, or that are or hereafter come within the "
    "possession or control of any United States person of the following persons are blocked "
    "and may not be transferred, paid, exported, withdrawn, or otherwise dealt in:\n\n"
)

Row = tuple[str, str, str | None, tuple[str, ...]]


def parse(body: str, annex: str = "") -> Order:
    return parse_text(HEAD + body + END + annex)


def rows(order: Order) -> list[Row]:
    return [(d.category.value, d.where, d.designator, d.names) for d in order.designations]


# -- sanctions ------------------------------------------------------------------------------

ANNEX = (
    "\nANNEX\n\nWidget Trading Company\n\nGRAY, Ellis (a.k.a. GREY, Ellis)\n\nNorth Sprocket Bank\n"
)

SANCTIONS = {
    "annex and prongs": (
        BLOCKED + "(i) the persons listed in the Annex to this order; and\n\n"
        "(ii) any person determined by the Secretary of the Treasury, in consultation with the "
        "Secretary of State:\n\n(A) to be a leader of the Widget Cartel;\n\n"
        "(B) to have materially assisted any person whose property and interests in property "
        "are blocked pursuant to this order; or\n\n"
        "(C) to be owned or controlled by any person whose property and interests in property "
        "are blocked pursuant to this order.",
        ANNEX,
        [
            (
                "sanctions",
                "1(a)(i)",
                "President",
                (
                    "Widget Trading Company",
                    "GRAY, Ellis (a.k.a. GREY, Ellis)",
                    "North Sprocket Bank",
                ),
            ),
            ("sanctions", "1(a)(ii)(A)", "Secretary of the Treasury", ()),
            ("sanctions", "1(a)(ii)(B)", "Secretary of the Treasury", ()),
            ("sanctions", "1(a)(ii)(C)", "Secretary of the Treasury", ()),
        ],
    ),
    "annex printed as an image: no names": (
        BLOCKED + "(i) the persons listed in the Annex to this order; and\n\n"
        "(ii) any person determined by the Secretary of the Treasury to be owned or controlled "
        "by any person whose property and interests in property are blocked pursuant to this "
        "order.",
        "",
        [
            ("sanctions", "1(a)(i)", "President", ()),
            ("sanctions", "1(a)(ii)", "Secretary of the Treasury", ()),
        ],
    ),
    "persons an earlier order blocked, blocked anew by the order itself": (
        BLOCKED + "(i) the persons listed in the Annex to this order;\n\n"
        "(ii) any person determined by the Secretary of the Treasury to be owned or controlled "
        "by any person whose property and interests in property are blocked pursuant to this "
        "order; and\n\n"
        "(iii) persons whose property and interests in property were blocked pursuant to "
        "Executive Order 14001 of March 2, 2021, and remained blocked immediately prior to the "
        "date of this order.",
        "",
        [
            ("sanctions", "1(a)(i)", "President", ()),
            ("sanctions", "1(a)(ii)", "Secretary of the Treasury", ()),
            ("sanctions", "1(a)(iii)", "President", ()),
        ],
    ),
    "a criterion in the lead: its items only qualify it": (
        BLOCKED + "(i) any person determined by the Secretary of State, in consultation with the "
        "Secretary of the Treasury, to have supplied arms to the Widget Cartel, and to be:\n\n"
        "(A) a citizen of Widgetland; or\n\n(B) an entity organized under the laws of "
        "Widgetland.",
        "",
        [("sanctions", "1(a)(i)", "Secretary of State", ())],
    ),
    "alternative determiners, the prongs inline after the colon": (
        "Section 1. All property and interests in property that are in the United States of "
        "the following persons are blocked and may not be transferred, paid, exported, "
        "withdrawn, or otherwise dealt in: any person determined by the Secretary of the "
        "Treasury, in consultation with the Secretary of State, or by the Secretary of State, "
        "in consultation with the Secretary of the Treasury:\n\n(a) to operate in the widget "
        "sector of the Widgetland economy; or\n\n(b) to be a spouse of a person whose property "
        "and interests in property are blocked pursuant to this order.",
        "",
        [
            ("sanctions", "1(a)", "Secretary of the Treasury or Secretary of State", ()),
            ("sanctions", "1(b)", "Secretary of the Treasury or Secretary of State", ()),
        ],
    ),
    "a criterion printed in the same paragraph as the one before": (
        BLOCKED + "(i) any person determined by the Secretary of the Treasury:\n\n"
        "(A) to be a leader of the Widget Cartel;\n\n(B) to be owned or controlled by the "
        "Widget Cartel; or (C) to have attempted to engage in any of these activities.",
        "",
        [
            ("sanctions", "1(a)(i)(A)", "Secretary of the Treasury", ()),
            ("sanctions", "1(a)(i)(B)", "Secretary of the Treasury", ()),
            ("sanctions", "1(a)(i)(C)", "Secretary of the Treasury", ()),
        ],
    ),
    "a holder named by the clause": (
        "Section 1. All property and interests in property of the Government of Widgetland that "
        "are in the United States are blocked and may not be transferred, paid, exported, "
        "withdrawn, or otherwise dealt in.",
        "",
        [("sanctions", "1", "President", ("Government of Widgetland",))],
    ),
    "the verb after the list": (
        "Section 1. Except to the extent provided in regulations issued pursuant to this order, "
        "all property and interests in property of:\n\n(a) the Widget Cartel; and\n\n"
        "(b) persons determined by the Secretary of the Treasury, in consultation with the "
        "Attorney General:\n\n(i) to act for the Widget Cartel; or\n\n(ii) to support the "
        "Widget Cartel,\n\nthat are in the United States are blocked.",
        "",
        [
            ("sanctions", "1(a)", "President", ("Widget Cartel",)),
            ("sanctions", "1(b)(i)", "Secretary of the Treasury", ()),
            ("sanctions", "1(b)(ii)", "Secretary of the Treasury", ()),
        ],
    ),
    "the verb first, as the 1990s wrote it (regression: no designation at all)": (
        "Section 1. Except to the extent provided in regulations that may be issued pursuant "
        "to this order, I hereby order blocked all property and interests in property that "
        "are or hereafter come within the United States, or that are or hereafter come within "
        "the possession or control of United States persons, of:\n\n"
        "(a) the foreign persons listed in the Annex to this order;\n\n"
        "(b) foreign persons determined by the Secretary of the Treasury, in consultation with "
        "the Attorney General and the Secretary of State:\n\n(i) to play a significant role "
        "in the Widget Cartel; or\n\n(ii) materially to assist in the activities of persons "
        "designated in or pursuant to this order; and\n\n"
        "(c) persons determined by the Secretary of the Treasury to be owned or controlled by "
        "persons designated in or pursuant to this order.",
        ANNEX,
        [
            (
                "sanctions",
                "1(a)",
                "President",
                (
                    "Widget Trading Company",
                    "GRAY, Ellis (a.k.a. GREY, Ellis)",
                    "North Sprocket Bank",
                ),
            ),
            ("sanctions", "1(b)(i)", "Secretary of the Treasury", ()),
            ("sanctions", "1(b)(ii)", "Secretary of the Treasury", ()),
            ("sanctions", "1(c)", "Secretary of the Treasury", ()),
        ],
    ),
    "the verb first, the holder inline": (
        "Section 1. I hereby order blocked all property and interests in property of the "
        "Government of Widgetland that are in the United States.",
        "",
        [("sanctions", "1", "President", ("Government of Widgetland",))],
    ),
    "persons added to another order's Annex": (
        "Section 1. The Annex to Executive Order 13999 of May 1, 2026, is amended by adding "
        "thereto the following persons in appropriate alphabetical order:\n\n"
        "Sprocket Holdings (a.k.a. Sprocket Group)\n\nThe Widget Brigade.\n\n"
        "Sec. 2. This order is effective immediately.",
        "",
        [
            (
                "sanctions",
                "1",
                "President",
                ("Sprocket Holdings (a.k.a. Sprocket Group)", "The Widget Brigade"),
            )
        ],
    ),
}


@pytest.mark.parametrize(("body", "annex", "expected"), SANCTIONS.values(), ids=SANCTIONS.keys())
def test_sanctions(body: str, annex: str, expected: list[Row]) -> None:
    order = parse(body, annex)
    assert rows(order) == expected
    for designation in order.designations:
        assert (
            designation.designation == "person whose property and interests in property are blocked"
        )
        assert designation.directed == (designation.designator != "President")


def test_the_consulted_official_is_not_the_designator() -> None:
    order = parse(SANCTIONS["annex and prongs"][0], ANNEX)
    prong = order.designations[1]
    assert prong.designator == "Secretary of the Treasury"
    assert prong.consulted == ("Secretary of State",)
    assert prong.designee.startswith("any person determined to be a leader")
    assert order.designations[0].basis == ("50 U.S.C. 1701 et seq.", "50 U.S.C. 1601 et seq.")


def test_criteria_after_upon_determining_that_the_person_are_one_designation_each() -> None:
    # whole-order set 28 (EO 13846 secs. 1, 7) and set 27 (EO 13645 sec. 2): "is hereby
    # authorized to impose on a person the measures described in subsection (b) … upon
    # determining that the person: (i) …; or (ii) …", (b) blocking whoever meets them
    order = parse(
        "Sec. 7. Sanctions. (a) The Secretary of the Treasury, in consultation with the "
        "Secretary of State, is hereby authorized to impose on a person the measures described "
        "in subsection (b) of this section upon determining that the person:\n\n"
        "(i) has engaged in the diversion of goods intended for the people of Widgetland;\n\n"
        "(ii) has materially assisted any person whose property is blocked under this order; "
        "or\n\n(iii) is owned or controlled by any such person.\n\n(b) With respect to any "
        "person determined by the Secretary of the Treasury in accordance with this section to "
        "meet any of the criteria set forth in subsections (a)(i)-(a)(iii) of this section, all "
        "property and interests in property that are in the United States of such person are "
        "blocked and may not be transferred, paid, exported, withdrawn, or otherwise dealt in."
    )
    assert [(d.where, d.designator, d.consulted) for d in order.designations] == [
        (f"7(a)({label})", "Secretary of the Treasury", ("Secretary of State",))
        for label in ("i", "ii", "iii")
    ]
    assert order.designations[0].designee == (
        "the person has engaged in the diversion of goods intended for the people of Widgetland"
    )
    # "upon determining:" with the subject inside each criterion reads the same way
    colon = parse(
        "Sec. 2. Sanctions. (a) The Secretary of the Treasury is hereby authorized to impose on "
        "a person the measures described in subsection (b) of this section upon determining:"
        "\n\n(i) that the person has materially assisted the Widget Cartel; or\n\n(ii) that "
        "the person is owned or controlled by the Widget Cartel.\n\n(b) With respect to any "
        "person determined by the Secretary of the Treasury in accordance with this section to "
        "meet the criteria set forth in subsection (a)(i) or (a)(ii) of this section, all "
        "property and interests in property that are in the United States of such person are "
        "blocked."
    )
    assert [(d.where, d.designee) for d in colon.designations] == [
        ("2(a)(i)", "the person has materially assisted the Widget Cartel"),
        ("2(a)(ii)", "the person is owned or controlled by the Widget Cartel"),
    ]


def test_annex_entries_keep_aliases_and_drop_particulars() -> None:
    annex = (
        "\nANNEX\n\n1. Ellis GRAY [Minister of Widgets, born 1 Jan. 1960]\n\n"
        "2. Sprocket Bank (a.k.a. Bank [of] Sprockets); Passport No. 123\n\n"
        "3. Dana PIKE; DOB 2 Feb 1970; nationality, Widgetland\n"
    )
    (row,) = parse(SANCTIONS["annex printed as an image: no names"][0], annex).designations[:1]
    assert row.names == ("Ellis GRAY", "Sprocket Bank (a.k.a. Bank [of] Sprockets)", "Dana PIKE")


def test_added_to_another_orders_annex_rests_on_that_order() -> None:
    order = parse(SANCTIONS["persons added to another order's Annex"][0])
    assert order.designations[0].basis == ("EO 13999",)


# -- terrorist organizations --------------------------------------------------------------

TERRORISTS = {
    "directed, both halves": (
        "Section 1. Implementation. Within 14 days of the date of this order, the Secretary of "
        "State shall take all appropriate action, in consultation with the Secretary of the "
        "Treasury and the Attorney General, to make a recommendation regarding the designation "
        "of any cartel described in section 2 of this order as a Foreign Terrorist Organization "
        "consistent with 8 U.S.C. 1189 and/or a Specially Designated Global Terrorist consistent "
        "with 50 U.S.C. 1702 and Executive Order 13224.",
        [
            ("terrorist_organization", "1", "Secretary of State", ()),
            ("global_terrorist", "1", "Secretary of State", ()),
        ],
    ),
    "alternatives as applicable; the FTO is the Secretary of State's": (
        "Section 1. The Secretary of State or the Secretary of the Treasury, as applicable, "
        "shall take all appropriate action with regard to the designation of the Red Widget "
        "Network, also known as the Widgeteers, as a foreign terrorist organization and a "
        "specially designated global terrorist.",
        [
            ("terrorist_organization", "1", "Secretary of State", ("Red Widget Network",)),
            (
                "global_terrorist",
                "1",
                "Secretary of State or Secretary of the Treasury, as applicable",
                ("Red Widget Network",),
            ),
        ],
    ),
    "a class listed by place": (
        "Section 1. The Secretary of State shall take all appropriate action concerning the "
        "designation of any Sprocket League chapters, including those in Avalon, Brigadoon, and "
        "Camelot, as Foreign Terrorist Organizations consistent with 8 U.S.C. 1189.",
        [],
    ),
    "made by the President": (
        "Section 1. I hereby designate the Northern Widget Cartel as a Foreign Terrorist "
        "Organization pursuant to section 219 of the INA (8 U.S.C. 1189).",
        [("terrorist_organization", "1", "President", ("Northern Widget Cartel",))],
    ),
    "a report on a designation directs none": (
        "Section 1. Within 30 days, the Secretary of State shall submit a report to the "
        "President concerning the designation of the Red Widget Network as a Foreign Terrorist "
        "Organization.",
        [],
    ),
    "a process that starts directs none": (
        "Section 1. Purpose. This order sets in motion a process by which the Red Widget "
        "Network shall be considered for designation as a Foreign Terrorist Organization.",
        [],
    ),
}


@pytest.mark.parametrize(("body", "expected"), TERRORISTS.values(), ids=TERRORISTS.keys())
def test_terrorists(body: str, expected: list[Row]) -> None:
    assert rows(parse(body)) == expected


def test_a_directed_revocation_is_a_terminated_designation() -> None:
    (row,) = parse(
        "Section 1. The Secretary of State shall take all appropriate action to revoke the "
        "designation of the Sprocket Front as a Foreign Terrorist Organization."
    ).designations
    assert row.terminated
    assert row.names == ("Sprocket Front",)


def test_terrorist_basis_per_category_and_names_of_a_class() -> None:
    fto, sdgt = parse(TERRORISTS["directed, both halves"][0]).designations
    assert (fto.basis, sdgt.basis) == (("8 U.S.C. 1189",), ("50 U.S.C. 1702", "EO 13224"))
    assert fto.directed
    assert sdgt.directed
    assert fto.consulted == ("Secretary of the Treasury", "Attorney General")
    body = (
        TERRORISTS["a class listed by place"][0]
        + "\n\nSec. 2. The Secretary of State shall take all appropriate action with regard to "
        "the designation of any Sprocket League chapters described in section 1 of this order as "
        "Foreign Terrorist Organizations."
    )
    (row,) = parse(body).designations
    assert row.where == "2"
    assert row.names == (
        "Sprocket League chapter in Avalon",
        "Sprocket League chapter in Brigadoon",
        "Sprocket League chapter in Camelot",
    )


def test_a_class_described_elsewhere_is_named_by_its_examples() -> None:
    order = parse(
        "Section 1. Purpose. (a) Widget cartels threaten the United States.\n\n(b) Other "
        "transnational organizations, such as Tren de Widgets (TdW) and La Mara Sprocket "
        "(MS-99) pose similar threats.\n\nSec. 2. Implementation. The Secretary of State shall "
        "take all appropriate action regarding the designation of any cartel or other "
        "organization described in section 1 of this order as a Foreign Terrorist Organization."
    )
    (row,) = order.designations
    assert row.names == ("Tren de Widgets (TdW)", "La Mara Sprocket (MS-99)")


# -- orders of succession -------------------------------------------------------------------

SUCCESSION_HEAD = (
    "Executive Order 14975 of May 10, 2026\n\nProviding an Order of Succession Within the "
    "Department of Widgets\n\nBy the authority vested in me as President by the Constitution and "
    "the laws of the United States of America, including the Federal Vacancies Reform Act of "
    "1998, 5 U.S.C. 3345 et seq., it is hereby ordered:\n\n"
)


def test_order_of_succession_ranks_each_office() -> None:
    order = parse_text(
        SUCCESSION_HEAD + "Section 1. Order of Succession. (a) The following officials, in the "
        "order listed, shall act as and perform the functions and duties of the office of "
        "Secretary of Widgets (Secretary):\n\n(i) Deputy Secretary of Widgets;\n\n(ii) General "
        "Counsel of the Department of Widgets; and\n\n(iii) Assistant Secretaries of Widgets, in "
        "the order in which they shall have taken the oath of office.\n\n(b) No individual who "
        "is serving in an office listed in subsection (a) in an acting capacity shall act as "
        "Secretary pursuant to this order." + END
    )
    got = [(d.designee, d.where, d.rank, d.category.value) for d in order.designations]
    assert got == [
        ("Deputy Secretary of Widgets", "1(a)(i)", 1, "succession"),
        ("General Counsel of the Department of Widgets", "1(a)(ii)", 2, "succession"),
        (
            "Assistant Secretaries of Widgets, in the order in which they shall have taken the "
            "oath of office",
            "1(a)(iii)",
            3,
            "succession",
        ),
    ]
    assert {d.designation for d in order.designations} == {
        "acting Secretary of Widgets (order of succession)"
    }
    assert all(d.designator == "President" and not d.directed for d in order.designations)
    assert order.designations[0].basis == ("5 U.S.C. 3345 et seq.",)


def test_succession_list_in_the_section_the_lead_names_with_a_sublist() -> None:
    order = parse_text(
        SUCCESSION_HEAD + "Section 1. The officers named in section 2, in the order listed, shall "
        "act as and perform the functions and duties of the office of Secretary of Widgets.\n\n"
        "Sec. 2. Order of Succession.\n\n(a) Deputy Secretary of Widgets;\n\n(b) The following "
        "officers, in the order in which they shall have taken the oath of office:\n\n"
        "(1) Under Secretary of Widgets for Gears;\n\n(2) Under Secretary of Widgets for "
        "Springs; and\n\n(c) the following officers, in the order listed:\n\n(1) Chief of Staff;"
        "\n\n(2) Solicitor of Widgets.\n\nSec. 3. Exceptions. No individual serving in an acting "
        "capacity shall act as Secretary pursuant to this order." + END
    )
    got = [(d.where, d.rank) for d in order.designations]
    assert got == [("2(a)", 1), ("2(b)(1)", 2), ("2(b)(2)", 2), ("2(c)(1)", 3), ("2(c)(2)", 4)]


def test_a_second_lead_over_the_same_list_adds_nothing() -> None:
    order = parse_text(
        SUCCESSION_HEAD + "Section 1. (a) In the event of the death of the Secretary of Widgets, "
        "the officials designated below, in the order indicated, shall act for and exercise the "
        "powers of the Secretary of Widgets as Acting Secretary of Widgets:\n\n(1) Deputy "
        "Secretary of Widgets.\n\n(2) Solicitor of Widgets.\n\n(3) Chief of Staff.\n\n(b) During "
        "a temporary absence of the Secretary, the officials designated in paragraph (a) of "
        "this section, in the order indicated, shall act for the Secretary." + END
    )
    assert [(d.where, d.rank) for d in order.designations] == [
        ("1(a)(1)", 1),
        ("1(a)(2)", 2),
        ("1(a)(3)", 3),
    ]


# -- places, organisations, officials, things ----------------------------------------------------

OWN = {
    "a combat zone with a dash list and its date": (
        "Pursuant to section 112 of the Internal Revenue Code of 1986 (26 U.S.C. 112), I "
        "designate, for the purposes of that section, the following locations, including the "
        "airspace above such locations, as an area in which Armed Forces of the United States "
        "are engaged in combat:\n\n— Widgetland;\n\n— the Sprocket Sea.\n\nFor the purposes of "
        "this order, I designate March 1, 2026, as the date of the commencement of combatant "
        "activities in such zone.",
        [
            ("place", "preamble", "President", ("Widgetland", "the Sprocket Sea")),
            ("place", "preamble", "President", ()),
        ],
    ),
    "a public international organization": (
        "Section 1. Designation. I hereby designate the Widget Council as a public international "
        "organization entitled to enjoy the privileges, exemptions, and immunities provided by "
        "the International Organizations Immunities Act.\n\nSec. 2. The designation in section 1 "
        "of this order is not intended to abridge any privileges the Widget Council may have.",
        [("organization", "1", "President", ())],
    ),
    "organisations listed after the category": (
        "Section 1. I hereby designate as public international organizations for the purposes "
        "of the Widget Act:\n\n(a) The Widget Union, including its institutions; and\n\n"
        "(b) The Sprocket Office (Sproc), including its agencies.\n\nSec. 2. Nothing in this "
        "order affects other designations.",
        [("organization", "1", "President", ("Widget Union", "Sprocket Office (Sproc)"))],
    ),
    "an official designated to exercise an authority": (
        "Section 1. The Under Secretary of Defense for Policy is hereby designated to have "
        "authority to release widgets from the National Widget Stockpile.",
        [("official", "1", "President", ())],
    ),
    "things designated, named one by one": (
        "Section 1. Purpose. Accordingly, I hereby designate illicit widgets and their core "
        "precursor sprockets as Weapons of Mass Destruction (WMD).",
        [("other", "1", "President", ("illicit widgets", "core precursor sprockets"))],
    ),
    "an official told to designate a legal category": (
        "Section 1. The Secretary of State may designate any foreign country that detains "
        "widget engineers wrongfully as a State Sponsor of Widget Detention.",
        [("place", "1", "Secretary of State", ())],
    ),
    "the countries the order calls designated": (
        "Section 1. I hereby proclaim, pursuant to section 212(f) of the INA, 8 U.S.C. 1182(f), "
        "that the entry into the United States of nationals of Avalon, Brigadoon, and Camelot "
        "would be detrimental to the interests of the United States, and I suspend such entry "
        "for 90 days.\n\nSec. 2. The suspension applies to nationals of the designated "
        "countries who are outside the United States.",
        [("place", "1", "President", ("Avalon", "Brigadoon", "Camelot"))],
    ),
}


@pytest.mark.parametrize(("body", "expected"), OWN.values(), ids=OWN.keys())
def test_designations_made_or_directed(body: str, expected: list[Row]) -> None:
    assert rows(parse(body)) == expected


def test_this_order_designates_is_read_where_the_order_does_it() -> None:
    order = parse(
        "Section 1. Purpose. Accordingly, this order designates Esperanto as the official "
        "language of the Widget Service.\n\nSec. 2. Policy. It is the policy of the Widget "
        "Service to communicate clearly.\n\nSec. 3. Designating an Official Language. (a) "
        "Esperanto is the official language of the Widget Service."
    )
    ((category, where, designator, _),) = rows(order)
    assert (category, where, designator) == ("other", "3(a)", "President")
    assert order.quote(order.designations[0]).startswith("Esperanto is the official language")


def test_termination_of_a_combat_zone() -> None:
    order = parse_text(
        "Executive Order 14976 of May 11, 2026\n\nTermination of Combat Zone Designation\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, including section 112(c)(3) of the Internal Revenue Code of "
        "1986 (26 U.S.C. 112(c)(3)), June 30, 2026, is hereby designated as the date of "
        "termination of combatant activities in the zone described in Executive Order 14900." + END
    )
    (row,) = order.designations
    assert (row.category.value, row.terminated, row.designation) == ("place", True, "combat zone")
    assert row.designee == "the zone described in Executive Order 14900"
    assert row.basis == ("26 U.S.C. 112(c)(3)",)


def test_a_designation_the_order_terminates() -> None:
    (row,) = parse(
        "Section 1. The designation of the Sprocket League as a widget cooperative is hereby "
        "terminated."
    ).designations
    assert row.terminated
    assert row.designee == "the Sprocket League"


# -- quoted amendatory text ---------------------------------------------------------------------


def test_quoted_amendatory_text_nests_under_the_amending_section() -> None:
    order = parse(
        "Section 1. Section 2 of Executive Order 13999 is amended to read as follows:\n\n"
        '"Sec. 2. (a) All property and interests in property of the following persons are '
        "blocked:\n\n(i) the persons listed in the Annex to this order; and\n\n(ii) any person "
        'determined by the Secretary of the Treasury to be a leader of the Widget Cartel."\n\n'
        "Sec. 2. This order is effective immediately."
    )
    got = [(d.where, d.quoted, d.designator) for d in order.designations]
    assert got == [("1(a)(i)", True, "President"), ("1(a)(ii)", True, "Secretary of the Treasury")]


def test_quoted_order_of_succession() -> None:
    order = parse(
        "Section 1. Section 2 of Executive Order 13999 is amended to read as follows:\n\n"
        '"Sec. 2. Order of Succession.\n\n"(a) Solicitor of Widgets;\n\n"(b) Chief of Staff."\n\n'
        "Sec. 2. This order is effective immediately."
    )
    got = [(d.where, d.rank, d.quoted, d.category.value) for d in order.designations]
    assert got == [("1(a)", 1, True, "succession"), ("1(b)", 2, True, "succession")]


# -- what is not a designation ------------------------------------------------------------------

NOT_DESIGNATIONS = {
    "staffing a body": "Section 1. The Secretary of Commerce shall designate an appropriate "
    "official to serve as Chair of the Working Group, and each member agency shall designate "
    "a senior official as its representative.",
    "a power to designate council members": "Section 1. The Chair may designate officials from "
    "additional agencies who shall serve as members of the Council.",
    "designee as a noun": "Section 1. The Secretary or the Secretary's designee shall convene "
    "the Board, and each designee shall serve without compensation.",
    "designated as such": "Section 1. Agencies shall ensure that significant regulations that "
    "the agency identifies as having international impacts are designated as such in the "
    "Unified Agenda.",
    "narrated history": "Section 1. Purpose. The Widget Cartel has been designated as a "
    "Foreign Terrorist Organization since 2020, and widget lands designated under the Widget "
    "Act were reviewed in 2024.",
    "a designation by someone else, referred to": "Section 1. The office that is designated by "
    "the head of each agency to investigate complaints shall report annually.",
    "a comparison, not a category": "Section 1. The Secretary of Defense shall designate a "
    "research center to provide the Board with such support services as the Board may need.",
    "blocked property of persons already blocked": "Section 1. No transaction in property or "
    "interests in property of any person whose property and interests in property are blocked "
    "pursuant to this order shall be permitted.",
}


@pytest.mark.parametrize("body", NOT_DESIGNATIONS.values(), ids=NOT_DESIGNATIONS.keys())
def test_not_designations(body: str) -> None:
    assert parse(body).designations == ()


# -- invariants -----------------------------------------------------------------------------------

_NAMES = st.lists(
    st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}", fullmatch=True),
    min_size=2,
    max_size=8,
    unique=True,
)


def _without_names(designation: Designation) -> tuple[object, ...]:
    return (
        designation.designee,
        designation.designation,
        designation.category,
        designation.designator,
        designation.where,
        designation.span,
        designation.rank,
        designation.directed,
    )


@settings(max_examples=25, deadline=None)
@given(names=_NAMES, seed=st.randoms(use_true_random=False))
def test_reordering_an_annex_changes_only_the_order_of_names(
    names: list[str], seed: object
) -> None:
    shuffled = list(names)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    body = SANCTIONS["annex and prongs"][0]

    def annex(entries: list[str]) -> str:
        return "\nANNEX\n\n" + "".join(f"{name}\n\n" for name in entries)

    before = parse(body, annex(names)).designations
    after = parse(body, annex(shuffled)).designations
    assert [_without_names(d) for d in before] == [_without_names(d) for d in after]
    assert before[0].names == tuple(names)
    assert after[0].names == tuple(shuffled)
    assert all(not d.names for d in before[1:])


def test_spans_quote_the_designating_words() -> None:
    order = parse(OWN["a public international organization"][0])
    (row,) = order.designations
    assert order.quote(row).startswith("I hereby designate the Widget Council as a public")
    assert row.designee == "the Widget Council"


# -- across a corpus -----------------------------------------------------------------------------


def test_corpus_designations_is_one_table() -> None:
    from eoparse.corpus import Corpus
    from eoparse.present.frames import COMMON

    first = parse(SANCTIONS["annex and prongs"][0], ANNEX)
    second = parse_text(
        HEAD.replace("14974", "14977")
        + TERRORISTS["directed, both halves"][0]
        + END.replace("May 9", "May 12")
    )
    corpus = Corpus([first, second])
    rows = corpus.designations(frame=False)
    assert [(r["order"], r["category"], r["path"]) for r in rows] == [
        ("Executive Order 14974", "sanctions", "1(a)(i)"),
        ("Executive Order 14974", "sanctions", "1(a)(ii)(A)"),
        ("Executive Order 14974", "sanctions", "1(a)(ii)(B)"),
        ("Executive Order 14974", "sanctions", "1(a)(ii)(C)"),
        ("Executive Order 14977", "terrorist_organization", "1"),
        ("Executive Order 14977", "global_terrorist", "1"),
    ]
    assert (
        rows[0]["names"]
        == "Widget Trading Company; GRAY, Ellis (a.k.a. GREY, Ellis); North Sprocket Bank"
    )
    pytest.importorskip("pandas")
    frame = corpus.designations()
    assert list(frame.columns[: len(COMMON)]) == list(COMMON)
    assert {"category", "designator", "consulted", "names", "rank"} <= set(frame.columns)
    assert len(frame) == len(rows)
    assert frame["designator"].tolist()[-2:] == ["Secretary of State", "Secretary of State"]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(["and", "or", "and/or", ";", ",", ".", ":", '"', "'", " ", "x", "b"]),
        max_size=14,
    )
)
def test_an_item_tail_looked_for_near_the_end_is_the_first_one(parts: list[str]) -> None:
    """:func:`clean_item` looks for :data:`ITEM_TAIL` near the end only: every match ends
    the item and is short, so the one it finds is the one a scan from the start finds."""
    from eoparse.powers.designation_patterns import ITEM_TAIL
    from eoparse.powers.listed import _TAIL_REACH

    words = "".join(parts)
    tail = ITEM_TAIL.search(words, max(0, len(words) - _TAIL_REACH))
    near = words if tail is None else words[: tail.start()] + words[tail.end() :]
    assert near == ITEM_TAIL.sub("", words, count=1)


def test_a_holder_s_proper_names_are_its_names() -> None:
    order = parse(
        "Section 1. All property and interests in property of the Government of Widgetland, "
        "its agencies, instrumentalities, and controlled entities, and the Central Bank of "
        "Widgetland that are in the United States are blocked and may not be transferred, "
        "paid, exported, withdrawn, or otherwise dealt in."
    )
    (holder,) = order.designations
    assert holder.designator == "President"
    assert holder.names == ("Government of Widgetland", "Central Bank of Widgetland")


@pytest.mark.parametrize(
    ("extended", "designee"),
    [
        (
            "the Lakeshore Monetary Institute the privileges, exemptions, and immunities provided "
            "to public international organizations",
            "the Lakeshore Monetary Institute",
        ),
        (
            "the Permanent Mission of Avalon to the Harbor Council, and to its members, the "
            "privileges and immunities enjoyed by diplomatic missions",
            "the Permanent Mission of Avalon to the Harbor Council, and to its members",
        ),
    ],
)
def test_privileges_extended_without_the_word_designate_are_a_designation(
    extended: str, designee: str
) -> None:
    # "I hereby extend to X the privileges …" gives X what "designate X as a public
    # international organization" does; before, no designation was read (no "designat")
    (row,) = parse_text(
        "Executive Order 14974 of May 9, 2026\n\nTesting Privileges\n\nBy virtue of the "
        "authority vested in me as President by the Constitution and the laws of the United "
        "States, including section 1 of the International Organizations Immunities Act (22 "
        f"U.S.C. 288), I hereby extend to {extended}.\n\n" + END.lstrip()
    ).designations
    assert (row.designee, row.category.value, row.directed, row.names) == (
        designee,
        "organization",
        False,
        (),
    )


def test_the_governments_of_several_states_are_the_government_of_each() -> None:
    # "the Governments of A, the Republic of B, and the Republic of C" lists three
    # governments; before: "Governments of A", "Republic of B", "Republic of C"
    (row,) = parse(
        "Section 1. All property and interests in property of the Governments of the "
        "Federation of Avalon (Avalon and Lyonesse), the Republic of Avalon, and the Republic "
        "of Lyonesse that are in the United States are blocked."
    ).designations
    assert row.names == (
        "Government of the Federation of Avalon (Avalon and Lyonesse)",
        "Government of the Republic of Avalon",
        "Government of the Republic of Lyonesse",
    )


def test_holders_joined_by_or_are_each_a_name() -> None:
    # blind set 17 (EO 13722): "the Government of North Korea or the Workers' Party of
    # Korea" named only the first
    (row,) = parse(
        "Section 1. (a) All property and interests in property of the Government of "
        "Widgetland or the Workers' Party of Widgetland that are in the United States are "
        "blocked and may not be transferred, paid, exported, withdrawn, or otherwise dealt in."
    ).designations
    assert row.names == ("Government of Widgetland", "Workers' Party of Widgetland")
