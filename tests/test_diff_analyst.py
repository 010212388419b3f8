"""The diff an analyst can trust (issue #17): reading order, wording folded, what stays in
force, how the orders relate, headlines first.  Orders written for these tests."""

from __future__ import annotations

import io
import json

import pytest

import eoparse
from eoparse import Order
from eoparse.cli import main
from eoparse.compare import Change, PowerDiff, diff
from eoparse.compare.similar import trivial_change

SIGNATURE = "\n\nTHE WHITE HOUSE,\n\n{date}.\n"


def _order(number: int, date: str, title: str, body: str) -> Order:
    return eoparse.parse_text(
        f"Executive Order {number} of {date}\n\n{title}\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, it is hereby ordered:\n\n"
        + body.strip()
        + SIGNATURE.format(date=date)
    )


HARBORS = """
Section 1. Surveys. (a) Within 90 days of the date of this order, the Secretary of Commerce \
shall submit to the President a survey of the condition of the Nation's harbors.

(b) The Secretary of Transportation shall assist the Secretary of Commerce in the survey.

Sec. 2. Dredging. The Secretary of the Army may award contracts for the dredging of harbors \
that the survey finds in poor condition.
"""

REWORDED = HARBORS.replace(
    "submit to the President a survey of the condition of the Nation's harbors",
    "submit to the President a survey of the condition of harbors in the Nation",
)

SUCCESSION = """
Section 1. Order of Succession. Subject to the provisions of section 2 of this order, the \
following officials, in the order listed, shall act as and perform the functions and duties of \
the office of the Secretary of Widgets during any period in which the Secretary has died, \
resigned, or otherwise become unable to perform them:

(a) {first};

(b) Under Secretary of Widgets for Policy;

(c) {third}.

Sec. 2. Revocation. {revocation}
"""


def _succession(
    number: int,
    date: str,
    first: str,
    revocation: str = "",
    third: str = "General Counsel of the Department of Widgets",
) -> Order:
    return _order(
        number,
        date,
        "Providing an Order of Succession Within the Department of Widgets",
        SUCCESSION.format(first=first, third=third, revocation=revocation or "Reserved."),
    )


# -- reading order ------------------------------------------------------------------------


def test_old_comes_first_and_the_reverse_list_form_is_refused() -> None:
    old = _order(14960, "March 2, 2026", "Surveying the Harbors", HARBORS)
    new = _order(14961, "April 6, 2026", "Surveying the Harbors", REWORDED)
    result = diff(old, new)
    assert result.new.number == 14961
    assert [ref.number for ref in result.old] == [14960]
    with pytest.raises(TypeError, match="old order or orders come first"):
        diff(new, [old])  # type: ignore[arg-type]


# -- wording --------------------------------------------------------------------------------


def test_a_reworded_duty_is_wording_and_folded() -> None:
    old = _order(14960, "March 2, 2026", "Surveying the Harbors", HARBORS)
    new = _order(14961, "April 6, 2026", "Surveying the Harbors", REWORDED)
    result = diff(old, new)
    (wording,) = result.wording
    assert wording.category == "grants"
    assert wording.change is Change.WORDING
    assert [f.field for f in wording.fields] == ["action"]
    assert ("insert", "harbors in") in wording.fields[0].words
    assert result.powers == ()
    assert result.headlines == ()
    assert "1 wording-only change folded" in result.summary()
    assert "WORDING" not in result.to_text()
    assert "WORDING" in result.to_text(wording=True)


@pytest.mark.parametrize(
    ("old", "new", "trivial"),
    [
        ("activities described in subsections (a)(i) and (a)(ii)(A)-(C)",
         "activities described in subsections (a)(ii) and (a)(iii)(A)-(C)", True),
        ("goods or services in support of any activity", "goods or services to or in support of "
         "any activity", True),
        ("a threat to the economic health of the United States",
         "a threat to the economy of the United States", False),
        ("persons who own or control", "persons who own, control, or direct", False),
    ],
)  # fmt: skip
def test_renumbered_references_and_function_words_are_trivial(
    old: str, new: str, trivial: bool
) -> None:
    assert trivial_change(old, new) is trivial


# -- what stays in force --------------------------------------------------------------------


def test_an_amending_order_keeps_what_it_does_not_replace() -> None:
    base = _order(14960, "March 2, 2026", "Surveying the Harbors", HARBORS)
    amending = _order(
        14962,
        "May 4, 2026",
        "Amending Executive Order 14960",
        """
Section 1. Amendment. Section 2 of Executive Order 14960 of March 2, 2026, is hereby revoked.

Sec. 2. Reports. The Secretary of Commerce shall report to the Congress on the survey.
""",
    )
    result = diff(base, amending)
    removed = [(c.category, c.old.where) for c in result.removed if c.old]
    assert removed == [("grants", "2")]  # the revoked section's power only
    kept = [c for c in result.unchanged if c.change is Change.KEPT]
    assert {c.old.where for c in kept if c.old} == {"1(a)", "1(b)"}
    assert result.counts()["grants"]["kept"] == 2


def test_a_revoking_order_removes_what_it_does_not_repeat() -> None:
    old = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    new = _succession(
        14970,
        "September 7, 2026",
        "Chief of Staff of the Department of Widgets",
        "Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    result = diff(old, new)
    offices = {(c.change.value, c.label.split(" as ")[0]) for c in result.category("designations")}
    assert ("removed", "Deputy Secretary of Widgets") in offices
    assert ("added", "Chief of Staff of the Department of Widgets") in offices
    # the same office written the same way is the same office, not removed and added
    assert not any("Under Secretary" in label for _, label in offices)


# -- how the orders relate ------------------------------------------------------------------


def test_unrelated_orders_come_with_a_warning() -> None:
    harbors = _order(14960, "March 2, 2026", "Surveying the Harbors", HARBORS)
    widgets = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    result = diff(harbors, widgets)
    assert not result.related.related
    assert result.warnings
    assert "unrelated" in result.warnings[0]
    assert result.to_dict()["related"]["warning"] == result.warnings[0]
    assert "warning:" in result.to_text()
    assert "Warning:" in result._repr_html_()


def test_related_orders_say_how() -> None:
    old = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    new = _succession(
        14970,
        "September 7, 2026",
        "Chief of Staff of the Department of Widgets",
        "Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    related = diff(old, new).related
    assert related.related
    assert related.warning is None
    assert "Executive Order 14970 revokes Executive Order 14963" in related.relations
    assert any("widget" in s for s in related.subject)


def test_the_cli_warns_on_unrelated_orders(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    harbors = folder / "harbors.txt"
    widgets = folder / "widgets.txt"
    harbors.write_text(
        _order(14960, "March 2, 2026", "Surveying the Harbors", HARBORS).text, encoding="utf-8"
    )
    widgets.write_text(
        _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets").text, encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    status = main(["diff", str(harbors), str(widgets)], out=out, err=err)
    assert status == 0
    assert "warning:" in err.getvalue()
    assert "unrelated" in err.getvalue()


# -- headlines first ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def succession() -> PowerDiff:
    old = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    new = _succession(
        14970,
        "September 7, 2026",
        "Chief of Staff of the Department of Widgets",
        "Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    return diff(old, new)


def test_headlines_rank_designations_before_references(succession: PowerDiff) -> None:
    categories = [h.category for h in succession.headlines]
    assert categories[0] == "designations"
    assert "references" in categories
    assert categories.index("references") > max(
        i for i, c in enumerate(categories) if c == "designations"
    )
    for headline in succession.headlines:
        assert headline.changes
        assert all(c.change is not Change.WORDING for c in headline.changes)


def test_text_html_and_json_start_with_the_headlines(succession: PowerDiff) -> None:
    text = succession.to_text()
    assert text.index("Headlines:") < text.index("Changes:")
    page = succession._repr_html_()
    assert page.index("Headlines") < page.index("Designations (")
    data = json.loads(json.dumps(succession.to_dict()))
    assert list(data)[:4] == ["old", "new", "related", "headlines"]
    first = data["headlines"][0]
    assert set(first) == {"text", "category", "weight", "changes"}
    assert first["changes"][0]["category"] == "designations"


def test_a_chain_leaves_out_what_a_later_old_order_replaced() -> None:
    first = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    second = _succession(
        14970,
        "September 7, 2026",
        "Chief of Staff of the Department of Widgets",
        "Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    third = _succession(
        14980,
        "December 7, 2026",
        "Chief Financial Officer of the Department of Widgets",
        "Executive Order 14970 of September 7, 2026, is hereby revoked.",
    )
    chain = diff([first, second], third)
    assert chain.changes == diff(second, third).changes
    removed = [c.label.split(" as ")[0] for c in chain.removed if c.category == "designations"]
    assert removed == ["Chief of Staff of the Department of Widgets"]


# -- pairing: the same office or prong, rewritten -------------------------------------------


def _designation_changes(result: PowerDiff) -> list[tuple[str, str | None, str | None]]:
    return [
        (str(c.change), c.old.where if c.old else None, c.new.where if c.new else None)
        for c in result.changes
        if c.category == "designations"
    ]


def test_an_office_re_ranked_with_others_is_changed_not_removed_and_added() -> None:
    old = _succession(14963, "June 1, 2026", "Deputy Secretary of Widgets")
    new = _succession(
        14970,
        "September 7, 2026",
        "Deputy Secretary of Widgets",
        third="General Counsel and Assistant Secretaries, with precedence among them by the "
        "date of their appointments",
    )
    found = _designation_changes(diff(old, new))
    assert ("changed", "1(c)", "1(c)") in found
    assert all(change != "removed" for change, _, _ in found)


def test_an_office_for_other_states_is_changed_with_the_states_in_its_words() -> None:
    def order(number: int, date: str, states: str) -> Order:
        third = f"State Directors of the Widget Service for the States of {states}, in order of"
        return _succession(number, date, "Deputy Secretary of Widgets", third=third + " seniority")

    result = diff(
        order(14963, "June 1, 2026", "Ohio, Iowa, and Utah"),
        order(14970, "September 7, 2026", "Utah, Maine, and Iowa"),
    )
    changed = [c for c in result.changed if c.category == "designations"]
    assert len(changed) == 1
    (designee,) = [f for f in changed[0].fields if f.field == "designee"]
    assert ("delete", "Ohio,") in designee.words or any(
        op == "delete" and "Ohio" in w for op, w in designee.words
    )
    assert any(op == "insert" and "Maine" in w for op, w in designee.words)


def test_two_offices_with_one_word_in_common_are_not_one_office() -> None:
    old = _succession(
        14963, "June 1, 2026", "Under Secretary of Widgets for Farm and Foreign Trade"
    )
    new = _succession(
        14970,
        "September 7, 2026",
        "Under Secretary of Widgets for Farm Production and Exports",
        "Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    found = _designation_changes(diff(old, new))
    assert ("removed", "1(a)", None) in found
    assert ("added", None, "1(a)") in found


SANCTIONS = """
Section 1. (a) All property and interests in property that are in the United States of the \
following persons are blocked and may not be transferred, paid, exported, withdrawn, or \
otherwise dealt in:

(i) any person determined by the Secretary of the Treasury, in consultation with the \
Secretary of State, {prong};

(ii) any person determined by the Secretary of the Treasury, in consultation with the \
Secretary of State, to be owned or controlled by any person whose property and interests in \
property are blocked pursuant to this order.

Sec. 2. I hereby determine that the making of donations of the types of articles specified in \
section 203(b)(2) of IEEPA would seriously impair my ability to deal with the national \
emergency.
"""


def test_a_rewritten_sanctions_prong_is_changed_not_removed_and_added() -> None:
    def order(number: int, date: str, prong: str) -> Order:
        return _order(number, date, "Blocking Property", SANCTIONS.format(prong=prong))

    old = order(14963, "June 1, 2026", "to be a leader of an armed group that recruits children")
    new = order(
        14970,
        "September 7, 2026",
        "to be responsible for or complicit in actions that undermine democratic processes or "
        "obstruct humanitarian assistance",
    )
    found = _designation_changes(diff(old, new))
    assert ("changed", "1(a)(i)", "1(a)(i)") in found
    assert not [c for c in found if c[0] in ("added", "removed")]


def test_a_criterion_restated_without_who_determines_pairs_by_what_it_covers() -> None:
    lead = (
        "Section 1. All property and interests in property that are in the United States of "
        "the following persons are blocked:\n\n"
    )
    old = _order(
        14963,
        "June 1, 2026",
        "Blocking Property",
        lead + "(a) any person determined by the Secretary of the Treasury, in consultation "
        "with the Secretary of State and the Attorney General, to have committed acts of "
        "sabotage against ports.",
    )
    new = _order(
        14970,
        "September 7, 2026",
        "Blocking Property",
        lead + "(a) any person determined by the Secretary of the Treasury to be owned or "
        "controlled by a blocked person;\n\n(b) any person determined by the Secretary of "
        "the Treasury to have committed acts of sabotage against ports or airports.\n\n"
        "Sec. 2. Executive Order 14963 of June 1, 2026, is hereby revoked.",
    )
    found = _designation_changes(diff(old, new))
    assert ("changed", "1(a)", "1(b)") in found


def test_that_order_revoked_after_a_cited_section_is_a_revocation() -> None:
    order = _order(
        14970,
        "September 7, 2026",
        "Establishing the Task Force on Harbor Safety",
        "Section 1. Task Force. (a) There is established the Task Force on Harbor Safety.\n\n"
        "(b) The Harbor Task Force is hereby terminated pursuant to section 8 of Executive "
        "Order 14963 and that order is hereby revoked.",
    )
    relations = {(str(r.relation), r.target.number) for r in order.references}
    assert ("revokes", 14963) in relations


def test_a_duty_that_moves_to_another_official_heads_the_diff_for_both() -> None:
    old = _order(
        14960,
        "May 1, 2025",
        "Convening the Harbor Council",
        "Section 1. Meetings. The Secretary of Commerce shall convene and direct the work of "
        "the Harbor Council in fulfilling its functions under this order.",
    )
    new = _order(
        14961,
        "June 2, 2025",
        "Convening the Harbor Council",
        "Section 1. Meetings. The Deputy Secretary of Commerce shall convene and direct the work "
        "of the Harbor Council in fulfilling its functions under this order.",
    )
    result = diff(old, new)
    (moved,) = [c for c in result.changes if c.category == "grants"]
    assert moved.change is Change.CHANGED
    lines = [h.text for h in result.headlines]
    assert any(line.startswith("+ grants: Deputy Secretary of Commerce gains 1") for line in lines)
    assert any(line.startswith("− grants: Secretary of Commerce loses 1") for line in lines)
