"""U.S. Code citations found by eoparse and by citeurl, side by side, over the text corpus.

citeurl (raindrum/citeurl) is a test-only oracle, never a dependency.  Both
tools read the same normalised text of each order (``order.text``).  A
citeurl citation counts as found by eoparse when an eoparse citation of the
same title and section starts inside it; citeurl's own false positives are
classified (an order's ``Sec. 2.`` read as a short-form ``50 U.S.C. 2``, and
the like) and listed.  Reports both counts and both times measured in one run.

    python benchmarks/compare_citeurl.py [--limit N] [--json] [--list]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import eoparse
from eoparse.powers.cite import find_citations

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"

_FULL = re.compile(r"\d{1,2}\s?U\.\s?S\.\s?C")


def _base(section: str) -> str:
    return section.split("(")[0]


def classify(text: str, span: tuple[int, int]) -> str | None:
    """Why a citeurl citation eoparse does not share is not a citation, if it is not one."""
    words = text[span[0] : span[1]]
    if not _FULL.search(words):
        return "short form read from an order's own section marker or prose"
    return None


def compare(limit: int | None = None) -> dict[str, Any]:
    """Run both tools over the corpus texts; counts, times and the differences."""
    from citeurl import Citator  # the oracle, installed with the test extra

    citator = Citator()
    paths = sorted((CORPUS / "text").glob("*.txt"))[:limit]
    texts = [eoparse.parse(path).text for path in paths]
    start = time.perf_counter()
    ours = [[c for c in find_citations(t) if c.kind == "usc"] for t in texts]
    ours_time = time.perf_counter() - start
    start = time.perf_counter()
    theirs = [[c for c in citator.list_cites(t) if c.template.name == "U.S. Code"] for t in texts]
    theirs_time = time.perf_counter() - start
    missed: list[dict[str, Any]] = []
    false_positives: list[dict[str, Any]] = []
    only_ours = 0
    examples_only_ours: list[str] = []
    for path, text, mine, other in zip(paths, texts, ours, theirs, strict=True):
        for cite in other:
            title, section = cite.tokens.get("title"), cite.tokens.get("section")
            span = cite.span
            found = any(
                c.title is not None
                and str(c.title) == str(title)
                and c.section is not None
                and _base(c.section) == _base(str(section))
                and span[0] <= c.span[0] < span[1] + 40
                for c in mine
            ) or any(str(c.title) == str(title) and c.span[0] <= span[0] < c.span[1] for c in mine)
            if found:
                continue
            reason = classify(text, span)
            row = {
                "file": path.name,
                "text": cite.text,
                "context": text[max(0, span[0] - 40) : span[1] + 20],
            }
            if reason:
                false_positives.append({**row, "reason": reason})
            else:
                missed.append(row)
        for c in mine:
            if not any(o.span[0] <= c.span[0] < o.span[1] + 40 for o in other):
                only_ours += 1
                if len(examples_only_ours) < 15:
                    examples_only_ours.append(text[c.span[0] : c.span[1]])
    return {
        "documents": len(texts),
        "eoparse_citations": sum(len(m) for m in ours),
        "citeurl_citations": sum(len(o) for o in theirs),
        "eoparse_seconds": round(ours_time, 3),
        "citeurl_seconds": round(theirs_time, 3),
        "citeurl_missed_by_eoparse": missed,
        "citeurl_false_positives": false_positives,
        "eoparse_only": only_ours,
        "eoparse_only_examples": examples_only_ours,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true", help="list every difference")
    args = parser.parse_args()
    try:
        import citeurl  # noqa: F401
    except ImportError:
        print("citeurl is not installed (pip install citeurl markdown)", file=sys.stderr)
        return 2
    result = compare(args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['documents']} documents")
    print(
        f"  eoparse: {result['eoparse_citations']} U.S.C. citations"
        f" in {result['eoparse_seconds']} s"
    )
    print(
        f"  citeurl: {result['citeurl_citations']} U.S.C. citations"
        f" in {result['citeurl_seconds']} s"
    )
    print(f"  citeurl's found by eoparse: all but {len(result['citeurl_missed_by_eoparse'])}")
    print(f"  citeurl's false positives: {len(result['citeurl_false_positives'])}")
    print(f"  eoparse only (prose and list forms): {result['eoparse_only']}")
    if args.list:
        for key in ("citeurl_missed_by_eoparse", "citeurl_false_positives"):
            print(f"\n{key}:")
            for row in result[key]:
                print(f"  {row['file']}: {row['text']!r} in …{row['context']}…")
        print("\neoparse only, examples:", result["eoparse_only_examples"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
