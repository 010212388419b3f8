"""Relations between executive orders against eval-dev/dispositions.csv.

The scoring lives in benchmarks/score_relations.py (run it with --misses to
read every miss).  The table is kept by hand and has errors;
benchmarks/dispositions_errata.csv lists the rows judged wrong after reading
the orders, and the thresholds of the issue apply to the corrected table.
The raw figures are asserted too, so neither can slip unnoticed.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import EVAL_DEV, ROOT, requires_corpus

pytestmark = [requires_corpus, pytest.mark.corpus]


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "score_relations", ROOT / "benchmarks" / "score_relations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_relations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not EVAL_DEV.is_dir(), reason=f"no eval-dev tables at {EVAL_DEV}")
def test_relation_f1_against_the_disposition_tables() -> None:
    result = _scorer().score()
    for key in ("typed", "target_only", "typed_corrected", "target_only_corrected"):
        figures = result[key]
        print(key, {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()})
    for key in ("revokes", "amends", "supersedes"):
        print(key, round(result[key]["f1"], 3))
    print("misses:", result["false_positives"], result["false_negatives"])
    assert result["subjects"] >= 280
    assert result["typed_corrected"]["f1"] >= 0.93
    assert result["target_only_corrected"]["f1"] >= 0.96
    assert result["typed"]["f1"] >= 0.90
    assert result["target_only"]["f1"] >= 0.92
