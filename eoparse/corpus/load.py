"""Loading files into a corpus: find the documents, parse them in parallel processes.

A file that cannot be parsed becomes a :class:`LoadFailure` and the load
goes on; a progress bar shows when tqdm is installed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, Protocol

from attrs import field, frozen

from eoparse.api import parse
from eoparse.errors import EOParseError
from eoparse.model import Kind, Order
from eoparse.read import DEFAULT_PDF_BACKEND

SUFFIXES = (".txt", ".md", ".xml", ".html", ".htm", ".pdf")
"""The file name endings :func:`find_files` keeps."""


@frozen
class Version:
    """One reading of a document: the order and the file it came from (if any)."""

    order: Order = field(repr=False)
    source: str | None = None

    @property
    def format(self) -> str:
        """The format it was read from (``fr_text``, ``xml``, ``pdf`` …)."""
        return self.order.source_format


@frozen
class LoadFailure:
    """A file the corpus could not load: its path, the error's class and the reason."""

    source: str
    error: str
    reason: str


def find_files(path: str | os.PathLike[str], glob: str | Sequence[str] | None = None) -> list[Path]:
    """The documents under ``path`` (recursively, or matching ``glob``), sorted.

    Keeps the endings in :data:`SUFFIXES` and skips ``README`` files.  Raises
    ``FileNotFoundError`` when ``path`` does not exist and
    ``NotADirectoryError`` when it is not a folder.
    """
    root = Path(path)
    if not root.is_dir():
        missing = not root.exists()
        raise (FileNotFoundError if missing else NotADirectoryError)(
            errno.ENOENT if missing else errno.ENOTDIR,
            "no such folder" if missing else "not a folder of documents",
            str(root),
        )
    patterns = (glob,) if isinstance(glob, str) else tuple(glob or ("**/*",))
    return sorted(
        {
            file
            for pattern in patterns
            for file in root.glob(pattern)
            if file.suffix.lower() in SUFFIXES
            and not file.name.lower().startswith("readme")
            and file.is_file()
        }
    )


class _Bar(Protocol):
    def update(self, n: int = 1) -> Any: ...

    def close(self) -> None: ...


class _NoBar:
    """What stands in for a progress bar when there is none."""

    def update(self, n: int = 1) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def progress_bar(total: int, *, enabled: bool = True, desc: str = "parsing") -> _Bar:
    """A tqdm.auto bar (terminal or notebook), or a silent stand-in without tqdm."""
    if not enabled:
        return _NoBar()
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _NoBar()
    bar: _Bar = tqdm(total=total, desc=desc, unit="file", dynamic_ncols=True)
    return bar


_Result = tuple[str, Order | None, str, str]
"""``(path, order, error class, reason)`` of one file: order None when it failed."""


def _parse_file(path: str, pdf_backend: str) -> _Result:
    try:
        order = parse(path, pdf_backend=pdf_backend)
    except EOParseError as error:
        return (path, None, type(error).__name__, error.reason)
    except Exception as error:  # one bad file never stops a load
        return (path, None, type(error).__name__, str(error) or repr(error))
    if order.key is None and order.kind is Kind.OTHER:
        reason = "no kind, number or signing date: not a presidential document"
        return (path, None, "NotAPresidentialDocument", reason)
    return (path, order, "", "")


def _parse_chunk(paths: Sequence[str], pdf_backend: str) -> list[_Result]:
    """Parse a batch of files in a worker process (Orders travel back pickled)."""
    return [_parse_file(path, pdf_backend) for path in paths]


def _chunks(paths: Sequence[str], jobs: int) -> list[list[str]]:
    size = max(1, min(24, len(paths) // (jobs * 8) or 1))
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def load_files(
    paths: Sequence[str],
    *,
    jobs: int | None = None,
    progress: bool = True,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
) -> tuple[list[Version], list[LoadFailure]]:
    """Parse ``paths`` with ``jobs`` processes; the versions and failures, in path order."""
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    workers = min(workers, max(1, len(paths)))
    bar = progress_bar(len(paths), enabled=progress)
    results: list[_Result] = []
    try:
        if workers == 1:
            for path in paths:
                results.append(_parse_file(path, pdf_backend))
                bar.update(1)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {
                    pool.submit(_parse_chunk, chunk, pdf_backend): chunk
                    for chunk in _chunks(paths, workers)
                }
                for future in as_completed(futures):
                    chunk = futures[future]
                    try:
                        results.extend(future.result())
                    except Exception as error:  # a dead worker loses its chunk
                        reason = f"the worker process failed: {error!r}"
                        results.extend((p, None, type(error).__name__, reason) for p in chunk)
                    bar.update(len(chunk))
    finally:
        bar.close()
    results.sort(key=lambda r: r[0])
    versions = [Version(order, path) for path, order, _, _ in results if order is not None]
    failures = [
        LoadFailure(p, error, reason) for p, order, error, reason in results if order is None
    ]
    return versions, failures


__all__ = ["SUFFIXES", "LoadFailure", "Version", "find_files", "load_files", "progress_bar"]
