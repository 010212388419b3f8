"""Presidential documents from the Federal Register API, with an on-disk cache.

>>> import eoparse
>>> order = eoparse.fetch("EO 14157")                       # doctest: +SKIP
>>> fetched = eoparse.fetch_document("Proclamation 10886")  # doctest: +SKIP
>>> fetched.order, fetched.metadata, fetched.disagreements   # doctest: +SKIP
>>> eoparse.search(kind="notice", signed_after="2025-01-01")  # doctest: +SKIP
>>> eoparse.Corpus.fetch(kind="executive_order", president="donald-trump")  # doctest: +SKIP

The modules: :mod:`~eoparse.fedreg.refs` reads what names a document,
:mod:`~eoparse.fedreg.http` speaks HTTP (standard library, retries, polite
rate), :mod:`~eoparse.fedreg.client` the API and the cache
(:mod:`eoparse.cache`), :mod:`~eoparse.fedreg.records` the API's metadata,
:mod:`~eoparse.fedreg.documents` downloads and parses, and
:mod:`~eoparse.fedreg.mirror` serves an API-shaped mirror of local files on
the loopback interface (notebooks, teaching, tests).  Importing any of them
opens no connection.  See docs/fetch.md ("Getting orders").
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from eoparse.errors import EOParseError, NoNetwork
from eoparse.fedreg.client import (
    DEFAULT_API,
    ENV_API,
    ENV_OFFLINE,
    PER_PAGE,
    Client,
    president_id,
)
from eoparse.fedreg.documents import (
    SOURCES,
    Disagreement,
    FetchedDocument,
    MetadataDisagreement,
    fetch_record,
)
from eoparse.fedreg.documents import fetch_document as _fetch_document
from eoparse.fedreg.http import Policy
from eoparse.fedreg.records import Record
from eoparse.fedreg.refs import DocRef, Ref, read_ref
from eoparse.model import Kind, Order
from eoparse.read import DEFAULT_PDF_BACKEND

if TYPE_CHECKING:
    from eoparse.corpus import Corpus

CacheDir = str | os.PathLike[str] | None


class Connection(TypedDict, total=False):
    """Where and how to ask: the keyword arguments every call takes."""

    offline: bool | None
    """Read the cache only (default: ``EOPARSE_OFFLINE``)."""
    cache_dir: CacheDir
    """The cache folder (default: ``EOPARSE_CACHE``, else the user cache directory)."""
    base_url: str | None
    """The API (default: ``EOPARSE_FR_API``, else the public API)."""
    client: Client | None
    """A configured :class:`Client`, instead of the three above."""


class Reading(TypedDict, total=False):
    """How to read the text: the keyword arguments of the calls that parse."""

    source: str
    """``auto`` (XML full text, else raw text), ``xml``, ``text`` or ``pdf``."""
    strict: bool
    """Raise on anything that would be a warning of the parse."""
    pdf_backend: str
    """``pdfium`` (default) or ``pdfplumber``."""


class FetchOptions(Connection, Reading, total=False):
    """The keyword arguments of :func:`fetch` and :func:`fetch_document`."""


class Filters(TypedDict, total=False):
    """What a search matches (see :meth:`Client.search`)."""

    kind: str | Kind | Iterable[str | Kind] | None
    president: str | Iterable[str] | None
    signed_after: dt.date | str | None
    signed_before: dt.date | str | None
    published_after: dt.date | str | None
    published_before: dt.date | str | None
    term: str | None
    limit: int | None


class SearchOptions(Connection, Filters, total=False):
    """The keyword arguments of :func:`search`."""

    per_page: int


class CorpusOptions(Connection, Filters, Reading, total=False):
    """The keyword arguments of :func:`fetch_corpus` (and ``Corpus.fetch``)."""

    progress: bool


_FILTERS = Filters.__optional_keys__


def _checked(call: str, options: Mapping[str, object], allowed: frozenset[str]) -> None:
    """A misspelt option is an error, as it would be with named parameters."""
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"{call}() got an unexpected keyword argument {unknown[0]!r}")


def _client(options: Connection) -> Client:
    client = options.get("client")
    offline = options.get("offline")
    cache_dir = options.get("cache_dir")
    base_url = options.get("base_url")
    if client is None:
        return Client(base_url=base_url, cache_dir=cache_dir, offline=offline)
    if offline is not None or cache_dir is not None or base_url is not None:
        raise ValueError("give either client= or offline=/cache_dir=/base_url=, not both")
    return client


def _filters(options: Filters) -> Filters:
    return cast(Filters, {k: v for k, v in options.items() if k in _FILTERS})


def fetch_document(ref: Ref | DocRef, **options: Unpack[FetchOptions]) -> FetchedDocument:
    """Fetch one presidential document: the parsed order with the API's metadata beside it.

    ``ref``: ``"EO 14157"``, ``"Executive Order 14157"``, ``14157``,
    ``"Proclamation 10886"``, ``"Memorandum of 2025-01-20"``, an FR document
    number (``"2025-02004"``), a citation (``"90 FR 8439"``), or a
    :class:`~eoparse.model.Reference` / :class:`~eoparse.model.Instrument`.

    Options (:class:`FetchOptions`): ``source`` — ``auto`` reads the FR XML
    full text, else the raw text; ``xml``, ``text`` or ``pdf`` read that one
    only; ``strict`` and ``pdf_backend`` as for :func:`eoparse.parse`;
    ``offline`` (default: ``EOPARSE_OFFLINE``) reads the cache only;
    ``cache_dir`` (default: ``EOPARSE_CACHE``, else the user cache directory)
    and ``base_url`` (default: ``EOPARSE_FR_API``, else the public API)
    configure a client, or pass a :class:`Client` as ``client``.  Where the
    metadata and the text disagree a :class:`MetadataDisagreement` warning is
    issued.  Errors are :class:`~eoparse.errors.FetchError` subclasses (or
    the parse errors of the text).
    """
    _checked("fetch_document", options, FetchOptions.__optional_keys__)
    return _fetch_document(
        ref,
        client=_client(options),
        source=options.get("source", "auto"),
        strict=options.get("strict", False),
        pdf_backend=options.get("pdf_backend", DEFAULT_PDF_BACKEND),
    )


def fetch(ref: Ref | DocRef, **options: Unpack[FetchOptions]) -> Order:
    """Fetch one presidential document and return the parsed :class:`~eoparse.model.Order`.

    The same as ``fetch_document(ref, ...).order`` (see :func:`fetch_document`
    for the options): the metadata is dropped, its disagreements with the
    text having been issued as warnings.
    """
    return fetch_document(ref, **options).order


def search(**options: Unpack[SearchOptions]) -> list[Record]:
    """The metadata of the presidential documents that match, following every page.

    ``kind``: executive_order, proclamation, memorandum, notice or
    determination, or several (default: orders, proclamations, memoranda and
    notices — notices include the continuations of national emergencies);
    ``president``: a name (``"Barack Obama"``) or the API's identifier
    (``barack-obama``); ``signed_after``, ``signed_before``,
    ``published_after``, ``published_before``: inclusive date bounds;
    ``term``: full-text search; ``limit``: at most that many records;
    ``per_page``; and the :class:`Connection` options.  Returns
    :class:`Record` objects, oldest publication first.
    """
    _checked("search", options, SearchOptions.__optional_keys__)
    client = _client(options)
    return client.search(**_filters(options), per_page=options.get("per_page", PER_PAGE))


def fetch_corpus(
    refs: Iterable[Ref | DocRef] | None = None, **options: Unpack[CorpusOptions]
) -> Corpus:
    """A :class:`~eoparse.corpus.Corpus` of the documents a search finds (or of ``refs``).

    The search takes the filters of :func:`search`; with ``refs`` each
    reference is fetched instead.  ``source`` and ``pdf_backend`` are as for
    :func:`fetch_document`, ``progress`` shows a bar (tqdm).  A document that
    cannot be fetched or parsed is listed in ``corpus.failures`` (source: its
    label and FR document number) and the rest goes on, except when the
    network is down (:class:`~eoparse.errors.NoNetwork`), which stops the
    whole load.  Each version's ``source`` is the URL of the text read.
    """
    from eoparse.corpus import Corpus, LoadFailure, Version, progress_bar

    _checked("fetch_corpus", options, CorpusOptions.__optional_keys__)
    client = _client(options)
    items: list[Record | DocRef] = []
    if refs is not None:
        items.extend(read_ref(ref) for ref in refs)
    else:
        items.extend(client.search(**_filters(options)))
    source = options.get("source", "auto")
    pdf_backend = options.get("pdf_backend", DEFAULT_PDF_BACKEND)
    versions: list[Version] = []
    failures: list[LoadFailure] = []
    bar = progress_bar(len(items), enabled=options.get("progress", True), desc="fetching")
    try:
        for item in items:
            try:
                record = item if isinstance(item, Record) else client.resolve(item)
                fetched = fetch_record(client, record, source=source, pdf_backend=pdf_backend)
            except NoNetwork:
                raise  # every other document would fail the same way, slowly
            except EOParseError as error:  # not found, offline miss, unreadable text …
                failures.append(LoadFailure(_name(item), type(error).__name__, error.reason))
            else:
                versions.append(Version(fetched.order, fetched.source_url))
            bar.update()
    finally:
        bar.close()
    return Corpus(versions, failures=failures)


def _name(item: Record | DocRef) -> str:
    if isinstance(item, Record):
        return f"{item.label()} ({item.document_number})"
    return item.label()


__all__ = [
    "DEFAULT_API",
    "ENV_API",
    "ENV_OFFLINE",
    "SOURCES",
    "Client",
    "Connection",
    "CorpusOptions",
    "Disagreement",
    "DocRef",
    "FetchOptions",
    "FetchedDocument",
    "Filters",
    "MetadataDisagreement",
    "Policy",
    "Reading",
    "Record",
    "SearchOptions",
    "fetch",
    "fetch_corpus",
    "fetch_document",
    "president_id",
    "read_ref",
    "search",
]
