"""Notebook display: the HTML of orders, diffs and corpora, and the lineage plot.

The HTML must be well formed whatever the spans do (overlap, nest, coincide,
run past the text), escape every piece of document text, need no script and
no network, and read without colour (text badges, ``<del>``/``<ins>``,
letter tags).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eoparse
from eoparse.model import Authority, Grant, Order, Reference, Section
from eoparse.present import html as render
from eoparse.present.html.order import MAX_TEXT, _uid, open_part
from tests.conftest import SAMPLES

VOID = {"br", "col", "img", "meta", "hr", "input", "link", "wbr"}


class _Checker(HTMLParser):
    """Collects tag nesting errors and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0  # inside <style> or a tag label

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in VOID:
            return
        self.stack.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if tag == "style" or "eo-tag" in classes or self._skip:
            self._skip += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def check(page: str) -> _Checker:
    """Parse ``page``; assert it is well formed and self-contained."""
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(" not in page
    return checker


def _text_div(page: str) -> str:
    """What a reader sees of the highlighted text (without the item tags)."""
    start = page.index('<div class="eo-text">')
    checker = check(page[start : page.index("</div>", start) + len("</div>")])
    return "".join(checker.text)


# -- orders ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def border_2025() -> Order:
    return eoparse.parse(SAMPLES / "border_emergency_2025.txt")


@pytest.fixture(scope="module")
def border_2019() -> Order:
    return eoparse.parse(SAMPLES / "border_emergency_2019.txt")


def test_order_html_shows_header_outline_tables_and_text(border_2025: Order) -> None:
    page = border_2025._repr_html_()
    assert page == render.order_html(border_2025)
    checker = check(page)
    assert page.startswith('<div class="eoparse"><style>')
    assert "Proclamation 10893 — Declaring a National Emergency" in page
    for fact in ("2025-01-20", "Donald J. Trump", "90 FR 8401", "2025-01972"):
        assert fact in page
    assert "Outline (15 sections)" in page
    assert "Unmanned Aircraft" in page
    for table in ("Authorities (", "References (", "Emergency actions (1)", "Grants (10)"):
        assert table in page
    assert "Designations (" not in page  # no table for an empty kind
    # every item is highlighted, tagged and linked both ways
    marks = [attrs for tag, attrs in checker.tags if tag == "mark"]
    assert {attrs["class"].split()[0] for attrs in marks} >= {
        "eo-authority",
        "eo-reference",
        "eo-emergency",
        "eo-grant",
    }
    assert all(attrs.get("title") for attrs in marks)
    ids = {attrs["id"] for _, attrs in checker.tags if attrs.get("id")}
    links = {attrs["href"][1:] for tag, attrs in checker.tags if tag == "a" and attrs.get("href")}
    assert links <= ids
    for number in range(1, len(border_2025.grants) + 1):
        assert any(i.endswith(f"-grant-{number}") for i in ids)
        assert any(i.endswith(f"-at-grant-{number}") for i in ids)


def test_highlighted_text_reads_as_the_order_text(border_2025: Order) -> None:
    page = render.order_html(border_2025)
    assert _text_div(page) == border_2025.text


def _tiny_order(text: str, **items: Any) -> Order:
    return Order(
        kind="executive_order",
        number=1,
        title='A <b>bold</b> & "quoted" title',
        signed=dt.date(2025, 1, 2),
        president=None,
        citation=None,
        document_number=None,
        text=text,
        sections=(Section("1", "1", "Purpose <i>", (0, len(text)), text=text),),
        **items,
    )


def _grant(span: tuple[int, int], actor: str = "Secretary of State") -> Grant:
    return Grant(actor, "shall", "act", None, (), "1", span)


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param([(0, 10), (5, 15)], id="crossing"),
        pytest.param([(0, 20), (5, 10)], id="nested"),
        pytest.param([(3, 9), (3, 9), (3, 9)], id="identical"),
        pytest.param([(0, 5), (5, 10)], id="adjacent"),
        pytest.param([(4, 4), (2, 2)], id="empty"),
        pytest.param([(10, 500), (-3, 2)], id="outside the text"),
        pytest.param([(0, 30), (2, 28), (4, 26), (6, 24), (1, 3)], id="deep"),
    ],
)
def test_overlapping_spans_keep_the_html_well_formed(spans: list[tuple[int, int]]) -> None:
    text = "Sec. 1. <Purpose> & a \"b\" 'c' > d.\nMore text."
    order = _tiny_order(
        text,
        grants=tuple(_grant(span) for span in spans),
        authorities=(Authority("Act <x>", None, ("1 U.S.C. 1",), "1", (1, 12)),),
    )
    page = render.order_html(order)
    check(page)
    assert _text_div(page) == text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab <>&\"'\n."), min_size=1, max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
)
def test_any_spans_keep_the_html_well_formed(text: str, spans: list[tuple[int, int]]) -> None:
    order = _tiny_order(text, grants=tuple(_grant((min(s), max(s))) for s in spans))
    page = render.order_html(order)
    check(page)
    assert _text_div(page) == text


def test_a_segment_covered_by_several_items_names_them_all() -> None:
    text = "The Secretary of State shall report under 1 U.S.C. 1 within 30 days."
    order = _tiny_order(
        text,
        grants=(_grant((0, len(text))),),
        authorities=(Authority(None, None, ("1 U.S.C. 1",), "1", (42, 52)),),
    )
    checker = check(render.order_html(order))
    marks = [attrs for tag, attrs in checker.tags if tag == "mark"]
    inner = [m for m in marks if "eo-multi" in m["class"]]
    assert len(inner) == 1
    assert inner[0]["class"].startswith("eo-authority")  # the innermost item colours it
    assert "G1 grant" in inner[0]["title"]
    assert "A1 authority" in inner[0]["title"]


def test_document_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & <img src=x onerror=y> "quoted"'
    order = _tiny_order(text, grants=(_grant((0, 29), actor="<b>Secretary</b>"),))
    page = render.order_html(order)
    check(page)
    assert "<script>" not in page
    assert "<img src=x" not in page
    assert "<b>bold</b>" not in page
    assert "<b>Secretary</b>" not in page
    assert html.escape('<script>alert("x")</script>') in page
    assert "Purpose &lt;i&gt;" in page


def _long_order(paragraphs: int) -> tuple[str, Order]:
    """A synthetic order of numbered paragraphs, a grant near its start, another that
    spans the last paragraph break before 60,000 characters and one in its last words."""
    lines = [
        f"({n}) The Secretary of Widgets shall report on widget lot {n} within 30 days."
        for n in range(1, paragraphs + 1)
    ]
    text = "Sec. 1. Widgets.\n" + "\n".join(lines) + "\nTHE END OF THE ORDER."
    brk = text.rfind("\n", 0, 60_000)  # the last paragraph break before the bound
    across = (brk - 10, brk + 10)
    last = (len(text) - 21, len(text))
    order = _tiny_order(text, grants=(_grant((8, 15)), _grant(across), _grant(last)))
    return text, order


def test_long_order_html_lost_the_end_of_the_text_silently() -> None:
    """Text past 60,000 characters was not rendered at all; it is all there, the part
    past the bound (from a paragraph break) in a collapsed block that says its size."""
    text, order = _long_order(2_000)
    assert len(text) > 150_000
    page = render.order_html(order)
    checker = check(page)
    seen = "".join(checker.text)
    assert "THE END OF THE ORDER." in seen
    assert "widget lot 2000 within 30 days" in seen
    first = page.index('<div class="eo-text">')
    rest = page.index('<details class="eo-rest">')
    assert rest > first
    assert '<details class="eo-rest" open' not in page  # collapsed
    shown = open_part(text)
    assert shown == text.rfind("\n", 0, MAX_TEXT) + 1  # after a paragraph, by the bound
    summary = page[rest : page.index("</summary>", rest)]
    assert f"{len(text) - shown:,} more characters" in summary
    assert f"of {len(text):,}" in summary
    # the two parts together are the whole text, word for word
    second = page.index('<div class="eo-text">', rest)
    assert _text_div(page[first:]) + _text_div(page[second:]) == text
    # every item is linked from its row and tagged once, the one over the break too
    for number in (1, 2, 3):
        assert page.count(f'id="{_uid(order)}-at-grant-{number}"') == 1
        assert f'href="#{_uid(order)}-at-grant-{number}"' in page
    assert page.count('<mark class="eo-grant" title="G2 grant') == 2  # both sides


def test_a_short_order_has_no_collapsed_rest() -> None:
    text, order = _long_order(10)
    page = render.order_html(order)
    assert "eo-rest" not in page
    assert _text_div(page) == text


def test_max_text_bounds_the_open_part_only() -> None:
    text, order = _long_order(2_000)
    page = render.order_html(order, max_text=5_000)
    check(page)
    shown = open_part(text, 5_000)
    assert 3_000 <= shown <= 5_000
    assert f"the {shown:,} above are the first of {len(text):,}" in page
    assert "THE END OF THE ORDER." in page


def test_references_show_relation_and_target(border_2025: Order) -> None:
    page = render.order_html(border_2025)
    assert "revokes" in page
    assert "Proclamation 10150" in page


def test_order_with_nothing_extracted() -> None:
    order = _tiny_order("Just words.")
    page = render.order_html(order)
    check(page)
    assert "No items extracted." in page


def test_reference_kinds_render() -> None:
    text = "Executive Order 13224 is revoked in part."
    ref = Reference("revokes", eoparse.Instrument("executive_order", 13224), True, ("2(a)",))
    page = render.order_html(_tiny_order(text, references=(evolve_span(ref, (0, 21)),)))
    check(page)
    assert "revokes in part" in page
    assert "Executive Order 13224" in page
    assert "2(a)" in page


def evolve_span(item: Any, span: tuple[int, int]) -> Any:
    return eoparse.model.evolve(item, span=span, where="1")


# -- diffs -------------------------------------------------------------------------

DIFF = {
    "new": {"label": "Order <2>", "kind": "executive_order", "number": 2, "signed": "2025-01-02",
            "title": "New & improved"},
    "old": [{"label": "Order 1", "kind": "executive_order", "number": 1, "signed": None,
             "title": None}],
    "summary": "grants 1 added, 1 removed, 1 changed",
    "counts": {
        "grants": {"added": 1, "removed": 1, "changed": 1},
        "authorities": {"added": 0, "removed": 0, "changed": 0},
    },
    "changes": [
        {"category": "grants", "change": "changed", "label": "Secretary <of> State shall",
         "fields": [{"field": "deadline_days", "old": 30, "new": 14},
                    {"field": "basis", "old": ["1 U.S.C. 1", "2 U.S.C. 2"],
                     "new": ["2 U.S.C. 2", "3 U.S.C. 3"]},
                    {"field": "action", "old": "submit a report on the border to the President "
                     "within the period", "new": "submit a full report on the border to the "
                     "President within the period"}],
         "new": {"where": "1(a)", "quote": "new <words>", "item": {}},
         "old": {"where": "1(a)", "quote": "old & words", "item": {}, "order": "Order 1"}},
        {"category": "grants", "change": "added", "label": "Attorney General shall",
         "fields": [], "new": {"where": "2", "quote": "added words", "item": {}}, "old": None},
        {"category": "references", "change": "removed", "label": "revokes EO 1",
         "fields": [], "new": None,
         "old": {"where": "3", "quote": "removed words", "item": {}, "order": "Order 1"}},
    ],
    "sections": [
        {"change": "changed", "new_path": "1", "old_path": "1", "new_heading": "Purpose",
         "old_heading": "Purpose", "similarity": 0.8,
         "text_diff": [["equal", "The Secretary"], ["delete", "may"], ["insert", "shall"],
                       ["equal", " ".join(["word"] * 60)], ["insert", "<now>"]]},
        {"change": "added", "new_path": "4", "old_path": None, "new_heading": "New",
         "old_heading": None, "similarity": 0.0, "text_diff": [["insert", "Sec. 4. New."]]},
        {"change": "removed", "new_path": None, "old_path": "3", "new_heading": None,
         "old_heading": "Old", "similarity": 0.0, "text_diff": [["delete", "Sec. 3. Old."]]},
        {"change": "same", "new_path": "5", "old_path": "5", "new_heading": None,
         "old_heading": None, "similarity": 1.0, "text_diff": [["equal", "Sec. 5."]]},
    ],
}  # fmt: skip


def test_diff_html_from_the_dict_contract() -> None:
    page = render.diff_html(DIFF)
    checker = check(page)
    seen = "".join(checker.text)
    # readable without colour: text badges, strike-through and underline
    for badge in ("+ added", "− removed", "~ changed", "= same", "+ new", "− old"):
        assert badge in seen
    assert "<del>30</del> → <ins>14</ins>" in page
    assert "<ins>full</ins>" in page  # a long text field as a word diff
    assert "<del>1 U.S.C. 1</del>, 2 U.S.C. 2, <ins>3 U.S.C. 3</ins>" in page  # lists by member
    assert "<del>may</del>" in page
    assert "<ins>shall</ins>" in page
    assert "unchanged words" in seen  # long equal runs elided
    assert "Order &lt;2&gt;" in page
    assert "&lt;now&gt;" in page
    assert "new &lt;words&gt;" in page
    assert "old &amp; words" in page
    assert "Sections (3 differ, 1 the same)" in seen
    assert "grants 1 added, 1 removed, 1 changed" in seen


def test_diff_html_of_a_power_diff(border_2025: Order, border_2019: Order) -> None:
    diff = eoparse.diff(border_2019, border_2025)
    page = diff._repr_html_()
    assert page == render.diff_html(diff.to_dict())
    seen = "".join(check(page).text)
    assert "Proclamation 10893" in seen
    assert "Proclamation 9871" in seen
    assert "<del>30</del>" in page
    assert "<ins>14</ins>" in page
    assert "Attorney General" in seen
    assert "Unmanned Aircraft" in seen


def test_diff_html_rejects_what_is_not_a_diff() -> None:
    with pytest.raises(TypeError):
        render.diff_html(42)


# -- corpora -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples_corpus() -> Any:
    return eoparse.Corpus.from_dir(SAMPLES, progress=False, jobs=1)


def test_corpus_html_summarises(samples_corpus: Any) -> None:
    page = samples_corpus._repr_html_()
    seen = "".join(check(page).text)
    assert f"Corpus — {len(samples_corpus)} orders" in seen
    for heading in ("By kind", "By president", "References by relation", "By year"):
        assert heading in seen
    assert "proclamation" in seen
    assert "Donald J. Trump" in seen
    # a summary, not every order
    assert "Northern Frontier" not in seen


def test_corpus_html_lists_failures() -> None:
    failures = {f"bad-{n}.txt": "not a presidential document <x>" for n in range(12)}
    page = render.corpus_html([], failures=failures, name="empty")
    seen = "".join(check(page).text)
    assert "Failures (12)" in seen
    assert "… and 2 more" in seen
    assert "&lt;x&gt;" in page
    assert "Corpus: empty — 0 orders" in seen


# -- the lineage plot ----------------------------------------------------------------

LINKS = [
    ({"number": 2, "signed": "2002-01-01", "title": "Two"}, "amends", 1),
    ({"number": 3, "signed": "2003-01-01"}, "revokes", {"number": 1, "signed": "2001-01-01"}),
    ({"number": 4, "signed": None}, "supersedes", 1),
]


@pytest.fixture
def agg() -> Any:
    matplotlib = pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    matplotlib.use("Agg")
    return matplotlib


def test_plot_lineage_draws_a_timeline(agg: Any) -> None:
    from matplotlib.figure import Figure

    from eoparse.present.plot import plot_lineage

    figure = plot_lineage(LINKS, root=1)
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("EO 1 (2001-01-01)")  # the root first
    assert labels[1].startswith("EO 2 (2002-01-01)\nTwo")
    assert len(labels) == 3
    texts = [t.get_text() for t in ax.texts]
    assert "amends" in texts
    assert "revokes" in texts
    assert "no date, not shown: EO 4" in ax.get_title(loc="left")
    figure.savefig(__import__("io").BytesIO(), format="png")


def test_plot_lineage_of_a_corpus(agg: Any, samples_corpus: Any) -> None:
    figure = samples_corpus.plot_lineage(("proclamation", 9871))
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("Proc. 9871 (2019-02-12)")
    assert any(label.startswith("Notice of November 8, 2025") for label in labels)
    assert "continues" in [t.get_text() for t in ax.texts]


def test_plot_lineage_merges_links_and_names_sections(agg: Any) -> None:
    from eoparse.present.plot import as_links

    events = [
        {"source": 5, "relation": "amends", "target_sections": ["1"]},
        {"source": 5, "relation": "amends", "target_sections": ["5"]},
    ]
    (link,) = as_links(events, root=1)
    assert link.text() == "amends §1, §5"
    with pytest.raises(ValueError, match="root="):
        as_links(events)


def test_plot_lineage_without_matplotlib_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eoparse.present.plot import plot_lineage

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    monkeypatch.setitem(sys.modules, "matplotlib.dates", None)
    with pytest.raises(ImportError, match=re.escape("pip install eoparse[plot]")):
        plot_lineage(LINKS, root=1)


def test_order_html_puts_headline_facts_before_the_section_tree() -> None:
    """Issue 18: kind, number, dates, president, emergencies, designations, measures and
    relations open the page; the section tree, the tables and the text follow."""
    order = eoparse.parse(SAMPLES / "designating_organizations.txt")
    page = order._repr_html_()
    check(page)
    parts = [
        "<th>kind</th>",
        "<th>number</th>",
        "<th>signed</th>",
        "<th>president</th>",
        "<th>emergencies</th>",
        "<th>designations</th>",
        "<th>measures</th>",
        "<th>relations</th>",
        "Outline (",
        "<h3>Extractions</h3>",
        '<div class="eo-text">',
    ]
    places = [page.index(part) for part in parts]
    assert places == sorted(places)
    relations = page[page.index("<th>relations</th>") : page.index("Outline (")]
    assert "amends Executive Order 13224" in relations
    assert "cites Executive Order 13224" not in relations  # citations are not relations


def test_order_html_has_no_scrolling_panel(border_2025: Order) -> None:
    """Issue 18: no panel scrolls inside the page, so an exported notebook keeps the text."""
    page = border_2025._repr_html_()
    assert "max-height" not in page
    assert not re.search(r"overflow(-[xy])?\s*:\s*(auto|scroll|hidden)", page)


SPAN_LINKS = [
    ({"number": 13268, "signed": "2002-07-02"}, "amends", 13224),
    ({"number": 13886, "signed": "2019-09-09"}, "amends", 13224),
    ({"number": 14999, "signed": "2025-11-08"}, "revokes", 13268),
]


def test_plot_lineage_date_axis_covers_every_date_and_label(agg: Any) -> None:
    """Issue 18: the date axis stopped short (at 2021 in the tutorial) and the last
    relation's label ran past its end: every date and every label is inside the axis."""
    from matplotlib import dates

    from eoparse.present.plot import plot_lineage

    root = {"number": 13224, "signed": "2001-09-23"}
    figure = plot_lineage(SPAN_LINKS, root=root)
    ax = figure.axes[0]
    low, high = ax.get_xlim()
    plotted = [dt.date(2001, 9, 23), dt.date(2002, 7, 2), dt.date(2019, 9, 9), dt.date(2025, 11, 8)]
    for day in plotted:
        assert low < dates.date2num(day) < high, day
    ticks = [t for t in ax.get_xticks() if low <= t <= high]
    assert dates.num2date(ticks[0]).year <= 2002
    assert dates.num2date(ticks[-1]).year >= 2025
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    box = ax.get_window_extent(renderer)
    labels = [t for t in ax.texts if t.get_text()]
    assert {t.get_text() for t in labels} == {"amends", "revokes"}
    for text in labels:
        extent = text.get_window_extent(renderer)
        assert box.x0 <= extent.x0, text.get_text()
        assert extent.x1 <= box.x1, text.get_text()
