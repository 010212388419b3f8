"""A cache of parsed documents, so that asking a folder again does not parse it again.

``Corpus.from_dir(path, cache=True)`` (and the ``corpus``, ``lineage`` and
``emergencies`` commands, unless ``--no-cache``) keep each file's parsed
:class:`~eoparse.model.Order` — or the reason it is not an order — in the
``parsed`` namespace of the on-disk cache (:mod:`eoparse.cache`: the user's
cache directory or ``$EOPARSE_CACHE``; never inside the folder read).

An entry is found by its key (:meth:`ParsedCache.key`): the file's absolute
path, size and modification time (ns), the eoparse version, a fingerprint of
eoparse's own code and data files (:func:`code_fingerprint`: a changed parser
never reads an old parse), the Python version and the PDF backend.  A file
that changed is a miss and is parsed again; so is an entry that does not
validate (:class:`~eoparse.cache.DiskCache` checks the header's size and
SHA-256) or does not unpickle.

The body is a pickle of the frozen model.  Like any pickle it is trusted
data: it lives in the user's own cache folder, written by eoparse.  A file
modified less than :data:`RACY_SECONDS` ago is parsed but not stored (it may
change again within the same clock tick, keeping size and mtime).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from attrs import frozen

from eoparse.cache import DiskCache
from eoparse.corpus.load import LoadFailure, Version
from eoparse.errors import EOParseError
from eoparse.model import Order

NAMESPACE = "parsed"
"""The cache namespace of parsed documents (``eoparse cache info|clear`` covers it)."""

VERSION = 1
"""The entry format: bump it when what a body holds changes shape."""

RACY_SECONDS = 2.0
"""A file modified this recently is not stored: it could change again unseen."""


def _error_names(base: type[BaseException]) -> frozenset[str]:
    names = {base.__name__}
    for sub in base.__subclasses__():
        names |= _error_names(sub)
    return frozenset(names)


def cached_errors() -> frozenset[str]:
    """The failures worth keeping: eoparse's own errors, which say what the file is.  A
    worker that died or ran out of memory, or a file this user may not read (its
    permissions change without its mtime), says nothing lasting; it is tried again."""
    return _error_names(EOParseError) - {"UnreadableFile"}


@frozen
class Stamp:
    """What identifies one state of a file: its absolute path, size and mtime (ns)."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Stamp | None:
        """The stamp of ``path`` now, or ``None`` when it cannot be read."""
        absolute = os.path.abspath(path)
        try:
            info = os.stat(absolute)
        except OSError:
            return None
        return cls(absolute, info.st_size, info.st_mtime_ns)

    def settled(self, now: float | None = None) -> bool:
        """Whether the file was last modified at least :data:`RACY_SECONDS` ago."""
        return ((now or time.time()) - self.mtime_ns / 1e9) >= RACY_SECONDS


@functools.cache
def code_fingerprint() -> str:
    """A digest of eoparse's installed code and data files (name, size, mtime).

    Part of every key, so that a parser changed without a version bump (a
    development checkout, an upgrade in place) never reads an old parse.
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*")):
        if file.suffix not in (".py", ".csv", ".json", ".toml") or "__pycache__" in file.parts:
            continue
        info = file.stat()
        digest.update(f"{file.relative_to(package)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Unpickling thousands of objects triggers the cyclic collector again and again for
    nothing (they are all alive): off while loading."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Loaded = Order | LoadFailure
"""What one file gave: its order, or why it failed."""

Loader = Callable[[list[str]], tuple[list[Version], list[LoadFailure]]]
"""Parses the files the cache missed (:func:`eoparse.corpus.load.load_files`)."""


class ParsedCache:
    """The parsed documents of one PDF backend in the cache under ``root``."""

    def __init__(self, *, pdf_backend: str, root: str | os.PathLike[str] | None = None) -> None:
        from eoparse import __version__

        self.pdf_backend = pdf_backend
        self.disk = DiskCache(NAMESPACE, root=root, version=VERSION)
        self._context = {
            "eoparse": __version__,
            "code": code_fingerprint(),
            "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
            "pdf_backend": pdf_backend,
        }

    def key(self, stamp: Stamp) -> str:
        """The entry key of one state of a file, parsed by this eoparse and backend."""
        data = {"path": stamp.path, "size": stamp.size, "mtime_ns": stamp.mtime_ns}
        return json.dumps({**data, **self._context}, sort_keys=True)

    def get(self, stamp: Stamp) -> Loaded | None:
        """The cached result for ``stamp``, or ``None`` (a miss, a damaged entry)."""
        entry = self.disk.get(self.key(stamp))
        if entry is None:
            return None
        try:
            value = pickle.loads(entry.body)
        except Exception:  # a class that moved, a truncated pickle the checksum missed
            self.disk.delete(self.key(stamp))
            return None
        return value if isinstance(value, Order | LoadFailure) else None

    def put(self, stamp: Stamp, value: Loaded) -> None:
        """Store ``value`` for ``stamp`` (not fsynced: it can be parsed again)."""
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.disk.put(self.key(stamp), body, durable=False)

    def load(self, paths: Sequence[str], load: Loader) -> tuple[list[Version], list[LoadFailure]]:
        """The versions and failures of ``paths``: from the cache, else from ``load``
        (whose results are then stored).  In path order, as ``load_files`` gives them."""
        stamps = {path: Stamp.of(path) for path in paths}
        versions: list[Version] = []
        failures: list[LoadFailure] = []
        missed: list[str] = []
        with _no_gc():
            for path in paths:
                stamp = stamps[path]
                found = self.get(stamp) if stamp is not None else None
                if isinstance(found, Order):
                    versions.append(Version(found, path))
                elif isinstance(found, LoadFailure):
                    failures.append(LoadFailure(path, found.error, found.reason))
                else:
                    missed.append(path)
        if missed:
            parsed, failed = load(missed)
            self._store(parsed, failed, stamps)
            versions += parsed
            failures += failed
        versions.sort(key=lambda v: v.source or "")
        failures.sort(key=lambda f: f.source)
        return versions, failures

    def _store(
        self,
        parsed: Sequence[Version],
        failed: Sequence[LoadFailure],
        stamps: dict[str, Stamp | None],
    ) -> None:
        now = time.time()
        keep = cached_errors()
        results: list[tuple[str | None, Loaded]] = [(v.source, v.order) for v in parsed]
        results += [(f.source, f) for f in failed if f.error in keep]
        for path, value in results:
            stamp = stamps.get(path) if path is not None else None
            if stamp is None or not stamp.settled(now) or Stamp.of(path or "") != stamp:
                continue  # changing, or changed while it was parsed: not stored
            try:
                self.put(stamp, value)
            except OSError:  # a full or read-only cache: the parse still stands
                return


__all__ = [
    "NAMESPACE",
    "RACY_SECONDS",
    "VERSION",
    "ParsedCache",
    "Stamp",
    "cached_errors",
    "code_fingerprint",
]
