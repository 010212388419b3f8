"""Benchmark: how parse time grows with the input, and the large inputs of issue #7.

1. Storms (``Sec. `` storms, ``(a) (i) (A)`` storms, citation storms, lists of
   orders, modal sentences, a real order's body repeated) at 16 kB, 64 kB,
   256 kB and 1 MB: the time at each size and the growth per 4x (linear: 4).
   A storm stops growing once one size takes longer than ``--budget`` seconds.
2. A 50 MB text, two ways: the raw FR text of a real order repeated (the
   reader stops at the order's FR trailer) and a real order's normalised body
   repeated with no trailer (all 50 MB are parsed); and a 65 MB text, which
   must be refused with ``InputTooLarge``.
3. A 300-page PDF, built by concatenating the pages of corpus PDFs with
   pypdfium2, parsed with the default backend (``--pdfplumber`` adds the other).

Each large case runs in a child process with a time limit (``--timeout``), and
reports its time and the child's peak RSS.  Not a test: run it on demand.

    python benchmarks/bench_scaling.py [--only storms|50mb|pdf] [--budget S] [--timeout S] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_memory import peak_rss_mb, rss_mb  # run as a script: benchmarks/ is on the path

import eoparse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
REAL = CORPUS / "text" / "EO-13224.txt"

SIZES = (16_000, 64_000, 256_000, 1_000_000)


def repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def real_body() -> str:
    return eoparse.parse(REAL).text if REAL.exists() else ""


STORMS: dict[str, Callable[[int], str]] = {
    "Sec. storm": lambda n: repeat_to("Sec. ", n),
    "numbered sections, one a line": lambda n: "".join(
        f"Sec. {i % 999 + 1}. Purpose.\n" for i in range(n // 20)
    ),
    "(a) (i) (A) on one line": lambda n: repeat_to("(a) (i) (A) ", n),
    "(a) (i) (A) paragraphs": lambda n: repeat_to("(a)\n\n(i)\n\n(A)\n\n", n),
    "U.S.C. citations": lambda n: repeat_to("50 U.S.C. 1701, ", n),
    "Executive Order list": lambda n: repeat_to("Executive Orders 13224 and ", n),
    "modal sentence": lambda n: repeat_to("The Secretary of State shall, ", n),
    "unclosed parentheses": lambda n: repeat_to("(", n),
    "real body repeated": lambda n: repeat_to(real_body() + "\n", n),
}


def _timed_parse(text: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        order = eoparse.parse_text(text)
        outcome = f"{order.label()}, {sum(1 for _ in order.walk())} sections"
    except eoparse.EOParseError as error:
        outcome = f"{type(error).__name__}: {error}"
    return time.perf_counter() - start, outcome


def storms(budget: float) -> dict[str, list[dict[str, float]]]:
    eoparse.parse_text(real_body() or "Executive Order 1 of May 1, 2001\n")  # warm the caches
    results: dict[str, list[dict[str, float]]] = {}
    for name, make in STORMS.items():
        rows: list[dict[str, float]] = []
        for size in SIZES:
            text = make(size)
            seconds, _ = _timed_parse(text)
            row = {"chars": len(text), "seconds": round(seconds, 4)}
            if rows:
                row["growth_per_4x"] = round(seconds / max(rows[-1]["seconds"], 1e-6), 1)
            rows.append(row)
            if seconds > budget:
                break
        results[name] = rows
    return results


# -- the large cases, each in a child process -----------------------------------------------


def _child_50mb_raw() -> dict[str, object]:
    raw = REAL.read_text(encoding="utf-8")
    text = repeat_to(raw, 50_000_000)
    seconds, outcome = _timed_parse(text)
    return {"chars": len(text), "seconds": round(seconds, 2), "outcome": outcome}


def _child_50mb_body() -> dict[str, object]:
    text = repeat_to(real_body() + "\n", 50_000_000)
    seconds, outcome = _timed_parse(text)
    return {"chars": len(text), "seconds": round(seconds, 2), "outcome": outcome}


def _child_65mb() -> dict[str, object]:
    text = repeat_to(real_body() + "\n", 65 * 1024 * 1024 + 1000)
    seconds, outcome = _timed_parse(text)
    return {"chars": len(text), "seconds": round(seconds, 2), "outcome": outcome}


def build_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages: the corpus PDFs' pages, one file after another."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    sources = sorted((CORPUS / "pdf").glob("*.pdf"))
    index = 0
    while len(document) < pages:
        source = pdfium.PdfDocument(str(sources[index % len(sources)]))
        wanted = min(len(source), pages - len(document))
        document.import_pages(source, list(range(wanted)))
        source.close()
        index += 1
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def _child_pdf(backend: str) -> dict[str, object]:
    data = build_pdf(300)
    before = rss_mb()
    start = time.perf_counter()
    try:
        order = eoparse.parse_bytes(data, "report.pdf", pdf_backend=backend)
        outcome = f"{order.label()}, {len(order.text):,} characters"
    except eoparse.EOParseError as error:
        outcome = f"{type(error).__name__}: {error}"
    seconds = time.perf_counter() - start
    return {
        "pages": 300,
        "bytes": len(data),
        "seconds": round(seconds, 2),
        "pages_per_second": round(300 / seconds, 1),
        "rss_before_parsing_mb": round(before, 1),
        "outcome": outcome,
    }


CHILDREN: dict[str, Callable[[], dict[str, object]]] = {
    "50 MB raw FR text (one order repeated)": _child_50mb_raw,
    "50 MB body text (no trailer: all of it parsed)": _child_50mb_body,
    "65 MB text (over the 64 MB limit)": _child_65mb,
    "300-page PDF, pdfium": lambda: _child_pdf("pdfium"),
    "300-page PDF, pdfplumber": lambda: _child_pdf("pdfplumber"),
}


def run_child(name: str, timeout: float) -> dict[str, object]:
    """Run one large case in a child process; its figures, or how it failed."""
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, __file__, "--child", name],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"did not finish in {timeout:.0f} s", "seconds": None}
    if result.returncode != 0:
        return {"outcome": f"child failed: {result.stderr.strip().splitlines()[-1:]}"}
    figures: dict[str, object] = json.loads(result.stdout)
    figures["wall_seconds"] = round(time.perf_counter() - start, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=("storms", "50mb", "pdf"))
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per storm size")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per large case")
    parser.add_argument("--pdfplumber", action="store_true", help="also the pdfplumber backend")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = CHILDREN[args.child]()
        figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
        print(json.dumps(figures))
        return 0
    if not REAL.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    report: dict[str, object] = {}
    if args.only in (None, "storms"):
        report["storms"] = storms(args.budget)
    large = []
    if args.only in (None, "50mb"):
        large += [name for name in CHILDREN if "MB" in name]
    if args.only in (None, "pdf"):
        large += [name for name in CHILDREN if "PDF" in name]
        if not args.pdfplumber:
            large = [name for name in large if "pdfplumber" not in name]
    report["large"] = {name: run_child(name, args.timeout) for name in large}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, rows in dict(report.get("storms", {})).items():  # type: ignore[call-overload]
        cells = "  ".join(
            f"{row['chars'] / 1000:>6.0f} kB {row['seconds']:>8.3f} s"
            + (f" (x{row['growth_per_4x']})" if "growth_per_4x" in row else "")
            for row in rows
        )
        print(f"{name:<32} {cells}")
    for name, figures in dict(report["large"]).items():  # type: ignore[call-overload]
        print(f"{name}: {json.dumps(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
