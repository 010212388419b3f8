"""eoparse finds every U.S. Code citation citeurl finds, except citeurl's false positives.

citeurl is a test-only oracle (the ``test`` extra installs it); the full
comparison with both times is benchmarks/compare_citeurl.py.  Here a slice of
the corpus keeps the test quick (citeurl reads about 8 orders a second).
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT, requires_corpus

pytestmark = [requires_corpus, pytest.mark.corpus]


def test_eoparse_finds_what_citeurl_finds() -> None:
    pytest.importorskip("citeurl", reason="citeurl (test extra) is the oracle")
    spec = importlib.util.spec_from_file_location(
        "compare_citeurl", ROOT / "benchmarks" / "compare_citeurl.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compare_citeurl"] = module
    spec.loader.exec_module(module)
    result = module.compare(limit=120)
    print({k: v for k, v in result.items() if not isinstance(v, list)})
    assert result["citeurl_missed_by_eoparse"] == []
    assert result["eoparse_only"] > 0  # the prose and list forms citeurl does not read
    assert result["citeurl_false_positives"]  # its short forms from "Sec. 2." and prose
