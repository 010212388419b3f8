"""The cache of parsed documents (eoparse.corpus.parsed): repeat loads of a folder."""

from __future__ import annotations

import io
import os
import pickle
import time
from pathlib import Path

import pytest

from eoparse.cli import main
from eoparse.corpus import Corpus
from eoparse.corpus import load as load_module
from eoparse.corpus.parsed import ParsedCache, Stamp

ORDER = (
    "Executive Order {number} of June 3, 2026\n\nCommand Lines\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Purpose. The Archivist shall keep records.\n\nTHE WHITE HOUSE,\nJune 3, 2026.\n"
)
PROSE = "A shopping list: bread, milk and three kinds of cheese for the weekend.\n"


def _write(path: Path, text: str, *, age: float = 60.0) -> Path:
    path.write_text(text)
    past = time.time() - age
    os.utime(path, (past, past))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs / "EO-14981.txt", ORDER.format(number=14981))
    _write(docs / "EO-14982.txt", ORDER.format(number=14982))
    _write(docs / "notes.txt", PROSE)
    return docs


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files actually parsed (not read from the cache)."""
    seen: list[str] = []
    real = load_module.parse

    def counting(path: str, **options: object) -> object:
        seen.append(Path(path).name)
        return real(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "parse", counting)
    return seen


def _load(folder: Path, cache_dir: Path, **options: object) -> Corpus:
    return Corpus.from_dir(
        folder, jobs=1, progress=False, cache=True, cache_dir=cache_dir, **options
    )  # type: ignore[arg-type]


def test_a_second_load_of_an_unchanged_folder_parses_nothing(
    folder: Path, tmp_path: Path, parses: list[str]
) -> None:
    cache_dir = tmp_path / "cache"
    first = _load(folder, cache_dir)
    assert sorted(parses) == ["EO-14981.txt", "EO-14982.txt", "notes.txt"]
    parses.clear()
    second = _load(folder, cache_dir)
    assert parses == []
    assert second.orders == first.orders
    assert [v.source for v in second.all_versions] == [v.source for v in first.all_versions]
    # the prose that is not an order is remembered as such, with its reason
    assert [(f.source, f.error) for f in second.failures] == [
        (str(folder / "notes.txt"), "NotAPresidentialDocument")
    ]
    assert second.failures == first.failures


def test_the_cache_is_off_by_default_and_never_inside_the_folder(
    folder: Path, tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EOPARSE_CACHE", str(tmp_path / "env-cache"))
    before = sorted(p.name for p in folder.rglob("*"))
    Corpus.from_dir(folder, jobs=1, progress=False)
    assert not (tmp_path / "env-cache").exists()
    Corpus.from_dir(folder, jobs=1, progress=False, cache=True)
    assert (tmp_path / "env-cache" / "parsed").is_dir()
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_a_changed_file_is_parsed_again(folder: Path, tmp_path: Path, parses: list[str]) -> None:
    cache_dir = tmp_path / "cache"
    _load(folder, cache_dir)
    parses.clear()
    _write(folder / "EO-14982.txt", ORDER.format(number=14983), age=30)
    corpus = _load(folder, cache_dir)
    assert parses == ["EO-14982.txt"]
    assert [o.number for o in corpus] == [14981, 14983]


def test_another_pdf_backend_is_another_entry(folder: Path, tmp_path: Path) -> None:
    stamp = Stamp.of(folder / "EO-14981.txt")
    assert stamp is not None
    one = ParsedCache(pdf_backend="pdfium", root=tmp_path)
    other = ParsedCache(pdf_backend="pdfplumber", root=tmp_path)
    assert one.key(stamp) != other.key(stamp)
    assert str(folder / "EO-14981.txt") in one.key(stamp)


def test_a_damaged_entry_is_a_miss_and_parsed_again(
    folder: Path, tmp_path: Path, parses: list[str]
) -> None:
    cache_dir = tmp_path / "cache"
    _load(folder, cache_dir)
    entries = sorted((cache_dir / "parsed").rglob("*.entry"))
    assert len(entries) == 3
    for entry in entries:
        data = entry.read_bytes()
        entry.write_bytes(data[:-7] + b"garbage")  # same size, wrong checksum
    parses.clear()
    corpus = _load(folder, cache_dir)
    assert sorted(parses) == ["EO-14981.txt", "EO-14982.txt", "notes.txt"]
    assert [o.number for o in corpus] == [14981, 14982]


def test_an_entry_that_does_not_unpickle_is_a_miss(folder: Path, tmp_path: Path) -> None:
    cache = ParsedCache(pdf_backend="pdfium", root=tmp_path)
    stamp = Stamp.of(folder / "EO-14981.txt")
    assert stamp is not None
    cache.disk.put(cache.key(stamp), b"not a pickle")
    assert cache.get(stamp) is None
    assert cache.disk.get(cache.key(stamp)) is None  # removed


def test_a_file_modified_just_now_is_not_stored(tmp_path: Path, parses: list[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "EO-14981.txt").write_text(ORDER.format(number=14981))  # mtime: now
    _load(docs, tmp_path / "cache")
    _load(docs, tmp_path / "cache")
    assert parses == ["EO-14981.txt", "EO-14981.txt"]


def test_a_parsed_order_round_trips_through_pickle(folder: Path) -> None:
    corpus = Corpus.from_dir(folder, jobs=1, progress=False)
    for order in corpus:
        back = pickle.loads(pickle.dumps(order, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == order
        assert back.to_dict() == order.to_dict()


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_commands_use_the_cache_unless_no_cache(
    folder: Path, tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EOPARSE_CACHE", str(tmp_path / "cache"))
    options = ("--jobs", "1", "--no-progress")
    _run("corpus", str(folder), *options, "--no-cache")
    assert not (tmp_path / "cache").exists()
    _run("corpus", str(folder), *options)
    parses.clear()
    _run("emergencies", str(folder), *options)
    _run("lineage", str(folder), "14981", *options)
    assert parses == []
    status, out, _ = _run("cache", "info")
    assert status == 0
    assert "parsed: 3 entries" in out
    status, out, _ = _run("cache", "clear")
    assert status == 0
    assert "removed parsed: 3 entries" in out
    assert not list((tmp_path / "cache").rglob("*.entry"))
