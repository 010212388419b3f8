"""Loading files into a corpus: find the documents, parse them in parallel processes.

A file that cannot be parsed becomes a :class:`LoadFailure` with its own
error and the load goes on; a progress bar shows when tqdm is installed
(:mod:`eoparse.corpus.progress`).

A worker process that dies (out of memory, a native library's abort) breaks
the whole pool: every file still pending would fail with
``BrokenProcessPool``.  The files the broken pool lost are parsed again, one
file per task, in a fresh pool; those that were running when it broke are
each parsed alone, so that only the file that kills its worker fails, with a
reason that says so.  Workers run under a memory limit where the platform
allows (``resource.RLIMIT_AS``, :data:`WORKER_MEMORY_LIMIT`): a file that
would exhaust memory fails with ``MemoryError`` instead of taking the machine
down.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from attrs import field, frozen

from eoparse.api import parse
from eoparse.corpus.progress import Bar, progress_bar
from eoparse.errors import BadPattern, EOParseError
from eoparse.model import Order
from eoparse.parser import not_an_order
from eoparse.read import DEFAULT_PDF_BACKEND

SUFFIXES = (".txt", ".md", ".xml", ".html", ".htm", ".pdf")
"""The file name endings :func:`find_files` keeps."""


@frozen
class Version:
    """One reading of a document: the order and the file it came from (if any)."""

    order: Order = field(repr=False)
    source: str | None = None
    reason: str | None = None
    """Why the corpus uses this version of its document (set on the chosen version by
    :class:`~eoparse.corpus.Corpus`: the only one, or the most complete and why)."""

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

    Keeps the endings in :data:`SUFFIXES` and skips ``README`` files.  A
    pattern is relative to ``path``; an absolute one is taken when it lies under
    ``path`` (``/data/corpus/text/*.txt`` under ``/data/corpus``).  Raises
    ``FileNotFoundError`` when ``path`` does not exist,
    ``NotADirectoryError`` when it is not a folder and
    :class:`~eoparse.errors.BadPattern` for a pattern outside it or empty.
    """
    root = Path(path)
    if not root.is_dir():
        missing = not root.exists()
        raise (FileNotFoundError if missing else NotADirectoryError)(
            errno.ENOENT if missing else errno.ENOTDIR,
            "no such folder" if missing else "not a folder of documents",
            str(root),
        )
    given = (glob,) if isinstance(glob, str) else tuple(glob or ("**/*",))
    patterns = [relative_pattern(root, pattern) for pattern in given]
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


def relative_pattern(root: Path, pattern: str) -> str:
    """``pattern`` relative to ``root``: as given when relative; an absolute pattern
    whose leading folders are ``root`` (as given or resolved) without them; else
    :class:`~eoparse.errors.BadPattern`."""
    if not pattern.strip():
        raise BadPattern("an empty pattern matches no file", source="--glob")
    if not os.path.isabs(pattern):
        return pattern
    parts = Path(pattern).parts
    for base in (root.absolute(), root.resolve()):
        prefix = base.parts
        if parts[: len(prefix)] == prefix and len(parts) > len(prefix):
            return str(Path(*parts[len(prefix) :]))
    raise BadPattern(
        f"not under {root}: give the pattern relative to the folder, e.g. 'text/*.txt'",
        source=pattern,
    )


_Result = tuple[str, Order | None, str, str]
"""``(path, order, error class, reason)`` of one file: order None when it failed."""

WORKER_MEMORY_LIMIT = 4 * 1024**3
"""The address space a worker process may use (``resource.RLIMIT_AS``), where the
platform allows; ``load_files(memory_limit=None)`` sets none."""

WORKER_DIED = "WorkerDied"
"""The error class recorded for a file whose worker process died parsing it."""


def _parse_file(path: str, pdf_backend: str) -> _Result:
    try:
        order = parse(path, pdf_backend=pdf_backend)
    except EOParseError as error:
        return (path, None, type(error).__name__, error.reason)
    except Exception as error:  # one bad file never stops a load
        return (path, None, type(error).__name__, str(error) or repr(error))
    refusal = not_an_order(order)  # what parse(strict=True) refuses, the corpus refuses
    if refusal is not None:
        return (path, None, "NotAPresidentialDocument", refusal.message)
    return (path, order, "", "")


def _parse_chunk(paths: Sequence[str], pdf_backend: str) -> list[_Result]:
    """Parse a batch of files in a worker process (Orders travel back pickled)."""
    return [_parse_file(path, pdf_backend) for path in paths]


def _limit_memory(limit: int | None) -> None:
    """Worker initializer: cap the address space at ``limit`` bytes where possible."""
    if limit is None:
        return
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, AttributeError, OSError, ValueError):
        pass  # Windows, or a platform without RLIMIT_AS: no limit


def _chunks(paths: Sequence[str], jobs: int) -> list[list[str]]:
    size = max(1, min(24, len(paths) // (jobs * 8) or 1))
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def _pool(workers: int, memory_limit: int | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_limit_memory, initargs=(memory_limit,)
    )


def _died(path: str) -> _Result:
    reason = (
        "the worker process died while parsing it (out of memory, or a crash in a native "
        "library); parsed alone, it died again"
    )
    return (path, None, WORKER_DIED, reason)


class _Load:
    """One parallel load: the first pass in chunks, then the lost files isolated."""

    def __init__(self, pdf_backend: str, workers: int, memory_limit: int | None, bar: Bar):
        self.pdf_backend = pdf_backend
        self.workers = workers
        self.memory_limit = memory_limit
        self.bar = bar
        self.results: list[_Result] = []

    def run(self, paths: Sequence[str]) -> list[_Result]:
        lost: list[str] = []
        with _pool(self.workers, self.memory_limit) as pool:
            futures: dict[Future[list[_Result]], list[str]] = {}
            chunks = _chunks(paths, self.workers)
            for index, chunk in enumerate(chunks):
                try:
                    futures[pool.submit(_parse_chunk, chunk, self.pdf_backend)] = chunk
                except BrokenProcessPool:  # broken while work was still being handed out
                    lost.extend(path for rest in chunks[index:] for path in rest)
                    break
            for future in as_completed(futures):
                chunk = futures[future]
                try:
                    self.results.extend(future.result())
                except Exception:  # a dead worker (BrokenProcessPool): parsed again below
                    lost.extend(chunk)
                    continue
                self.bar.update(len(chunk))
        self._isolate(sorted(lost))
        return self.results

    def _isolate(self, pending: list[str]) -> None:
        """Parse the files a broken pool lost, one per task in a fresh pool.  When that
        pool breaks too, the files it was running when it broke (the first not done, in
        the order given) are each parsed alone, and the rest go round again."""
        while pending:
            broken = self._round(pending)
            suspects, pending = broken[: self.workers + 1], broken[self.workers + 1 :]
            for path in suspects:
                self.results.append(self._alone(path))
                self.bar.update(1)

    def _round(self, paths: list[str]) -> list[str]:
        """Parse ``paths`` one per task; the paths a broken pool lost, in order."""
        broken: list[str] = []
        unsubmitted: list[str] = []
        with _pool(self.workers, self.memory_limit) as pool:
            futures: list[tuple[str, Future[_Result]]] = []
            for index, path in enumerate(paths):
                try:
                    futures.append((path, pool.submit(_parse_file, path, self.pdf_backend)))
                except BrokenProcessPool:  # broken while work was still being handed out
                    unsubmitted = paths[index:]
                    break
            for path, future in futures:
                try:
                    self.results.append(future.result())
                except BrokenProcessPool:
                    broken.append(path)
                    continue
                except Exception as error:  # a result that cannot travel back, say
                    self.results.append((path, None, type(error).__name__, str(error)))
                self.bar.update(1)
        return broken + unsubmitted

    def _alone(self, path: str) -> _Result:
        with _pool(1, self.memory_limit) as pool:
            try:
                return pool.submit(_parse_file, path, self.pdf_backend).result()
            except BrokenProcessPool:
                return _died(path)
            except Exception as error:
                return (path, None, type(error).__name__, str(error))


def load_files(
    paths: Sequence[str],
    *,
    jobs: int | None = None,
    progress: bool = True,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
    memory_limit: int | None = WORKER_MEMORY_LIMIT,
) -> tuple[list[Version], list[LoadFailure]]:
    """Parse ``paths`` with ``jobs`` processes; the versions and failures, in path order.

    Each failure carries the file's own error; a file that kills its worker process
    fails alone (``WorkerDied``) and every other file still loads.  Workers may use
    ``memory_limit`` bytes of address space where the platform allows (None: no
    limit); with ``jobs=1`` files are parsed in this process, with no limit.
    """
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
            results = _Load(pdf_backend, workers, memory_limit, bar).run(paths)
    finally:
        bar.close()
    results.sort(key=lambda r: r[0])
    versions = [Version(order, path) for path, order, _, _ in results if order is not None]
    failures = [
        LoadFailure(p, error, reason) for p, order, error, reason in results if order is None
    ]
    return versions, failures


__all__ = [
    "SUFFIXES",
    "WORKER_DIED",
    "WORKER_MEMORY_LIMIT",
    "LoadFailure",
    "Version",
    "find_files",
    "load_files",
    "progress_bar",
    "relative_pattern",
]
