"""An unlabelled paragraph after a list that has ended (its lead-in ends with a colon, the
item before the last ends ``; and``, the last with a period) goes on with what leads the
list, in any layout (blind set 25: EO 13426's ``The Secretary or the Secretary's designee
shall convene …`` filed under the membership list's item ``8(i)``)."""

from __future__ import annotations

from eoparse import parse_text

HEAD = "Executive Order 14977 of June 4, 2026\n\nHarbor Task Force\n\n"
MEMBERS = (
    "Sec. 2. Membership. The Task Force shall consist of the following members:\n\n"
    "(a) the Secretary of Commerce, who shall serve as Chair;\n\n"
    "(b) the Secretary of the Interior; and\n\n"
    "(c) other officers of the United States, as determined by the Secretary.\n\n"
    "The Secretary of Commerce shall convene and preside at meetings of the Task Force.\n\n"
    "Sec. 3. Funding. The Department of Commerce shall provide funding.\n"
)


def test_the_paragraph_after_a_closed_list_belongs_to_the_section() -> None:
    order = parse_text(HEAD + MEMBERS)
    assert order.path_at(order.text.find("The Secretary of Commerce shall convene")) == "2"
    assert order.section("2(c)").text.endswith("as determined by the Secretary.")
    assert ("2", "Secretary of Commerce") in [(g.where, g.actor) for g in order.grants]


def test_a_nested_closed_list_returns_to_its_own_lead_in() -> None:
    order = parse_text(
        HEAD + "Sec. 2. Duties. (a) The Task Force shall:\n\n(i) map the harbor; and\n\n"
        "(ii) survey the piers.\n\nThe Task Force shall also report on its work.\n\n"
        "(b) The Secretary of Commerce shall fund the Task Force.\n"
    )
    assert order.path_at(order.text.find("The Task Force shall also")) == "2(a)"
    assert order.path_at(order.text.find("The Secretary of Commerce")) == "2(b)"


def test_a_list_not_closed_by_and_keeps_the_paragraph() -> None:
    # items that end only with ";": nothing says the list has ended
    order = parse_text(HEAD + MEMBERS.replace("Interior; and", "Interior;"))
    assert order.path_at(order.text.find("The Secretary of Commerce shall convene")) == "2(c)"


def test_a_lead_in_without_a_colon_keeps_the_paragraph() -> None:
    order = parse_text(HEAD + MEMBERS.replace("following members:", "following members."))
    assert order.path_at(order.text.find("The Secretary of Commerce shall convene")) == "2(c)"


def test_a_last_item_that_goes_on_keeps_the_paragraph() -> None:
    # the last item ends with no period: the next paragraph may still be its own words
    order = parse_text(HEAD + MEMBERS.replace("by the Secretary.\n", "by the Secretary--\n"))
    assert order.path_at(order.text.find("The Secretary of Commerce shall convene")) == "2(c)"
