"""An on-disk cache: one file per entry, written atomically, validated on read.

Where it lives (:func:`cache_root`): ``cache_dir=`` when given, else the
``EOPARSE_CACHE`` environment variable, else the user's cache directory for
eoparse as :mod:`platformdirs` names it (``~/.cache/eoparse`` on Linux,
``~/Library/Caches/eoparse`` on macOS, ``%LOCALAPPDATA%\\eoparse\\Cache`` on
Windows).

Under the root each user of the cache has a *namespace* folder (``http`` for
the Federal Register fetch cache; a cache of parsed documents would take
another), and each entry is one file named after the SHA-256 of its key::

    <root>/<namespace>/v<version>/<2 hex>/<64 hex>.entry

An entry file is a one-line JSON header, a newline, then the body bytes.  The
header holds the key itself, the body's size and SHA-256, when it was stored
and free-form ``meta``.  Reading checks all of it: a file that is truncated,
damaged, of another format version or of another key (a hash collision, a
file copied by hand) is removed and reads as a miss, never as data.

Writes go to a temporary file in the same folder, are flushed to disk, then
renamed over the entry with :func:`os.replace`, which is atomic: a reader sees
the old entry or the new one, and an interrupted write (an exception, Ctrl-C,
a full disk) leaves no entry and no temporary file behind.  Nothing here
deletes anything but entry files (and stray temporary files) inside its own
namespace folder, so pointing ``EOPARSE_CACHE`` at a folder by mistake costs
nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

ENV_CACHE = "EOPARSE_CACHE"
"""The environment variable that moves the cache (a folder path)."""

FORMAT = "eoparse-cache"
"""The ``format`` of every entry header."""

NAMESPACES = ("http", "parsed")
"""The namespaces eoparse keeps (``eoparse cache info|clear`` covers each): ``http`` holds
what :mod:`eoparse.fedreg` fetched, ``parsed`` the documents a corpus parsed
(:mod:`eoparse.corpus.parsed`).  A new user of the cache adds its own here."""

SUFFIX = ".entry"
_TEMP_PREFIX = ".tmp-"
_MAX_HEADER = 1 << 20
"""A header line longer than this is damage, not a header."""


def cache_root(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder the cache lives in: ``cache_dir``, ``$EOPARSE_CACHE`` or the user cache dir."""
    if cache_dir is not None:
        return Path(cache_dir).expanduser()
    configured = os.environ.get(ENV_CACHE, "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # only when a cache is used: importing eoparse stays cheap

    return Path(platformdirs.user_cache_dir("eoparse", appauthor=False))


def _meta(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@frozen
class Entry:
    """One cache entry as read back: its key, body, storing time and ``meta``."""

    key: str
    body: bytes = field(repr=False)
    stored: dt.datetime
    meta: Mapping[str, Any] = field(converter=_meta, factory=dict)
    path: Path | None = field(default=None, eq=False)

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        """How long ago the entry was stored."""
        return (now or dt.datetime.now(dt.UTC)) - self.stored


@frozen
class CacheInfo:
    """What a namespace of the cache holds: its folder, the entries and their bytes."""

    root: Path
    namespace: str
    folder: Path
    entries: int
    bytes: int

    def summary(self) -> str:
        """One line: ``http: 12 entries, 3.4 MB in /home/me/.cache/eoparse/http``."""
        return f"{self.namespace}: {self.entries} entries, {_size(self.bytes)} in {self.folder}"


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} bytes"
    if count < 1_000_000:
        return f"{count / 1000:.1f} kB"
    return f"{count / 1_000_000:.1f} MB"


class DiskCache:
    """Entries keyed by strings in one namespace folder of the cache root.

    ``version`` is part of the folder name: a user that changes what its
    bodies mean bumps it, and old entries are simply not seen (``clear``
    removes them).  Thread-safe and safe between processes in the sense that
    matters here: a reader never sees a half-written entry; two writers of
    the same key leave one complete entry.
    """

    def __init__(
        self, namespace: str, *, root: str | os.PathLike[str] | None = None, version: int = 1
    ) -> None:
        if not namespace.isidentifier():
            raise ValueError(f"a cache namespace is a plain name, not {namespace!r}")
        self.root = cache_root(root)
        self.namespace = namespace
        self.version = version
        self.base = self.root / namespace
        self.folder = self.base / f"v{version}"

    def __repr__(self) -> str:
        return f"DiskCache({self.namespace!r}, root={str(self.root)!r}, version={self.version})"

    def path_for(self, key: str) -> Path:
        """The file that holds (or would hold) the entry of ``key``."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}{SUFFIX}"

    # -- reading ---------------------------------------------------------------------

    def get(self, key: str) -> Entry | None:
        """The entry of ``key``, or ``None`` when there is none or it does not validate."""
        path = self.path_for(key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return None  # unreadable: a miss; the next put replaces it
        entry = _decode(data, key, path)
        if entry is None:
            _unlink(path)  # damaged or foreign: it would fail the same way every time
        return entry

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    # -- writing ---------------------------------------------------------------------

    def put(
        self,
        key: str,
        body: bytes,
        meta: Mapping[str, Any] | None = None,
        *,
        stored: dt.datetime | None = None,
        durable: bool = True,
    ) -> Entry:
        """Store ``body`` (and JSON-able ``meta``) under ``key``, atomically; returns the entry.

        ``durable=False`` skips the ``fsync``: for entries that can be made again (a
        parsed document), where a thousand syncs would cost more than the parse.  The
        write is still atomic, and an entry a crash left damaged reads as a miss.
        """
        when = stored or dt.datetime.now(dt.UTC)
        extra = dict(meta or {})
        header = {
            "format": FORMAT,
            "version": self.version,
            "key": key,
            "size": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
            "stored": when.isoformat(),
            "meta": extra,
        }
        line = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
        path = self.path_for(key)
        write_atomic(path, (line, b"\n", body), durable=durable)
        return Entry(key, body, when, extra, path)

    def delete(self, key: str) -> bool:
        """Remove the entry of ``key``; whether there was one."""
        return _unlink(self.path_for(key))

    # -- the whole namespace ---------------------------------------------------------

    def _files(self) -> Iterator[Path]:
        """Entry files and stray temporary files of every version of this namespace."""
        if not self.base.is_dir():
            return
        for version in self.base.glob("v*"):
            if not version.is_dir():
                continue
            for shard in version.iterdir():
                if not shard.is_dir() or len(shard.name) != 2:
                    continue
                for file in shard.iterdir():
                    if file.name.endswith(SUFFIX) or file.name.startswith(_TEMP_PREFIX):
                        yield file

    def info(self) -> CacheInfo:
        """How many entries the namespace holds (all versions) and their size on disk."""
        entries = size = 0
        for file in self._files():
            if file.name.endswith(SUFFIX):
                with contextlib.suppress(OSError):
                    size += file.stat().st_size
                    entries += 1
        return CacheInfo(self.root, self.namespace, self.base, entries, size)

    def clear(self) -> CacheInfo:
        """Remove every entry of the namespace (all versions); returns what was removed."""
        removed = self.info()
        for file in list(self._files()):
            _unlink(file)
        for version in list(self.base.glob("v*")) if self.base.is_dir() else ():
            for shard in list(version.iterdir()) if version.is_dir() else ():
                with contextlib.suppress(OSError):
                    shard.rmdir()  # only empty folders go
            with contextlib.suppress(OSError):
                version.rmdir()
        with contextlib.suppress(OSError):
            self.base.rmdir()
        return removed


def _decode(data: bytes, key: str, path: Path) -> Entry | None:
    """The entry in ``data`` if it is whole, of this format and of ``key``; else ``None``."""
    newline = data.find(b"\n", 0, _MAX_HEADER)
    if newline < 0:
        return None
    try:
        header = json.loads(data[:newline])
    except ValueError:
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    body = data[newline + 1 :]
    if header.get("key") != key or header.get("size") != len(body):
        return None
    if header.get("sha256") != hashlib.sha256(body).hexdigest():
        return None
    meta = header.get("meta")
    try:
        stored = dt.datetime.fromisoformat(str(header.get("stored")))
    except ValueError:
        return None
    if stored.tzinfo is None or not isinstance(meta, dict):
        return None
    return Entry(key, body, stored, meta, path)


def write_atomic(
    path: Path, chunks: tuple[bytes, ...] | list[bytes], *, durable: bool = True
) -> None:
    """Write ``chunks`` to ``path`` through a temporary file and :func:`os.replace`.

    On any failure — an exception, ``KeyboardInterrupt``, a full disk — the
    temporary file is removed and ``path`` is left as it was.  ``durable``:
    ``fsync`` the file before the rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        _unlink(Path(temp))
        raise


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:  # already gone, or not ours to remove
        return False
    return True
