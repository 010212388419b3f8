"""Every input bounded, every failure named (issues 18 and 20).

Regression tests named after the failures: ``/dev/zero`` read until memory ran
out, a FIFO blocked forever, ``PermissionError`` and other ``OSError`` escaped
unnamed, one bad byte turned a UTF-8 file into Windows-1252 mojibake, and a
PDF compression bomb drove the process to 9.7 GB.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import eoparse
import eoparse.read
from eoparse import (
    DEFAULT_LIMITS,
    EOParseError,
    InputTooLarge,
    Limits,
    UnreadableFile,
    UnreadablePDF,
    parse,
    parse_bytes,
)
from eoparse.read import PATH_ERRORS, read_bytes

from .conftest import ROOT, SAMPLES
from .pdf_bombs import bomb_pdf, text_pdf

SAMPLE_PATH = SAMPLES / "border_emergency_2025.txt"

# -- paths that are not regular files, or cannot be read ------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_read_until_memory_ran_out() -> None:
    with pytest.raises(UnreadableFile, match="not a regular file") as caught:
        parse("/dev/zero")
    assert caught.value.source == "/dev/zero"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_blocked_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "order.txt"
    os.mkfifo(fifo)
    code = (
        f"import eoparse\ntry:\n    eoparse.parse({str(fifo)!r})\n"
        "except eoparse.UnreadableFile as e:\n    print(e)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert "not a regular file (a FIFO)" in done.stdout


def test_permission_error_escaped_unnamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "order.txt"
    path.write_text("x")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)  # root reads any file: refuse it by hand
    with pytest.raises(UnreadableFile, match="permission denied") as caught:
        parse(path)
    assert caught.value.source == str(path)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_symlink_loop_escaped_as_oserror(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(UnreadableFile, match="symbolic-link loop") as caught:
        parse(tmp_path / "a.txt")
    assert str(tmp_path / "a.txt") in str(caught.value)


def test_name_too_long_escaped_as_oserror(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="too long"):
        parse(tmp_path / ("x" * 5000 + ".txt"))


def test_path_errors_are_the_documented_list(tmp_path: Path) -> None:
    assert (FileNotFoundError, IsADirectoryError, UnreadableFile) == PATH_ERRORS
    assert issubclass(UnreadableFile, EOParseError)
    for path in (tmp_path / "missing.txt", tmp_path):
        with pytest.raises(PATH_ERRORS):
            parse(path)
    for page in ("README.md", "docs/formats.md"):
        assert "UnreadableFile" in (ROOT / page).read_text(), page


def test_a_growing_file_is_read_to_the_limit_plus_one_byte_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose size says 10 bytes but holds more (a file still being written, a
    special file that reports 0) is read to the limit plus one byte, then refused."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 50_000)
    real_fstat, real_read = os.fstat, os.read
    read: list[int] = []

    class Small:
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode, self.st_size = info.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(InputTooLarge):
        parse(path, limits=Limits(input_bytes=1000))
    assert sum(read) <= 1001


# -- one bad byte in a UTF-8 file ----------------------------------------------------------


def _curly(text: str) -> str:
    """``text`` with typographic dashes and thin spaces (three bytes each in UTF-8)."""
    return text.replace("--", "\u2014").replace(" the ", " the\u2009")


def test_one_bad_byte_garbled_a_utf8_document() -> None:
    clean = _curly(SAMPLE_PATH.read_text(encoding="utf-8"))
    data = clean.encode("utf-8")
    assert data.count(b"\xe2\x80") > 3  # several characters UTF-8 writes in three bytes
    bad_at = data.index(b"emergency concerning") + 3
    broken = data[:bad_at] + b"\xff" + data[bad_at:]
    expected = parse_bytes(data, "order.txt")
    order = parse_bytes(broken, "order.txt")
    assert "\u00e2\u20ac" not in order.text  # no "â€" mojibake
    assert order.title == expected.title
    assert order.signed == expected.signed
    assert [s.path for s in order.sections] == [s.path for s in expected.sections]
    repaired = [w for w in order.warnings if w.code == "encoding-repaired"]
    assert len(repaired) == 1
    assert f"{bad_at:,}" in repaired[0].message


def test_windows_1252_is_still_guessed() -> None:
    text = "Executive Order 14990 of July 4, 2026\n\n\u201cTitle\u201d\n\nSec. 1. It is so.\n"
    _, warnings = eoparse.read.decode(text.encode("cp1252"))
    assert [w.code for w in warnings] == ["encoding-guessed"]


# -- PDF compression bombs and other limits ----------------------------------------------------


def test_pdf_compression_bomb_exhausted_memory() -> None:
    """A stream inflating to 40 MB (a 40 kB file) is refused before PDFium reads it
    (benchmarks/bench_pdf_bomb.py measures the 1 GB case: 38 MB peak, not 2.8 GB)."""
    with pytest.raises(UnreadablePDF, match=r"compression bomb\?") as caught:
        parse_bytes(bomb_pdf(40_000_000), "bomb.pdf")
    assert "Limits.pdf_stream_bytes" in caught.value.reason
    many = bomb_pdf(3_000_000, pages=10)
    with pytest.raises(UnreadablePDF, match=r"Limits\.pdf_inflated_bytes"):
        parse_bytes(many, "bomb.pdf", limits=Limits(pdf_inflated_bytes=20_000_000))


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_pdf_pages_and_characters_are_bounded(backend: str) -> None:
    pages = text_pdf(10, pages=3)
    with pytest.raises(UnreadablePDF, match=r"Limits\.pdf_pages"):
        read_bytes(pages, pdf_backend=backend, limits=Limits(pdf_pages=2))
    dense = text_pdf(3000)
    with pytest.raises(UnreadablePDF, match=r"page 1 holds 3,0\d\d characters"):
        read_bytes(dense, pdf_backend=backend, limits=Limits(pdf_page_chars=2000))
    with pytest.raises(UnreadablePDF, match=r"Limits\.pdf_chars"):
        read_bytes(text_pdf(1500, pages=3), pdf_backend=backend, limits=Limits(pdf_chars=4000))
    assert read_bytes(dense, pdf_backend=backend).string.count("A") >= 2000  # default limits


def test_limits_are_documented_and_overridable() -> None:
    formats = (ROOT / "docs" / "formats.md").read_text()
    for name in attrs.fields_dict(Limits):
        assert f"`{name}`" in formats, name
    raised = attrs.evolve(DEFAULT_LIMITS, pdf_stream_bytes=64_000_000, pdf_page_chars=10_000)
    assert raised.pdf_pages == DEFAULT_LIMITS.pdf_pages
    with pytest.raises(UnreadablePDF, match="page 1 holds"):  # past the stream guard
        parse_bytes(bomb_pdf(40_000_000), "bomb.pdf", limits=raised)
