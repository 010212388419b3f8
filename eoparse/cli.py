"""The command line: ``eoparse parse FILE... [--format json|text|outline]``, ``eoparse demo``.

A file that cannot be parsed prints one line on stderr naming the file and
the reason; the other files still print, and the exit status is 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from eoparse import __version__
from eoparse.api import parse, parse_bytes
from eoparse.errors import EOParseError
from eoparse.model import Order
from eoparse.read import DEFAULT_PDF_BACKEND, PDF_BACKENDS

EXIT_OK = 0
EXIT_FAILED = 2

DEMO_SAMPLE = "border_emergency_2025.txt"
"""The bundled sample ``eoparse demo`` parses."""


def _render(order: Order, fmt: str, *, many: bool) -> str:
    if fmt == "json":
        return order.to_json(indent=None if many else 2)
    if fmt == "text":
        return order.text
    return order.outline()


def _extractions(order: Order) -> str:
    """Each extracted item on one line with its section path and words."""
    lines = []
    groups = (
        ("authority", order.authorities),
        ("reference", order.references),
        ("emergency", order.emergencies),
        ("designation", order.designations),
        ("grant", order.grants),
    )
    for name, items in groups:
        for item in items:
            words = " ".join(order.quote(item).split())
            if len(words) > 110:
                words = words[:107] + "…"
            lines.append(f"  {name:<11} {item.where:<12} {words}")
    return "\n".join(lines) if lines else "  (no extractions yet)"


def _parse_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    many = len(args.files) > 1
    for index, path in enumerate(args.files):
        try:
            order = parse(path, strict=args.strict, pdf_backend=args.pdf_backend)
        except (EOParseError, OSError) as error:
            reason = (
                getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error)
            )
            err.write(f"eoparse: {path}: {reason}\n")
            status = EXIT_FAILED
            continue
        if many and args.format != "json":
            if index:
                out.write("\n")
            out.write(f"==> {path} <==\n")
        out.write(_render(order, args.format, many=many) + "\n")
    return status


def _sample(name: str) -> bytes:
    """A bundled sample: package data when installed, ``samples/`` in a source checkout."""
    try:
        return resources.files("eoparse.samples").joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parents[1] / "samples" / name).read_bytes()


def _demo_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        data = _sample(DEMO_SAMPLE)
    except OSError as error:
        err.write(f"eoparse: the bundled samples are not installed ({error})\n")
        return EXIT_FAILED
    order = parse_bytes(data, DEMO_SAMPLE)
    out.write(f"Parsing the bundled sample samples/{DEMO_SAMPLE}\n\n")
    out.write(order.outline() + "\n\nExtractions (section path, then the order's words):\n")
    out.write(_extractions(order) + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="eoparse",
        description="Parse U.S. executive orders and other presidential documents.",
    )
    parser.add_argument("--version", action="version", version=f"eoparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse_cmd = commands.add_parser("parse", help="parse documents and print them")
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="documents to parse")
    parse_cmd.add_argument(
        "--format",
        choices=("json", "text", "outline"),
        default="json",
        help="json: the schema_version 1 data (one line per file when several); "
        "text: the normalised text; outline: header and section tree",
    )
    parse_cmd.add_argument(
        "--strict", action="store_true", help="fail on anything that would be a warning"
    )
    parse_cmd.add_argument(
        "--pdf-backend",
        choices=PDF_BACKENDS,
        default=DEFAULT_PDF_BACKEND,
        help=f"how to read PDFs (default {DEFAULT_PDF_BACKEND}: fast; pdfplumber: layout-exact)",
    )
    parse_cmd.set_defaults(run=_parse_command)

    demo_cmd = commands.add_parser("demo", help="parse a bundled sample order and show it")
    demo_cmd.set_defaults(run=_demo_command)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        return int(exit.code or 0)
    try:
        result: int = args.run(args, out, err)
        return result
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
