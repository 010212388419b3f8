"""Benchmark: peak memory reading PDF compression bombs (issue #18).

Each case builds a PDF in memory and parses it in a fresh process, reporting
the error eoparse raised, the time, and the peak resident set size of that
process.  Before the limits (eoparse.read.limits), a 1 MB PDF whose one
content stream inflates to 1 GB took 31 s and peaked at 2.8 GB with no error;
the budget now is 300 MB of peak RSS for every case.  Not a test (the tests
in tests/test_limits.py use small bombs): run it on demand.

    python benchmarks/bench_pdf_bomb.py [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MB = 300.0

CASES = {
    "one stream inflating to 1 GB": "bomb_pdf(1_000_000_000)",
    "100 pages, each stream inflating to 3 MB": "bomb_pdf(3_000_000, pages=100)",
    "one page drawing 2 million characters": "text_pdf(2_000_000)",
    "5,000 small pages": "text_pdf(10, pages=5000)",
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from tests.pdf_bombs import bomb_pdf, text_pdf
import eoparse
data = {case}
start = time.perf_counter()
try:
    eoparse.parse_bytes(data, "bomb.pdf")
    error = None
except eoparse.EOParseError as caught:
    error = type(caught).__name__ + ": " + caught.reason
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"pdf_bytes": len(data), "error": error, "seconds": round(seconds, 2),
                  "peak_rss_mb": round(peak, 1)}}))
"""


def run(case: str) -> dict[str, object]:
    """Parse the PDF ``case`` builds in a fresh process: its figures."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(root=str(ROOT), case=case)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = {name: run(case) for name, case in CASES.items()}
    worst = max(float(str(r["peak_rss_mb"])) for r in results.values())
    if args.json:
        print(json.dumps({"cases": results, "budget_mb": BUDGET_MB}, indent=2))
    else:
        for name, figures in results.items():
            print(
                f"{name:45} {figures['pdf_bytes']:>12,} bytes  {figures['seconds']:>6} s  "
                f"peak {figures['peak_rss_mb']:>7} MB  {figures['error']}"
            )
        print(f"worst peak {worst} MB (budget {BUDGET_MB} MB)")
    return 0 if worst <= BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
