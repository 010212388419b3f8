"""Grants: a group's member named with an indefinite article (``An agency may``) is the
group's member without it, as every labelled set but two writes it (whole-order sets 11,
17, 23 and 24: EO 13891, 13272, 13467, 13932; paragraph samples 2 and 11); every test
fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_an_agency_is_written_without_its_article() -> None:
    # EO 13932 2(a)(i): "An agency may prescribe a minimum educational requirement …"
    assert rows(
        "Sec. 2. Rules. (a) An agency may prescribe a minimum educational requirement for "
        "employment only when the requirement is legally required."
    ) == [("2(a)", "agency")]
    # "an executive agency", "a department or agency": the same group, the same way
    assert rows("Sec. 4. Review. An executive agency may request a waiver.") == [
        ("4", "executive agency")
    ]
    assert rows("Sec. 5. Appeals. A department or agency shall file its appeal in writing.") == [
        ("5", "department or agency")
    ]


def test_it_after_an_opening_about_an_agency_is_still_the_agency() -> None:
    # EO 13892 secs. 3-4: "When an agency takes …, it may apply only standards …"; the
    # article-less name must still read as an agency, not a person ("it" is no official)
    assert rows(
        "Sec. 4. Fairness. When an agency takes an administrative enforcement action, it may "
        "apply only standards of conduct that have been publicly stated."
    ) == [("4", "agency")]


def test_a_head_named_with_an_article_keeps_the_tables_name() -> None:
    # "an agency head" was already the table's "agency head"; no bare "head" comes of it
    assert rows("Sec. 6. Waivers. An agency head may waive this requirement in writing.") == [
        ("6", "agency head")
    ]


def test_an_agency_narrowed_by_a_participle_and_a_preposition() -> None:
    # whole-order set 28 (EO 13603 secs. 301-312): "the head of each agency engaged in
    # procurement for the national defense, as defined in section 801(h) of this order, is
    # authorized …"; EO 13899 "the head of each agency charged with enforcing Title VI"
    assert rows(
        "Sec. 301. Loan Guarantees. (a) To reduce shortfalls of resources, the head of each "
        "agency engaged in procurement for the national defense, as defined in section 801(h) "
        "of this order, is authorized pursuant to section 301 of the Act to guarantee loans."
    ) == [("301(a)", "head of each agency engaged in procurement for the national defense")]
    assert rows(
        "Sec. 3. Reports. The head of each agency charged with enforcing Title VI shall submit "
        "a report to the President."
    ) == [("3", "head of each agency charged with enforcing Title VI")]
    assert rows("Sec. 4. Compliance. Each agency covered by this order shall comply.") == [
        ("4", "each agency covered by this order")
    ]
    # the agency after "by" is no subject: the report is
    assert rows("Sec. 5. Reports. The report prepared by each agency shall be public.") == []


def test_the_heads_of_agencies_an_order_defines_are_written_out_when_bare() -> None:
    # whole-order sets 18 and 28 (EO 13834, 13950, 13603 secs. 702, 802): "executive
    # departments and agencies (agencies)" … "The head of each agency shall" is the head of
    # each executive department and agency, as "Agencies shall" is already written out
    defined = (
        "Section 1. Policy. It is the policy of the United States that executive departments "
        "and agencies (agencies) promote widgets.\n\n"
    )
    assert rows(
        defined + "Sec. 2. Duties. (a) The head of each agency shall designate an official.\n\n"
        "(b) Heads of agencies shall report to the President.\n\n(c) Each agency head shall "
        "review its rules."
    ) == [
        ("2(a)", "head of each executive department and agency"),
        ("2(b)", "heads of executive departments and agencies"),
        ("2(c)", "head of each executive department and agency"),
    ]
    # narrowed heads keep their printed words (EO 13584's "heads of agencies participating
    # on the Steering Committee"; EO 13603's defined "head of each agency engaged in …")
    assert rows(
        defined + "Sec. 3. Loans. The head of each agency engaged in procurement for the "
        "national defense shall make loans."
    ) == [("3", "head of each agency engaged in procurement for the national defense")]
    # an order without the short form keeps the heads as printed
    assert rows("Sec. 2. Duties. The head of each agency shall designate an official.") == [
        ("2", "head of each agency")
    ]
