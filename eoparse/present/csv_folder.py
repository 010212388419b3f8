"""A folder of CSV files written all at once: every file complete, or none at all.

``eoparse corpus DIR --csv OUT_DIR`` writes one CSV per kind of row.  When a
write failed halfway (a full disk, a file that cannot be created) the files
already written used to stay behind, six of seven, looking complete.  Here
the files are written into a temporary folder next to the target
(``.OUT_DIR.partial-XXXX``, on the same file system) and moved into place
only when the last one is complete: the temporary folder is renamed to the
target when there is none yet, else each file replaces its namesake in it.
On any failure the temporary folder and the folders made for it are removed,
and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

Table = tuple[Sequence[str], Iterable[Mapping[str, Any]]]
"""The columns of one CSV file and its rows (dicts keyed by column)."""


def check_target(folder: str | os.PathLike[str]) -> Path:
    """``folder`` if a folder of CSV files can be made there, checked before any work.

    Raises ``FileExistsError`` when it is an existing file and
    ``NotADirectoryError`` when a file stands where one of its parent folders
    should be (``/dev/null/out``); the error's ``filename`` is ``folder``.
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise FileExistsError(errno.EEXIST, "exists and is not a folder", str(target))
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                reason = f"{parent} is not a folder"
                raise NotADirectoryError(errno.ENOTDIR, reason, str(target))
            break
    return target


def _make_parents(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; the folders made, deepest first."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing.append(path)
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _remove_empty(folders: Iterable[Path]) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _write_table(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """One CSV file: the header, then the rows."""
    with path.open("x", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def _move_into_place(staging: Path, target: Path, names: Sequence[str]) -> None:
    if not target.exists():
        with contextlib.suppress(OSError):
            os.rename(staging, target)  # the whole folder at once
            return
    target.mkdir(exist_ok=True)
    for name in names:
        os.replace(staging / name, target / name)
    staging.rmdir()


def write_csv_folder(folder: str | os.PathLike[str], tables: Mapping[str, Table]) -> Path:
    """Write each table of ``tables`` (file name → (columns, rows)) into ``folder``.

    Every file is complete before any is moved into ``folder``; on any
    failure nothing is left (see the module's docstring).  Files of
    ``folder`` that ``tables`` does not name are kept.  Returns the folder;
    raises ``OSError`` (``FileExistsError``, ``NotADirectoryError``,
    ``PermissionError``, a full disk …) with the path at fault.
    """
    target = check_target(folder)
    made = _make_parents(target.parent)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    except BaseException:
        _remove_empty(made)
        raise
    try:
        for name, (columns, rows) in tables.items():
            _write_table(staging / name, columns, rows)
        _move_into_place(staging, target, list(tables))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_empty(made)
        raise
    return target


__all__ = ["Table", "check_target", "write_csv_folder"]
