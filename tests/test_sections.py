"""The section tree: markers, nesting, the (i) ambiguity, inline items, quotations, annexes."""

from __future__ import annotations

import pytest
import regex

from eoparse import SectionKind, parse_text
from eoparse.grammar.labels import label_for
from eoparse.grammar.patterns import (
    ITEM_OPENER,
    LONG_HEADING,
    QUOTE_OPENED_INLINE,
    QUOTE_OPENER,
)
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


def test_a_quote_closed_before_the_amending_words_go_on_ends_there() -> None:
    """``"(c) forward … General;", and renumbering the subsequent subsections …`` (EO
    13516): the quote closes inside the paragraph, which goes on in this order's words.
    With the marks balanced and the next paragraph an item of this order, the quotation
    ends there; it ran on over ``(e)``, whose label the tree then lost."""
    body = (
        "Section 1. Executive Order 13000 is amended as follows:\n\n"
        "(a) by inserting after subsection (b) of section 6 the following new subsection:\n\n"
        '"(c) report to the Attorney General on possible violations of law;", and '
        "renumbering the subsequent subsections of section 6 accordingly.\n\n"
        "(b) by striking subsection (a) of section 8 and inserting in lieu thereof:\n\n"
        '"To the extent permitted by law, the heads of agencies shall provide assistance."\n\n'
        '(c) by striking "Board" each time it appears.\n\n'
        "Sec. 2. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["1", "1(a)", "1(b)", "1(c)", "2"]
    assert [order.quote(q)[:4] for q in order.quotations] == ['"(c)', '"To ']
    # the inserted duty is quoted text at the item that inserts it
    assert [(g.where, g.actor, g.quoted) for g in order.grants] == [
        ("1(b)", "heads of agencies", True)
    ]


def test_an_unclosed_quotation_ends_before_this_orders_next_section() -> None:
    """EO 13751 prints the amended ``Sec. 2.`` of EO 13112 with an opening quote and no
    closing one; the quotation ran on to the next closing quote, in a later section, and
    swallowed the order's own ``Sec. 4.``, whose duties were read as quoted text.  Where
    the quoted sections would go on with 3, a ``Sec. 4.`` after this order's ``Sec. 3.``
    is this order's."""
    body = (
        "Sec. 3. Duties. Section 2 of Executive Order 13000 is amended to read as follows:\n\n"
        '"Sec. 2. Agency Duties. (a) Each agency shall report.\n\n'
        "(b) Agencies shall coordinate.\n\n"
        "Sec. 4. Priorities. Agencies shall consider emerging priorities, including:\n\n"
        "(a) public health; and\n\n"
        "(b) climate change.\n\n"
        "Sec. 5. Council. Section 3 of Executive Order 13000 is amended to read as follows:\n\n"
        '"Sec. 3. Council. (a) The Council shall meet."\n\n'
        "Sec. 6. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["3", "4", "4(a)", "4(b)", "5", "6"]
    assert [(g.where, g.quoted) for g in order.grants if g.where.startswith("4")] == [("4", False)]


def test_a_closed_quotation_of_two_sections_stays_whole() -> None:
    # review 37: quoted "Sec. 2." and "Sec. 4." closed together after the second; the
    # unclosed-quotation rule ended the quote at the quoted "Sec. 4." (this order's next)
    body = (
        "Sec. 3. Duties. Executive Order 13000 is amended by striking sections 2 and 4 and "
        "inserting the following:\n\n"
        '"Sec. 2. Agency Duties. Each agency shall report.\n\n'
        'Sec. 4. Reports. The Secretary shall publish the reports."\n\n'
        "Sec. 4. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["3", "4"]
    assert all(g.quoted for g in order.grants)


def test_a_quoted_section_numbered_as_this_orders_next_stays_quoted() -> None:
    # the quoted sections go on with the same number: nothing tells the two apart, so the
    # quotation runs on as before
    body = (
        "Sec. 3. Duties. Executive Order 13000 is amended to read as follows:\n\n"
        '"Sec. 3. Agency Duties. Each agency shall report.\n\n'
        'Sec. 4. Reports. The Secretary shall publish the reports."\n\n'
        "Sec. 5. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["3", "5"]


@pytest.mark.parametrize("verb", ["is hereby substituted", "is modified to read, in its entirety,"])
def test_text_substituted_or_modified_as_follows_is_quoted(verb: str) -> None:
    """``… a new section 8(a)(3) is hereby substituted as follows:`` (EO 13196) and ``… is
    modified to read, in its entirety, as follows:`` (EO 13795) open quoted text as
    ``amended to read as follows:`` does: its labels are the other order's, and ``(B)``
    under the amending item ``8.`` was read as this order's."""
    body = (
        "Section 1. Amendments to Section 8 of Executive Order 13000.\n\n"
        "1. Section 8(a)(1) of Executive Order 13000 is revised.\n\n"
        f"2. Section 8(a)(2) of Executive Order 13000 {verb} as follows:\n\n"
        '"(3) Areas around (A) the first bank; and\n\n(B) the second bank."\n\n'
        "Sec. 2. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == ["1", "2"]
    assert [order.quote(q)[:4] for q in order.quotations] == ['"(3)']


def test_an_item_inline_after_a_colon_on_the_marker_line_holds_the_list_below() -> None:
    """``Sec. 1.3. Definitions. For the purpose of this order: (a) "Adjudication" … is:``
    then ``(i) suitable …`` on the next line (EO 13467): the ``(a)`` opens before its
    items, which the tree hung on the section, and the ``(b)`` after them on ``(v)``."""
    body = (
        "Sec. 1. Policy. This is policy.\n\n"
        'Sec. 2. Definitions. For the purpose of this order: (a) "Adjudication" means the '
        "evaluation of data to determine whether a covered individual is:\n"
        "(i) suitable for Government employment; or\n(ii) fit to perform work.\n"
        '(b) "Agency" means any Executive agency.'
    )
    assert paths(HEAD + body + END) == ["1", "2", "2(a)", "2(a)(i)", "2(a)(ii)", "2(b)"]


def test_a_section_marker_glued_to_a_sentence_opens_a_section() -> None:
    """``… by the executive branch.Sec. 1.3. Definitions.`` (EO 13467's GPO text, no space
    after the period): the marker opens its section."""
    source = (
        "[[Page 3301]]\n\n"
        "                Executive Order 14960 of April 1, 2026\n\n"
        "                Testing the Tree\n\n"
        "                By the authority vested in me as President, it is hereby \n"
        "                ordered:\n\n"
        "                Sec. 1. Policy. (a) This order applies to agencies.\n"
        "                (b) This order also applies to the Senate, when conducted by the \n"
        "                executive branch.Sec. 2. Definitions. For the purpose of this \n"
        "                order, the term applies.\n\n"
        "                THE WHITE HOUSE,\n\n"
        "                    April 1, 2026.\n\n"
        "[FR Doc. 2026-00001 Filed 4-2-26; 8:45 am]\n"
    )
    order = parse_text(source)
    assert [s.path for s in order.walk()] == ["1", "1(a)", "1(b)", "2"]
    assert order.text.count("executive branch.\nSec. 2. Definitions.") == 1


def test_the_following_text_at_a_named_place_opens_a_quotation() -> None:
    """``(ii) insert the following text at the end of subsection (c):`` (EO 14171): words
    between ``the following`` and the colon, up to a line's worth, still open the quoted
    text; its ``(vi)`` and ``(vii)`` were read as items of this order."""
    body = (
        "Sec. 1. Amendments. Executive Order 13000 is amended as follows:\n\n"
        '(i) insert the words "of the United States" after "President"; and\n\n'
        "(ii) insert the following text at the end of subsection (c):\n\n"
        '"(vi) supervising employees; or\n\n(vii) other duties."; and\n\n'
        '(iii) amend subsection (d) to read "The Director shall act.".\n\n'
        "Sec. 2. This order is effective immediately."
    )
    assert paths(HEAD + body + END) == ["1", "1(i)", "1(ii)", "1(iii)", "2"]


def test_a_first_label_printed_before_the_closing_colon_holds_the_list_below() -> None:
    """``(a) This order shall apply to any new contract, if (i):`` then ``(A) …`` and later
    ``(ii) …`` (EO 14026's web text): the ``(i)`` opens before the ``(A)`` list, which
    hung on ``(a)`` beside a lone ``(ii)``."""
    body = (
        "Sec. 1. Purpose. This order raises the wage.\n\n"
        "Sec. 2. Applicability. (a) This order shall apply to any new contract, if (i):\n"
        "(A) it is a procurement contract for services; or\n"
        "(B) it is a contract for concessions; and\n"
        "(ii) the wages of its workers are governed by the Act.\n"
        "(b) This order shall apply only above the threshold."
    )
    assert paths(HEAD + body + END) == [
        "1", "2", "2(a)", "2(a)(i)", "2(a)(i)(A)", "2(a)(i)(B)", "2(a)(ii)", "2(b)",
    ]  # fmt: skip


def test_a_cited_label_before_the_closing_colon_opens_nothing() -> None:
    """``(2) In carrying out the review described in paragraph (1):`` cites ``(1)``: it
    opened a phantom ``(1)`` that held the ``(A)`` list below."""
    body = (
        "Sec. 1. Reviews. (a) The Secretary shall review the program.\n"
        "(1) The review shall cover every port.\n"
        "(2) In carrying out the review described in paragraph (1):\n"
        "(A) the Secretary shall consult the States; and\n"
        "(B) the Secretary shall publish the results."
    )
    assert paths(HEAD + body + END) == [
        "1", "1(a)", "1(a)(1)", "1(a)(2)", "1(a)(2)(A)", "1(a)(2)(B)",
    ]  # fmt: skip


def test_a_series_after_a_colon_on_the_marker_line_opens_no_item() -> None:
    """``… the following: (a) the programs …; and (b) their costs.`` is a series inside
    the sentence: the ``(a)`` held the ``(i)`` list of the paragraph below."""
    body = (
        "Sec. 3. Reports. The Secretary shall report on the following: (a) the programs "
        "of each agency; and (b) their costs. The report shall also include:\n"
        "(i) a plan; and\n(ii) a budget."
    )
    assert paths(HEAD + body + END) == ["3", "3(i)", "3(ii)"]
    # a cited "subsection (b) of section 551" continues no series: the (a) holds the list
    body = (
        'Sec. 1. Definitions. For purposes of this order: (a) "Agency" has the meaning '
        "given in subsection (b) of section 551 of title 5, United States Code, and "
        "includes:\n(i) the Postal Service; and\n(ii) the Board.\n"
        '(b) "Head of agency" means its highest official.'
    )
    assert paths(HEAD + body + END) == ["1", "1(a)", "1(a)(i)", "1(a)(ii)", "1(b)"]


@pytest.mark.parametrize(
    ("closing", "last"),
    [
        # the quote closes an item early and again after the item that goes on (EO 13387)
        ('(2) The level is 0.10 grams."\n\n(3) In this paragraph, "State" includes Guam."', "(3)"),
        # the quote closes an item early, and the item after it has no quote (EO 13127)
        ('(2) The level is 0.10 grams."\n\n(3) The Chair shall designate a Director.', "(3)"),
    ],
)
def test_a_quotation_closed_an_item_early_carries_on(closing: str, last: str) -> None:
    """The source closes the quote marks one item before the quoted text ends: the item
    after it goes on from the quoted labels (``(3)`` after a quoted ``(2)``) and could not
    be this order's own (its first label, or the one after the amending item's), so it is
    quoted text too, not a lone ``(3)`` of this order."""
    body = (
        "Sec. 1. Amendments. (a) Paragraph 35a is amended to read as follows:\n\n"
        '"(1) Any person who operates a vehicle while drunk.\n\n'
        + closing
        + "\n\n(b) Paragraph 36 is amended to read as follows:\n\n"
        '"(1) Text."\n\nSec. 2. This order is effective immediately.'
    )
    order = parse_text(HEAD + body + END)
    assert paths(HEAD + body + END) == ["1", "1(a)", "1(b)", "2"]
    first = order.quote(order.quotations[0])
    assert first.startswith('"(1) Any person')
    assert last in first


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the amending item is the one inline after the section marker
            "Sec. 1. Amendments. (a) Section 3(a) of Executive Order 12345 is amended to "
            'read as follows:\n\n"(a) The Secretary shall coordinate the program."\n\n'
            "(b) Section 5 of Executive Order 12345 is revoked.\n\n"
            "(c) The Secretary shall report.\n\nSec. 2. This order is effective now.",
            ["1", "1(a)", "1(b)", "1(c)", "2"],
        ),
        (  # the amending item is nested: its parent's next item is this order's too
            "Sec. 1. Amendments.\n\n(a) Executive Order 12345 is amended as follows:\n\n"
            '(i) Section 3 is amended to read as follows:\n\n"(a) The Secretary shall '
            'act."\n\n(b) The Secretary shall report.\n\nSec. 2. Effect. Now.',
            ["1", "1(a)", "1(a)(i)", "1(b)", "2"],
        ),
    ],
)
def test_a_quotation_carries_on_over_no_item_of_this_order(body: str, expected: list[str]) -> None:
    """An item after the quote that could be this order's next one at any open level
    (``(b)`` after this order's inline ``(a)``) is not quoted text, even where it goes on
    from the quoted labels: the carry-on swallowed it, and the revocation it held."""
    assert paths(HEAD + body + END) == expected


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


# -- regressions of issue 16: each case is a failure the tree had, named after it --------

_LETTERS = [*"abcdefghijklmnopqrstuvwxyz", *(c * 2 for c in "abcdefghijklmnopqrstuvwxyz")]
_ROMANS = [label_for(n, "roman") for n in range(1, 33)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 3. Suspension of Entry Into the United States of Nationals of Countries With "
            "Deficient Information Sharing Practices. (a) The Secretary of State shall review "
            "the practices.\n(b) The Secretary shall report.",
            ["3", "3(a)", "3(b)"],
            id="long-heading-then-(a)-on-the-same-line",
        ),
        pytest.param(
            "Sec. 5. Duties of the U.S. Harbor Task Force. (a) Mapping. The Task Force shall "
            "map the harbors.\n(b) Research. The Task Force shall study them.",
            ["5", "5(a)", "5(b)"],
            id="heading-with-an-abbreviation-then-(a)",
        ),
        pytest.param(
            "Sec. 2. 90-Day Review of Port Security. (a) The Secretary shall review.\n"
            "(b) The Secretary shall report.",
            ["2", "2(a)", "2(b)"],
            id="heading-opening-with-a-number-then-(a)",
        ),
        pytest.param(
            "Sec. 4. Action Required After a Waiver is Issued. (a) The Secretary shall notify "
            "the Congress.\n(b) The Secretary shall publish the waiver.",
            ["4", "4(a)", "4(b)"],
            id="heading-in-title-case-with-a-verb-then-(a)",
        ),
        pytest.param(
            "Sec. 501. Specifications. Agencies shall consider recovered materials. (a) If a "
            "specification is inconsistent, the agency shall revise it.\n"
            "(b) Agencies shall report annually.",
            ["501", "501(a)", "501(b)"],
            id="(a)-after-a-sentence-on-the-marker-line",
        ),
        pytest.param(
            "Sec. 1. Definitions.\n"
            + "".join(f"({c}) Term {c}.\n" for c in [*_LETTERS, "aaa", "bbb", "ccc"]),
            ["1"] + [f"1({c})" for c in [*_LETTERS, "aaa", "bbb", "ccc"]],
            id="labels-past-(zz)",
        ),
        pytest.param(
            "Sec. 1. Members. (a) The Council shall include:\n"
            + "".join(f"({r}) a member;\n" for r in _ROMANS)
            + "(b) The Council shall meet.",
            ["1", "1(a)"] + [f"1(a)({r})" for r in _ROMANS] + ["1(b)"],
            id="roman-numerals-past-(xxx)",
        ),
        pytest.param(
            "Sec. 1. Executive Order 13000 is amended by adding a new section 5, which shall "
            'read "Sec. 5. Reports. (a) The Secretary shall report.\n'
            '(b) The report shall be public."\n'
            "Sec. 2. This order is effective immediately.",
            ["1", "2"],
            id="quotation-opened-inside-the-amending-paragraph",
        ),
        pytest.param(
            "Sec. 1. Executive Order 13000 is amended to read in its entirety as follows:\n"
            '"Widget Safety\nSection 1. Policy. It is the policy of the United States to keep '
            "widgets safe.\nSec. 2. Board. (a) There is established the Widget Safety Board, to "
            'be known as the "Widget Board."\n(b) The Widget Board shall meet monthly.\n'
            'Sec. 3. Reports. The Widget Board shall report annually."\n'
            "Sec. 2. Effective Date. This order is effective immediately.",
            ["1", "2"],
            id="section-1-inside-a-quotation-holding-a-quotation",
        ),
        pytest.param(
            "Sec. 2. Amendments. (a) Section 2 of Executive Order 13000 is revised to read as "
            "follows:\n\"(a) 'Agency' means an executive agency.\n"
            "\"(b) 'Widget' means a small device.\n"
            "(b) Section 3 of Executive Order 13000 is revised to read as follows:\n"
            '"(a) Reports are due annually."\n'
            "(c) Section 4 of Executive Order 13000 is revoked.",
            ["2", "2(a)", "2(b)", "2(c)"],
            id="quotation-whose-paragraphs-each-open-with-a-quote-mark",
        ),
        pytest.param(
            "Sec. 3. A new section 7 shall be inserted, which reads:\n"
            '"Sec. 7. Review. (a) The staff may be retained.\n'
            '(b) The Secretary shall classify the reports."\n'
            "Sec. 4. Sections 7 and 8 are renumbered sections 8 and 9.",
            ["3", "4"],
            id="quotation-after-which-reads",
        ),
        pytest.param(
            "Sec. 3. Plan. (a) The Coordinator shall develop a plan. The plan shall: (i)\n"
            "Advance the standards;\n(ii) Protect privacy.\n(b) The Coordinator shall report.",
            ["3", "3(a)", "3(a)(i)", "3(a)(ii)", "3(b)"],
            id="label-printed-at-the-end-of-the-line-before-its-words",
        ),
        pytest.param(
            "Sec. 3. Goals. (a) The Council shall:\n(i) map the reefs;\n(ii) study the reefs. "
            "(iii)\nRestore the reefs;\n(iv) Report.",
            ["3", "3(a)", "3(a)(i)", "3(a)(ii)", "3(a)(iii)", "3(a)(iv)"],
            id="label-after-a-sentence-at-the-end-of-its-line",
        ),
        pytest.param(
            "Sec. 4. General Provisions. (a) Nothing in this order shall be construed to impair "
            "or otherwise affect:(i) the authority of any agency; or\n(ii) the functions of the "
            "Director.\n(b) This order shall be implemented consistent with law.",
            ["4", "4(a)", "4(a)(i)", "4(a)(ii)", "4(b)"],
            id="first-item-printed-right-after-the-colon",
        ),
        pytest.param(
            'Sec. 5. Ensuring the Integrity of the System in Order to "Hire American." (a) The '
            "Secretary shall propose rules.\n(b) The Secretary shall issue guidance.",
            ["5", "5(a)", "5(b)"],
            id="heading-ending-in-a-quotation-then-(a)",
        ),
        pytest.param(
            "Sec. 6. Supporting Workers.(a) To advance the Government's understanding, the "
            "following actions shall be taken:\n(i) The Chair shall report.\n(ii) The "
            "Secretary shall report.\n(b) The Secretary shall issue guidance.",
            ["6", "6(a)", "6(a)(i)", "6(a)(ii)", "6(b)"],
            id="heading-glued-to-its-first-label",  # web text of EO 14110: "Workers.(a)"
        ),
    ],
)
def test_section_tree_regressions(body: str, expected: list[str]) -> None:
    order = parse_text(HEAD + body + END)
    assert [s.path for s in order.walk()] == expected
    assert not any(w.code == "paragraph-out-of-sequence" for w in order.warnings)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (LONG_HEADING, "Duties of the U.S. Reef Task Force. (a) The", "the U.S. Reef Task Force"),
        (LONG_HEADING, "90-Day Review. (1) The", "90-Day Review"),
        (LONG_HEADING, "Policy. The Secretary shall act.", None),  # no label follows
        (QUOTE_OPENED_INLINE, 'is added to the order and shall read "Sec. 5.', "shall read"),
        (QUOTE_OPENED_INLINE, "is added to the order and shall read as follows:", None),
        (ITEM_OPENER, "b. R.C.M. 706 is amended", "b. "),
        (ITEM_OPENER, "(c) Section 3 is revised", "(c) "),
        (ITEM_OPENER, "Section 3 is revised", None),
        # an opener stays in its sentence: not "… adding the following. Each agency shall
        # then report on the following matters:", a duty's own list
        (
            QUOTE_OPENER,
            "is amended by adding the following. Each agency shall then report "
            "on the following matters:",
            None,
        ),
        (
            QUOTE_OPENER,
            "Section 3 of Executive Order 12345 of Jan. 5, 1990, is amended to read as follows:",
            "follows:",
        ),
    ],
)
def test_structure_patterns(pattern: regex.Pattern[str], text: str, found: str | None) -> None:
    searched = pattern in (QUOTE_OPENED_INLINE, QUOTE_OPENER)
    match = pattern.search(text) if searched else pattern.match(text)
    if found is None:
        assert match is None
    else:
        assert match is not None
        assert found in match[0]


@pytest.mark.parametrize(
    "paragraph",
    [
        "substituting " + "x" * 399 + "following " + "a" * 80 + ' : "',
        "Section 2 is amended " + "y" * 700 + " to read as follows:",
        "amended " + "z" * 600 + " and revised to read as follows:",
        "revised " + "w" * 401 + "follows:",
    ],
)
def test_a_quote_opener_is_looked_for_near_the_end_as_a_full_search_finds_it(
    paragraph: str,
) -> None:
    """:data:`QUOTE_OPENER` ends at the paragraph's end and is at most
    ``_OPENER_REACH`` long: a search from there finds what a search of it all finds."""
    from eoparse.grammar.patterns import QUOTE_OPENER
    from eoparse.structure.quotations import _OPENER_REACH, _quote_opener

    text = "x " + paragraph
    full = QUOTE_OPENER.search(text, 2, len(text))
    assert _quote_opener(text, 2, len(text)) == (full is not None)
    if full is not None:
        assert full.end() - full.start() <= _OPENER_REACH
    if paragraph.startswith("substituting"):  # the longest opener there is
        assert full is not None
        assert full.end() - full.start() == _OPENER_REACH


def test_subsections_numbered_after_their_section_are_read_at_their_cited_paths() -> None:
    # Was: "4.1." opened nothing, and each later "(a)" nested under the one before
    # (paths such as 4(ii)(B)(b)[3](iii) in a long order numbered so).
    body = (
        "Sec. 4. Ensuring Safety.\n\n"
        "4.1. Developing Guidelines. (a) Within 270 days, the Secretary of Commerce shall:\n\n"
        "(i) establish guidelines; and\n\n(ii) report.\n\n(b) The Secretary may consult.\n\n"
        "4.2. Ensuring Reliability. (a) Within 90 days, the Secretary of Energy shall report.\n\n"
        "Sec. 5. General Provisions. (a) Nothing in this order shall impair any law."
    )
    assert paths(HEAD + body + END) == [
        *("4", "4.1", "4.1(a)", "4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2", "4.2(a)"),
        *("5", "5(a)"),
    ]


def test_a_decimal_number_of_another_section_opens_nothing() -> None:
    # Only the number of the section it stands in: "3.5 Million …" under Sec. 2 is text.
    body = (
        "Sec. 2. Funding. (a) The Secretary of Labor shall report.\n\n"
        "3.5 Million dollars are set aside for the program.\n\n"
        "Sec. 3. Review. The Secretary shall review the funds."
    )
    assert paths(HEAD + body + END) == ["2", "2(a)", "3"]
