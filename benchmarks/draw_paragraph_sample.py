"""Draw a paragraph sample for hand-labelling grants (``benchmarks/data/grant_paragraphs*``).

One paragraph with a modal verb per order, from the text/ executive orders that no
whole-order label set holds (``../shared/eval-dev/powers``, ``benchmarks/data/powers_blind*``),
leaving out every paragraph an earlier sample drew (by file and SHA-1 of its text).  The
orders are shuffled with ``random.Random(SEED)``; each row gives the file, the paragraph's
path and span in eoparse's normalised text (``Order.text``), its SHA-1, its text and the
paragraph before it, for a labeller who must not run eoparse.  Not a test.

    python benchmarks/draw_paragraph_sample.py OUT.json SEED [--size 60]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path

import eoparse

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
DATA = ROOT / "benchmarks" / "data"
MODAL = re.compile(
    r"\b(?:shall|may|must|(?:is|are) (?:hereby )?(?:directed|authorized|delegated))\b"
)


def eligible() -> list[str]:
    """The text/ files of executive orders no whole-order label set holds, sorted."""
    whole = {p.stem for p in (SHARED / "eval-dev" / "powers").glob("*.json")}
    whole |= {p.stem for p in DATA.glob("powers_blind*/EO-*.json")}
    files = set()
    with (SHARED / "corpus" / "index.csv").open(encoding="utf-8") as index:
        for row in csv.DictReader(index):
            name = f"EO-{row['number']}"
            text = SHARED / "corpus" / "text" / f"{name}.txt"
            if row["kind"] == "executive_order" and name not in whole and text.is_file():
                files.add(f"text/{name}.txt")
    return sorted(files)


def drawn_before() -> set[tuple[str, str]]:
    """(file, SHA-1) of every paragraph an earlier sample holds."""
    return {
        (row["file"], row["sha1"])
        for path in DATA.glob("grant_paragraphs*/labels.json")
        for row in json.loads(path.read_text(encoding="utf-8"))
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("seed", type=int)
    parser.add_argument("--size", type=int, default=60)
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}", file=sys.stderr)
        return 2
    files, before = eligible(), drawn_before()
    rng = random.Random(args.seed)
    rng.shuffle(files)
    rows: list[dict[str, object]] = []
    for name in files:
        if len(rows) >= args.size:
            break
        order = eoparse.parse(SHARED / "corpus" / name)
        text, at, candidates = order.text, 0, []
        for line in text.split("\n"):
            start, end = at, at + len(line)
            at = end + 1
            path = order.path_at(start)
            if path in ("preamble", "signature") or not MODAL.search(line):
                continue
            sha1 = hashlib.sha1(text[start:end].encode()).hexdigest()
            if (name, sha1) not in before:
                candidates.append((start, end, path, sha1))
        if not candidates:
            continue
        start, end, path, sha1 = rng.choice(candidates)
        previous = text.rfind("\n", 0, max(0, start - 1)) + 1
        rows.append(
            {
                "id": len(rows) + 1,
                "file": name,
                "path": path,
                "span": [start, end],
                "sha1": sha1,
                "text": text[start:end],
                "before": text[previous : max(previous, start - 1)],
            }
        )
    Path(args.out).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} paragraphs drawn from {len(files)} orders")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
