"""Benchmark: this checkout against an earlier commit, in the same run.

The text-corpus budgets are ratios to a figure recorded long ago (the
foundation's 7.03x a ``\\w+`` scan).  On a shared machine one configuration
measures 12x one minute and 16x the next, so a figure recorded on another day
says little.  This script measures both sides now: it checks out ``REV`` into
a temporary git worktree and alternates rounds of the earlier code, of this
checkout reading only the header and section tree, of this checkout without
the powers (emergencies, grants, designations, measures: only authorities and
references are extracted), and of this checkout in full,
each in its own process, each round timing a ``\\w+`` scan of the same texts
first.  It reports each configuration's best ratio to the scan and its best
time, also as a multiple of the earlier code's best time (the best rounds are
the least disturbed by the machine).  Not a test; needs git and ../shared/corpus.

    python benchmarks/bench_against.py [REV] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
FOUNDATION = "225a155"  # the commit that closed the foundation issue (#2)

ROUND = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import regex
import eoparse
from eoparse import parser
assert eoparse.__file__.startswith(sys.argv[1]), eoparse.__file__
try:  # the registry of item kinds (eoparse.kinds) runs the extractors
    from eoparse import kinds
except ImportError:  # an earlier commit: the parser names each extractor
    kinds = None
if sys.argv[2] in ("no-powers", "foundation"):
    keep = {"authorities", "references"} if sys.argv[2] == "no-powers" else set()
    if kinds is not None:
        kinds.EXTRACTION_ORDER = tuple(k for k in kinds.EXTRACTION_ORDER if k.name in keep)
    else:
        for name in ("emergencies", "grants", "designations"):
            setattr(parser, "extract_" + name, lambda *args: ())
        if not keep:
            parser.extract_references = lambda *args: ()
            parser.extract_authorities = lambda *args: ()
texts = [p.read_bytes().decode("utf-8") for p in sorted(Path(sys.argv[3]).glob("*.txt"))]
for text in texts:  # warm: lazily built patterns and tables
    eoparse.parse_text(text)
words = regex.compile(r"\w+")
start = time.perf_counter()
for text in texts:
    words.findall(text)
scan = time.perf_counter() - start
start = time.perf_counter()
for text in texts:
    eoparse.parse_text(text)
print(scan, time.perf_counter() - start)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rev", nargs="?", default=FOUNDATION, help="the earlier commit")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not (CORPUS / "text").is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        earlier = Path(scratch) / "earlier"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(earlier), args.rev],
            check=True,
            capture_output=True,
        )
        try:
            configs = {
                f"{args.rev} (earlier)": (earlier, "full"),
                "this checkout, header+tree": (ROOT, "foundation"),
                "this checkout, no powers": (ROOT, "no-powers"),
                "this checkout": (ROOT, "full"),
            }
            best: dict[str, float] = {}
            fastest: dict[str, float] = {}
            for number in range(args.rounds):
                for name, (root, mode) in configs.items():
                    out = subprocess.run(
                        [sys.executable, "-c", ROUND, str(root), mode, str(CORPUS / "text")],
                        check=True,
                        capture_output=True,
                        text=True,
                        cwd=scratch,
                    ).stdout.split()
                    scan, parse = float(out[0]), float(out[1])
                    ratio = parse / scan
                    best[name] = min(best.get(name, ratio), ratio)
                    fastest[name] = min(fastest.get(name, parse), parse)
                    print(f"round {number + 1}: {name:<28} {parse:6.2f} s  {ratio:5.2f}x the scan")
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(earlier)],
                check=False,
                capture_output=True,
            )
    earlier_name = f"{args.rev} (earlier)"
    print("best of the rounds:             ratio to the scan   seconds   seconds / earlier")
    for name, ratio in best.items():
        share = fastest[name] / fastest[earlier_name]
        print(f"  {name:<28} {ratio:8.2f}x {fastest[name]:12.2f} {share:12.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
