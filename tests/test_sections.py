"""The section tree: markers, nesting, the (i) ambiguity, inline items, quotations, annexes."""

from __future__ import annotations

import pytest

from eoparse import SectionKind, parse_text
from eoparse.structure.sections import label_types, ordinal


def paths(text: str) -> list[str]:
    return [section.path for section in parse_text(text).walk()]


HEAD = (
    "Executive Order 14960 of April 1, 2026\n\nTesting the Tree\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nApril 1, 2026.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # plain sections and lettered paragraphs
        (
            "Section 1. Policy. Text.\n\nSec. 2. Duties. (a) One.\n\n(b) Two.",
            ["1", "2", "2(a)", "2(b)"],
        ),
        # Section. 1. and SEC. forms
        ("Section. 1. Text.\n\nSEC. 2. Text.", ["1", "2"]),
        # after (h), (i) is a letter
        (
            "Sec. 1. List:\n\n" + "\n\n".join(f"({c}) item;" for c in "abcdefghij"),
            ["1"] + [f"1({c})" for c in "abcdefghij"],
        ),
        # (i) followed by (ii) opens a roman level, even after (h)
        (
            "Sec. 1. List:\n\n"
            + "\n\n".join(f"({c}) item;" for c in "abcdefgh")
            + "\n\n(i) first;\n\n(ii) second.",
            ["1"] + [f"1({c})" for c in "abcdefgh"] + ["1(h)(i)", "1(h)(ii)"],
        ),
        # four levels deep
        (
            "Sec. 1. Deep. (a) A:\n\n(i) B:\n\n(A) C:\n\n(1) D;\n\n(2) E.\n\n"
            "(B) F.\n\n(ii) G.\n\n(b) H.",
            [
                "1",
                "1(a)",
                "1(a)(i)",
                "1(a)(i)(A)",
                "1(a)(i)(A)(1)",
                "1(a)(i)(A)(2)",
                "1(a)(i)(B)",
                "1(a)(ii)",
                "1(b)",
            ],
        ),
        # the first item printed inline after a colon
        ("Sec. 1. The Secretary shall: (a) report; and\n\n(b) publish.", ["1", "1(a)", "1(b)"]),
        # (b)(1) at the start of a paragraph
        (
            "Sec. 1. (a) One.\n\n(b)(1) Two.\n\n(2) Three.",
            ["1", "1(a)", "1(b)", "1(b)(1)", "1(b)(2)"],
        ),
        # Parts with decimal sections
        (
            "PART 1—GENERAL\n\nSec. 1.1. Scope. (a) Text.\n\nSec. 1.2. More.\n\n"
            "PART 2—OTHER\n\nSec. 2.1. End.",
            ["Part 1", "1.1", "1.1(a)", "1.2", "Part 2", "2.1"],
        ),
        # old-style numbered paragraphs
        (
            "Section 1. Policy.\n\n1-101. First.\n\n1-102. Second. (a) Third.",
            ["1", "1-101", "1-102", "1-102(a)"],
        ),
    ],
)
def test_tree(body: str, expected: list[str]) -> None:
    assert paths(HEAD + body + END) == expected


def test_headings_and_text() -> None:
    order = parse_text(
        HEAD
        + "Section 1. General Provisions. (a) Nothing here.\n\nSec. 2. The Secretary shall act."
        + END
    )
    first, second = order.sections
    assert first.heading == "General Provisions"
    assert first.children[0].heading is None
    assert second.heading is None  # a sentence, not a heading
    assert second.text == "Sec. 2. The Secretary shall act."
    assert order.quote(first.children[0]) == "(a) Nothing here."


def test_quoted_amendment_text_is_not_structure() -> None:
    body = (
        "Section 1. Executive Order 13000 is amended by adding a new section 3 "
        "to read as follows:\n\n"
        '"Sec. 3. Reports. (a) The Secretary shall report.\n\n'
        '(b) The report shall be public."\n\n'
        "Sec. 2. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["1", "2"]
    assert len(order.quotations) == 1
    assert order.quote(order.quotations[0]).startswith('"Sec. 3. Reports.')


def test_annexes_after_the_signature() -> None:
    text = HEAD + "Section 1. Blocking. Property of persons in the Annex is blocked." + END
    text += (
        "\nANNEX I\n\n1. First Entity\n\n2. Second Entity\n\nAnnex II—Vessels\n\n1. MV Example\n"
    )
    order = parse_text(text)
    annexes = [s for s in order.sections if s.kind is SectionKind.ANNEX]
    assert [a.path for a in annexes] == ["Annex I", "Annex II"]
    assert annexes[1].heading == "Vessels"
    assert "Second Entity" in annexes[0].text
    assert [c.path for c in annexes[0].children] == ["Annex I(1)", "Annex I(2)"]
    assert order.path_at(order.text.index("MV Example")) == "Annex II(1)"
    assert order.path_at(order.text.index("THE WHITE HOUSE")) == "signature"


def test_annex_heading_on_the_next_line() -> None:
    text = HEAD + "Section 1. Blocking." + END + "\nANNEX\n\nEntities and Individuals\n\n1. First\n"
    annex = parse_text(text).sections[-1]
    assert (annex.path, annex.heading) == ("Annex", "Entities and Individuals")
    assert [c.path for c in annex.children] == ["Annex(1)"]


def test_proclamation_without_sections_has_numbered_clauses() -> None:
    text = (
        "Proclamation 10999 of May 1, 2026\n\nLoyalty Day, 2026\n\n"
        "By the President of the United States of America\n\nA Proclamation\n\n"
        "Our Nation stands on its founding principles.\n\n"
        "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, "
        "do hereby proclaim:\n\n"
        "1. May 1, 2026, is Loyalty Day.\n\n2. Flags shall be displayed.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this first day of May, in the year of our "
        "Lord two thousand twenty-six, and of the Independence of the United States of America the "
        "two hundred and fiftieth.\n"
    )
    order = parse_text(text)
    assert order.kind.value == "proclamation"
    assert [s.path for s in order.sections] == ["1", "2"]
    assert order.quote(order.preamble or (0, 0)).startswith("By the President")
    assert order.signature is not None


def test_duplicate_paths_are_made_unique_with_a_warning() -> None:
    order = parse_text(HEAD + "Sec. 1. One.\n\nSec. 1. Again." + END)
    assert [s.path for s in order.sections] == ["1", "1[2]"]
    assert any("more than once" in w.message for w in order.warnings)


@pytest.mark.parametrize(
    ("label", "types"),
    [
        ("i", ("roman", "lower")),
        ("ii", ("roman", "lower", "double")),
        ("iv", ("roman",)),
        ("b", ("lower",)),
        ("aa", ("lower", "double")),
        ("ab", ("lower",)),
        ("BB", ("upper", "upper_double")),
        ("V", ("upper_roman", "upper")),
        ("12", ("digit",)),
    ],
)
def test_label_types(label: str, types: tuple[str, ...]) -> None:
    assert label_types(label) == types


def test_ordinals() -> None:
    assert ordinal("iv", "roman") == 4
    assert ordinal("i", "lower") == 9
    assert ordinal("bb", "lower") == 28
    assert ordinal("bb", "double") == 2
    assert ordinal("BB", "upper_double") == 2
