"""Grants: classes of miss that blind set 23 and paragraph sample 12 showed once read
(after their first blind scores at bf92b1a), each pinned by a short order we wrote; every
test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_narrowed_agency_after_an_opening_phrase_is_the_subject() -> None:
    # "Under the Initiative, each participating agency shall": not the Initiative; the last
    # of a list ("…, and each Federal agency shall") stays in its list
    assert rows(
        "Sec. 3. The agencies represented on the Council shall participate in a Harbor "
        "Initiative (Initiative). Under the Initiative, each participating agency shall:\n\n"
        "(a) develop a plan; and\n\n(b) report.\n\nSec. 4. In carrying out the Act, the "
        "Secretary of the Interior and each Federal agency shall seek partnerships."
    ) == [
        ("3", "agencies represented on the Council"),
        ("3(a)", "each participating agency"),
        ("3(b)", "each participating agency"),
        ("4", "Secretary of the Interior"),
        ("4", "each Federal agency"),
    ]


def test_a_lead_in_over_items_with_their_own_subjects_is_no_duty() -> None:
    # "shall take the following actions, to the extent permitted by law:" then "(a) The
    # Secretary of Labor shall …": the items' rows only
    assert rows(
        "Sec. 5. The Secretaries of Defense and Labor shall take the following actions, to "
        "the extent permitted by law:\n\n(a) The Secretary of Defense shall develop training "
        "programs.\n\n(b) The Secretary of Labor shall conduct workshops."
    ) == [("5(a)", "Secretary of Defense"), ("5(b)", "Secretary of Labor")]


def test_a_lead_in_with_an_aside_after_its_actions_hands_them_down() -> None:
    assert rows(
        "Sec. 1. (a) The Secretary of the Treasury shall take the following actions, when "
        "necessary:\n\n(i) oppose the extension of any loan; and\n\n(ii) prohibit any "
        "United States bank from making any loan."
    ) == [("1(a)(i)", "Secretary of the Treasury"), ("1(a)(ii)", "Secretary of the Treasury")]


def test_a_head_named_with_its_body_after_an_indefinite_article() -> None:
    # "Such staff shall be supervised by an Executive Director of the PIAB"; the body set
    # up past a place and a purpose ("within the Executive Office of the President and
    # exclusively to advise and assist the President, the … Board (HIAB)")
    assert rows(
        "Sec. 3. (a) There is hereby established, within the Executive Office of the "
        "President and exclusively to advise and assist the President as set forth in this "
        "order, the Harbor Intelligence Advisory Board (HIAB).\n\n(e) Such staff shall be "
        "supervised by an Executive Director of the HIAB, appointed by the President."
    ) == [("3(e)", "Executive Director of the Harbor Intelligence Advisory Board")]


def test_an_item_that_leads_its_own_list_hands_the_duties_down() -> None:
    # "(a) with respect to guidelines …:" then "(i) review …"; "(b) within 90 days of the
    # date of this order:" then items, with that deadline; "(c) submit …: (i) an analysis"
    # keeps its objects
    grants = order(
        "Sec. 7. The Director of National Intelligence shall:\n\n(a) with respect to "
        "guidelines on reporting:\n\n(i) review such guidelines; and\n\n(ii) issue "
        "instructions;\n\n(b) within 90 days of the date of this order:\n\n(i) develop a "
        "plan; and\n\n(ii) review the directives; and\n\n(c) submit to the Board on "
        "request:\n\n(i) an analysis of the reports; and\n\n(ii) a summary of the direction."
    ).grants
    assert [(g.where, g.deadline_days) for g in grants] == [
        ("7(a)(i)", None),
        ("7(a)(ii)", None),
        ("7(b)(i)", 90),
        ("7(b)(ii)", 90),
        ("7(c)", None),
    ]


def test_a_plural_title_of_agency_heads_names_each_head() -> None:
    # "the Administrators of the … Space Administration, the Environmental Protection
    # Agency, and the Small Business Administration shall", after the Secretaries of a list;
    # "shall consult the Directors of …" names objects
    assert rows(
        "Sec. 6. The Secretaries of Agriculture and Labor, and the Administrators of the "
        "Environmental Protection Agency and the Small Business Administration shall "
        "implement these reforms.\n\nSec. 7. The Directors of OMB and the National Science "
        "Foundation shall report.\n\nSec. 8. The Secretary of State shall consult the "
        "Directors of OMB and the National Science Foundation."
    ) == [
        ("6", "Secretary of Agriculture"),
        ("6", "Secretary of Labor"),
        ("6", "Administrator of the Environmental Protection Agency"),
        ("6", "Administrator of the Small Business Administration"),
        ("7", "Director of the Office of Management and Budget"),
        ("7", "Director of the National Science Foundation"),
        ("8", "Secretary of State"),
    ]


def test_officials_a_semicolon_list_names_share_its_last_verb() -> None:
    # "…: the Secretaries of Defense and Energy; the Administrator of General Services; and
    # the Director of OPM shall implement …"; clauses joined by ";" keep their own subjects
    rows_ = rows(
        "Sec. 3. (b) The reforms shall be implemented on the following schedule: the "
        "Secretaries of Defense and Energy; the Administrator of General Services; and the "
        "Director of OPM shall implement these reforms by September 30, 2016; the Secretary of "
        "Labor shall implement these reforms by September 30, 2017.\n\nSec. 4. The Secretary "
        "of State shall review the rules; the Attorney General shall report."
    )
    assert rows_ == [
        ("3(b)", "Secretary of Defense"),
        ("3(b)", "Secretary of Energy"),
        ("3(b)", "Administrator of General Services"),
        ("3(b)", "Director of the Office of Personnel Management"),
        ("3(b)", "Secretary of Labor"),
        ("4", "Secretary of State"),
        ("4", "Attorney General"),
    ]
