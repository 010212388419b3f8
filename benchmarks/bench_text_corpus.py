"""Benchmark: parse every Federal Register raw text in ../shared/corpus/text.

Reports orders/s, MB/s and the ratio to one ``regex`` ``\\w+`` scan of the same
texts, measured in the same run (ratios, not absolute times, are what to
compare between machines).  Not a test: run it on demand with ``make bench``.

    python benchmarks/bench_text_corpus.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import regex

import eoparse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"


def load_texts() -> list[tuple[str, str]]:
    """(name, text) of every file in corpus/text, read once before timing."""
    return [
        (path.name, path.read_bytes().decode("utf-8"))
        for path in sorted((CORPUS / "text").glob("*.txt"))
    ]


def best_of(repeat: int, work) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``repeat`` runs of ``work()``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (CORPUS / "text").is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    texts = load_texts()
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    words = regex.compile(r"\w+")

    def scan() -> None:
        for _, text in texts:
            words.findall(text)

    def parse_all() -> None:
        for name, text in texts:
            eoparse.parse_text(text, name=name)

    # Interleaved, so that a slow spell of a shared machine hits both sides of the ratio.
    scan_times: list[float] = []
    parse_times: list[float] = []
    for _ in range(args.repeat):
        scan_times.append(best_of(1, scan))
        parse_times.append(best_of(1, parse_all))
    scan_s, parse_s = min(scan_times), min(parse_times)
    round_ratios = sorted(p / s for p, s in zip(parse_times, scan_times, strict=True))
    figures = {
        "documents": len(texts),
        "megabytes": round(megabytes, 2),
        "parse_seconds": round(parse_s, 3),
        "orders_per_second": round(len(texts) / parse_s, 1),
        "megabytes_per_second": round(megabytes / parse_s, 2),
        "word_scan_seconds": round(scan_s, 3),
        "ratio_to_word_scan": round(parse_s / scan_s, 2),
        "median_round_ratio": round(round_ratios[len(round_ratios) // 2], 2),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{len(texts)} documents, {megabytes:.1f} MB (best of {args.repeat} runs)")
        rate = f"{figures['orders_per_second']:8.1f} orders/s"
        speed = f"{figures['megabytes_per_second']:.2f} MB/s"
        print(f"  eoparse.parse_text : {parse_s:6.3f} s  {rate}  {speed}")
        print(f"  regex \\w+ scan     : {scan_s:6.3f} s")
        print(f"  ratio              : {figures['ratio_to_word_scan']:.2f}x the word scan")
        print(f"  median of rounds   : {figures['median_round_ratio']:.2f}x (each round's ratio)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
