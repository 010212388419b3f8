"""Dated documents, directives and grant verbs are found from their lead words, exactly as a scan
of every position by their patterns would find them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eoparse.powers.anchored import anchored_matches, lead_starts, literal_starts
from eoparse.powers.cite_patterns import DATED_DOCUMENT, DIRECTIVE
from eoparse.powers.grants.consult import CONSULT, consultations
from eoparse.powers.grants.patterns import DIRECT, DIRECT_LEADS, MODAL, MODAL_LEADS
from eoparse.powers.instruments import (
    _DATED_STARTS,
    _SERIES_GATE,
    _SERIES_STARTS,
    find_mentions,
)
from eoparse.powers.wordlist import contains_any

FRAGMENTS = st.sampled_from(
    [
        # whole documents, so that the patterns match often …
        *("Presidential Memorandum of January 5, 2001", "memorandum dated Jan. 5, 2001"),
        *("Memorandum for the Heads of Agencies of May 1, 2003", "NSPM-7", "NSDD 12"),
        *("National Security Directive 3", "Presidential Policy Directive 21", "HSPD-12"),
        # … and their pieces, so that they run into each other and break off
        *("Presidential ", "Memorandum ", "memorandum for ", "Notice ", "notice ", "of "),
        *("Determination ", "dated ", "January 5, 2001", "NSD", "PPD", "No. 4", "-", " ", "x"),
    ]
)


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def stretch(parts: list[str], data: st.DataObject) -> tuple[str, int, int]:
    """The text the parts make and a stretch ``[start, end)`` of it drawn by ``data``."""
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    return text, start, data.draw(st.integers(start, len(text)))


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(FRAGMENTS, max_size=14), data=st.data())
def test_the_same_matches_as_a_full_scan(parts: list[str], data: st.DataObject) -> None:
    text, start, end = stretch(parts, data)
    assert spans(
        anchored_matches(
            DATED_DOCUMENT, literal_starts(_DATED_STARTS, text, start, end), text, start, end
        )
    ) == spans(DATED_DOCUMENT.finditer(text, start, end))
    directives = spans(DIRECTIVE.finditer(text, start, end))
    assert (
        spans(
            anchored_matches(
                DIRECTIVE, literal_starts(_SERIES_STARTS, text, start, end), text, start, end
            )
        )
        == directives
    )
    if directives:
        assert contains_any(text, _SERIES_GATE, start, end)


def test_a_match_inside_the_one_before_is_not_a_second_match() -> None:
    text = "the Memorandum for Heads of Agencies Notice of January 5, 2001, and NSDD-12."
    kinds = [m.target.kind.value for m in find_mentions(text)]
    series = [m.target.series for m in find_mentions(text)]
    assert len(kinds) == 2  # the memorandum (which runs over "Notice") and NSDD-12
    assert series[-1] == "NSDD"


GRANT_FRAGMENTS = st.sampled_from(
    [
        *("The Secretary shall ", "may ", "must ", "is hereby authorized ", "are directed "),
        *("I hereby direct ", "and hereby delegate to ", "I further order ", "marshall ", "this "),
        *("is ", "are ", "I ", "AI ", "shall not be construed", "dismay ", " ", "\n", "."),
    ]
)


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(GRANT_FRAGMENTS, max_size=14), data=st.data())
def test_grant_verbs_found_from_their_leads_as_a_full_scan_finds_them(
    parts: list[str], data: st.DataObject
) -> None:
    text, start, end = stretch(parts, data)
    for pattern, leads in ((MODAL, MODAL_LEADS), (DIRECT, DIRECT_LEADS)):
        candidates = lead_starts(leads, text, start, end)
        assert spans(anchored_matches(pattern, candidates, text, start, end)) == spans(
            pattern.finditer(text, start, end)
        )


CONSULT_FRAGMENTS = st.sampled_from(
    [
        *("In consultation with ", "in coordination with ", "after consultation with "),
        *("After consultation with ", "in cooperation with ", "in conjunction with "),
        *("in collaboration with ", "In partnership with ", "with the concurrence of "),
        *("With the advice of ", "jointly with ", "acting through ", "the Secretary"),
        *("consultation", " with ", "in ", "x", ", ", "through ", "With "),
        *("in consultation as appropriate with ", "In consultation, as appropriate, with "),
        *(" as appropriate", "as appropriate, "),
    ]
)


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(CONSULT_FRAGMENTS, max_size=12), data=st.data())
def test_consultations_found_from_their_words_as_a_full_scan_finds_them(
    parts: list[str], data: st.DataObject
) -> None:
    text, start, end = stretch(parts, data)
    assert spans(consultations(text, start, end)) == spans(CONSULT.finditer(text, start, end))
