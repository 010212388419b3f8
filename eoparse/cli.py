"""The command line: ``eoparse parse FILE... [--format json|text|outline]``, ``eoparse demo``,
``eoparse diff OLD NEW``, ``eoparse corpus DIR``, ``eoparse lineage DIR NUMBER``,
``eoparse emergencies DIR [--as-of DATE] [--format text|csv|json]``.

A file that cannot be parsed prints one line on stderr naming the file and
the reason; the other files still print.  The exit status (docs/cli.md has
the table): 0 when all went well, 1 when ``--strict`` found problems in a
document it read, 2 for a usage error or an input that cannot be read (or an
output that cannot be written).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import errno
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import NoReturn, TextIO

from eoparse import __version__
from eoparse.api import parse, parse_bytes
from eoparse.compare import PowerDiff, diff
from eoparse.corpus import Corpus, Emergency, LineageEvent
from eoparse.corpus.emergencies import TABLE_COLUMNS
from eoparse.errors import (
    BadPattern,
    EOParseError,
    NotAPresidentialDocument,
    StrictModeError,
)
from eoparse.fedreg.cli import add_commands as add_fetch_commands
from eoparse.identity import target_key
from eoparse.kinds import KINDS
from eoparse.model import Kind, Order
from eoparse.read import DEFAULT_PDF_BACKEND, PDF_BACKENDS

EXIT_OK = 0
"""Every input read, every output written."""
EXIT_PROBLEMS = 1
"""``--strict`` found problems in a document it could read (not an order, warnings)."""
EXIT_FAILED = 2
"""A usage error, an input that cannot be read or an output that cannot be written."""

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
    for kind in KINDS:
        name = kind.noun
        for item in kind.items(order):
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
            _failed(path, error, err)
            found = args.strict and isinstance(error, StrictModeError | NotAPresidentialDocument)
            status = max(status, EXIT_PROBLEMS if found else EXIT_FAILED)
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


def _failed(path: str, error: BaseException, err: TextIO) -> None:
    reason = getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error)
    err.write(f"eoparse: {path}: {reason}\n")


def _html_page(title: str, body: str) -> str:
    from html import escape

    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>\n<body>\n{body}\n</body></html>"
    )


def _diff_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if len(args.files) < 2:
        err.write("eoparse diff: give the old order(s), then the new one\n")
        return EXIT_FAILED
    orders = []
    for path in args.files:
        try:
            orders.append(parse(path, pdf_backend=args.pdf_backend))
        except (EOParseError, OSError) as error:
            _failed(path, error, err)
            return EXIT_FAILED
    result: PowerDiff = diff(orders[:-1], orders[-1])
    for warning in result.warnings:
        err.write(f"eoparse diff: warning: {warning}\n")
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif args.format == "html":
        from eoparse.present.html import diff_html

        out.write(_html_page(result.summary(), diff_html(result)) + "\n")
    else:
        out.write(result.to_text(wording=args.wording) + "\n")
    return EXIT_OK


def _load_corpus(args: argparse.Namespace, err: TextIO) -> Corpus | None:
    try:
        return Corpus.from_dir(
            args.dir,
            glob=args.glob or None,
            jobs=args.jobs,
            progress=not args.no_progress,
            pdf_backend=args.pdf_backend,
            cache=not args.no_cache,
        )
    except BadPattern as error:
        prog = f"eoparse {args.command}"
        err.write(f"{prog}: error: argument --glob: {error} (see '{prog} --help')\n")
        return None
    except OSError as error:
        _failed(args.dir, error, err)
        return None


def _report_failures(corpus: Corpus, err: TextIO) -> int:
    for failure in corpus.failures:
        err.write(f"eoparse: {failure.source}: {failure.error}: {failure.reason}\n")
    return EXIT_FAILED if corpus.failures else EXIT_OK


def _loaded(args: argparse.Namespace, err: TextIO) -> tuple[Corpus, int] | None:
    """The corpus of ``args.dir`` and the exit status its failures call for (each one on
    stderr), or ``None`` when the folder cannot be read."""
    corpus = _load_corpus(args, err)
    if corpus is None:
        return None
    return corpus, _report_failures(corpus, err)


def _corpus_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eoparse.present.csv_folder import check_target

    if args.csv:
        try:
            check_target(args.csv)  # before the load, not after it
        except OSError as error:
            _failed(args.csv, error, err)
            return EXIT_FAILED
    started = time.perf_counter()
    corpus = _load_corpus(args, err)
    if corpus is None:
        return EXIT_FAILED
    seconds = time.perf_counter() - started
    counts = corpus.counts()
    out.write(
        f"{len(corpus)} documents from {len(corpus.all_versions)} files "
        f"({len(corpus.failures)} failed) in {seconds:.1f} s\n"
    )
    out.write("  kinds:   " + ", ".join(f"{k} {n}" for k, n in counts["kinds"].items()) + "\n")
    out.write("  formats: " + ", ".join(f"{k} {n}" for k, n in counts["formats"].items()) + "\n")
    items = {kind.name: sum(len(kind.items(o)) for o in corpus) for kind in KINDS}
    out.write("  items:   " + ", ".join(f"{k} {n}" for k, n in items.items()) + "\n")
    status = _report_failures(corpus, err)
    if args.csv:
        try:
            written = _write_tables(corpus, args.csv)
        except OSError as error:
            _failed(args.csv, error, err)
            return EXIT_FAILED
        out.write(f"  wrote {written} CSV files to {args.csv}\n")
    return status


def _write_tables(corpus: Corpus, folder: str) -> int:
    """One CSV per kind of row and the failures, all in place or none; how many."""
    from eoparse.present.csv_folder import Table, write_csv_folder
    from eoparse.present.frames import KINDS as TABLES
    from eoparse.present.frames import columns, csv_rows

    tables: dict[str, Table] = {
        f"{kind}.csv": (columns(kind), csv_rows(corpus.orders, kind)) for kind in TABLES
    }
    failures = ({"source": f.source, "error": f.error, "reason": f.reason} for f in corpus.failures)
    tables["failures.csv"] = (("source", "error", "reason"), failures)
    write_csv_folder(folder, tables)
    return len(tables)


def _series(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _sections(sections: Sequence[str]) -> str:
    """`` sec. 4``, `` secs. 1 and 5(a)``, `` the Annex``: the parts of the order acted on."""
    numbered = [s for s in sections if s[:1].isdigit()]
    others = [f"the {s}" for s in sections if not s[:1].isdigit()]
    parts = [f"sec{'s' if len(numbered) > 1 else ''}. {_series(numbered)}"] if numbered else []
    return f" {_series(parts + others)}" if parts or others else ""


def _where(where: str) -> str:
    """Where the acting order says it: ``its sec. 2``, ``its preamble``."""
    return f"its {where}" if where in ("preamble", "signature") else f"its sec. {where}"


def _event_line(event: LineageEvent) -> str:
    """One act on the order: when, who, what it did to which of the order's sections
    (``amends sec. 4``), then where in the acting order it says so, and its words."""
    signed = event.signed.isoformat() if event.signed else "undated"
    words = " ".join(event.quote.split())
    words = words if len(words) <= 160 else words[:159] + "…"
    part = " (in part)" if event.partial else ""
    what = f"{event.action}{_sections(event.target_sections)}{part}"
    return f"  {signed}  {event.label:<24} {what}, by {_where(event.where)}: {words}"


def _document_id(value: str) -> str:
    """NUMBER on the command line: a whole number from 1 (``13224``), or the signing
    date of an unnumbered memorandum or notice (``2025-01-20``); a usage error otherwise."""
    text = value.strip()
    if text.isascii() and text.isdigit() and int(text) > 0:
        return str(int(text))
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"wants the document's number, a whole number from 1 (e.g. 13224), or for an "
        f"unnumbered memorandum or notice its date as YYYY-MM-DD, not {value!r}"
    )


def _positive_int(value: str) -> int:
    """``--jobs N``: a whole number of worker processes, 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"wants a whole number from 1, not {value!r}")
    return number


def _lineage_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    key = target_key((args.kind, args.number))
    loaded = _loaded(args, err)
    if loaded is None:
        return EXIT_FAILED
    corpus, status = loaded
    events = corpus.lineage(key)
    target = corpus.get(key)
    name = target.label() if target else f"{Kind(args.kind).value} {args.number}"
    if target is None and not corpus.mentions(key):
        kind = Kind(args.kind).value.replace("_", " ")
        err.write(f"eoparse: no document in {args.dir} is or mentions {kind} {args.number}\n")
        return EXIT_FAILED
    if args.format == "json":
        data = {"target": name, "in_corpus": target is not None}
        data["events"] = [e.to_dict() for e in events]
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return status
    title = f" — {target.title}" if target and target.title else ""
    out.write(f"{name}{title}\n")
    if not events:
        out.write(f"  no document in {args.dir} amends, supersedes or revokes it\n")
    for event in events:
        out.write(_event_line(event) + "\n")
    return status


def _emergency_lines(emergency: Emergency) -> list[str]:
    row = emergency.row()
    declared = row["declared"] or "undated"
    ended = f" since {row['ended']}" if row["ended"] else ""
    lines = [f"{row['declared_by']} ({declared}): {row['status']}{ended}"]
    if emergency.threat:
        threat = " ".join(emergency.threat.split())
        lines.append(f"  threat: {threat if len(threat) <= 150 else threat[:149] + '…'}")
    for name, column in (
        ("statutes", "statutes"),
        ("expanded by", "expanded_by"),
        ("modified by", "modified_by"),
        ("continued by", "continued_by"),
        ("invoked by", "invoked_by"),
        ("terminated by", "terminated_by"),
        ("revoked by", "revoked_by"),
        ("replaced by", "replaced_by"),
    ):
        if row[column]:
            lines.append(f"  {name}: {row[column]}")
    return lines


def _iso_date(value: str) -> dt.date:
    """A date given as ``YYYY-MM-DD`` on the command line (a usage error otherwise)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"wants a date as YYYY-MM-DD, not {value!r}") from None


def _emergencies_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    as_of: dt.date | None = args.as_of
    loaded = _loaded(args, err)
    if loaded is None:
        return EXIT_FAILED
    corpus, status = loaded
    emergencies = corpus.emergencies(as_of=as_of)
    if args.format == "json":
        data = {
            "as_of": as_of.isoformat() if as_of else None,
            "emergencies": [e.to_dict() for e in emergencies],
        }
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(e.row() for e in emergencies)
    else:
        when = f" as of {as_of.isoformat()}" if as_of else ""
        active = sum(1 for e in emergencies if e.status == "active")
        count = len(emergencies)
        noun = "emergency" if count == 1 else "emergencies"
        out.write(f"{count} national {noun} in {args.dir}{when}, {active} active\n")
        for emergency in emergencies:
            out.write("\n".join(_emergency_lines(emergency)) + "\n")
    return status


def _corpus_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("dir", metavar="DIR", help="a folder of documents (read recursively)")
    command.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes, 1 or more (default: the CPUs)",
    )
    command.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="only the files matching PATTERN under DIR (repeatable), e.g. 'text/*.txt'",
    )
    command.add_argument("--no-progress", action="store_true", help="no progress bar")
    command.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file again: neither read nor store parsed documents in the cache "
        "(EOPARSE_CACHE, `eoparse cache info`)",
    )
    command.add_argument(
        "--pdf-backend", choices=PDF_BACKENDS, default=DEFAULT_PDF_BACKEND, help="how to read PDFs"
    )


class UsageError(Exception):
    """A command line argparse refused; its message is one line."""


class _ArgumentParser(argparse.ArgumentParser):
    """argparse with usage errors on one line (``eoparse parse: error: …``), not usage + error.

    The error is raised, not printed, so that :func:`main` writes it to its
    ``err`` stream and returns the exit status (2) instead of exiting.
    """

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = _ArgumentParser(
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
        help="json: the schema_version 2 data (one line per file when several); "
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

    diff_cmd = commands.add_parser(
        "diff", help="compare the powers of two orders (or of a new order with several old ones)"
    )
    diff_cmd.add_argument(
        "files", nargs="+", metavar="OLD NEW", help="the old order(s), then the new one"
    )
    diff_cmd.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default="text",
        help="text: a readable report; json: PowerDiff.to_dict(); html: a page",
    )
    diff_cmd.add_argument(
        "--wording",
        action="store_true",
        help="list wording-only changes too (text format; they are counted otherwise)",
    )
    diff_cmd.add_argument(
        "--pdf-backend", choices=PDF_BACKENDS, default=DEFAULT_PDF_BACKEND, help="how to read PDFs"
    )
    diff_cmd.set_defaults(run=_diff_command)

    corpus_cmd = commands.add_parser(
        "corpus", help="parse a folder of documents; counts, failures, optional CSV tables"
    )
    _corpus_options(corpus_cmd)
    corpus_cmd.add_argument(
        "--csv", metavar="OUT_DIR", help="write one CSV per kind of row (orders, grants …) here"
    )
    corpus_cmd.set_defaults(run=_corpus_command)

    lineage_cmd = commands.add_parser(
        "lineage", help="what the documents in a folder did to one order, in date order"
    )
    _corpus_options(lineage_cmd)
    lineage_cmd.add_argument(
        "number",
        metavar="NUMBER",
        type=_document_id,
        help="the order's number (13224), or the date (YYYY-MM-DD) of an unnumbered document",
    )
    lineage_cmd.add_argument(
        "--kind",
        choices=[k.value for k in Kind],
        default=Kind.EXECUTIVE_ORDER.value,
        help="the kind of document NUMBER names (default executive_order)",
    )
    lineage_cmd.add_argument("--format", choices=("text", "json"), default="text")
    lineage_cmd.set_defaults(run=_lineage_command)

    emergencies_cmd = commands.add_parser(
        "emergencies",
        help="the national emergencies the documents in a folder declare or act on, one row each",
    )
    _corpus_options(emergencies_cmd)
    emergencies_cmd.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="the status as of this date (YYYY-MM-DD); default: every document in DIR",
    )
    emergencies_cmd.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="text: one block per emergency; csv: one row per emergency; json: the details",
    )
    emergencies_cmd.set_defaults(run=_emergencies_command)
    add_fetch_commands(commands)  # fetch REF..., cache info|clear (eoparse.fedreg.cli)
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
    except UsageError as error:
        err.write(f"{error}\n")
        return EXIT_FAILED
    except SystemExit as exit:  # --help, --version
        return int(exit.code or 0)
    # pdfminer (the pdfplumber backend) logs every repair it makes in a damaged PDF
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    try:
        result: int = args.run(args, out, err)
        return result
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except OSError as error:  # an output that cannot be written: a full disk, say
        where = error.filename or "output"
        reason = error.strerror or os.strerror(error.errno or errno.EIO)
        err.write(f"eoparse: {where}: {reason}\n")
        return EXIT_FAILED
    except Exception as error:  # a bug: one line, exit status 2, not a traceback
        reason = " ".join(f"{type(error).__name__}: {error}".split())
        err.write(f"eoparse: internal error (please report it): {reason}\n")
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
