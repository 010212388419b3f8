"""Benchmark: read every Federal Register PDF in ../shared/corpus/pdf with both backends.

In one run, on the same pages, it times

* pdfplumber's own ``page.extract_text()`` — the reference;
* eoparse's ``pdfium`` backend (``read_pdf``: words, boxes, layout stripped);
* eoparse's ``pdfplumber`` backend;
* ``eoparse.parse_bytes`` end to end with the default backend (for information);
* poppler's ``pdftotext`` when it is installed (one process per file).

and reports pages/s and the ratios the issue sets as targets: the fast
backend at least 5x faster than ``extract_text``, the pdfplumber backend at
most 1.3x its time.  Ratios, not absolute times, are what to compare between
machines.  Not a test: run it on demand.

    python benchmarks/bench_pdf.py [--repeat N] [--limit N] [--json] [--check]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

import eoparse
from eoparse.read.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"

FAST_TARGET = 5.0
"""The fast backend must be at least this many times faster than ``extract_text``."""
EXACT_TARGET = 1.3
"""The pdfplumber backend may take at most this many times ``extract_text``'s time."""


def load(limit: int | None) -> list[tuple[Path, bytes, int]]:
    """(path, bytes, page count) of the corpus PDFs, read before timing."""
    out = []
    for path in sorted((CORPUS / "pdf").glob("*.pdf"))[:limit]:
        data = path.read_bytes()
        document = pdfium.PdfDocument(data)
        out.append((path, data, len(document)))
        document.close()
    return out


def best_of(repeat: int, work: Callable[[], None]) -> float:
    """The fastest of ``repeat`` runs of ``work()``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs (default 1)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not (CORPUS / "pdf").is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    files = load(args.limit)
    pages = sum(count for _, _, count in files)

    def extract_text() -> None:
        for _, data, _ in files:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()

    def backend(name: str) -> Callable[[], None]:
        def work() -> None:
            for path, data, _ in files:
                read_pdf(data, name=path.name, backend=name)

        return work

    def parse_all() -> None:
        for path, data, _ in files:
            eoparse.parse_bytes(data, path.name)

    # Warm up (imports, compiled patterns, font caches) on the first file, untimed.
    path, data, _ = files[0]
    for name in ("pdfium", "pdfplumber"):
        read_pdf(data, name=path.name, backend=name)
    eoparse.parse_bytes(data, path.name)
    timings = {
        "pdfplumber_extract_text": best_of(args.repeat, extract_text),
        "eoparse_pdfplumber": best_of(args.repeat, backend("pdfplumber")),
        "eoparse_pdfium": best_of(args.repeat, backend("pdfium")),
        "eoparse_parse_bytes_pdfium": best_of(args.repeat, parse_all),
    }
    pdftotext = shutil.which("pdftotext")
    if pdftotext:

        def poppler() -> None:
            for path, _, _ in files:
                subprocess.run(
                    [pdftotext, "-enc", "UTF-8", str(path), "-"],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )

        timings["poppler_pdftotext"] = best_of(args.repeat, poppler)
    reference = timings["pdfplumber_extract_text"]
    fast = reference / timings["eoparse_pdfium"]
    exact = timings["eoparse_pdfplumber"] / reference
    figures = {
        "files": len(files),
        "pages": pages,
        "seconds": {name: round(value, 3) for name, value in timings.items()},
        "pages_per_second": {name: round(pages / value, 1) for name, value in timings.items()},
        "pdfium_speedup_over_extract_text": round(fast, 2),
        "pdfplumber_backend_time_over_extract_text": round(exact, 2),
        "pdftotext": pdftotext or "not installed",
    }
    met = fast >= FAST_TARGET and exact <= EXACT_TARGET
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{len(files)} PDFs, {pages} pages (best of {args.repeat} run(s))")
        for name, value in timings.items():
            print(f"  {name:28s} {value:8.2f} s  {pages / value:8.1f} pages/s")
        if not pdftotext:
            print("  poppler pdftotext            not installed")
        print(f"  pdfium backend: {fast:.1f}x faster than extract_text (target >= {FAST_TARGET}x)")
        print(f"  pdfplumber backend: {exact:.2f}x extract_text's time (target <= {EXACT_TARGET}x)")
        print("  targets met" if met else "  TARGETS MISSED")
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
