"""Benchmark: load the whole corpus with one worker crash injected (issue 20).

Copies nothing: the corpus folder is loaded as it is, with one extra path that
does not exist on disk, ``POISON.pdf``, added to the list of files; the worker
that parses it aborts (``os.abort()``, as an out-of-memory kill or a native
library's crash would).  Before the fix the broken pool lost every pending
file (95 of 1,435 documents loaded); now every good document loads.  Reports
the documents loaded with the crash and without it, the failures, and the
wall time of each.  The crash is injected by patching the parser in the
parent, which the workers inherit: it needs the ``fork`` start method (Linux).

    python benchmarks/bench_corpus_crash.py [--jobs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

import eoparse
import eoparse.corpus.load
from eoparse import Corpus
from eoparse.corpus.load import find_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
_REAL_PARSE = eoparse.parse


def _crashing_parse(path: str, **options: object) -> eoparse.Order:
    if Path(path).name == "POISON.pdf":
        os.abort()
    return _REAL_PARSE(path, **options)  # type: ignore[arg-type]


def load(paths: list[str], jobs: int) -> tuple[Corpus, float]:
    start = time.perf_counter()
    corpus = Corpus.from_paths(paths, jobs=jobs, progress=False)
    return corpus, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if multiprocessing.get_start_method() != "fork":
        print("needs the fork start method", file=sys.stderr)
        return 2
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    paths = [str(p) for p in find_files(CORPUS)]
    clean, clean_seconds = load(paths, args.jobs)
    eoparse.corpus.load.parse = _crashing_parse  # type: ignore[assignment]
    poisoned = sorted([*paths, str(CORPUS / "POISON.pdf")])
    crashed, crash_seconds = load(poisoned, args.jobs)
    figures = {
        "files": len(paths),
        "versions_without_crash": len(clean.all_versions),
        "versions_with_crash": len(crashed.all_versions),
        "documents_with_crash": len(crashed),
        "failures_without_crash": len(clean.failures),
        "failures_with_crash": [(Path(f.source).name, f.error) for f in crashed.failures],
        "seconds_without_crash": round(clean_seconds, 1),
        "seconds_with_crash": round(crash_seconds, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:26} {value}")
    return 0 if figures["versions_with_crash"] == figures["versions_without_crash"] else 1


if __name__ == "__main__":
    sys.exit(main())
