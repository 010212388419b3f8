"""The label grammar: paragraph labels, section markers, and how a label is read."""

from __future__ import annotations

import pytest
import regex

from eoparse import parse_text
from eoparse.grammar.labels import (
    CITED_LABEL,
    DOUBLE,
    ENUMERATOR,
    LABEL,
    LOWER,
    ROMAN,
    SECTION,
    UPPER_DOUBLE,
    label_for,
    label_types,
    ordinal,
    roman_value,
)
from eoparse.read.paragraphs import breaks_between_lines, starts_unit


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("(a) The", "a"),
        ("(iv) The", "iv"),
        ("(A) The", "A"),
        ("(12) The", "12"),
        ("(1a) The", "1a"),
        ("(aa) one", "aa"),
        ("(BB) two", "BB"),
        ("(xxviii) The", "xxviii"),
        ("(xxxiv) the", "xxxiv"),
        ("(aaa) The", "aaa"),
        ("(zzz) The", "zzz"),
        ("(aab) The", None),
        ("( b ) The", "b"),
        ("(b)(1) The", "b"),
        ("(abc) The", None),
        ("(a)the", None),
    ],
)
def test_enumerator(text: str, label: str | None) -> None:
    match = ENUMERATOR.match(text)
    assert (match["label"] if match else None) == label


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sec. 2. Policy.", "2"),
        ("Section 1. Purpose.", "1"),
        ("SEC. 3 ", "3"),
        ("Sec. 1.1. Definitions", "1.1"),
        ("Sec. 1-101. The", "1-101"),
        ("Sec. 3a. The", "3a"),
        ("Secretary of State", None),
    ],
)
def test_section_marker(text: str, number: str | None) -> None:
    match = SECTION.match(text)
    assert (match["number"] if match else None) == number


@pytest.mark.parametrize(
    ("fragment", "text", "matches"),
    [
        (LABEL, "zz", True),
        (LABEL, "xxxviii", True),
        (LABEL, "lxxxviii", False),  # eight characters: past any order's list
        (LABEL, "Ab", False),
        (CITED_LABEL, "(1ab)", True),
        (CITED_LABEL, "(AA)", True),
        (CITED_LABEL, "(123456)", False),
    ],
)
def test_label_fragments(fragment: str, text: str, matches: bool) -> None:
    assert (regex.fullmatch(fragment, text, regex.VERBOSE) is not None) is matches


def test_doubled_letters_read_both_ways() -> None:
    assert label_types("aa") == (LOWER, DOUBLE)
    assert ordinal("aa", LOWER) == 27  # after (z)
    assert ordinal("aa", DOUBLE) == 1  # a level of its own
    assert label_types("ii") == (ROMAN, LOWER, DOUBLE)
    assert label_types("CC") == ("upper", UPPER_DOUBLE)


@pytest.mark.parametrize("kind", [LOWER, ROMAN, DOUBLE, UPPER_DOUBLE, "upper", "digit"])
def test_label_for_is_ordinal_inverse(kind: str) -> None:
    for position in range(1, 27):
        assert ordinal(label_for(position, kind), kind) == position


@pytest.mark.parametrize(("numeral", "value"), [("iv", 4), ("xl", 40), ("xxix", 29), ("lxx", 70)])
def test_roman_value(numeral: str, value: int) -> None:
    assert roman_value(numeral) == value


def test_readers_break_at_doubled_labels() -> None:
    assert starts_unit("(aa) one or more consolidated network architectures; and")
    assert starts_unit("(xxviii) the last")


def test_readers_break_at_an_item_lettered_with_a_period() -> None:
    """``… specification."`` / (page break) / ``i. R.C.M. 909 is amended …`` (EO 13086):
    an amending list lettered ``a.``, ``b.`` … starts a paragraph after a finished line,
    as ``(b)`` does; it was glued to the quotation before it."""
    assert starts_unit("i. R.C.M. 909 is amended to read as follows:")
    assert starts_unit("a. Public Land Order No. 7899, signed by the Secretary;")
    assert not starts_unit("i.e. the Secretary")
    assert not starts_unit("v. united States")
    assert starts_unit("iii. R.C.M. 1003 is amended")  # numerals past two letters too
    # "… Youngstown Sheet & Tube Co." / "v. Sawyer, 343 U.S. 579 (1952), …": a case name
    assert not starts_unit("v. Sawyer, 343 U.S. 579 (1952), the Secretary")
    assert starts_unit("v. R.C.M. 1112(a)(2) is amended to read as follows:")
    assert starts_unit("v. Not later than June 1, 2027, the Secretary shall publish")  # a date


def test_readers_break_at_a_pair_of_labels() -> None:
    """``… shall not be affected.`` / ``(b)(i) If …`` (EO 14324's PDF text): a line
    opening with two or three labels in a row starts a paragraph, as one label does."""
    assert starts_unit("(b)(i) If the additional duties are held to be invalid,")
    assert starts_unit("(a)(1)(A) the first")
    assert not starts_unit("(b)(i)of this section")


def test_a_label_cited_across_a_line_is_no_paragraph() -> None:
    """``… described in subsection`` / ``(a) of this section, the …`` (EO 14363's PDF
    text): the label after a line ending in ``subsection`` is the one it cites, however
    short that line is against the page's widest lines."""
    previous = "within 30 days of submission of the list described in subsection"
    assert not breaks_between_lines(previous, "(a) of this section, the Board", full_width=140)
    assert not breaks_between_lines(previous, "(g)(ii) of this section, any", full_width=140)
    # a short line that ends elsewhere still ends its paragraph before a label
    assert breaks_between_lines("Sec. 3. Policy", "(a) The Secretary shall", full_width=140)


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_paragraph_opening_with_two_labels_keeps_both(blank_lines: bool) -> None:
    """The tree opens ``(b)`` and its ``(i)`` when the line after a full-width line
    ending a sentence opens with both (EO 14324's ``6(b)(i)``, EO 14248's ``2(a)(i)``), rather than
    gluing the line to the paragraph before it and opening ``(ii)`` alone."""
    lines = [
        "Sec. 1. Purpose. This order protects the program.",
        "",
        "Sec. 2. Severability. (a) If any provision of this order is held to be invalid,",
        "the remainder of this order and its other provisions shall not be affected.",
        "(b)(i) If the duties imposed under section 1 are held to be invalid, the",
        "suspension shall not be affected.",
        "(ii) If the suspension is held to be invalid, the duties shall not be affected.",
        "(c) This order is effective at once.",
    ]
    if not blank_lines:  # as in PDF text: the reader decides every break itself
        lines = [line for line in lines if line]
    paths = _paths("By the authority vested in me, it is hereby ordered:\n" + "\n".join(lines))
    assert paths[-5:] == ["2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "2(c)"]


def _paths(body: str) -> list[str]:
    order = parse_text("Executive Order 14000 of January 20, 2021\nTitle\n" + body)
    out: list[str] = []
    stack = list(reversed(order.sections))
    while stack:
        section = stack.pop()
        out.append(section.path)
        stack.extend(reversed(section.children))
    return out


def test_doubled_letters_open_a_level_below_a_numbered_item() -> None:
    """EO 13800 sec. 1(c)(vi)(B)(2): ``(aa)`` and ``(bb)`` are items of ``(2)``, and the
    ``(C)`` after them continues ``(B)``'s level (they were read as ``1(aa)``, out of
    sequence, with ``(C)`` under ``(bb)``)."""
    body = (
        "Section 1. Policy. (a) The Secretary shall act.\n"
        "(b) The Director shall report:\n"
        "(1) be completed within 90 days; and\n"
        "(2) describe the considerations of transitioning agencies to:\n"
        "(aa) one or more consolidated network architectures; and\n"
        "(bb) shared IT services.\n"
        "(c) The report shall assess the effects.\n"
        "Sec. 2. General Provisions. This order is not intended to create any right.\n"
    )
    order = parse_text("Executive Order 14000 of January 20, 2021\nTitle\n" + body)
    paths = _paths(body)
    assert "1(b)(2)(aa)" in paths
    assert "1(b)(2)(bb)" in paths
    assert "1(c)" in paths
    assert not any("out of sequence" in str(w) for w in order.warnings)


def test_doubled_letters_after_z_continue_the_letters() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    body = "Section 1. Definitions.\n" + "".join(f"({c}) Term {c}.\n" for c in letters)
    body += "(aa) Term aa.\n(bb) Term bb.\n"
    paths = _paths(body)
    assert "1(z)" in paths
    assert "1(aa)" in paths
    assert "1(bb)" in paths
