"""The corpus API on ../shared/corpus: lineage of EO 13224, diff_with_prior for every
order, what is in force, emergencies, consolidation of EO 13224, versions and tables.

The corpus is loaded once (text, pdftext and White House web formats: the
1,435 documents of the load benchmark) with two worker processes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eoparse.compare import CATEGORIES
from eoparse.corpus import Corpus

from .conftest import CORPUS, requires_corpus

pytestmark = [requires_corpus, pytest.mark.corpus]

FORMATS = ("text/*.txt", "pdftext/*.txt", "whitehouse_md/*.md")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_dir(CORPUS, glob=FORMATS, jobs=2, progress=False)


def test_the_whole_corpus_loads(corpus: Corpus) -> None:
    assert len(corpus) == 1435
    assert corpus.failures == ()
    assert corpus.counts()["formats"] == {"fr_text": 1016, "pdftext": 278, "whitehouse_md": 141}
    assert corpus.counts()["kinds"] == {"executive_order": 1433, "proclamation": 2}


def test_lineage_of_13224(corpus: Corpus) -> None:
    events = corpus.lineage(13224)
    numbers = list(dict.fromkeys(e.order.number for e in events))
    assert numbers == [13268, 13284, 13372, 13886]
    dates = [e.signed for e in events]
    assert dates == sorted(dates)
    for event in events:
        assert event.action == "amends"
        assert "13224" in event.quote
        assert event.quote == event.order.quote(event.span)
    by_order = {e.order.number: e for e in events}
    assert by_order[13372].target_sections == ("4",)
    assert "Section 4 of Executive Order 13224 is hereby amended to read" in by_order[13372].quote


def test_diff_with_prior_runs_for_every_order(corpus: Corpus) -> None:
    with_prior = 0
    totals = dict.fromkeys(CATEGORIES, 0)
    for order in corpus:
        result = corpus.diff_with_prior(order)  # must not raise
        if not result.old:
            continue
        with_prior += 1
        assert result.new.label == order.label()
        for name, figures in result.counts().items():
            totals[name] += figures["added"] + figures["removed"] + figures["changed"]
    print("orders with a prior:", with_prior, "changes:", totals)
    assert with_prior >= 600
    assert all(count > 0 for count in totals.values())


def test_diff_of_an_amending_order(corpus: Corpus) -> None:
    result = corpus.diff_with_prior(corpus[13372])
    assert "Executive Order 13224" in [ref.label for ref in result.old]
    amends = [
        c
        for c in result.category("references")
        if c.new is not None and c.new.item.relation == "amends"
    ]
    assert any(c.new and c.new.item.target.number == 13224 for c in amends)


def test_in_force(corpus: Corpus) -> None:
    before = {o.number for o in corpus.in_force(dt.date(2017, 3, 1))}
    after = {o.number for o in corpus.in_force(dt.date(2017, 3, 16))}
    assert 13769 in before  # signed 2017-01-27
    assert 13769 not in after  # revoked by EO 13780 of 2017-03-06
    assert 13780 in after
    assert 13224 in after  # amended, never revoked
    assert all(
        o.signed is not None and o.signed <= dt.date(2017, 3, 1)
        for o in corpus.in_force(dt.date(2017, 3, 1))
    )
    revocation = corpus.revoked(13769)
    assert revocation is not None
    assert revocation.order.number == 13780


def test_emergencies(corpus: Corpus) -> None:
    emergencies = corpus.emergencies()
    by_number = {
        e.declared_by.number: e for e in emergencies if e.declared_by.kind == "executive_order"
    }
    terrorism = by_number[13224]
    assert terrorism.order is corpus[13224]
    assert terrorism.declared == dt.date(2001, 9, 23)
    assert "50 U.S.C. 1701 et seq." in terrorism.statutes
    taliban = by_number[13129]  # revoked by EO 13268, which terminates "that order"'s emergency
    assert taliban.revocation is not None
    assert taliban.revocation.order.number == 13268
    declared_here = [e for e in emergencies if e.declaration is not None]
    print("emergencies:", len(emergencies), "declared in the corpus:", len(declared_here))
    assert len(declared_here) >= 40
    dates = [e.declared for e in emergencies if e.declared]
    assert dates == sorted(dates)


def test_consolidated_13224(corpus: Corpus) -> None:
    original = corpus[13224]
    figures = {}
    for day in (dt.date(2001, 12, 31), dt.date(2004, 1, 1), dt.date(2010, 1, 1), None):
        result = corpus.consolidated(13224, as_of=day)
        figures[day] = (len(result.changes), len(result.warnings))
        assert result.revoked_by is None
    print("13224 as of (applied, warned):", figures)
    assert figures[dt.date(2001, 12, 31)] == (0, 0)
    early = corpus.consolidated(13224, as_of=dt.date(2001, 12, 31))
    assert early.text == original.text
    mid = corpus.consolidated(13224, as_of=dt.date(2010, 1, 1))
    replaced = [c for c in mid.changes if c.action == "replace"]
    assert [(c.source, c.section) for c in replaced] == [("Executive Order 13372", "4")]
    assert "I hereby prohibit such donations" in mid.text
    assert "Trade Sanctions Reform and Export Enhancement Act of 2000" in mid.text
    latest = corpus.consolidated(13224)
    assert ("Executive Order 13886", "1") in [(c.source, c.section) for c in latest.changes]
    assert "participated in training to commit acts of terrorism" in latest.text
    # what could not be applied is said, never dropped: every amending statement is either
    # a change or a warning
    amending = [e for e in corpus.lineage(13224) if e.action == "amends"]
    assert len(latest.changes) + len(latest.warnings) >= len(amending)
    for change in latest.changes:
        if change.span is not None:
            assert latest.text[change.span[0] : change.span[1]] == (change.new or "")


def test_versions_of_13224_across_formats() -> None:
    patterns = [f"{folder}/EO-13224.*" for folder in ("text", "xml", "html", "pdf")]
    corpus = Corpus.from_dir(CORPUS, glob=patterns, jobs=1, progress=False)
    versions = corpus.versions("executive_order", 13224)
    assert [v.format for v in versions] == ["fr_text", "xml", "html", "pdf"]
    assert corpus[13224] is versions[0].order
    assert len(corpus) == 1


def test_tables_over_the_corpus(corpus: Corpus) -> None:
    rows = corpus.records("grants")
    assert len(rows) == sum(len(o.grants) for o in corpus)
    pytest.importorskip("pandas")
    frame = corpus.to_frame("references")
    assert len(frame) == sum(len(o.references) for o in corpus)
    assert frame["order_number"].notna().all()
