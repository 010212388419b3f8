"""Nothing lost: a crashing worker, truncated text, not-an-order input (issue 20).

Regression tests named after the failures: one PDF that killed its worker lost
1,340 of 1,435 documents; a raw text cut short shadowed the complete XML of
EO 13224 (1 section instead of 11); prose passed ``strict=True`` while the
corpus loader refused it.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

import eoparse
import eoparse.corpus.load
from eoparse import Corpus, NotAPresidentialDocument
from eoparse.corpus.load import WORKER_DIED

from .conftest import SAMPLES, fr_lines

GOOD = sorted(
    p for p in SAMPLES.glob("*.*") if p.suffix in (".txt", ".md") and p.name != "README.md"
)

forked = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the crash is injected by patching the parent, which workers inherit by fork",
)


def _crash_on_poison(real: object) -> object:
    def parse(path: str, **options: object) -> object:
        if "POISON" in str(path):
            os.abort()  # what an out-of-memory kill or a native abort does to a worker
        return real(path, **options)  # type: ignore[operator]

    return parse


@forked
def test_one_crashing_worker_lost_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for copy in range(3):  # enough files for several chunks and both workers
        for path in GOOD:
            shutil.copy(path, tmp_path / f"{copy}-{path.name}")
    (tmp_path / "1-POISON.txt").write_text("anything", encoding="utf-8")
    (tmp_path / "2-empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(eoparse.corpus.load, "parse", _crash_on_poison(eoparse.parse))
    corpus = Corpus.from_dir(tmp_path, jobs=2, progress=False)
    assert len(corpus.all_versions) == 3 * len(GOOD)  # every good document still loads
    failed = {Path(f.source).name: f for f in corpus.failures}
    assert set(failed) == {"1-POISON.txt", "2-empty.txt"}
    assert failed["1-POISON.txt"].error == WORKER_DIED
    assert "died" in failed["1-POISON.txt"].reason
    assert failed["2-empty.txt"].error == "NotAPresidentialDocument"  # its own error


def test_workers_run_under_a_memory_limit() -> None:
    resource = pytest.importorskip("resource")
    if not hasattr(resource, "RLIMIT_AS"):
        pytest.skip("no RLIMIT_AS here")
    with eoparse.corpus.load._pool(1, 3 * 1024**3) as pool:
        soft, _ = pool.submit(resource.getrlimit, resource.RLIMIT_AS).result()
    assert soft == 3 * 1024**3


# -- truncated text shadowed complete versions ------------------------------------------------

HEAD = (
    "[Federal Register Volume 90, Number 19 (Thursday, January 30, 2025)]\n"
    "[Presidential Documents]\n[Pages 8401-8403]\n[FR Doc No: 2025-01972]\n\n[[Page 8401]]\n\n"
)


def _fr_order(*body: str) -> str:
    """An FR raw text: the header, an order's heading, title and opening, then ``body``."""
    return HEAD + fr_lines(
        "Executive Order 14990 of July 4, 2026",
        "",
        "Harbor Pilots",
        "",
        "By the authority vested in me as President, it is hereby ordered:",
        "",
        *body,
    )


def test_truncated_fr_text_parsed_with_no_warning() -> None:
    cut = _fr_order("Sec. 1. Policy. The pilots shall be licensed in")
    order = eoparse.parse_text(cut)
    codes = {w.code for w in order.warnings}
    assert {"fr-no-signature", "fr-no-trailer"} <= codes
    whole = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    assert not {"fr-no-signature", "fr-no-trailer"} & {w.code for w in whole.warnings}


def test_truncated_text_shadowed_the_complete_version(tmp_path: Path) -> None:
    """The raw text cut after its first section used to win over a complete plain text,
    by format alone."""
    sample = (SAMPLES / "border_emergency_2025.txt").read_text(encoding="utf-8")
    cut = sample[: sample.index("Sec. 2.")]
    (tmp_path / "text").mkdir()
    (tmp_path / "plain").mkdir()
    (tmp_path / "text" / "PROC-10893.txt").write_text(cut, encoding="utf-8")
    whole = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    (tmp_path / "plain" / "PROC-10893.txt").write_text(whole.text, encoding="utf-8")
    corpus = Corpus.from_dir(tmp_path, jobs=1, progress=False)
    chosen = corpus.choice(("proclamation", 10893))
    assert chosen is not None
    assert chosen.source is not None
    assert chosen.source.endswith("plain/PROC-10893.txt")
    assert len(corpus[("proclamation", 10893)].sections) == len(whole.sections)
    assert chosen.reason is not None
    assert chosen.reason.startswith("the most complete")
    assert "text/PROC-10893.txt (1 section, no signature, cut short)" in chosen.reason


def test_equally_complete_versions_go_by_format(tmp_path: Path) -> None:
    whole = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    corpus = Corpus([whole, eoparse.parse_text(whole.text)])
    chosen = corpus.choice(("proclamation", 10893))
    assert chosen is not None
    assert chosen.order.source_format == "fr_text"
    assert chosen.reason is not None
    assert "FORMAT_PREFERENCE" in chosen.reason


# -- not-an-order input ------------------------------------------------------------------------

MINUTES = (
    "Minutes of the Harbor Committee\n\n"
    "The committee met on Tuesday at ten. The minutes of the last meeting were approved.\n\n"
    "Mr. Smith moved to adjourn; Ms. Jones seconded. The motion carried.\n"
)


def test_prose_passed_strict_while_the_corpus_refused_it(tmp_path: Path) -> None:
    lenient = eoparse.parse_text(MINUTES)
    assert any(w.code == "not-an-order" and w.severity == "error" for w in lenient.warnings)
    with pytest.raises(NotAPresidentialDocument, match="not a presidential document"):
        eoparse.parse_text(MINUTES, strict=True)
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    corpus = Corpus.from_dir(tmp_path, jobs=1, progress=False)
    assert [(f.error, f.reason) for f in corpus.failures] == [
        ("NotAPresidentialDocument", "no kind, number or signing date: not a presidential document")
    ]


def test_section_numbers_above_999_vanished_silently() -> None:
    text = (
        "Executive Order 14990 of July 4, 2026\n\nHarbor Pilots\n\n"
        "By the authority vested in me as President, it is hereby ordered:\n\n"
        "Sec. 1. Policy. It is so.\n\nSec. 1000. Scope. More.\n\nSec. 2. General. Done.\n"
    )
    order = eoparse.parse_text(text)
    assert [s.path for s in order.sections] == ["1", "2"]
    [high] = [w for w in order.warnings if w.code == "section-number-too-high"]
    assert "Sec. 1000" in high.message
    assert high.span is not None
    assert order.text[high.span[0] :].startswith("Sec. 1000.")


def test_an_unbracketed_trailer_is_a_trailer() -> None:
    """``FR Doc. 96-5263`` printed without its bracket (after an omitted graphic) ends the
    document as well: no fr-no-trailer warning for it."""
    text = _fr_order("Sec. 1. Policy. It is so.", "", "    (Presidential Sig.)")
    codes = {w.code for w in eoparse.parse_text(text + "\nFR Doc. 96-5263\n").warnings}
    assert "fr-no-trailer" not in codes
    assert "fr-no-trailer" in {w.code for w in eoparse.parse_text(text).warnings}
