"""The on-disk cache (eoparse.cache): where it lives, atomic writes, validation on read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import platformdirs
import pytest

from eoparse import cache as cache_module
from eoparse.cache import DiskCache, cache_root, write_atomic


@pytest.fixture
def cache(tmp_path: Path) -> DiskCache:
    return DiskCache("http", root=tmp_path / "root")


def test_cache_root_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EOPARSE_CACHE", raising=False)
    assert cache_root() == Path(platformdirs.user_cache_dir("eoparse", appauthor=False))
    monkeypatch.setenv("EOPARSE_CACHE", str(tmp_path / "env"))
    assert cache_root() == tmp_path / "env"
    assert cache_root(tmp_path / "given") == tmp_path / "given"
    monkeypatch.setenv("EOPARSE_CACHE", "  ")  # blank: as if unset
    assert cache_root() == Path(platformdirs.user_cache_dir("eoparse", appauthor=False))


def test_put_then_get(cache: DiskCache) -> None:
    stored = cache.put("https://example.test/a?b=1", b"\x00body\nbytes", {"status": 200})
    entry = cache.get("https://example.test/a?b=1")
    assert entry == stored
    assert entry is not None
    assert entry.body == b"\x00body\nbytes"
    assert entry.meta == {"status": 200}
    assert entry.age() >= dt.timedelta(0)
    assert cache.get("https://example.test/a?b=2") is None
    assert "https://example.test/a?b=1" in cache
    assert entry.path == cache.path_for("https://example.test/a?b=1")
    assert entry.path.parent.parent == cache.folder
    assert cache.info().entries == 1


def test_a_second_put_replaces_the_first(cache: DiskCache) -> None:
    cache.put("k", b"old")
    cache.put("k", b"new")
    entry = cache.get("k")
    assert entry is not None
    assert entry.body == b"new"
    assert cache.info().entries == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],  # truncated body
        lambda data: data[:10],  # truncated header
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # a flipped bit
        lambda data: b"",  # empty
        lambda data: data.replace(b'"key": "k"', b'"key": "j"'),  # another key's entry
        lambda data: data.replace(b'"format": "eoparse-cache"', b'"format": "other!"'),
        lambda data: b"\xff\xfe" + data,  # not a header
    ],
)
def test_damaged_entries_read_as_misses_and_are_removed(cache: DiskCache, damage: object) -> None:
    cache.put("k", b"a body of some length")
    path = cache.path_for("k")
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert cache.get("k") is None
    assert not path.exists()


def test_the_header_is_json_with_size_and_digest(cache: DiskCache) -> None:
    cache.put("k", b"body", {"content_type": "text/plain"})
    header = json.loads(cache.path_for("k").read_bytes().split(b"\n", 1)[0])
    assert header["format"] == "eoparse-cache"
    assert header["key"] == "k"
    assert header["size"] == 4
    assert len(header["sha256"]) == 64
    assert dt.datetime.fromisoformat(header["stored"]).tzinfo is not None


@pytest.mark.parametrize(
    "error", [KeyboardInterrupt(), OSError(28, "No space left on device")], ids=["ctrl-c", "full"]
)
def test_an_interrupted_write_leaves_nothing(
    cache: DiskCache, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    cache.put("kept", b"an older entry")

    def fail(src: str, dst: str) -> None:
        raise error

    monkeypatch.setattr(cache_module.os, "replace", fail)
    with pytest.raises(type(error)):
        cache.put("k", b"x" * 100_000)
    monkeypatch.undo()
    assert cache.get("k") is None
    files = sorted(p.name for p in cache.root.rglob("*") if p.is_file())
    assert files == [cache.path_for("kept").name]  # no temporary file left


def test_write_atomic_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.txt"
    write_atomic(target, [b"one ", b"two"])
    assert target.read_bytes() == b"one two"
    write_atomic(target, [b"three"])
    assert target.read_bytes() == b"three"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


def test_clear_removes_only_the_cache_s_own_files(cache: DiskCache) -> None:
    for n in range(5):
        cache.put(f"key {n}", b"x" * n)
    older = DiskCache("http", root=cache.root, version=0)
    older.put("from an older eoparse", b"old")
    foreign = cache.root / "my-notes.txt"
    foreign.write_text("mine")
    inside = cache.folder / "README"
    inside.write_text("not an entry")
    info = cache.info()
    assert (info.entries, info.namespace) == (6, "http")
    assert "6 entries" in info.summary()
    removed = cache.clear()
    assert removed.entries == 6
    assert foreign.read_text() == "mine"
    assert inside.exists()
    assert cache.info().entries == 0
    assert cache.get("key 1") is None


def test_a_missing_or_unreadable_root_is_an_empty_cache(tmp_path: Path) -> None:
    cache = DiskCache("http", root=tmp_path / "nowhere")
    assert cache.get("k") is None
    assert cache.info().entries == 0
    assert cache.clear().entries == 0
    assert not (tmp_path / "nowhere").exists()


def test_an_unreadable_entry_is_a_miss(cache: DiskCache, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.put("k", b"body")
    entry = cache.path_for("k")
    real = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == entry:  # as chmod 0 would, for anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert cache.get("k") is None


def test_namespace_names_are_plain(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="plain name"):
        DiskCache("../escape", root=tmp_path)
