"""The public entry points: formats, encodings, errors and strict mode."""

from __future__ import annotations

from pathlib import Path

import pytest

import eoparse
from eoparse import (
    EOParseError,
    NotAPresidentialDocument,
    StrictModeError,
    UnreadablePDF,
    parse,
    parse_bytes,
    parse_text,
)

ORDER = (
    "Executive Order 14980 of June 1, 2026\n\nKeeping Things Simple\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. The Secretary of Labor shall keep things simple.\n\n"
    "THE WHITE HOUSE,\nJune 1, 2026.\n"
)


def test_parse_text_parse_bytes_and_parse_agree(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER, encoding="utf-8")
    from_text = parse_text(ORDER)
    assert parse_bytes(ORDER.encode()) == from_text
    assert parse(path) == from_text
    assert parse(str(path)) == from_text
    assert from_text.number == 14980
    assert from_text.title == "Keeping Things Simple"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (ORDER.encode("utf-8-sig"), False),
        (ORDER.encode("utf-16"), False),
        (ORDER.replace("simple.", "simple \u201cnow\u201d.").encode("cp1252"), True),
        (ORDER.replace("\n", "\r\n").encode(), False),
    ],
)
def test_encodings(data: bytes, warned: bool) -> None:
    order = parse_bytes(data)
    assert order.number == 14980
    assert order.sections[0].path == "1"
    assert any("decoded as" in w.message for w in order.warnings) is warned


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", UnreadablePDF),
        (b'<?xml version="1.0"?><PRESDOCU><EXECORD/></PRESDOCU>', NotAPresidentialDocument),
        (b"", NotAPresidentialDocument),
        (b"   \n\n  ", NotAPresidentialDocument),
        (bytes(range(256)) * 20, NotAPresidentialDocument),
    ],
)
def test_named_errors(data: bytes, error: type[EOParseError]) -> None:
    with pytest.raises(error) as raised:
        parse_bytes(data, "input.bin")
    assert "input.bin" in str(raised.value)


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        parse(tmp_path)


def test_strict_mode_raises_on_errors_not_on_repairs() -> None:
    misprinted = ORDER.replace("June 1, 2026\n\nKeeping", "Juen 1, 2026\n\nKeeping")
    lenient = parse_text(misprinted)
    assert [(w.code, w.severity) for w in lenient.warnings] == [
        ("no-heading-date", "warning"),
        ("date-from-signature", "info"),
    ]
    assert parse_text(misprinted, strict=True) == lenient  # a repair is no error
    undated = ORDER.replace("Executive Order 14980 of June 1, 2026", "Executive Order 14980")
    undated = undated.replace("June 1, 2026.", "")
    found = parse_text(undated)
    assert "no-signing-date" in [w.code for w in found.warnings]
    with pytest.raises(StrictModeError, match="no signing date") as raised:
        parse_text(undated, strict=True)
    assert raised.value.warnings == found.warnings
    assert parse_text(ORDER, strict=True) == parse_text(ORDER)


def test_quote_and_page_at() -> None:
    order = parse_text(ORDER)
    section = order.section("1")
    assert order.quote(section) == "Section 1. The Secretary of Labor shall keep things simple."
    assert order.quote(section.span) == section.text
    assert order.page_at(0) is None
    with pytest.raises(KeyError, match="no section '9'"):
        order.section("9")


def test_public_names() -> None:
    for name in eoparse.__all__:
        assert hasattr(eoparse, name)
