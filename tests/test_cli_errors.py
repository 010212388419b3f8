"""Exit codes and named errors of the command line (issue 18), one test per failure."""

from __future__ import annotations

import errno
import io
import os
import time
from pathlib import Path

import pytest

from eoparse.cli import main
from eoparse.present import csv_folder

ORDER = (
    "Executive Order 14982 of June 3, 2026\n\nCommand Lines\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Purpose. The Archivist shall keep records.\n\nTHE WHITE HOUSE,\nJune 3, 2026.\n"
)
OPTS = ("--jobs", "1", "--no-progress", "--no-cache")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "EO-14982.txt").write_text(ORDER)
    past = time.time() - 60
    os.utime(docs / "EO-14982.txt", (past, past))
    return docs


def test_parse_strict_on_prose_exits_1_and_lenient_exits_0(tmp_path: Path) -> None:
    prose = tmp_path / "prose.txt"
    prose.write_text("A shopping list: bread, milk and cheese for the weekend.\n")
    assert run("parse", "--strict", str(prose))[0] == 1
    assert run("parse", str(prose))[0] == 0
    assert run("parse", "--strict", str(tmp_path / "missing.txt"))[0] == 2


def test_lineage_of_a_number_no_document_mentions_exits_2(folder: Path) -> None:
    status, out, err = run("lineage", str(folder), "99999", *OPTS)
    assert (status, out) == (2, "")
    assert "no document in" in err
    assert "99999" in err


@pytest.mark.parametrize("number", ["-5", "abc", "0"])
def test_lineage_refuses_a_bad_number(folder: Path, number: str) -> None:
    status, out, err = run("lineage", str(folder), number, *OPTS)
    assert (status, out) == (2, "")
    assert "whole number from 1" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_corpus_refuses_jobs_below_1(folder: Path, jobs: str) -> None:
    status, _, err = run("corpus", str(folder), "--jobs", jobs, "--no-progress")
    assert status == 2
    assert "--jobs" in err
    assert "internal error" not in err


def test_corpus_absolute_glob_under_dir_is_taken_outside_is_a_usage_error(folder: Path) -> None:
    status, out, _ = run("corpus", str(folder), "--glob", str(folder / "*.txt"), *OPTS)
    assert status == 0
    assert out.startswith("1 documents")
    status, _, err = run("corpus", str(folder), "--glob", "/elsewhere/*.txt", *OPTS)
    assert status == 2
    assert "--glob" in err
    assert "internal error" not in err


def test_corpus_csv_onto_a_file_or_under_dev_null_is_a_named_error(
    folder: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "file"
    existing.write_text("x")
    for target in (str(existing), "/dev/null/out"):
        status, _, err = run("corpus", str(folder), "--csv", target, *OPTS)
        assert status == 2
        assert err.startswith(f"eoparse: {target}: ")
        assert "internal error" not in err


def test_corpus_csv_failing_halfway_leaves_nothing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = csv_folder._write_table

    def failing(*args: object) -> None:
        calls.append(1)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(csv_folder, "_write_table", failing)
    out_dir = tmp_path / "new" / "tables"
    status, _, err = run("corpus", str(folder), "--csv", str(out_dir), *OPTS)
    assert status == 2
    assert err.strip().splitlines() == [f"eoparse: {out_dir}: No space left on device"]
    assert not (tmp_path / "new").exists()


def test_corpus_csv_permission_error_is_named(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(csv_folder, "_write_table", denied)
    status, _, err = run("corpus", str(folder), "--csv", str(tmp_path / "t"), *OPTS)
    assert status == 2
    assert err.strip().endswith("Permission denied")
    assert not (tmp_path / "t").exists()


AMENDED = (
    "Executive Order 14970 of May 4, 2026\n\nKeeping Records\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Purpose. The Archivist shall keep records.\n\n"
    "Sec. 2. Reports. The Archivist shall report yearly.\n\n"
    "Sec. 3. Storage. The Archivist shall store the records.\n\n"
    "THE WHITE HOUSE,\nMay 4, 2026.\n"
)
AMENDING = (
    "Executive Order 14975 of June 1, 2026\n\nAmending Executive Order 14970\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Purpose. Records need a second copy.\n\n"
    "Sec. 2. Section 3 of Executive Order 14970 of May 4, 2026, is hereby amended to read "
    "as follows: \u201cSec. 3. Storage. The Archivist shall store two copies.\u201d\n\n"
    "THE WHITE HOUSE,\nJune 1, 2026.\n"
)


def test_lineage_text_shows_the_section_of_the_amended_order(tmp_path: Path) -> None:
    (tmp_path / "EO-14970.txt").write_text(AMENDED)
    (tmp_path / "EO-14975.txt").write_text(AMENDING)
    status, out, err = run("lineage", str(tmp_path), "14970", *OPTS)
    assert (status, err) == (0, "")
    (line,) = [x for x in out.splitlines() if "Executive Order 14975" in x]
    assert "amends sec. 3 (in part), by its sec. 2:" in line


def test_exit_code_table_for_every_command(folder: Path, tmp_path: Path) -> None:
    order = str(folder / "EO-14982.txt")
    missing = str(tmp_path / "missing")
    table = [
        (("parse", order), 0),
        (("parse", missing), 2),
        (("parse", "--bogus", order), 2),
        (("diff", order, order), 0),
        (("diff", order, missing), 2),
        (("corpus", str(folder), *OPTS), 0),
        (("corpus", missing, *OPTS), 2),
        (("lineage", str(folder), "14982", *OPTS), 0),
        (("lineage", missing, "14982", *OPTS), 2),
        (("emergencies", str(folder), *OPTS), 0),
        (("emergencies", missing, *OPTS), 2),
        (("demo",), 0),
        (("demo", "--bogus"), 2),
        (("fetch", "--offline", "--cache-dir", str(tmp_path / "c"), "EO 14982"), 2),
        (("cache", "info", "--cache-dir", str(tmp_path / "c")), 0),
        (("cache", "bogus"), 2),
    ]
    for argv, expected in table:
        assert run(*argv)[0] == expected, argv
