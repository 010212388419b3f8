"""Invariants under hypothesis: no foreign exceptions, spans inside the text, round trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eoparse import EOParseError, Order, parse_bytes, parse_text
from eoparse.model import Section

FRAGMENTS = [
    "Executive Order 14990 of July 4, 2026",
    "Proclamation 11010 of July 4, 2026",
    "Memorandum of July 4, 2026",
    "Executive Order 13224—Blocking Property",
    "By the authority vested in me as President, it is hereby ordered:",
    "NOW, THEREFORE, I do hereby proclaim:",
    "Section 1.",
    "Sec. 2. Policy.",
    "Sec. 1.1.",
    "PART 1—GENERAL",
    "1-101.",
    "(a)",
    "(b)",
    "(i)",
    "(ii)",
    "(h)",
    "(A)",
    "(1)",
    "1.",
    "The Secretary of State shall",
    "is amended to read as follows:",
    '"Sec. 3. Inserted.',
    'text."',
    "THE WHITE HOUSE,",
    "IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of July, "
    "in the year of our Lord two thousand twenty-six",
    "DONALD J. TRUMP",
    "ANNEX",
    "Annex II—Vessels",
    "[[Page 101]]",
    "[Federal Register Volume 91, Number 1 (Friday, July 4, 2026)]",
    "Federal Register / Vol. 91, No. 1 / Friday, July 4, 2026 / Presidential Documents",
    "[FR Doc. 2026-00001",
    "(Presidential Sig.)<Clinton1>",
    "VerDate Sep<11>2014",
    "---",
    "title: x",
    "\\(a\\)",
    "*et seq.*",
    "``quoted''",
    "Janaury 32, 2026",
    "\x00",
    "\ufffd",
    "\f",
    "",
]

documents = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)),
    max_size=40,
).flatmap(
    lambda parts: st.lists(
        st.sampled_from(["\n", "\n\n", " ", "  \n", "\n                "]),
        min_size=len(parts),
        max_size=len(parts),
    ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sections(order: Order) -> list[Section]:
    return list(order.walk())


def check_invariants(order: Order) -> None:
    length = len(order.text)
    for section in _sections(order):
        start, end = section.span
        assert 0 <= start <= end <= length
        assert order.quote(section) == section.text
        for child in section.children:
            assert start <= child.span[0] <= child.span[1] <= end
    paths = [section.path for section in _sections(order)]
    assert len(paths) == len(set(paths))
    for span in (order.preamble, order.signature, *order.quotations):
        if span is not None:
            assert 0 <= span[0] <= span[1] <= length
    for offset, _page in order.pages:
        assert 0 <= offset <= length
    assert Order.from_dict(order.to_dict()) == order


@SETTINGS
@given(documents)
def test_structured_text(text: str) -> None:
    try:
        order = parse_text(text)
    except EOParseError:
        return
    check_invariants(order)


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    try:
        order = parse_text(text)
    except EOParseError:
        return
    check_invariants(order)


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        order = parse_bytes(data, "fuzz.bin")
    except EOParseError:
        return
    check_invariants(order)
