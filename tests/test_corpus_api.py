"""Corpus: loading (parallel, failures collected), the index, versions, lineage, priors,
what is in force, emergencies, consolidation, and the corpus and lineage commands.

Built on the samples and on the lineage orders of test_consolidate.py (all
written for eoparse); the real corpus is exercised in test_corpus_lineage.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

import eoparse
from eoparse import Kind, Order
from eoparse.cli import main
from eoparse.corpus import (
    FORMAT_PREFERENCE,
    Corpus,
    LoadFailure,
    Version,
    progress_bar,
    target_key,
)
from eoparse.present.frames import KINDS

from .conftest import SAMPLES
from .test_consolidate import DOCUMENTS, parsed

SAMPLE_FILES = sorted([*SAMPLES.glob("*.txt"), *SAMPLES.glob("*.md")])


@pytest.fixture(scope="module")
def lineage_corpus() -> Corpus:
    return Corpus(parsed(14914, 14912, 14911, 14913))  # any order: the corpus sorts by date


@pytest.fixture(scope="module")
def samples() -> Corpus:
    return Corpus(eoparse.parse(path) for path in SAMPLE_FILES if path.name != "README.md")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples, the lineage orders, a second format of one of them and some bad files."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "text").mkdir()
    (root / "plain").mkdir()
    for path in SAMPLE_FILES:
        if path.name != "README.md":
            shutil.copy(path, root / "text" / path.name)
    for number, text in DOCUMENTS.items():
        (root / "plain" / f"EO-{number}.txt").write_text(text, encoding="utf-8")
    # the same order as FR raw text (text/) and again as plain text: two versions
    order = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    (root / "plain" / "PROC-10893.txt").write_text(order.text, encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "empty.txt").write_text("", encoding="utf-8")
    (root / "bad" / "garbage.pdf").write_bytes(b"\x00\x01\x02 not a pdf" * 50)
    (root / "bad" / "notes.md").write_text("# Notes\n\nNothing presidential here.\n")
    (root / "README.md").write_text("# A corpus\n")
    (root / "index.csv").write_text("kind,number\n")
    return root


# -- the index --------------------------------------------------------------------------


def test_orders_indexed_by_kind_and_number(samples: Corpus) -> None:
    assert len(samples) == 9
    assert samples.get(("proclamation", 9871)) is not None
    assert samples[("proclamation", 9871)].number == 9871
    assert samples[14901].kind is Kind.EXECUTIVE_ORDER  # a bare number names an EO
    assert samples.get(9871) is None  # there is no executive order 9871
    assert 14902 in samples
    assert ("proclamation", 10893) in samples
    assert 12345 not in samples
    with pytest.raises(KeyError, match="12345"):
        samples[12345]
    signed = [o.signed for o in samples]
    assert signed == sorted(signed)  # iteration in signing-date order


def test_plot_lineage_of_an_order_not_in_the_corpus_raised_a_bare_key_error(
    samples: Corpus,
) -> None:
    """``plot_lineage`` looked its root up with ``corpus[target]``, whose ``KeyError``
    printed a raw key; it raises the named error, which says which order is missing."""
    with pytest.raises(eoparse.NotInCorpus) as raised:
        samples.plot_lineage(12345)
    assert str(raised.value) == (
        "cannot plot the lineage of Executive Order 12345: it is not in the corpus"
    )
    assert raised.value.key == ("executive_order", "12345")
    assert isinstance(raised.value, eoparse.EOParseError)
    assert isinstance(raised.value, KeyError)  # as corpus[...] always raised
    # an order the corpus's documents revoke, though it is not there itself
    assert samples.lineage(13990)
    with pytest.raises(
        eoparse.NotInCorpus,
        match=r"Executive Order 13990: it is not in the "
        r"corpus \(1 corpus document acts on it",
    ):
        samples.plot_lineage(13990)
    with pytest.raises(
        eoparse.NotInCorpus, match=r"^Memorandum of 2020-01-01 is not in the corpus$"
    ):
        samples[("memorandum", "2020-01-01")]
    with pytest.raises(eoparse.NotInCorpus, match=r"^Executive Order 12345 is not in the corpus$"):
        samples.consolidated(12345)


def test_unnumbered_documents_indexed_by_kind_and_date(samples: Corpus) -> None:
    memo = samples[("memorandum", dt.date(2025, 5, 14))]
    assert memo.kind is Kind.MEMORANDUM
    assert samples[("memorandum", "2025-05-14")] is memo
    assert samples[eoparse.Instrument("memorandum", None, dt.date(2025, 5, 14))] is memo
    assert memo.key == ("memorandum", "2025-05-14")
    assert samples.get(("notice", dt.date(2025, 11, 8))) is not None
    assert [o.kind for o in samples.by_kind("notice")] == [Kind.NOTICE]


def test_target_keys() -> None:
    assert target_key(13224) == ("executive_order", "13224")
    assert target_key(("proclamation", 9871)) == ("proclamation", "9871")
    assert target_key((Kind.MEMORANDUM, dt.date(2025, 5, 14))) == ("memorandum", "2025-05-14")
    with pytest.raises(ValueError, match="decree"):
        target_key(("decree", 1))
    with pytest.raises(TypeError):
        target_key(True)
    assert target_key("13224") == ("executive_order", "13224")
    assert target_key("EO 13224") == ("executive_order", "13224")
    assert target_key("Executive Order No. 13224") == ("executive_order", "13224")
    assert target_key("Proclamation 10886") == ("proclamation", "10886")
    with pytest.raises(TypeError, match="Decree 4"):
        target_key("Decree 4")


def test_versions_prefer_raw_text(folder: Path) -> None:
    corpus = Corpus.from_dir(folder, glob=["text/*", "plain/*"], jobs=1, progress=False)
    versions = corpus.versions("proclamation", 10893)
    assert [v.format for v in versions] == ["fr_text", "plain"]
    assert versions[0].source is not None
    assert versions[0].source.endswith("text/border_emergency_2025.txt")
    assert corpus[("proclamation", 10893)] is versions[0].order
    assert corpus.source(versions[0].order) == versions[0].source
    assert len(corpus) == 13
    assert len(corpus.all_versions) == 14
    assert corpus.counts()["formats"] == {"fr_text": 6, "plain": 7, "whitehouse_md": 1}
    assert corpus.versions("executive_order", 99999) == ()


def test_preference_order_is_documented() -> None:
    assert FORMAT_PREFERENCE[:2] == ("fr_text", "xml")
    assert FORMAT_PREFERENCE[-1] == "whitehouse_md"


def test_an_order_from_memory_keeps_no_source() -> None:
    order = eoparse.parse(SAMPLES / "memorandum.txt")
    corpus = Corpus([order, Version(order, "memo.txt")])
    assert len(corpus) == 1
    assert [v.source for v in corpus.versions("memorandum", dt.date(2025, 5, 14))] == [
        None,
        "memo.txt",
    ]
    assert repr(corpus) == "Corpus(1 documents, 2 versions, 0 failures)"


# -- loading ----------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_from_dir_collects_failures_and_goes_on(folder: Path, jobs: int) -> None:
    corpus = Corpus.from_dir(folder, jobs=jobs, progress=False)
    assert len(corpus) == 13  # README.md and index.csv are not read
    failed = {Path(f.source).name: f for f in corpus.failures}
    assert set(failed) == {"empty.txt", "garbage.pdf", "notes.md"}
    assert failed["garbage.pdf"].error == "UnreadablePDF"
    assert failed["notes.md"].error == "NotAPresidentialDocument"
    assert all(isinstance(f, LoadFailure) and f.reason for f in corpus.failures)


def test_parallel_and_serial_loads_agree(folder: Path) -> None:
    one = Corpus.from_dir(folder, jobs=1, progress=False)
    two = Corpus.from_dir(folder, jobs=2, progress=False)
    assert one.orders == two.orders
    assert [v.source for v in one.all_versions] == [v.source for v in two.all_versions]
    assert one.failures == two.failures


def test_from_dir_needs_a_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such folder"):
        Corpus.from_dir(tmp_path / "nowhere")
    (tmp_path / "order.txt").write_text("Sec. 1. Policy.", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="not a folder of documents"):
        Corpus.from_dir(tmp_path / "order.txt")


def test_progress_bar_with_and_without_tqdm(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    pytest.importorskip("tqdm")
    Corpus.from_dir(folder, glob="text/*", jobs=1, progress=True)
    assert "9/9" in capsys.readouterr().err  # tqdm writes to stderr
    monkeypatch.setitem(__import__("sys").modules, "tqdm.auto", None)  # as if not installed
    bar = progress_bar(3)
    bar.update(3)
    bar.close()
    Corpus.from_dir(folder, glob="text/*", jobs=1, progress=True)
    assert capsys.readouterr().err == ""


# -- lineage, priors, what is in force ----------------------------------------------------


def test_lineage_in_date_order_with_quotes(lineage_corpus: Corpus) -> None:
    events = lineage_corpus.lineage(14911)
    assert [(e.label, e.action, e.partial, e.target_sections) for e in events] == [
        ("Executive Order 14912", "amends", True, ("2(a)", "3")),
        ("Executive Order 14913", "revokes", True, ("3",)),
        ("Executive Order 14913", "amends", True, ("2",)),
        ("Executive Order 14914", "revokes", False, ()),
    ]
    assert events[1].quote == (
        "Section 3 of Executive Order 14911 of March 3, 2025, is hereby revoked."
    )
    assert events[0].signed == dt.date(2025, 6, 2)
    data = events[3].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["number"] == 14914
    assert lineage_corpus.lineage(14911, actions=["revokes"]) == (events[1], events[3])
    assert lineage_corpus.lineage(14914) == ()
    assert lineage_corpus.lineage(("proclamation", 1)) == ()


def test_prior_and_diff_with_prior(lineage_corpus: Corpus, samples: Corpus) -> None:
    amend = lineage_corpus[14913]
    assert lineage_corpus.prior(amend) == (lineage_corpus[14911],)
    assert lineage_corpus.prior(lineage_corpus[14911]) == ()
    result = lineage_corpus.diff_with_prior(amend)
    assert [ref.label for ref in result.old] == ["Executive Order 14911"]
    # 14913 revokes section 3 and rewrites section 2 of 14911: only items there are removed
    # or changed; the rest of 14911 (its authorities) stays in force, kept
    assert {c.category for c in result.removed} == {"grants"}
    assert {c.old.where for c in result.removed if c.old} == {"2(b)", "3"}
    # the quoted new section 2 keeps the Administrator's report, now due annually
    (report,) = [c for c in result.changes if c.change == "changed" and c.category == "grants"]
    assert (report.old.where, report.new.where, report.new.item.quoted) == ("2(a)", "2", True)
    assert {f.field: f.new for f in report.fields}["deadline_days"] == 365
    kept = [c for c in result.unchanged if c.change == "kept"]
    assert {c.category for c in kept} == {"authorities"}
    alone = lineage_corpus.diff_with_prior(lineage_corpus[14911])
    assert alone.old == ()
    assert all(c.change == "added" for c in alone.changes)
    notice = samples[("notice", dt.date(2025, 11, 8))]
    assert [o.label() for o in samples.prior(notice)] == ["Proclamation 9871", "Proclamation 10893"]


def test_in_force(lineage_corpus: Corpus) -> None:
    def numbers(day: dt.date) -> list[int | None]:
        return [o.number for o in lineage_corpus.in_force(day)]

    assert numbers(dt.date(2025, 3, 2)) == []
    assert numbers(dt.date(2025, 3, 3)) == [14911]
    assert numbers(dt.date(2025, 12, 31)) == [14911, 14912, 14913]  # revoked in part only
    assert numbers(dt.date(2026, 1, 12)) == [14912, 14913, 14914]
    revoked = lineage_corpus.revoked(14911)
    assert revoked is not None
    assert revoked.label == "Executive Order 14914"
    assert lineage_corpus.revoked(14911, as_of=dt.date(2025, 12, 31)) is None


def test_emergencies(samples: Corpus) -> None:
    found = {e.declared_by.label(): e for e in samples.emergencies()}
    assert list(found) == ["Proclamation 9871", "Proclamation 10893", "Executive Order 14901"]
    northern = found["Proclamation 9871"]
    assert northern.declared == dt.date(2019, 2, 12)
    assert northern.order is samples[("proclamation", 9871)]
    assert "50 U.S.C. 1601 et seq." in northern.statutes
    assert northern.threat == "The conditions at the northern frontier"
    assert [e.label for e in northern.continuations] == ["Notice of November 8, 2025"]
    assert "must continue in effect" in northern.continuations[0].quote
    assert northern.termination is None
    data = northern.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["in_corpus"] is True


def test_emergency_declared_outside_the_corpus(samples: Corpus) -> None:
    notice_only = Corpus([samples[("notice", dt.date(2025, 11, 8))]])
    (emergency,) = notice_only.emergencies()
    assert emergency.declared_by.label() == "Proclamation 9871"
    assert emergency.order is None
    assert emergency.declaration is None
    assert len(emergency.continuations) == 1


def test_consolidated_through_the_corpus(lineage_corpus: Corpus) -> None:
    result = lineage_corpus.consolidated(14911, as_of=dt.date(2025, 7, 1))
    assert [c.action for c in result.changes] == ["strike-insert", "insert"]
    assert lineage_corpus.consolidated(14911).revoked_by == "Executive Order 14914"


def test_tables(lineage_corpus: Corpus) -> None:
    rows = lineage_corpus.records("references")
    assert {r["order"] for r in rows} == {
        "Executive Order 14912",
        "Executive Order 14913",
        "Executive Order 14914",
    }
    pytest.importorskip("pandas")
    frame = lineage_corpus.to_frame("grants")
    assert len(frame) == sum(len(o.grants) for o in lineage_corpus)


# -- the command line ----------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_corpus_with_csv(folder: Path, tmp_path: Path) -> None:
    status, out, err = _run(
        "corpus", str(folder), "--jobs", "2", "--no-progress", "--csv", str(tmp_path / "csv")
    )
    assert status == 2  # some files failed
    assert out.startswith("13 documents from 14 files (3 failed)")
    assert "garbage.pdf: UnreadablePDF" in err
    corpus = Corpus.from_dir(folder, jobs=1, progress=False)
    for kind in KINDS:
        with (tmp_path / "csv" / f"{kind}.csv").open(encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        assert len(rows) == len(corpus.records(kind)), kind
        assert list(reader.fieldnames or ())[:5] == [
            "order", "order_kind", "order_number", "signed", "path",
        ]  # fmt: skip
    with (tmp_path / "csv" / "orders.csv").open(encoding="utf-8") as handle:
        orders = list(csv.DictReader(handle))
    assert len(orders) == 13
    assert {"2019-02-12", "2025-11-08"} <= {row["signed"] for row in orders}
    assert (tmp_path / "csv" / "failures.csv").read_text(encoding="utf-8").count("\n") == 4


def test_cli_lineage(folder: Path) -> None:
    status, out, _ = _run("lineage", str(folder), "14911", "--glob", "plain/*", "--no-progress")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("Executive Order 14911 — Strengthening")
    assert [line.split()[:3] for line in lines[1:]] == [
        ["2025-06-02", "Executive", "Order"],
        ["2025-09-08", "Executive", "Order"],
        ["2025-09-08", "Executive", "Order"],
        ["2026-01-12", "Executive", "Order"],
    ]
    assert "revokes sec. 3 (in part), by its sec. 1: Section 3 of Executive Order 14911" in lines[2]
    status, out, _ = _run(
        "lineage", str(folder), "9871", "--kind", "proclamation", "--format", "json", "--jobs", "1",
        "--glob", "text/*", "--no-progress",
    )  # fmt: skip
    data = json.loads(out)
    assert data["target"] == "Proclamation 9871"
    assert [e["action"] for e in data["events"]] == ["continues"]
    status, out, err = _run("lineage", str(folder), "4", "--glob", "text/*", "--no-progress")
    assert (status, out) == (2, "")  # no document is or mentions EO 4: said on stderr
    assert "no document in" in err


def test_cli_corpus_needs_a_folder(tmp_path: Path) -> None:
    status, _, err = _run("corpus", str(tmp_path / "nowhere"))
    assert status == 2
    assert "nowhere" in err


def test_orders_are_the_model(samples: Corpus) -> None:
    assert all(isinstance(o, Order) for o in samples)
