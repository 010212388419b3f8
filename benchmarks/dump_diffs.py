"""Write the powers diff of many real order pairs to one file, to compare revisions.

A change meant to make the diff faster must not change what it reports.  Run
this before and after (``--root`` points at another checkout, such as a git
worktree of the earlier commit) and compare the two files byte for byte:

    python benchmarks/dump_diffs.py /tmp/after.json
    python benchmarks/dump_diffs.py --root /tmp/before /tmp/before.json
    cmp /tmp/before.json /tmp/after.json

The pairs: the labelled ones of ``benchmarks/data/diff_pairs*.json``; every
corpus text (``text/``) paired with each corpus text it refers to (revokes,
amends, cites …: the pairs a user diffs); and ``--unrelated`` pairs of texts
drawn at random (seeded), whose diffs compare unlike things.  Each entry holds
``PowerDiff.to_dict()`` and ``to_text(wording=True)``; a pair that fails is
recorded with its error.  Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from dump_corpus import import_checkout  # run as a script: benchmarks/ is on the path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
PAIR_FILES = ("diff_pairs.json", "diff_pairs_check.json")


def labelled_pairs() -> list[tuple[str, list[str], str]]:
    """``(id, old paths, new path)`` of the labelled pairs."""
    out = []
    for name in PAIR_FILES:
        data = json.loads((ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8"))
        out += [(p["id"], list(p["old"]), p["new"]) for p in data["pairs"]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to import")
    parser.add_argument("--unrelated", type=int, default=40, help="random pairs (default 40)")
    args = parser.parse_args()
    eoparse = import_checkout(args.root, CORPUS)
    if eoparse is None:
        return 2
    start = time.perf_counter()
    orders: dict[str, Any] = {}

    def parsed(relative: str) -> Any:
        if relative not in orders:
            orders[relative] = eoparse.parse(CORPUS / relative)
        return orders[relative]

    texts = sorted(f"text/{p.name}" for p in (CORPUS / "text").glob("*.txt"))
    by_key: dict[Any, str] = {}
    for relative in texts:
        try:
            order = parsed(relative)
        except eoparse.EOParseError:
            continue
        if order.key is not None:
            by_key.setdefault(order.key, relative)
    pairs = labelled_pairs()
    for relative in texts:
        order = orders.get(relative)
        if order is None:
            continue
        targets = dict.fromkeys(r.target.key for r in order.references)
        for key in targets:
            other = by_key.get(key)
            if other is not None and other != relative:
                pairs.append((f"{other} -> {relative}", [other], relative))
    rng = random.Random(18)
    usable = [t for t in texts if t in orders]
    for _ in range(args.unrelated):
        old, new = rng.sample(usable, 2)
        pairs.append((f"random {old} -> {new}", [old], new))
    out: dict[str, object] = {}
    diff_seconds = 0.0
    for ident, old_paths, new_path in pairs:
        try:
            olds = [parsed(p) for p in old_paths]
            new = parsed(new_path)
            began = time.perf_counter()
            result = eoparse.diff(olds, new)
            entry = {"diff": result.to_dict(), "text": result.to_text(wording=True)}
            diff_seconds += time.perf_counter() - began
        except Exception as error:  # recorded, so that both sides can be compared
            entry = {"error": repr(error)}
        out[ident] = entry
    args.out.write_text(json.dumps(out, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(
        f"{len(out)} diffs written to {args.out} "
        f"({diff_seconds:.1f} s diffing, {time.perf_counter() - start:.1f} s in all)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
