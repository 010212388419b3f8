"""diff(old, new) → PowerDiff: each kind of change, pinned on documents written for eoparse.

The two border-emergency samples were written to differ in known ways (see
samples/README.md); the small orders below vary one thing at a time.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

import eoparse
from eoparse import Order
from eoparse.cli import main
from eoparse.compare import Change, ItemChange, PowerDiff, diff, similarity, word_diff
from eoparse.model import MeasureAction

from .conftest import SAMPLES

OLD_PATH = SAMPLES / "border_emergency_2019.txt"
NEW_PATH = SAMPLES / "border_emergency_2025.txt"


@pytest.fixture(scope="module")
def border() -> PowerDiff:
    return diff(eoparse.parse(OLD_PATH), eoparse.parse(NEW_PATH))


def _one(result: PowerDiff, category: str, change: str, where: str, **item: Any) -> ItemChange:
    """The single change of ``category`` and kind at ``where`` whose item has ``item`` fields."""
    found = []
    for c in result.changes:
        side = c.new or c.old
        assert side is not None
        if c.category != category or c.change.value != change or side.where != where:
            continue
        if all(getattr(side.item, k) == v for k, v in item.items()):
            found.append(c)
    assert len(found) == 1, (category, change, where, item, [c.label for c in result.changes])
    return found[0]


def _fields(change: ItemChange) -> dict[str, tuple[Any, Any]]:
    return {f.field: (f.old, f.new) for f in change.fields}


# -- the border samples: each change the README lists ---------------------------------


def test_deadline_cut_from_30_to_14_days(border: PowerDiff) -> None:
    change = _one(border, "grants", "changed", "1(a)", actor="Secretary of Defense")
    assert _fields(change)["deadline_days"] == (30, 14)
    assert set(_fields(change)) == {"deadline_days", "deadline"}
    assert change.new is not None
    assert change.old is not None
    assert "Within 14 days" in change.new.quote
    assert "Within 30 days" in change.old.quote
    assert (change.new.where, change.old.where) == ("1(a)", "1(a)")
    assert change.old.order == "Proclamation 9871"
    assert change.new.order == "Proclamation 10893"


def test_actor_replaced(border: PowerDiff) -> None:
    change = _one(border, "grants", "changed", "1(c)")
    assert _fields(change) == {"actor": ("Secretary of Homeland Security", "Attorney General")}
    assert change.label.startswith("Attorney General shall: coordinate")


def test_modality_shall_to_may(border: PowerDiff) -> None:
    for actor in ("Secretary of the Interior", "Secretary of Agriculture"):
        change = _one(border, "grants", "changed", "2(c)", actor=actor)
        assert _fields(change) == {"modality": ("shall", "may")}
        assert change.old is not None
        assert change.old.item.actor == actor  # paired with the same actor, not the other one


def test_revocation_added(border: PowerDiff) -> None:
    change = _one(border, "references", "added", "preamble", relation="revokes")
    assert change.label == "revokes Proclamation 10150"
    assert change.new is not None
    assert change.new.quote.endswith("is hereby revoked.")
    assert change.old is None
    # the plain mention of 10150 in the same order is not listed beside its revocation
    labels = [c.label for c in border.category("references")]
    assert "cites Proclamation 10150" not in labels
    assert "cites Proclamation 9871" in labels


def test_statute_added(border: PowerDiff) -> None:
    """10 U.S.C. 284 is invoked as well: a new authority and a new grant, but no ground of the
    emergency (the NEA) nor a power it makes available (10 U.S.C. 12302 and 2808, both
    times): of the declaration only the threat differs (the 2025 text names none)."""
    authority = _one(border, "authorities", "added", "preamble")
    assert authority.label == "10 U.S.C. 284"
    assert authority.new is not None
    assert "section 284 of title 10" in authority.new.quote
    emergency = _one(border, "emergencies", "changed", "preamble", action="declare")
    assert set(_fields(emergency)) == {"threat"}
    grant = _one(border, "grants", "added", "preamble", actor="Secretary of Defense")
    assert grant.new is not None
    assert grant.new.item.basis == ("10 U.S.C. 284",)


def test_reporting_section_dropped_and_unmanned_aircraft_added(border: PowerDiff) -> None:
    removed = [c for c in border.removed if c.category == "grants"]
    assert {(c.old.where, c.old.item.actor) for c in removed if c.old} == {
        ("3", "Secretary of Defense"),
        ("3", "Secretary of Homeland Security"),
    }
    added = _one(border, "grants", "added", "3", actor="Secretary of Defense")
    assert added.new is not None
    assert "unmanned aircraft" in added.new.quote
    by_path = {(s.old_path, s.new_path): s for s in border.sections}
    assert by_path[("3", None)].change is Change.REMOVED
    assert by_path[("3", None)].old_heading == "Reporting"
    assert by_path[(None, "3")].change is Change.ADDED
    assert by_path[(None, "3")].new_heading == "Unmanned Aircraft"
    assert [op for op, _ in by_path[(None, "3")].text_diff] == ["insert"]


def test_sections_aligned_with_word_diffs(border: PowerDiff) -> None:
    by_path = {(s.old_path, s.new_path): s for s in border.sections}
    assert by_path[("4", "4")].change is Change.SAME
    assert by_path[("4", "4")].similarity == 1.0
    first = by_path[("1", "1")]
    assert first.change is Change.CHANGED
    assert 0.9 < first.similarity < 1.0
    ops = [(op, words) for op, words in first.text_diff if op != "equal"]
    assert ("delete", "30") in ops
    assert ("insert", "14") in ops
    assert ("delete", "Secretary of Homeland Security") in ops
    assert ("insert", "Attorney General") in ops
    assert by_path[("preamble", "preamble")].change is Change.CHANGED
    # removed sections come right after the section that preceded them
    order = [(s.old_path, s.new_path) for s in border.sections]
    assert order.index(("3", None)) == order.index(("2", "2")) + 1


def test_nothing_else_changed(border: PowerDiff) -> None:
    counts = border.counts()

    def row(added: int, removed: int, changed: int, unchanged: int) -> dict[str, int]:
        return {
            "added": added, "removed": removed, "changed": changed, "wording": 0,
            "unchanged": unchanged, "kept": 0,
        }  # fmt: skip

    assert counts["grants"] == row(2, 2, 4, 4)  # the two "invoked and made available" grants
    assert counts["references"] == row(2, 0, 0, 0)
    assert counts["authorities"] == row(1, 0, 0, 3)
    assert counts["emergencies"] == row(0, 0, 1, 0)
    assert counts["designations"] == row(0, 0, 0, 0)


def test_summary_is_one_line(border: PowerDiff) -> None:
    summary = border.summary()
    assert "\n" not in summary
    assert summary.startswith("Proclamation 9871 → Proclamation 10893: ")
    assert "grants 2 added, 2 removed, 4 changed" in summary
    assert "sections 1 added, 1 removed" in summary


def test_to_dict_is_plain_json_in_the_agreed_shape(border: PowerDiff) -> None:
    data = border.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) >= {"new", "old", "summary", "counts", "changes", "sections"}
    assert set(data["new"]) >= {"label", "kind", "number", "signed", "title"}
    assert data["new"]["signed"] == "2025-01-20"
    assert [o["number"] for o in data["old"]] == [9871]
    assert set(data["counts"]) == {
        "grants",
        "authorities",
        "emergencies",
        "designations",
        "measures",
        "references",
        "bodies",
    }
    for change in data["changes"]:
        assert change["change"] in ("added", "removed", "changed")
        assert set(change) >= {"category", "change", "label", "fields", "new", "old"}
        for side in ("new", "old"):
            if change[side] is not None:
                assert set(change[side]) >= {"where", "quote", "item"}
        if change["old"] is not None:
            assert change["old"]["order"] == "Proclamation 9871"
        if change["change"] != "changed":
            assert change["fields"] == []
    deadline = next(c for c in data["changes"] if c["new"] and c["new"]["where"] == "1(a)")
    assert {"field": "deadline_days", "old": 30, "new": 14} in deadline["fields"]
    assert deadline["new"]["item"]["deadline_days"] == 14
    for section in data["sections"]:
        assert set(section) >= {
            "change",
            "new_path",
            "old_path",
            "new_heading",
            "old_heading",
            "similarity",
            "text_diff",
        }
        assert all(op in ("equal", "delete", "insert") for op, _ in section["text_diff"])


def test_text_report(border: PowerDiff) -> None:
    text = border.to_text()
    assert " ".join(text.split()).startswith(" ".join(border.summary().split()))
    assert "deadline_days: 30 → 14" in text
    assert "removed  old 3 Reporting | new -" in text
    assert text.index("Headlines:") < text.index("Changes:") < text.index("Sections:")
    # wrapped to the width, never cut
    assert max(len(line) for line in border.to_text(width=72).splitlines()) <= 72
    flat_text = " ".join(text.split())
    for change in border.powers:
        for side in (change.old, change.new):
            if side is not None:
                assert " ".join(side.quote.split()) in flat_text


# -- small orders varying one thing ------------------------------------------------------

DESIGNATING = """Executive Order 14921 of April 14, 2025

Designating the Red Delta Network

By the authority vested in me as President by the Constitution and the laws of the United \
States of America, including the International Emergency Economic Powers Act (50 U.S.C. 1701 \
et seq.) (IEEPA), {NEA}and section 301 of title 3, United States Code, I, DONALD J. TRUMP, \
President of the United States of America, find that the Red Delta Network constitutes an \
unusual and extraordinary threat to the national security of the United States, and I hereby \
declare a national emergency to deal with that threat.

Section 1. Designation. Within 14 days of the date of this order, the Secretary of State shall \
designate the Red Delta Network as a Foreign Terrorist Organization {BASIS}.

Sec. 2. Reports. The Secretary of the Treasury shall report to the President every 180 days.

DONALD J. TRUMP

THE WHITE HOUSE,

April 14, 2025.
"""
INA = "pursuant to section 219 of the Immigration and Nationality Act (8 U.S.C. 1189)"
IEEPA = "pursuant to section 1702 of title 50, United States Code"
NEA = "the National Emergencies Act (50 U.S.C. 1601 et seq.) (NEA), "


def _designating(basis: str = INA, nea: str = NEA) -> Order:
    return eoparse.parse_text(DESIGNATING.replace("{BASIS}", basis).replace("{NEA}", nea))


def test_designation_basis_changed() -> None:
    result = diff(_designating(INA), _designating(IEEPA))
    change = _one(result, "designations", "changed", "1")
    fields = {f.field: f for f in change.fields}
    assert set(fields) == {"basis"}
    assert fields["basis"].added == ("50 U.S.C. 1702",)
    assert fields["basis"].removed == ("8 U.S.C. 1189",)
    # the Act named in the old order is gone, a bare citation takes its place
    assert (
        _one(result, "authorities", "removed", "1").label == "Immigration and Nationality Act (INA)"
    )
    assert _one(result, "authorities", "added", "1").label == "50 U.S.C. 1702"


def test_emergency_statutes_changed() -> None:
    result = diff(_designating(), _designating(nea=""))
    change = _one(result, "emergencies", "changed", "preamble", action="declare")
    fields = {f.field: f for f in change.fields}
    assert set(fields) == {"statutes"}
    assert fields["statutes"].removed == ("50 U.S.C. 1601 et seq.",)
    assert fields["statutes"].added == ()
    assert _one(result, "authorities", "removed", "preamble").label == (
        "National Emergencies Act (NEA)"
    )


def test_same_order_has_no_changes() -> None:
    order = _designating()
    result = diff(order, order)
    assert result.changes == ()
    assert all(s.change is Change.SAME for s in result.sections)
    assert result.summary().endswith(": no change of power")
    assert sum(v["unchanged"] for v in result.counts().values()) > 0


def test_nothing_to_compare_with_means_everything_is_added() -> None:
    order = _designating()
    result = diff([], order)
    assert result.old == ()
    assert all(c.change is Change.ADDED for c in result.changes)
    assert len(result.category("grants")) == len(order.grants)
    assert all(s.change is Change.ADDED for s in result.sections)
    assert result.summary().startswith("nothing → ")


def test_several_old_orders_are_pooled() -> None:
    old_a, old_b = eoparse.parse(OLD_PATH), _designating()
    result = diff([old_a, old_b], eoparse.parse(NEW_PATH))
    assert [ref.label for ref in result.old] == ["Proclamation 9871", "Executive Order 14921"]
    orders = {c.old.order for c in result.changes if c.old is not None}
    assert orders == {"Proclamation 9871"}
    # the new proclamation neither mentions nor replaces EO 14921: its items stay in force
    kept = {c.old.order for c in result.unchanged if c.change is Change.KEPT and c.old}
    assert kept == {"Executive Order 14921"}
    # the deadline change is still found against the right old order
    change = _one(result, "grants", "changed", "1(a)")
    assert change.old is not None
    assert change.old.order == "Proclamation 9871"
    assert {s.old_order for s in result.sections if s.old_order} == {
        "Proclamation 9871",
        "Executive Order 14921",
    }


def test_diff_is_deterministic() -> None:
    new, old = eoparse.parse(NEW_PATH), eoparse.parse(OLD_PATH)
    assert diff(old, new).to_dict() == diff(old, new).to_dict()
    assert diff(old, new) == diff([old], new)


def test_unknown_category_is_refused(border: PowerDiff) -> None:
    with pytest.raises(ValueError, match="grants"):
        border.category("powers")


# -- the word diff -------------------------------------------------------------------------

WORD_DIFFS = [
    ("a b c", "a b c", [("equal", "a b c")]),
    (
        "within 30 days",
        "within 14 days",
        [("equal", "within"), ("delete", "30"), ("insert", "14"), ("equal", "days")],
    ),
    ("", "new words", [("insert", "new words")]),
    ("old words", "", [("delete", "old words")]),
    ("a  b\nc", "a b c", [("equal", "a b c")]),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "expected"), WORD_DIFFS)
def test_word_diff(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    assert list(word_diff(old, new)) == expected


SIMILARITIES = [
    ("Secretary of State", "secretary  of state", 1.0),
    ("", "", 1.0),
    ("a b c d", "e f g h", 0.0),
    ("a b c d", "a b x y", 0.5),
]


@pytest.mark.parametrize(("a", "b", "expected"), SIMILARITIES)
def test_similarity(a: str, b: str, expected: float) -> None:
    assert similarity(a, b) == pytest.approx(expected)


# -- the command line --------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_diff_text_json_and_html(border: PowerDiff) -> None:
    status, out, _ = _run("diff", str(OLD_PATH), str(NEW_PATH))
    assert status == 0
    assert out == border.to_text() + "\n"
    status, out, _ = _run("diff", str(OLD_PATH), str(NEW_PATH), "--format", "json")
    assert status == 0
    assert json.loads(out) == json.loads(json.dumps(border.to_dict()))
    status, out, _ = _run("diff", str(OLD_PATH), str(NEW_PATH), "--format", "html")
    assert status == 0
    assert out.startswith("<!DOCTYPE html>")
    assert "Proclamation 10893" in out


def test_cli_diff_errors(tmp_path: Any) -> None:
    status, _, err = _run("diff", str(NEW_PATH))
    assert status == 2
    assert "old order" in err
    missing = tmp_path / "missing.txt"
    status, _, err = _run("diff", str(missing), str(NEW_PATH))
    assert status == 2
    assert "missing.txt" in err


# -- invoked and mentioned statutes ---------------------------------------------------------

MENTIONING = """Executive Order 14931 of May 4, 2026

Securing the Harbors

By the authority vested in me as President by the Constitution and the laws of the United \
States of America, it is hereby ordered:

Section 1. Report. The Secretary of Homeland Security shall report to the President on the \
harbors, including whether to invoke the Defense Production Act of 1950 (50 U.S.C. 4501 et \
seq.).

THE WHITE HOUSE,

May 4, 2026.
"""
INVOKING = MENTIONING.replace(
    "including whether to invoke the Defense Production Act",
    "acting pursuant to the Defense Production Act",
)


def test_a_statute_moving_from_mentioned_to_invoked_is_a_change() -> None:
    old, new = eoparse.parse_text(MENTIONING), eoparse.parse_text(INVOKING)
    assert [a.invoked for a in old.authorities] == [False]
    assert [a.invoked for a in new.authorities] == [True]
    change = _one(diff(old, new), "authorities", "changed", "1")
    assert _fields(change) == {"invoked": (False, True)}
    assert change.old is not None
    assert change.old.item.invoked is False
    assert _one(diff(new, old), "authorities", "changed", "1").label.endswith("(mentioned)")


# -- measures and emergencies ---------------------------------------------------------------

SUSPENDING = """Executive Order {number} of {date}

Protecting the Widget Trade

By the authority vested in me as President by the Constitution and the laws of the United \
States of America, including section 212(f) of the Immigration and Nationality Act (8 U.S.C. \
1182(f)), it is hereby ordered:

Section 1. Suspension of Entry. I hereby proclaim that the unrestricted entry into the United \
States of nationals of {countries} would be detrimental to the interests of the United States. \
I therefore direct that the entry into the United States of nationals of those countries be \
suspended for {days} days from the date of this order.

{waiver}THE WHITE HOUSE,

{date}.
"""
WAIVER = (
    "Sec. 2. Waivers. Notwithstanding the suspension of entry pursuant to section 1 of this "
    "order, the Secretary of State may, on a case-by-case basis, issue visas to nationals of "
    "those countries when in the national interest.\n\n"
)


def _suspending(number: int, date: str, countries: str, days: int, waiver: str = "") -> Order:
    return eoparse.parse_text(
        SUSPENDING.format(number=number, date=date, countries=countries, days=days, waiver=waiver)
    )


def test_measures_countries_removed_duration_changed_waiver_added() -> None:
    old = _suspending(14941, "January 27, 2026", "Chad, Iran, and Libya", 90)
    new = _suspending(14950, "March 6, 2026", "Iran and Libya", 120, WAIVER)
    result = diff(old, new)
    suspension = _one(result, "measures", "changed", "1", action=MeasureAction.SUSPEND_ENTRY)
    fields = {f.field: f for f in suspension.fields}
    assert fields["names"].removed == ("Chad",)
    assert fields["names"].added == ()
    assert (fields["duration"].old, fields["duration"].new) == ("90 days", "120 days")
    waiver = _one(result, "measures", "added", "2", action=MeasureAction.WAIVER)
    assert waiver.new is not None
    assert waiver.new.item.official == "Secretary of State"
    assert result.counts()["measures"]["removed"] == 0


DECLARING = """Proclamation {number} of {date}

{title}

By the President of the United States of America

A Proclamation

NOW, THEREFORE, I, by the authority vested in me by the Constitution and the laws of the \
United States of America, including the National Emergencies Act (50 U.S.C. 1601 et seq.), \
hereby declare {what}.

IN WITNESS WHEREOF, I have hereunto set my hand this {day} day of {month}, in the year of our \
Lord two thousand twenty-six.
"""


def test_an_order_that_ends_the_emergency_the_other_declared_shows_it() -> None:
    old = eoparse.parse_text(
        DECLARING.format(
            number=11030,
            date="February 2, 2026",
            title="Declaring a National Emergency Concerning the Eastern Coast",
            what="that a national emergency exists along the eastern coast of the United States",
            day="second",
            month="February",
        )
    )
    new = eoparse.parse_text(
        DECLARING.format(
            number=11044,
            date="July 7, 2026",
            title="Terminating the National Emergency Concerning the Eastern Coast",
            what="that the national emergency declared by Proclamation 11030 is terminated",
            day="seventh",
            month="July",
        )
    )
    change = _one(diff(old, new), "emergencies", "removed", "preamble", action="terminate")
    assert _fields(change)["action"] == ("declare", "terminate")
    assert _fields(change)["target"] == (None, "Proclamation 11030")
    # an emergency declared elsewhere is another emergency: nothing to compare with, and the
    # old declaration, which the other order does not end, stays in force
    other = eoparse.parse_text(new.text.replace("Proclamation 11030", "Proclamation 10999"))
    elsewhere = diff(old, other)
    assert {c.change.value for c in elsewhere.category("emergencies")} == {"added"}
    assert [c.category for c in elsewhere.unchanged if c.change is Change.KEPT] == ["emergencies"]
