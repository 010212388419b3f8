"""The documentation site builds with ``mkdocs build --strict`` (as ``make docs`` does).

Strict mode turns every warning into an error: a broken link or anchor, a
page missing from the nav, a file the hooks cannot read.  The built site
must be self-contained (no script or style sheet fetched from elsewhere).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("mkdocs", reason="the docs extra is not installed (pip install '.[docs]')")

PAGES = (
    "index", "model", "designations", "formats", "schema", "cli", "cookbook", "tutorial",
    "architecture", "development",
)  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _page(site: Path, name: str) -> str:
    path = site / "index.html" if name == "index" else site / name / "index.html"
    return path.read_text(encoding="utf-8")


def test_every_page_of_the_nav_is_built(site: Path) -> None:
    for name in PAGES:
        assert "<h1" in _page(site, name), name
    assert (site / "schema.json").is_file()
    assert (site / "tutorial.ipynb").is_file()
    assert not (site / "_hooks").exists()


def test_the_tutorial_page_comes_from_the_notebook(site: Path) -> None:
    page = _page(site, "tutorial")
    assert "eoparse tutorial" in page
    assert "corpus.plot_lineage(13224)" in page
    assert 'href="../tutorial.ipynb"' in page


def test_the_schema_page_embeds_the_schema(site: Path) -> None:
    page = _page(site, "schema")
    assert "urn:eoparse:schema:order:2" in page
    assert 'href="../schema.json"' in page


def test_the_site_fetches_nothing_from_elsewhere(site: Path) -> None:
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        remote = re.findall(r"""<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//[^"]+""", text)
        assert remote == [], path
