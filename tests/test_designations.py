"""Designations made, directed, listed in an Annex, and orders of succession."""

from __future__ import annotations

from eoparse import parse_text

HEAD = (
    "Executive Order 14974 of May 9, 2026\n\nTesting Designations\n\n"
    "By the authority vested in me as President, including the International Emergency Economic "
    "Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 9, 2026.\n"


def test_designation_by_the_president() -> None:
    order = parse_text(
        HEAD + "Section 1. The Northern Widget Cartel is hereby designated as a Foreign "
        "Terrorist Organization pursuant to section 219 of the INA (8 U.S.C. 1189)." + END
    )
    (designation,) = order.designations
    assert designation.designee == "The Northern Widget Cartel"
    assert designation.designation.startswith("a Foreign Terrorist Organization")
    assert designation.basis == ("8 U.S.C. 1189",)
    assert not designation.directed


def test_directed_designation() -> None:
    order = parse_text(
        HEAD + "Section 1. Within 14 days, the Secretary of State shall designate the Red Widget "
        "Network as a Foreign Terrorist Organization consistent with 8 U.S.C. 1189." + END
    )
    (designation,) = order.designations
    assert designation.directed
    assert designation.designee == "the Red Widget Network"
    assert designation.designation == "a Foreign Terrorist Organization"


def test_annex_persons_are_one_designation_each() -> None:
    order = parse_text(
        HEAD + "Section 1. All property and interests in property of the persons listed in the "
        "Annex to this order are blocked." + END + "\nANNEX\n\n1. WIDGET TRADING CO.\n\n"
        "2. DOE, John; DOB 01 Jan 1970.\n"
    )
    rows = [(d.designee, d.where, d.basis) for d in order.designations]
    assert rows == [
        ("WIDGET TRADING CO", "Annex(1)", ("50 U.S.C. 1701 et seq.",)),
        ("DOE, John; DOB 01 Jan 1970", "Annex(2)", ("50 U.S.C. 1701 et seq.",)),
    ]
    assert order.designations[0].designation.startswith("person whose property")


def test_order_of_succession() -> None:
    order = parse_text(
        "Executive Order 14975 of May 10, 2026\n\nProviding an Order of Succession Within the "
        "Department of Widgets\n\nBy the authority vested in me as President, it is hereby "
        "ordered:\n\nSection 1. Order of Succession. (a) The following officials, in the order "
        "listed, shall act as and perform the functions and duties of the office of Secretary of "
        "Widgets:\n\n(i) Deputy Secretary of Widgets;\n\n(ii) General Counsel of the Department "
        "of Widgets.\n\nSec. 2. Exceptions. Text." + END
    )
    rows = [(d.designee, d.designation, d.where) for d in order.designations]
    assert rows == [
        ("Deputy Secretary of Widgets", "acting Secretary of Widgets (successor 1)", "1(a)(i)"),
        (
            "General Counsel of the Department of Widgets",
            "acting Secretary of Widgets (successor 2)",
            "1(a)(ii)",
        ),
    ]


def test_basis_from_an_act_the_preamble_cites_and_the_sentence_names() -> None:
    head = HEAD.replace(
        "including the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) "
        "(IEEPA)",
        "including section 1 of the International Organizations Immunities Act (22 U.S.C. 288)",
    )
    order = parse_text(
        head + "Section 1. Designation. I hereby designate the Harbor Commission as a public "
        "international organization entitled to enjoy the privileges, exemptions, and "
        "immunities provided by the International Organizations Immunities Act." + END
    )
    (designation,) = order.designations
    assert designation.designee == "the Harbor Commission"
    assert designation.basis == ("22 U.S.C. 288",)


def test_directed_designee_without_its_infinitive() -> None:
    order = parse_text(
        HEAD + "Section 1. Chair. The Secretary of Commerce shall designate an appropriate "
        "official to serve as Chair of the Working Group." + END
    )
    (designation,) = order.designations
    assert designation.directed
    assert designation.designee == "an appropriate official"
    assert designation.designation.startswith("Chair of the Working Group")


def test_designated_as_such_designates_nothing() -> None:
    order = parse_text(
        "Executive Order 14975 of May 8, 2026\n\nTesting\n\nBy the authority vested in me as "
        "President, it is hereby ordered:\n\nSection 1. Agencies shall ensure that significant "
        "regulations that the agency identifies as having international impacts are "
        "designated as such in the Unified Agenda.\n\nTHE WHITE HOUSE,\nMay 8, 2026.\n"
    )
    assert order.designations == ()
