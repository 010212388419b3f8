"""Packaging (issue 18): building or installing eoparse prints no deprecation warning.

setuptools deprecated ``license = { text = "MIT" }`` (a TOML table) and the
``License ::`` classifiers in favour of an SPDX expression and
``license-files`` (PEP 639, setuptools 77); builds print a long warning box
until then and will stop working in 2027.  The first test reads
pyproject.toml, so it fails the moment the old form comes back; the second
builds a wheel and an sdist from a copy of the sources with every warning
turned into an error.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SPDX_SETUPTOOLS = 77
"""The first setuptools that reads an SPDX ``license`` string and ``license-files``."""

SOURCES = ("pyproject.toml", "README.md", "LICENSE", "eoparse", "samples")
"""What a build reads: the metadata, the readme, the licence and the two packaged folders."""


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_license_is_an_spdx_string_not_a_deprecated_table() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not {text = "MIT"}
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").is_file()
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    # a License classifier beside an SPDX expression is an error for setuptools >= 77
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]


def test_build_system_requires_a_setuptools_that_reads_spdx() -> None:
    requires = _pyproject()["build-system"]["requires"]
    (setuptools,) = [r for r in requires if r.startswith("setuptools")]
    found = re.fullmatch(r"setuptools\s*>=\s*(\d+)(?:\.\d+)*", setuptools)
    assert found, setuptools
    assert int(found.group(1)) >= SPDX_SETUPTOOLS
    # setuptools builds wheels itself since 70.1: the wheel package is not needed
    assert not [r for r in requires if r.startswith("wheel")]


def _setuptools_major() -> int:
    try:
        import setuptools
    except ImportError:
        return 0
    return int(setuptools.__version__.split(".")[0])


@pytest.mark.skipif(
    _setuptools_major() < SPDX_SETUPTOOLS,
    reason=f"the build check needs setuptools>={SPDX_SETUPTOOLS} in the test environment "
    "(the test extra installs it)",
)
def test_build_shows_no_deprecation_warning(tmp_path: Path) -> None:
    """The wheel and the sdist build with ``-W error`` (no network: no build isolation)."""
    source, out = tmp_path / "src", tmp_path / "dist"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, source / name)
    script = (
        "import sys\n"
        "from setuptools import build_meta\n"
        "print(build_meta.build_wheel(sys.argv[1]))\n"
        "print(build_meta.build_sdist(sys.argv[1]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    output = (result.stdout + result.stderr).replace(str(tmp_path), "<tmp>")
    assert not re.search(r"(?i:deprecat)|\w+Warning\b", output), output[-3000:]
    (wheel,) = out.glob("eoparse-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"License-Expression: MIT" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
