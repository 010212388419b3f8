"""The command line: parse, formats, errors on stderr with exit status 2, demo."""

from __future__ import annotations

import csv
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


# -- eoparse emergencies ----------------------------------------------------------------------

_HEAD = (
    "Executive Order {number} of {date}\n\n{title}\n\nBy the authority vested in me as "
    "President by the Constitution and the laws of the United States of America, including the "
    "International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) and the National "
    "Emergencies Act (50 U.S.C. 1601 et seq.),\n\n{body}\n\nTHE WHITE HOUSE,\n{date}.\n"
)
EMERGENCY_ORDERS = {
    "EO-14961.txt": _HEAD.format(
        number=14961,
        date="March 2, 2026",
        title="Blocking Property of the Gear Cartel",
        body="I find that the Gear Cartel constitutes an unusual and extraordinary threat to the "
        "national security of the United States, and I hereby declare a national emergency to "
        "deal with that threat.\n\nSection 1. All property and interests in property of the "
        "Gear Cartel are blocked.",
    ),
    "EO-14966.txt": _HEAD.format(
        number=14966,
        date="April 6, 2026",
        title="Expanding the Scope of the Emergency",
        body="I hereby expand the scope of the national emergency declared in Executive Order "
        "14961 of March 2, 2026, to cover the Sprocket Syndicate.\n\nSection 1. The Secretary "
        "of the Treasury shall act.",
    ),
    "EO-14990.txt": _HEAD.format(
        number=14990,
        date="September 1, 2026",
        title="Termination of Emergency With Respect to the Gear Cartel",
        body="Accordingly, I hereby terminate the national emergency declared in Executive Order "
        "14961 and revoke that order.\n\nSection 1. The Secretary of the Treasury shall act.",
    ),
}


def _emergency_folder(tmp_path: Path) -> str:
    for name, text in EMERGENCY_ORDERS.items():
        (tmp_path / name).write_text(text)
    return str(tmp_path)


def test_emergencies_table_as_csv_json_and_text(tmp_path: Path) -> None:
    folder = _emergency_folder(tmp_path)
    options = ("--jobs", "1", "--no-progress")
    status, out, err = run("emergencies", folder, *options, "--format", "csv")
    assert (status, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["declared_by"] for r in rows] == ["Executive Order 14961"]
    row = rows[0]
    assert row["expanded_by"] == "Executive Order 14966"
    assert row["terminated_by"] == "Executive Order 14990"
    assert (row["status"], row["ended"], row["declared"]) == (
        "terminated",
        "2026-09-01",
        "2026-03-02",
    )
    assert row["threat"] == "the Gear Cartel"
    status, out, _ = run(
        "emergencies", folder, *options, "--format", "json", "--as-of", "2026-06-30"
    )
    data = json.loads(out)
    assert data["as_of"] == "2026-06-30"
    (emergency,) = data["emergencies"]
    assert emergency["status"] == "active"  # the termination comes later
    assert [e["order"] for e in emergency["expansions"]] == ["Executive Order 14966"]
    assert emergency["termination"] is None
    status, out, _ = run("emergencies", folder, *options)
    assert status == 0
    assert out.splitlines()[0].endswith("1 national emergency in " + folder + ", 0 active")
    assert "Executive Order 14961 (2026-03-02): terminated since 2026-09-01" in out
    assert "  expanded by: Executive Order 14966" in out
    # before the declaration there is no emergency at all
    status, out, _ = run(
        "emergencies", folder, *options, "--format", "csv", "--as-of", "2026-01-01"
    )
    assert list(csv.DictReader(io.StringIO(out))) == []


def test_emergencies_refuses_a_bad_date(tmp_path: Path) -> None:
    status, out, err = run("emergencies", _emergency_folder(tmp_path), "--as-of", "next week")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "YYYY-MM-DD" in err
