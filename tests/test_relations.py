"""What an order does to the documents it names: table-driven cases written by us."""

from __future__ import annotations

import pytest

from eoparse import Relation, parse_text
from eoparse.powers.instruments import find_mentions
from eoparse.powers.relations.patterns import AMENDED_SECTIONS, OF_SECTION

HEAD = (
    "Executive Order 14970 of May 4, 2026\n\nTesting Relations\n\n"
    "By the authority vested in me as President, it is hereby ordered as follows:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 4, 2026.\n"

Row = tuple[str, int, bool, tuple[str, ...]]


def relations(body: str) -> list[Row]:
    order = parse_text(HEAD + body + END)
    return [
        (r.relation.value, r.target.number or 0, r.partial, r.target_sections)
        for r in order.references
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sec. 1. Executive Order 13224 is revoked.", [("revokes", 13224, False, ())]),
        (
            "Sec. 1. Executive Orders 13769 and 13780 are hereby revoked.",
            [("revokes", 13769, False, ()), ("revokes", 13780, False, ())],
        ),
        (
            "Sec. 1. Section 3 of Executive Order 13780 of March 6, 2017, is revoked.",
            [("revokes", 13780, True, ("3",))],
        ),
        (
            "Sec. 1. Sections 1 through 3 of Executive Order 13062 are superseded.",
            [("supersedes", 13062, True, ("1", "2", "3"))],
        ),
        ("Sec. 1. I hereby revoke Executive Order 12538.", [("revokes", 12538, False, ())]),
        (
            "Sec. 1. This order supersedes Executive Order 12143.",
            [("supersedes", 12143, False, ())],
        ),
        (
            "Sec. 1. Executive Order 12866 of September 30, 1993, as amended, is further amended "
            'by striking "30 days" and inserting "14 days".',
            [("amends", 12866, False, ())],
        ),
        # "as amended by" names an amender, which this order only cites
        (
            "Sec. 1. Executive Order 13017, as amended by Executive Order 13040, is revoked.",
            [("revokes", 13017, False, ()), ("cites", 13040, False, ())],
        ),
        # a relative clause about an earlier order is not this order's act
        (
            "Sec. 1. Executive Order 13258, which amended Executive Order 12866, is revoked.",
            [("revokes", 13258, False, ()), ("cites", 12866, False, ())],
        ),
        # negated verbs do not count
        (
            "Sec. 1. Nothing in this order shall be construed to supersede Executive Order 12988.",
            [("cites", 12988, False, ())],
        ),
        # a list introduced by its verb
        (
            "Sec. 1. The following Executive Orders are revoked:\n\n(a) Executive Order 12891;\n\n"
            "(b) Executive Order 12946, as amended by Executive Order 13032.",
            [
                ("revokes", 12891, False, ()),
                ("revokes", 12946, False, ()),
                ("cites", 13032, False, ()),
            ],
        ),
        # a series after a colon
        (
            "Sec. 1. The following orders are revoked: Executive Order 13942 (TikTok); "
            "Executive Order 13943 (WeChat); and Executive Order 13971 (Apps).",
            [
                ("revokes", 13942, False, ()),
                ("revokes", 13943, False, ()),
                ("revokes", 13971, False, ()),
            ],
        ),
        # "that order" refers back
        (
            "Sec. 1. I hereby terminate the national emergency declared in Executive Order 13047, "
            "and revoke that order and Executive Order 13310.",
            [("revokes", 13047, False, ()), ("revokes", 13310, False, ())],
        ),
        # continuing a body an order established
        (
            "Sec. 1. Each advisory committee listed below is continued until September 30, "
            "2027.\n\n(a) Committee for the Preservation of the White House; "
            "Executive Order 11145, as amended.",
            [("continues", 11145, False, ())],
        ),
        # expanding an emergency amends the order that declared it
        (
            "Sec. 1. I hereby expand the scope of the national emergency declared in Executive "
            "Order 13873 of May 15, 2019.",
            [("amends", 13873, False, ())],
        ),
        # in order to … : the purpose, not the act
        (
            "Sec. 1. In order to implement Executive Order 13985, agencies shall report.",
            [("cites", 13985, False, ())],
        ),
        # partial supersession to the extent inconsistent
        (
            "Sec. 1. Executive Order 12777 is superseded to the extent inconsistent "
            "with this order.",
            [("supersedes", 12777, True, ())],
        ),
        # proclamations and memoranda
        (
            "Sec. 1. Proclamation 10142 of January 20, 2021, is revoked.",
            [("revokes", 10142, False, ())],
        ),
    ],
)
def test_relations(body: str, expected: list[Row]) -> None:
    assert relations(body) == expected


def test_this_order_and_quoted_text_are_not_references() -> None:
    body = (
        "Sec. 1. Executive Order 13000 is amended by adding a new section 3 to read as follows:\n\n"
        '"Sec. 3. Executive Order 12000 is revoked."\n\n'
        "Sec. 2. This order and Executive Order 14970 take effect at once."
    )
    # the section the amendment adds is the part of the order it touches
    assert relations(body) == [("amends", 13000, True, ("3",))]


def test_amendments_keep_what_they_strike_and_insert() -> None:
    order = parse_text(
        HEAD
        + "Sec. 1. Executive Order 13865 is amended as follows:\n\n"
        + '(a) Section 2(a) is amended by striking "Federal agencies" and inserting '
        + '"Federal agencies, in coordination with States,".\n\n'
        + "(b) Section 5 is amended by adding at the end the following new subsection:\n\n"
        + '"(c) The Secretary shall report annually."'
        + END
    )
    (reference,) = order.references
    assert reference.relation is Relation.AMENDS
    first, second = reference.amendments
    assert (first.section, first.strike, first.insert) == (
        "2(a)",
        "Federal agencies",
        "Federal agencies, in coordination with States,",
    )
    assert second.section == "5"
    assert second.insert == "(c) The Secretary shall report annually."
    assert order.quote(reference) == "Executive Order 13865"
    assert order.quote(reference.statement or (0, 0)).endswith("is amended as follows:")


def test_an_insertion_after_quoted_words_in_listed_sections() -> None:
    order = parse_text(
        HEAD
        + "Sec. 1. Executive Order 13805 is further amended by:\n\n"
        + '(a) inserting ", the Secretary of Energy," after "the Secretary of Commerce" in '
        + "sections 2(b) and 3 (the first time it appears); and\n\n"
        + '(b) adding at the end the following: "The Council shall meet monthly."'
        + END
    )
    (reference,) = order.references
    assert reference.relation is Relation.AMENDS
    rows = [(a.insert, a.position, a.section) for a in reference.amendments]
    assert rows == [
        (", the Secretary of Energy,", 'after "the Secretary of Commerce"', "2(b)"),
        (", the Secretary of Energy,", 'after "the Secretary of Commerce"', "3"),
        ("The Council shall meet monthly.", "at the end the following", None),
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Executive Orders 13769 and 13780", ["Executive Order 13769", "Executive Order 13780"]),
        ("Executive Order No. 12958 of April 17, 1995", ["Executive Order 12958"]),
        ("E.O. 13224", ["Executive Order 13224"]),
        ("Proclamations 9645 and 9723", ["Proclamation 9645", "Proclamation 9723"]),
        ("Presidential Memorandum of January 27, 2017", ["Memorandum of 2017-01-27"]),
        ("the notice of September 24, 2001", ["Notice of 2001-09-24"]),
        ("Presidential Determination of May 1, 2003", ["Determination of 2003-05-01"]),
        ("PPD-21 (Presidential Policy Directive 21)", ["PPD-21"]),
        ("NSPM-7 and HSPD-12", ["NSPM-7", "HSPD-12"]),
        ("Executive Order 12958, 1995", ["Executive Order 12958"]),
    ],
)
def test_mentions(text: str, labels: list[str]) -> None:
    assert [m.target.label() for m in find_mentions(text)] == labels


def test_a_list_member_with_its_own_label_is_quoted_with_it() -> None:
    text = "pursuant to Executive Order 13310, Executive Order 13448 of October 18, 2007, or 13464"
    spans = [text[m.span[0] : m.span[1]] for m in find_mentions(text)]
    assert spans == [
        "Executive Order 13310",
        "Executive Order 13448 of October 18, 2007",
        "13464",
    ]


def test_amended_sections_named_only_in_the_amendments_are_the_target_sections() -> None:
    order = parse_text(
        "Executive Order 14973 of May 8, 2026\n\nTesting\n\nBy the authority vested in me as "
        "President, it is hereby ordered:\n\nSection 1. Executive Order 12345 of May 1, 2001, "
        'is amended as follows:\n(a) Section 3(a) is amended by striking "30 days" and '
        'inserting "60 days".\n\nTHE WHITE HOUSE,\nMay 8, 2026.\n'
    )
    [reference] = order.references
    assert (reference.relation.value, reference.target_sections, reference.partial) == (
        "amends",
        ("3(a)",),
        True,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the section named after the strike (relations audit: 18 of 46 amending rows)
        (
            'Section 1. Executive Order 13532 is amended by striking "34 C.F.R. 602.8" in '
            'section 4(a) and inserting "34 C.F.R. 602.9".',
            [("amends", 13532, True, ("4(a)",))],
        ),
        # a section revised, and sections redesignated, with a range written out
        (
            "Section 1. Executive Order 12171, as amended, is further amended by revising "
            "section 1-210 to read as follows: Text.\n\nSec. 2. Executive Order 13488 is "
            "revised by striking section 4 in its entirety, and redesignating sections 5 "
            "through 7 as sections 4 through 6, respectively.",
            [
                ("amends", 12171, True, ("1-210",)),
                ("amends", 13488, True, ("4", "5", "6", "7")),
            ],
        ),
        # "of that order" is the amended order's; a Part; a second label of one section
        (
            "Section 1. Executive Order 13045 is amended by deleting in section 3-306 of that "
            'order "4 years" and inserting "6 years".\n\nSec. 2. Executive Order 12333 is '
            'amended in Part 3.4(f) by striking "a".\n\nSec. 3. Executive Order 13078 is '
            'amended in sections 1(a) and (b) by striking "Chair" and inserting "Chairperson".',
            [
                ("amends", 13045, True, ("3-306",)),
                ("amends", 12333, True, ("3.4(f)",)),  # a section of Part 3
                ("amends", 13078, True, ("1(a)", "1(b)")),
            ],
        ),
        # not the target's: quoted words, this order's own section, the whole text
        (
            'Section 1. Executive Order 13277 is amended by adding after "Section 2105" the '
            'words "and 2106" as provided in section 3 of this order.\n\nSec. 2. Executive '
            'Order 12994 is amended by deleting "retardation" and inserting "disabilities" '
            "throughout the text of that order, except in section 1 of that order.\n\n"
            "Sec. 3. This order is effective at once.",
            [("amends", 13277, False, ()), ("amends", 12994, False, ())],
        ),
    ],
)
def test_sections_an_amending_statement_names_after_the_order(
    body: str, expected: list[Row]
) -> None:
    """Relations audit (110 corpus references): an amendment named its sections only where
    they led the sentence; named after the order, in its instruction, they were lost, and
    the same act was whole in one order and partial in the next."""
    assert relations(body) == expected


# -- regressions of issue 16: one case per failure class, named after the failure -------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 2. Executive Order 13716 of January 16, 2016 (Revocation of Executive Orders "
            "13574 and 13590 With Respect to Iran, Amendment of Executive Order 13628), is "
            "revoked.",
            [("revokes", 13716, False, ())],
            id="orders-named-in-a-title-in-parentheses-read-as-references",
        ),
        pytest.param(
            "Sec. 2. Consistent with Executive Order 13563 and Executive Order 12866 of "
            "September 30, 1993 (Regulatory Planning and Review), agencies shall act.",
            [("cites", 13563, False, ()), ("cites", 12866, False, ())],
            id="a-title-after-a-pair-drops-neither-order-of-the-pair",
        ),
        pytest.param(
            "Sec. 3. Executive Order 13683 is amended by revoking section 3.",
            [("revokes", 13683, True, ("3",))],
            id="revoking-one-section-read-as-an-amendment",
        ),
        pytest.param(
            "Sec. 3. Executive Order 13683, as amended, is hereby amended by revoking sections 2 "
            "and 4, and by striking section 5.",
            [("revokes", 13683, True, ("2", "4")), ("amends", 13683, True, ("5",))],
            id="revoking-sections-and-amending-more-gives-both",
        ),
        pytest.param(
            "Sec. 2. The following advisory committee is continued until September 30, 2027: "
            "Advisory Group on Widgets; Executive Order 13544, as amended (Department of "
            "Commerce).",
            [("continues", 13544, False, ())],
            id="committee-continued-until-in-one-line-read-as-a-citation",
        ),
        pytest.param(
            "Sec. 1. Each advisory committee listed below is continued until September 30, "
            "2027.\n(a) Committee on Widgets; Executive Order 11145, as amended.\n"
            "(b) Council on Gadgets;\nExecutive Order 12382, as amended.\n"
            "(c) Board on Gizmos; Executive Order 12829.",
            [
                ("continues", 11145, False, ()),
                ("continues", 12382, False, ()),
                ("continues", 12829, False, ()),
            ],
            id="committee-continued-until-lost-after-an-item-over-two-lines",
        ),
        pytest.param(
            "Sec. 4. Subsection 1(b) of Executive Order 13851 is replaced with a new subsection "
            "1(b), to read as follows:\n"
            '"(b) The Secretary may impose sanctions."',
            [("amends", 13851, True, ("1(b)",))],
            id="replaced-with-new-text-read-as-a-supersession",
        ),
        pytest.param(
            "Sec. 2. The Annex to Executive Order 13219 of June 26, 2001, is replaced and "
            "superseded in its entirety by the Annex to this order.",
            [("supersedes", 13219, True, ("Annex",))],
            id="superseding-an-annex-read-as-superseding-the-whole-order",
        ),
    ],
)
def test_relation_failures(body: str, expected: list[Row]) -> None:
    assert relations(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 8. (b) On the effective date of the final rules, Executive Order 12400 (under "
            "which the Widget Fellows Program was established), as amended, is superseded and "
            "revoked.",
            [("revokes", 12400, False, ())],
            id="a-parenthetical-clause-between-an-order-and-its-verb-read-as-a-citation",
        ),
        pytest.param(
            "Sec. 2. Executive Order 12400 (which created the Gadget Board) and Executive Order "
            "12401 (by which the charter of the Board was extended), as amended, are revoked.",
            [("revokes", 12400, False, ()), ("revokes", 12401, False, ())],
            id="a-parenthetical-clause-after-each-order-of-a-series",
        ),
        pytest.param(
            "Sec. 2. Executive Order 12405 (the order that set up the Board, which has since met "
            "twice), as amended, is hereby rescinded.",
            [("revokes", 12405, False, ())],
            id="a-parenthetical-with-two-clauses-before-the-verb",
        ),
        pytest.param(
            "Sec. 2. Executive Order 12403 (which was itself amended by Executive Order 12500), "
            "as amended, is revoked.",
            [("revokes", 12403, False, ()), ("cites", 12500, False, ())],
            id="an-order-named-inside-the-parenthetical-is-only-cited",
        ),
        pytest.param(
            "Sec. 2. Executive Order 12402 (Revocation of Executive Order 12100), as amended, is "
            "revoked.",
            [("revokes", 12402, False, ())],
            id="an-order-named-in-a-title-in-parentheses-is-still-no-reference",
        ),
        pytest.param(
            "Sec. 2. Executive Order 12404 (Widgets) remains in effect, and the Widget Board is "
            "terminated.",
            [("cites", 12404, False, ())],
            id="a-verb-outside-the-parenthetical-still-has-another-subject",
        ),
    ],
)
def test_a_parenthetical_between_an_order_and_its_verb(body: str, expected: list[Row]) -> None:
    """The verbs of an aside in parentheses after an order (``(pursuant to which the
    Program was established)``) do not give the order another subject: the verb after
    the aside still governs it."""
    assert relations(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 6. Prior Orders. The following Executive Orders are revoked and superseded: "
            "(a) Executive Order 13300 of May 1, 2003 (Blocking Property of Widget Makers); "
            "and (b) Executive Order 13301 of June 2, 2003 (Further Measures on Widgets).",
            [("supersedes", 13300, False, ()), ("supersedes", 13301, False, ())],
            id="revoked-and-superseded-read-as-a-revocation",
        ),
        pytest.param(
            "Sec. 6. Executive Order 13302 (Gadget Council), as amended, is superseded and "
            "revoked.",
            [("revokes", 13302, False, ())],
            id="superseded-and-revoked-stays-a-revocation",
        ),
        pytest.param(
            "Sec. 6. Executive Order 13303 is replaced and revoked.",
            [("revokes", 13303, False, ())],
            id="a-revoking-verb-last-revokes-after-any-verb",
        ),
    ],
)
def test_the_last_verb_of_a_revoking_and_superseding_pair(body: str, expected: list[Row]) -> None:
    """``revoked and superseded`` supersedes, ``superseded and revoked`` revokes: the
    disposition tables record both pairs by their last verb."""
    assert relations(body) == expected


def test_memoranda_of_the_same_date_stay_apart() -> None:
    """Issue 16: two memoranda signed the same day were merged into one reference."""
    order = parse_text(
        HEAD + "Sec. 1. The Presidential Memorandum of January 20, 2021 (Modernizing "
        "Regulatory Review), and the Presidential Memorandum of January 20, 2021, "
        '"Restoring Trust in Government," are revoked.' + END
    )
    targets = [(r.relation.value, r.target.date, r.target.title) for r in order.references]
    assert [t[2] for t in targets] == [
        "Modernizing Regulatory Review",
        "Restoring Trust in Government",
    ]
    assert {t[0] for t in targets} == {"revokes"}
    assert order.references[0].target.label() == (
        "Memorandum of 2021-01-20 (Modernizing Regulatory Review)"
    )


def test_a_nominal_mention_that_points_to_the_act_restates_it() -> None:
    """``the revocation of Executive Order X as set forth in section 9 of this order``
    restates the act of section 9; it is not an act of its own."""
    rows = relations(
        "Sec. 9. Executive Order 13300 is superseded.\n\n"
        "Sec. 20. The revocation of Executive Order 13300 as set forth in section 9 of this "
        "order shall not affect any action taken before the date of this order."
    )
    assert ("supersedes", 13300, False, ()) in rows
    assert not any(row[0] == "revokes" for row in rows)


# -- review 57: the sections an amending list names --------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) striking "the Chief '
            'of the Widget Office" in sections 1, 2, and 4 and inserting "the Chief";\n\n'
            '(b) striking "gadgets" in section 6(b) and inserting "gizmos".',
            [("amends", 12345, True, ("1", "2", "4", "6(b)"))],
            id="an-item-naming-three-sections-kept-only-the-first",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is further amended by:\n\n(a) striking "the Board" '
            'wherever it appears in sections 3(a) and 7 and inserting "the Council"; and\n\n'
            '(b) inserting "or the Council" after "the Board" in section 9.',
            [("amends", 12345, True, ("3(a)", "7", "9"))],
            id="an-item-naming-two-sections-after-wherever-kept-only-the-first",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Sections 2 and 5 are "
            'amended by striking "annual" and inserting "biennial".\n\n(b) Section 8(c) is '
            'amended by striking "30" and inserting "60".',
            [("amends", 12345, True, ("2", "5", "8(c)"))],
            id="an-item-opening-with-two-sections-kept-only-the-first",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Section 2(a) is "
            'amended by striking "monthly" and inserting "weekly". Section 2(b) is amended by '
            'adding at the end "The Board may meet."',
            [("amends", 12345, True, ("2(a)", "2(b)"))],
            id="a-second-sentence-of-an-item-naming-its-own-section",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Sections 1 through 3 "
            'are revised to read as follows:\n\n"Section 1. Purpose. Widgets matter."',
            [("amends", 12345, True, ("1", "2", "3"))],
            id="sections-revised-to-read-as-the-quotation-after-them",
        ),
    ],
)
def test_every_section_an_amending_item_names_is_a_target(body: str, expected: list[Row]) -> None:
    assert relations(body) == expected


def test_each_section_of_an_amending_item_gets_its_amendment() -> None:
    order = parse_text(
        HEAD
        + "Sec. 1. Executive Order 12345 is amended by:\n\n"
        + '(a) striking "the Chief" in sections 1 and 4 and inserting "the Head"; and\n\n'
        + '(b) in section 6, striking "gadgets". Section 7 is amended by striking "the".'
        + END
    )
    (reference,) = order.references
    rows = [(a.section, a.strike, a.insert) for a in reference.amendments]
    assert rows == [
        ("1", "the Chief", "the Head"),
        ("4", "the Chief", "the Head"),
        ("6", "gadgets", None),
        ("7", "the", None),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended by striking "Widget" each place it '
            'appears, except in section 4, and inserting "Gadget".',
            [("amends", 12345, False, ())],
            id="a-section-excepted-read-as-the-target",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended by striking "Widget" wherever it appears '
            'other than in sections 2 and 3, and inserting "Gadget".',
            [("amends", 12345, False, ())],
            id="sections-other-than-read-as-the-targets",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) striking "Widget" '
            'each place it appears, excluding section 4, and inserting "Gadget"; and\n\n'
            '(b) striking "old" in section 6 and inserting "new".',
            [("amends", 12345, True, ("6",))],
            id="an-item-excluding-a-section-read-as-its-target",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended by striking "Widget" in sections 1 and 2, '
            'but not in section 2(b), and inserting "Gadget".',
            [("amends", 12345, True, ("1", "2"))],
            id="a-subsection-excepted-from-the-named-sections-read-as-a-target",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended by striking "Widget" each place it '
            'appears, with the exception of section 4, and inserting "Gadget".',
            [("amends", 12345, False, ())],
            id="with-the-exception-of-a-section-read-as-the-target",
        ),
        pytest.param(
            'Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) striking "Widget" '
            "each place it appears, except in section 4 or section 5, and inserting "
            '"Gadget"; and\n\n(b) striking "old" in section 6 and inserting "new".',
            [("amends", 12345, True, ("6",))],
            id="the-second-of-two-sections-excepted-read-as-a-target",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Section 2 is amended "
            'by striking "Widget" and inserting "Gadget", so as to renew section 9; and\n\n'
            '(b) Section 6 is amended by striking "old" and inserting "new".',
            [("amends", 12345, True, ("2", "6"))],
            id="renew-read-as-a-new-section",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 of May 1, 1990, is amended by revoking section 4, "
            'and section 5 is amended by striking "30 days" and inserting "60 days".',
            [("amends", 12345, True, ("5",))],
            id="a-section-amended-after-one-revoked-read-as-revoked-too",
        ),
    ],
)
def test_a_section_an_amendment_excepts_is_no_target(body: str, expected: list[Row]) -> None:
    assert relations(body) == expected


def preamble_relations(statement: str, body: str) -> list[Row]:
    """The references of an order whose preamble itself states the amendment (``it is
    hereby ordered that Executive Order X is amended as follows:``) and whose own
    sections are the amending items."""
    order = parse_text(
        "Executive Order 14975 of May 11, 2026\n\nTesting Amending Lists\n\nBy the authority "
        f"vested in me as President, it is hereby ordered that {statement}\n\n{body}"
        "\n\nTHE WHITE HOUSE,\nMay 11, 2026.\n"
    )
    return [
        (r.relation.value, r.target.number or 0, r.partial, r.target_sections)
        for r in order.references
    ]


@pytest.mark.parametrize(
    ("statement", "body", "expected"),
    [
        pytest.param(
            "Executive Order 12345, as amended, is further amended as follows:",
            'Section 1. Section 5(a) is amended by striking "15" and inserting "20".\n\n'
            'Sec. 2. Section 7 is amended by striking "monthly" and inserting "weekly".',
            [("amends", 12345, True, ("5(a)", "7"))],
            id="this-orders-own-section-marker-read-as-the-target",
        ),
        pytest.param(
            "Executive Order 12345 is amended by adding to section 4 the following:",
            "Section 1. A new subsection (c)(3) is added to read as follows:\n\n"
            '"(3) The Board may meet."\n\n'
            "Sec. 2. A new subsection (d)(3) is added to section 4 to read as follows:\n\n"
            '"(3) The Board shall report."',
            [("amends", 12345, True, ("4",))],
            id="this-orders-own-marker-before-an-item-naming-no-section",
        ),
        pytest.param(
            "Executive Order 12345 is further amended as follows:",
            "Section 1. The second sentence of section 3 of Executive Order 12345 is amended "
            'by striking "Board" and inserting "Council".\n\nSec. 2. The preamble is amended '
            'by striking "Act" and inserting "Acts".',
            # the preamble's statement, then the item's own, which names the order again
            [("amends", 12345, True, ("3",)), ("amends", 12345, True, ("3",))],
            id="a-section-of-the-amended-order-by-number-after-this-orders-marker",
        ),
        pytest.param(
            "Executive Order 12345 of May 1, 1960, whose rules make up Part 9, Subchapter B, "
            "Chapter II, Title 40 of the Code of Federal Regulations, is amended by striking "
            '"port" and inserting "harbor".',
            "Sec. 2. This order is effective at once.",
            [("amends", 12345, False, ())],
            id="a-part-of-the-code-of-federal-regulations-read-as-the-target",
        ),
        pytest.param(
            'Executive Order 12345 is amended by striking "port" in 40 CFR Part 9 and in '
            'Part 3 of the Code of Federal Regulations and inserting "harbor".',
            "Sec. 2. This order is effective at once.",
            [("amends", 12345, False, ())],
            id="a-cfr-part-read-as-the-target",
        ),
    ],
)
def test_labels_of_this_order_or_another_document_are_no_targets(
    statement: str, body: str, expected: list[Row]
) -> None:
    assert preamble_relations(statement, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Subsections (a) and "
            '(b) of section 4 are amended to read as follows:\n\n"(a) The Board shall meet."',
            [("amends", 12345, True, ("4(a)", "4(b)"))],
            id="items-of-a-section-read-as-the-whole-section",
        ),
        pytest.param(
            "Sec. 1. Executive Order 12345 is amended as follows:\n\n(a) Section 3(a) is "
            'amended by striking "30" and inserting "60", and a new section 3(c) is added to '
            'read as follows:\n\n"(c) The Board may meet."',
            [("amends", 12345, True, ("3(a)", "3(c)"))],
            id="a-new-section-after-the-section-an-item-opens-with-lost",
        ),
    ],
)
def test_the_labels_an_amending_item_opens_with(body: str, expected: list[Row]) -> None:
    assert relations(body) == expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("(a) and (b) of section 5.2 are amended", ("(a) and (b)", "5.2")),
        ("(d), of subsection 203 is revised", ("(d)", "203")),
        ("(a)(2) through (a)(4) of Section 1-101", ("(a)(2) through (a)(4)", "1-101")),
        ("(a) of Executive Order 12345", None),
        ("(a) of section 12abc", ("(a)", "12abc")),
    ],
)
def test_of_section_pattern(text: str, labels: tuple[str, str] | None) -> None:
    found = OF_SECTION.match(text)
    assert (found and (found["labels"], found["outer"])) == labels


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("in sections 1, 2, and 4 and", "1, 2, and 4"),
        ("in Part 6, Subchapter A, Chapter I, Title 33", None),  # another document's part
        ("in Part 6 of 33 CFR", None),
        ("in Part 3.4(f) by", "3.4(f)"),
        ("in section 4, and inserting", "4"),
    ],
)
def test_amended_sections_pattern(text: str, which: str | None) -> None:
    found = AMENDED_SECTIONS.search(text)
    assert (found and found["which"]) == which
