"""Benchmark: ``eoparse lineage DIR N`` asked twice, against the CLI's own start-up.

The second call on an unchanged folder reads the parsed documents from the
cache (:mod:`eoparse.corpus.parsed`) instead of parsing them again; the issue
(18) allows it at most ``--budget`` (5) times the start-up of the command line
(``eoparse --version``).  In one run, with ``EOPARSE_CACHE`` pointing at a
fresh temporary folder (the user's cache is not touched):

1. start-up: ``eoparse --version``, the best of ``--repeat``;
2. cold: the first ``eoparse lineage DIR N`` (parses every file, fills the cache);
3. warm: the same call again, the best of ``--repeat``;

then prints the ratio warm / start-up and exits 1 when it is over budget.

    python benchmarks/bench_repeat_lineage.py [--dir DIR] [--number 13224] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"


def timed(argv: Sequence[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall seconds of one run of ``python -m eoparse argv`` and its stdout (must exit 0)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "eoparse", *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"eoparse {' '.join(argv)} exited {result.returncode}: {result.stderr}")
    return seconds, result.stdout


def best(argv: Sequence[str], env: dict[str, str], repeat: int) -> tuple[float, str]:
    runs = [timed(argv, env) for _ in range(repeat)]
    return min(runs, key=lambda run: run[0])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=str(CORPUS), help="the folder (default ../shared/corpus)")
    parser.add_argument("--number", default="13224", help="the order asked about")
    parser.add_argument("--repeat", type=int, default=3, help="runs of start-up and warm")
    parser.add_argument("--budget", type=float, default=5.0, help="allowed warm / start-up")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not Path(args.dir).is_dir():
        print(f"no corpus at {args.dir}", file=sys.stderr)
        return 2
    lineage = ["lineage", args.dir, args.number, "--no-progress"]
    with tempfile.TemporaryDirectory(prefix="eoparse-bench-cache-") as cache:
        env = {**os.environ, "EOPARSE_CACHE": cache}
        startup, _ = best(["--version"], env, args.repeat)
        cold, first = timed(lineage, env)
        warm, second = best(lineage, env, args.repeat)
    if first != second:
        print("the warm call printed something else than the cold one", file=sys.stderr)
        return 1
    ratio = warm / startup
    figures = {
        "startup_s": round(startup, 3),
        "cold_s": round(cold, 3),
        "warm_s": round(warm, 3),
        "warm_over_startup": round(ratio, 2),
        "budget": args.budget,
        "load_average": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"start-up (eoparse --version)   {startup:7.2f} s")
        print(f"cold lineage {args.number:<8}          {cold:7.2f} s")
        print(f"warm lineage {args.number:<8}          {warm:7.2f} s")
        print(f"warm / start-up                {ratio:7.2f}  (budget {args.budget:g})")
        print(f"load average                   {figures['load_average']:7.2f}")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
