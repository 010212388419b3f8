"""Benchmark: how the time of ``eoparse.diff`` grows with the size of the orders (issue 18).

Builds an old and a new synthetic order of each size (``tests/synthetic_orders.py``:
written by us, about 1,600 sections per MB, the new one amending the old), parses
both, then times ``diff(old, new)``, ``to_dict()`` and ``to_text()`` (CPU time of
this process, best of ``--repeat``) and prints the growth per doubling (linear: 2).
Not a test: run it on demand.

    python benchmarks/bench_diff_scaling.py [--sizes 1 2 4] [--repeat 1] [--json]

Measured (issue 18, CPU seconds of ``diff`` alone, sizes in kB):
main 100/200/400 kB 1.47/4.04/17.29 s (x2.8, x4.3); after the section candidates
1.52/3.57/8.96 s (x2.3, x2.5).  With the generator numbering sections 1-101 … (a
plain "Sec. N." is read only up to 999), 1/2/4 MB, 1,582/3,167/6,317 sections: main
13.4/24.6/34.0 s; after the bounded candidates 2.85/5.23/9.79 s (x1.84, x1.87).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import eoparse  # noqa: E402
from tests.synthetic_orders import order_pair  # noqa: E402


def _best(run: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0, 4.0], help="MB")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows: list[dict[str, float]] = []
    for megabytes in args.sizes:
        old_text, new_text = order_pair(int(megabytes * 1e6))
        old, new = eoparse.parse_text(old_text), eoparse.parse_text(new_text)
        result = eoparse.diff(old, new)
        row = {
            "mb": megabytes,
            "sections": float(len(old.sections)),
            "diff_s": round(_best(lambda o=old, n=new: eoparse.diff(o, n), args.repeat), 2),
            "to_dict_s": round(_best(result.to_dict, args.repeat), 3),
            "to_text_s": round(_best(result.to_text, args.repeat), 3),
        }
        if rows:
            row["growth"] = round(row["diff_s"] / max(rows[-1]["diff_s"], 1e-6), 2)
        rows.append(row)
        if not args.json:
            print(json.dumps(row), flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
