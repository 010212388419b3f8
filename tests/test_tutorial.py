"""Execute docs/tutorial.ipynb, as CI does, and check what it displays.

The notebook runs in a kernel of this very interpreter (a kernelspec written
to a temporary folder, so no kernel installed on the machine is picked up by
mistake), with docs/ as the working directory, as a reader would run it.
Skipped, with the reason, when the corpus beside the repository is absent
(the notebook's last part reads it) or the notebook extras are not installed.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.conftest import CORPUS, ROOT, requires_corpus
from tests.kernel import execute

NOTEBOOK = ROOT / "docs" / "tutorial.ipynb"
TIMEOUT = 300
"""Seconds one cell may take (the whole notebook takes a few seconds)."""


def _outputs(cell: dict) -> list[dict]:
    return list(cell.get("outputs", []))


def _mime(cell: dict, kind: str) -> list[str]:
    found = []
    for output in _outputs(cell):
        value = output.get("data", {}).get(kind)
        if value is not None:
            found.append("".join(value) if isinstance(value, list) else str(value))
    return found


def _text(cell: dict) -> str:
    parts = []
    for output in _outputs(cell):
        if output.get("output_type") == "stream":
            text = output.get("text", "")
            parts.append("".join(text) if isinstance(text, list) else text)
        parts.extend(_mime({"outputs": [output]}, "text/plain"))
    return "".join(parts)


def test_notebook_is_stored_without_outputs() -> None:
    """The notebook is kept clean: outputs belong to a run, not to the repository."""
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    nbformat = pytest.importorskip("nbformat", reason="notebook extras not installed")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    started = time.perf_counter()
    execute(
        notebook,
        tmp_path_factory.mktemp("jupyter"),
        cwd=ROOT / "docs",
        env={"EOPARSE_SHARED": str(CORPUS.parent)},
        timeout=TIMEOUT,
    )
    elapsed = time.perf_counter() - started
    print(f"\ntutorial notebook executed in {elapsed:.1f} s")
    return {"cells": notebook.cells, "seconds": elapsed}


@requires_corpus
def test_tutorial_runs(executed: dict) -> None:
    cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
    errors = [o for c in cells for o in _outputs(c) if o.get("output_type") == "error"]
    assert not errors
    assert "skipped" not in "".join(_text(c) for c in cells)
    assert executed["seconds"] < 120


@requires_corpus
def test_tutorial_displays_order_diff_corpus_and_plot(executed: dict) -> None:
    html = [page for c in executed["cells"] for page in _mime(c, "text/html")]
    assert any("Proclamation 10893" in page and "<mark" in page for page in html)
    assert any("Proclamation 9871" in page and "− removed" in page for page in html)
    assert any("Corpus" in page and "By president" in page for page in html)
    assert any("Executive Order 13780" in page and "<del>" in page for page in html)
    pictures = [png for c in executed["cells"] for png in _mime(c, "image/png")]
    assert len(pictures) == 1, "the lineage plot"


@requires_corpus
def test_tutorial_follows_the_lineage_of_13224(executed: dict) -> None:
    text = "".join(_text(c) for c in executed["cells"] if c["cell_type"] == "code")
    for number in (13268, 13284, 13372, 13886):
        assert f"Executive Order {number}" in text
    assert "('Executive Order 13780', 'revokes')" in text


@requires_corpus
def test_tutorial_shows_bodies_and_a_task_force_replaced(executed: dict) -> None:
    text = "".join(_text(c) for c in executed["cells"] if c["cell_type"] == "code")
    assert "establish  Interagency Task Force on Port and Cargo Security" in text
    assert "chair Secretary of Homeland Security; 6 members" in text
    assert "bodies: establish Task Force on Market Integrity and Consumer Fraud" in text
    assert "bodies: terminate Financial Fraud Enforcement Task Force" in text
