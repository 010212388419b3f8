"""Benchmark: peak memory parsing the whole text corpus in one process (issue #7).

Parses every Federal Register raw text in ../shared/corpus/text one at a time,
in this process, keeping no order (each one is turned into its JSON and
dropped), and reports the resident set size before and after, its peak
(``resource.getrusage``), and the time.  The budget is 400 MB of peak RSS.
With ``--tracemalloc`` it also reports the peak of Python allocations (slower).
With ``--formats`` it goes on with the XML, HTML, Markdown, pdftotext and PDF
folders in the same process.  With ``--large MB`` it instead parses one text of
that many megabytes (the normalised text of EO 13224 repeated: about 3,000
sections per MB) and reports the peak RSS it added per input byte, against a
budget of 30 bytes per byte (issue 18: 20 MB measured 8.9).  ``--nested MB``
does the same with a synthetic text nested four deep (``nested_order`` in
tests/synthetic_orders.py: Sec. → (a) → (i) → (A), a section node every 90
characters or so), the case where every section used to hold its own copy of its
descendants' text.  Not a test: run it on demand.

    python benchmarks/bench_memory.py [--tracemalloc] [--formats] [--large MB]
        [--nested MB] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import eoparse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
BUDGET_MB = 400.0


def rss_mb() -> float:
    """The resident set size of this process now, in MB (Linux ``/proc``; else the peak)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """The peak resident set size of this process, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def parse_folder(folder: Path, pattern: str) -> tuple[int, int, float]:
    """Parse every file of ``folder``: (parsed, failed, seconds); nothing is kept."""
    parsed = failed = 0
    start = time.perf_counter()
    for path in sorted(folder.glob(pattern)):
        try:
            order = eoparse.parse(path)
        except eoparse.EOParseError:
            failed += 1
            continue
        order.to_json()  # the export too: what a pipeline would do with it
        del order
        parsed += 1
    return parsed, failed, time.perf_counter() - start


BYTES_PER_BYTE_BUDGET = 30.0


def large(megabytes: float, as_json: bool, *, nested: bool = False) -> int:
    """Parse one text of ``megabytes`` MB: the peak RSS it adds, per input byte."""
    if nested:
        sys.path.insert(0, str(ROOT / "tests"))
        from synthetic_orders import nested_order  # a test helper: on the path only here

        text = nested_order(int(megabytes * 1e6))
        eoparse.parse_text(nested_order(10_000))  # warm-up: compiled patterns, imports
    else:
        body = eoparse.parse(CORPUS / "text" / "EO-13224.txt").text + "\n"
        text = body * max(1, int(megabytes * 1e6) // len(body))
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    order = eoparse.parse_text(text)
    seconds = time.perf_counter() - start
    added = peak_rss_mb() - before
    figures = {
        "text": "nested" if nested else "EO 13224 repeated",
        "chars": len(text),
        "sections": sum(1 for _ in order.walk()),
        "seconds": round(seconds, 1),
        "rss_before_mb": round(before, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "bytes_per_input_byte": round(added * 1024 * 1024 / len(text), 1),
        "budget": BYTES_PER_BYTE_BUDGET,
    }
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:22} {value}")
    return 0 if figures["bytes_per_input_byte"] <= BYTES_PER_BYTE_BUDGET else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace allocations")
    parser.add_argument("--formats", action="store_true", help="then the other folders too")
    parser.add_argument("--large", type=float, metavar="MB", help="parse one text of MB MB")
    parser.add_argument(
        "--nested", type=float, metavar="MB", help="parse one nested synthetic text of MB MB"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (CORPUS / "text").is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    if args.large:
        return large(args.large, args.json)
    if args.nested:
        return large(args.nested, args.json, nested=True)
    eoparse.parse_text("Executive Order 1 of May 1, 2001\n\nSec. 1. Warm-up.\n")
    gc.collect()
    figures: dict[str, object] = {"rss_after_import_mb": round(rss_mb(), 1)}
    if args.tracemalloc:
        tracemalloc.start()
    folders = [("text", "*.txt")]
    if args.formats:
        folders += [
            ("xml", "*.xml"),
            ("html", "*.html"),
            ("whitehouse_md", "*.md"),
            ("pdftext", "*.txt"),
            ("pdf", "*.pdf"),
        ]
    for folder, pattern in folders:
        parsed, failed, seconds = parse_folder(CORPUS / folder, pattern)
        figures[folder] = {
            "parsed": parsed,
            "failed": failed,
            "seconds": round(seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
        }
    gc.collect()
    figures["rss_at_end_mb"] = round(rss_mb(), 1)
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        figures["tracemalloc_peak_mb"] = round(peak / 1e6, 1)
    figures["budget_mb"] = BUDGET_MB
    figures["within_budget"] = peak_rss_mb() < BUDGET_MB
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"RSS after import: {figures['rss_after_import_mb']} MB")
        for folder, _ in folders:
            row = figures[folder]
            assert isinstance(row, dict)
            print(
                f"{folder:<14} {row['parsed']:>5} parsed {row['failed']:>4} failed "
                f"{row['seconds']:>7.1f} s   peak RSS so far {row['peak_rss_mb']} MB"
            )
        print(f"RSS at the end: {figures['rss_at_end_mb']} MB")
        if args.tracemalloc:
            print(f"tracemalloc peak: {figures['tracemalloc_peak_mb']} MB")
        verdict = "within" if figures["within_budget"] else "OVER"
        print(f"peak RSS: {figures['peak_rss_mb']} MB ({verdict} the {BUDGET_MB:.0f} MB budget)")
    return 0 if figures["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
