"""The samples/ orders (written for eoparse) parse strictly into the expected shape."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import eoparse
from eoparse import Kind
from eoparse.cli import main

from .conftest import SAMPLES

HEADERS = [
    ("border_emergency_2019.txt", Kind.PROCLAMATION, 9871, dt.date(2019, 2, 12), "84 FR 4949"),
    ("border_emergency_2025.txt", Kind.PROCLAMATION, 10893, dt.date(2025, 1, 20), "90 FR 8401"),
    (
        "designating_organizations.txt",
        Kind.EXECUTIVE_ORDER,
        14901,
        dt.date(2025, 3, 3),
        "90 FR 11021",
    ),
    ("revoking_and_amending.txt", Kind.EXECUTIVE_ORDER, 14902, dt.date(2025, 4, 7), "90 FR 15411"),
    ("memorandum.txt", Kind.MEMORANDUM, None, dt.date(2025, 5, 14), "90 FR 21113"),
    ("continuation_notice.txt", Kind.NOTICE, None, dt.date(2025, 11, 8), "90 FR 50611"),
    ("deep_nesting_annex.txt", Kind.EXECUTIVE_ORDER, 14903, dt.date(2025, 6, 2), None),
    ("delegating_functions.md", Kind.EXECUTIVE_ORDER, None, dt.date(2024, 6, 3), None),
]


@pytest.mark.parametrize(("name", "kind", "number", "signed", "citation"), HEADERS)
def test_sample_headers(
    name: str, kind: Kind, number: int | None, signed: dt.date, citation: str | None
) -> None:
    order = eoparse.parse(SAMPLES / name, strict=True)  # no warnings either
    assert order.kind is kind
    assert order.number == number
    assert order.signed == signed
    assert order.citation == citation
    assert order.title
    assert order.signature is not None


def test_deep_nesting_and_the_letter_i() -> None:
    order = eoparse.parse(SAMPLES / "deep_nesting_annex.txt")
    paths = [section.path for section in order.walk()]
    assert "3(a)(i)(A)(1)" in paths
    assert [p for p in paths if p.startswith("2(")] == [f"2({c})" for c in "abcdefghij"]
    assert [p for p in paths if p.startswith("4(")] == ["4(i)", "4(ii)", "4(iii)", "4(iv)", "4(v)"]
    assert [p for p in paths if p.startswith("5(")] == ["5(a)", "5(b)"]
    annex_one = order.section("Annex I")
    assert annex_one.heading == "Geographic Areas Covered by the Readiness Standard"
    assert len(annex_one.children) == 10
    assert order.section("Annex II").heading == "Reporting Schedule"


def test_page_breaks_and_quotations() -> None:
    order = eoparse.parse(SAMPLES / "border_emergency_2019.txt")
    assert order.page_at(0) == 4949
    assert order.page_at(order.section("2").span[0]) == 4951
    amending = eoparse.parse(SAMPLES / "revoking_and_amending.txt")
    assert len(amending.quotations) == 1
    assert amending.quote(amending.quotations[0]).startswith('"(c)')


def test_the_two_border_samples_differ_where_the_diff_should_see_it() -> None:
    old = eoparse.parse(SAMPLES / "border_emergency_2019.txt")
    new = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    assert old.section("3").heading == "Reporting"
    assert new.section("3").heading == "Unmanned Aircraft"
    assert "30 days" in old.section("1(a)").text
    assert "14 days" in new.section("1(a)").text


def test_demo_prints_an_outline() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["demo"], out=out, err=err) == 0
    text = out.getvalue()
    assert "Proclamation 10893 — Declaring a National Emergency" in text
    assert "Sec. 3. Unmanned Aircraft" in text


def _order(name: str) -> eoparse.Order:
    return eoparse.parse(SAMPLES / name)


def test_border_emergency_extractions() -> None:
    old, new = _order("border_emergency_2019.txt"), _order("border_emergency_2025.txt")
    for order in (old, new):
        assert [e.action.value for e in order.emergencies] == ["declare"]
        assert "50 U.S.C. 1621" in order.emergencies[0].statutes
        # the statutes "invoked and made available" are powers, not the ground of the action
        assert order.emergencies[0].powers_invoked == ("10 U.S.C. 12302", "10 U.S.C. 2808")
        assert "10 U.S.C. 12302" not in order.emergencies[0].statutes
    # the 2019 findings say what threatens; where the emergency exists is no threat
    assert old.emergencies[0].threat == "The conditions at the northern frontier"
    assert new.emergencies[0].threat is None
    assert ("revokes", "Proclamation 10150") in {
        (r.relation.value, r.target.label()) for r in new.references
    }
    deadlines = {g.where: g.deadline_days for g in old.grants if g.deadline_days}
    assert deadlines["1(a)"] == 30
    assert {g.where: g.deadline_days for g in new.grants if g.deadline_days}["1(a)"] == 14
    assert {g.actor for g in new.grants if g.where == "1(c)"} == {"Attorney General"}
    assert {g.modality.value for g in old.grants if g.where == "2(c)"} == {"shall"}
    assert {g.modality.value for g in new.grants if g.where == "2(c)"} == {"may"}
    cited = {c for a in new.authorities for c in a.citations}
    assert {"10 U.S.C. 284", "10 U.S.C. 2808", "10 U.S.C. 12302"} <= cited


def test_designation_sample_extractions() -> None:
    order = _order("designating_organizations.txt")
    names = {(a.short, a.citations) for a in order.authorities}
    assert ("IEEPA", ("50 U.S.C. 1701 et seq.",)) in names
    assert [e.action.value for e in order.emergencies] == ["declare"]
    directed = [d for d in order.designations if d.directed]
    assert directed[0].designation == "Foreign Terrorist Organization"
    assert directed[0].category.value == "terrorist_organization"
    assert directed[0].names == ("Red Delta Network", "Los Halcones del Norte")
    assert directed[0].basis == ("8 U.S.C. 1189",)
    (listed,) = [d for d in order.designations if "Annex" in d.designee]
    assert listed.where == "3(a)(i)"
    assert len(listed.names) == 4
    assert listed.names[0].startswith("RED DELTA NETWORK")
    assert listed.designation.startswith("person whose property")
    amends = [r for r in order.references if r.relation.value == "amends"]
    assert [r.target.number for r in amends] == [13224]
    first = order.grants[0]
    assert (first.actor, first.deadline_days) == ("Secretary of State", 14)
    assert first.co_actors == ("Secretary of the Treasury", "Attorney General")


def test_revoking_and_amending_sample_extractions() -> None:
    order = _order("revoking_and_amending.txt")
    rows = [
        (r.relation.value, r.target.number, r.partial, r.target_sections) for r in order.references
    ]
    assert ("revokes", 13990, False, ()) in rows
    assert ("revokes", 14008, True, ("3",)) in rows
    assert ("revokes", 13780, False, ()) in rows
    assert ("revokes", 13815, False, ()) in rows
    assert ("supersedes", 12777, True, ()) in rows
    assert ("cites", 12866, False, ()) in rows
    (amends,) = [r for r in order.references if r.relation.value == "amends"]
    assert [(a.section, a.strike) for a in amends.amendments] == [
        ("2(a)", "Federal agencies"),
        ("5", None),
    ]
    assert amends.amendments[1].insert is not None
    assert amends.amendments[1].insert.startswith("(c) Within 180 days")


def test_delegation_memorandum_and_notice_samples() -> None:
    delegating = _order("delegating_functions.md")
    modalities = {g.modality.value for g in delegating.grants}
    assert modalities == {"shall", "may", "authorized", "delegated"}
    assert {g.deadline_days for g in delegating.grants} >= {30, 180}
    assert any(g.deadline_date is not None for g in delegating.grants)
    memo = _order("memorandum.txt")
    assert [g.deadline_days for g in memo.grants[:2]] == [90, 120]
    notice = _order("continuation_notice.txt")
    assert [(e.action.value, e.target.label()) for e in notice.emergencies if e.target] == [
        ("continue", "Proclamation 9871")
    ]
    assert notice.references[0].relation.value == "continues"
