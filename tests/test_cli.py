"""The command line: parse, formats, errors on stderr with exit status 2, demo."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from eoparse.cli import main

ORDER = (
    "Executive Order 14982 of June 3, 2026\n\nCommand Lines\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Purpose. The Archivist shall keep records.\n\nTHE WHITE HOUSE,\nJune 3, 2026.\n"
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_parse_json(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER)
    status, out, err = run("parse", str(path))
    assert status == 0
    assert err == ""
    assert json.loads(out)["number"] == 14982


def test_bad_file_is_one_line_and_the_others_still_print(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ORDER)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    missing = tmp_path / "missing.txt"
    status, out, err = run("parse", str(bad), str(good), str(missing), "--format", "outline")
    assert status == 2
    lines = err.strip().split("\n")
    assert len(lines) == 2
    assert lines[0].startswith(f"eoparse: {bad}: ")
    assert "PDF" in lines[0]
    assert lines[1].startswith(f"eoparse: {missing}: ")
    assert "Executive Order 14982 — Command Lines" in out


def test_several_files_as_json_lines(tmp_path: Path) -> None:
    paths = []
    for n in (1, 2):
        path = tmp_path / f"o{n}.txt"
        path.write_text(ORDER)
        paths.append(str(path))
    status, out, _ = run("parse", *paths)
    assert status == 0
    assert [json.loads(line)["number"] for line in out.strip().split("\n")] == [14982, 14982]


def test_text_format(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER)
    _, out, _ = run("parse", str(path), "--format", "text")
    assert out.startswith("Executive Order 14982 of June 3, 2026\nCommand Lines\n")


def test_usage_error_exits_2() -> None:
    status, _, _ = run("parse")
    assert status == 2


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eoparse", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("eoparse ")


def test_a_missing_corpus_folder_is_one_line_naming_it_once(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    for command in (("corpus", str(missing)), ("lineage", str(missing), "13224")):
        status, out, err = run(*command)
        assert status == 2
        assert out == ""
        assert err == f"eoparse: {missing}: no such folder\n"
