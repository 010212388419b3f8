"""Grants and the section tree: what review 37 (a second read of the rules of the stop
that drew paragraph samples 21-22 and set 29, comparing old and new output over the corpus
and probing the rules with sentences of its own) found wrong, each pinned by a short order
we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows

BOARD = (
    "Sec. 3. Establishment. There is established the Harbor Protection Board (Board). The "
    "Board shall be led by a Chair designated by the President.\n\n"
)


def test_agencies_an_except_aside_leaves_out_are_no_subject() -> None:
    # H1 (EO 13777 2(a)): the excepted heads became the actor of "shall designate"
    found = rows(
        "Sec. 2. Officers. The head of each agency, except the heads of agencies receiving "
        "waivers under section 5 of this order, shall designate a Regulatory Reform Officer."
    )
    assert not any("waivers" in actor for _, actor in found)


def test_an_aside_opening_with_an_ing_word_does_not_narrow_an_agency() -> None:
    # M1: "pending", "during", "following" … open asides, not participles that narrow
    for word in ("pending the issuance of guidance", "during the transition"):
        found = rows(f"Sec. 2. Reports. Each agency, {word}, shall report to the President.")
        assert not any(word.split()[0] in actor for _, actor in found)


def test_an_including_aside_after_the_duty_itself_is_no_lead_in() -> None:
    # M2: "shall, within 90 days, develop a plan, including recommendations to: (i) …": the
    # duty is the plan, not the items; "take steps, including by: (i) reducing …" still
    # hands its modal to the items
    assert rows(
        "Sec. 2. Plan. (a) The Secretary of Labor shall, within 90 days, develop a plan, "
        "including recommendations to:\n(i) reduce waste; and\n(ii) improve efficiency."
    ) == [("2(a)", "Secretary of Labor")]
    assert rows(
        "Sec. 2. Plan. (a) The Secretary of Labor shall take steps, including by:\n"
        "(i) reducing waste; and\n(ii) improving efficiency."
    ) == [("2(a)(i)", "Secretary of Labor"), ("2(a)(ii)", "Secretary of Labor")]


def test_an_abbreviation_is_no_item_heading() -> None:
    # M3: "(i) Review U.S. policy …" was cut to "policy …" as if "Review U.S." were a heading
    grants = order(
        "Sec. 2. Duties. The Secretary of Labor shall:\n(i) Review U.S. policy on migrant "
        "workers; and\n(ii) Information Sharing. Work with industry."
    ).grants
    assert [g.action for g in grants] == [
        "Review U.S. policy on migrant workers",
        "Work with industry",
    ]


def test_a_title_and_an_agency_that_goes_on_as_the_subject_are_two() -> None:
    # M4: "After consultation with the Administrator, EPA shall …": EPA acts
    assert rows(
        "Sec. 3. Review. After consultation with the Administrator, EPA shall issue guidance."
    ) == [("3", "Environmental Protection Agency")]


def test_a_who_aside_holds_no_narrowed_subject() -> None:
    # M5: "The Secretary of Labor, who chairs the council that coordinates programs that serve
    # veterans, shall report": the nested clauses narrowed "council" into a false actor
    found = rows(
        "Sec. 4. Veterans. The Secretary of Labor, who chairs the council that coordinates "
        "programs that serve veterans, shall report to the President."
    )
    assert not any("council" in actor for _, actor in found)


def test_delegations_to_a_bare_title_with_an_aside_or_an_acronym() -> None:
    # M8: "I hereby delegate to the Chair, as appropriate, …"; EO 14241 6(d): "to the Chief
    # Executive Officer (CEO) of the United States International Development Finance
    # Corporation (DFC) the authority …"
    assert rows(
        BOARD + "Sec. 13. Classification. I hereby delegate to the Chair, as appropriate, the "
        "authority to classify information."
    )[-1] == ("13", "Chair of the Harbor Protection Board")
    grants = order(
        "Sec. 6. Finance. I hereby delegate to the Chief Executive Officer (CEO) of the United "
        "States International Development Finance Corporation (DFC) the authority of the "
        "President under section 303 of the Act."
    ).grants
    assert [(g.actor, g.action) for g in grants] == [
        (
            "Chief Executive Officer of the United States International Development Finance "
            "Corporation",
            "the authority of the President under section 303 of the Act.",
        )
    ]


def test_an_agency_narrowed_across_the_comma_of_a_code_citation() -> None:
    # EO 14251 7: "… covered by Chapter 71 of title 5, United States Code, shall"
    assert rows(
        "Sec. 7. Reports. The head of each agency with employees covered by Chapter 71 of "
        "title 5, United States Code, shall submit a report to the President."
    ) == [
        (
            "7",
            "head of each agency with employees covered by Chapter 71 of title 5, United "
            "States Code",
        )
    ]


def test_an_actor_named_jointly_before_a_narrowed_group_acts_too() -> None:
    # M-C1 (EO 14040 3(c), EO 14081 12(a)): "the Attorney General and the heads of any other
    # agencies that originated relevant information shall": only the narrowed heads acted
    assert rows(
        "Sec. 3. Review. (c) The Attorney General and the heads of any other agencies that "
        "originated relevant information shall ensure its review."
    ) == [
        ("3(c)", "Attorney General"),
        ("3(c)", "heads of any other agencies that originated relevant information"),
    ]
    # a list before a ";" is no joint subject: "in consultation with A; B; and the heads of
    # other agencies that …, shall" (EO 14110 4.5(c)) grants the consulted nothing
    found = rows(
        "Sec. 4. Content. (c) The Director of OMB, in consultation with the Secretary of State; "
        "the Attorney General; and the heads of other agencies that the Director of OMB deems "
        "appropriate, shall issue guidance."
    )
    assert ("4(c)", "Secretary of State") not in found
    assert ("4(c)", "Attorney General") not in found


def test_the_head_of_any_department_or_agency_is_the_heads_group() -> None:
    # M-C1 (EO 14162 3(g)): "any department or agency" alone matched, and the head made of
    # it dropped the officials named jointly before it
    assert rows(
        "Sec. 3. Energy. (g) The Secretary of State, Secretary of Commerce, and the head of any "
        "department or agency that plans international energy agreements shall prioritize "
        "economic efficiency."
    ) == [
        ("3(g)", "Secretary of State"),
        ("3(g)", "Secretary of Commerce"),
        ("3(g)", "head of any department or agency that plans international energy agreements"),
    ]


def test_a_through_aside_with_its_short_form_before_the_verb() -> None:
    # M-C6 (EO 13996 3(b); EO 13859, 13865, 14005, 14095, 14293, 14409): ", through the
    # Administrator of the Federal Emergency Management Agency (FEMA), shall" lost the subject
    assert rows(
        "Sec. 3. Testing. (b) The Secretary of Education and the Secretary of Homeland "
        "Security, through the Administrator of the Federal Emergency Management Agency "
        "(FEMA), shall expand access to testing."
    ) == [("3(b)", "Secretary of Education"), ("3(b)", "Secretary of Homeland Security")]


def test_an_except_aside_before_the_verb_is_stepped_over() -> None:
    # review 38 H2 (EO 13777 2(a)), M1 (EO 13924 5(a)): the subject is the one the aside
    # leaves some out of, not the ones it names
    assert rows(
        "Sec. 2. Officers. (a) The head of each agency, except the heads of agencies receiving "
        "waivers under section 5 of this order, shall designate a Regulatory Reform Officer."
    ) == [("2(a)", "head of each agency")]
    assert rows(
        "Sec. 5. Relief. (a) The heads of all agencies, excluding the Department of Justice, "
        "shall report."
    ) == [("5(a)", "heads of all agencies")]


def test_delegations_to_lists_of_titles_are_not_garbled() -> None:
    # review 38 M5: a title list after "delegate to" is not one office with the rest in its
    # action (none is read rather than a wrong one)
    for body in (
        "Sec. 6. Finance. I hereby delegate to the Chief Financial Officer (CFO) of the "
        "Department of Defense and the Chief Information Officer of the Department of Defense "
        "the authority under section 303.",
        BOARD + "Sec. 6. Functions. I hereby delegate to the Chair, the Vice Chair, and the "
        "Executive Director the functions under section 303 of the Act.",
    ):
        assert all(" and the " not in g.action[:40] for g in order(body).grants)
        assert all("Vice Chair, and" not in g.action for g in order(body).grants)


def test_a_participle_right_after_the_agency_narrows_it_whatever_its_word() -> None:
    # review 38 M2: the words that open asides after a comma ("following", "considering")
    # are participles right after the agency
    assert rows("Sec. 4. Rules. Agencies considering new rules shall report to the Director.") == [
        ("4", "agencies considering new rules")
    ]


def test_pay_a_member_may_receive_is_no_power() -> None:
    # found checking set 8 after review 38's except rule (EO 12994 5(b), EO 13017, 13147,
    # 13180): "may receive compensation", like "shall serve without compensation", says what
    # a member is owed; every labelled set marks such rows borderline at most
    assert (
        rows(
            "Sec. 5. Pay. (b) Each member of the Committee, except any member who receives other "
            "compensation, may receive compensation for each day engaged in its work. (c) The "
            "Chief Operating Officer may receive an annual bonus."
        )
        == []
    )


def test_bare_titles_a_consultation_names_are_consulted() -> None:
    # review 38 H4 (EO 13718 4(d)); EO 13353 4, 13459 3(c), 13955 2(b), 14011 3(b): with no
    # title the table knows before the verb, the one read there was the consulted one
    assert rows(
        "Sec. 3. Commission. (a) There is established the Commission on Harbor Security "
        "(Commission). The Commission shall be led by a Chair and a Vice Chair.\n"
        "(d) The Executive Director, in consultation with the Chair and Vice Chair, shall have "
        "the authority to create subcommittees."
    )[-1] == ("3(d)", "Executive Director of the Commission on Harbor Security")
