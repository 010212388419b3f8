"""The Federal Register API client: cached GETs, finding a document, searching.

:class:`Client` holds the configuration — base URL (``base_url=`` or
``EOPARSE_FR_API``), cache folder (``cache_dir=`` or ``EOPARSE_CACHE``),
offline mode (``offline=`` or ``EOPARSE_OFFLINE=1``) and the HTTP
:class:`~eoparse.fedreg.http.Policy` — and speaks the three endpoints eoparse
uses: ``documents/{document_number}.json``, ``documents/{citation}.json`` and
the search ``documents.json``.

**The cache** (namespace ``http`` of :mod:`eoparse.cache`) is keyed by URL.
Full texts (XML, raw text, PDF) are published once and kept for good; API
answers are refreshed when older than ``max_age`` (a day by default), since
the FR adds disposition notes to a document when a later one revokes it.
Offline, any cached answer of any age serves, and a miss raises
:class:`~eoparse.errors.OfflineCacheMiss` naming the URL.  Only answers that
validate (JSON that parses, a whole body) are ever stored.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from eoparse.cache import DiskCache
from eoparse.errors import (
    AmbiguousReference,
    DocumentNotFound,
    MalformedResponse,
    OfflineCacheMiss,
)
from eoparse.fedreg.http import Policy, Transport
from eoparse.fedreg.records import DOCUMENT_TYPES, FIELDS, Record
from eoparse.fedreg.refs import DocRef, Ref, read_ref
from eoparse.model import Kind

DEFAULT_API = "https://www.federalregister.gov/api/v1"
"""The Federal Register API, version 1 (public, no key)."""

ENV_API = "EOPARSE_FR_API"
"""The environment variable that points eoparse at another base URL (a mirror, a test server)."""

ENV_OFFLINE = "EOPARSE_OFFLINE"
"""``1`` (or ``true``/``yes``/``on``): read the cache only, never the network."""

CACHE_NAMESPACE = "http"

SEARCH_KINDS = (Kind.EXECUTIVE_ORDER, Kind.PROCLAMATION, Kind.MEMORANDUM, Kind.NOTICE)
"""What :meth:`Client.search` covers unless told otherwise."""

PER_PAGE = 100
"""Documents per page of a search (the API allows 1,000; 100 keeps each answer small)."""

MAX_AGE = dt.timedelta(days=1)
"""How long a cached API answer is used online before it is asked again."""

PRESIDENTS = {
    "william-j-clinton": ("william j. clinton", "bill clinton", "clinton"),
    "george-w-bush": ("george w. bush",),
    "barack-obama": ("barack obama", "obama"),
    "donald-trump": ("donald j. trump", "donald trump", "trump"),
    "joe-biden": ("joseph r. biden jr.", "joseph r. biden", "joe biden", "biden"),
}
"""The API's president identifiers since 1994 (``conditions[president][]``) and names for them."""

T = TypeVar("T")


def env_offline() -> bool:
    """Whether ``EOPARSE_OFFLINE`` asks for offline mode."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in ("1", "true", "yes", "on")


def env_base_url() -> str:
    """``EOPARSE_FR_API`` or the public API."""
    return os.environ.get(ENV_API, "").strip() or DEFAULT_API


def president_id(name: str) -> str:
    """The API's identifier of a president: ``"Barack Obama"`` → ``barack-obama``.

    An identifier is passed through; an unknown name raises ``ValueError``.
    """
    wanted = " ".join(name.lower().split())
    if wanted in PRESIDENTS:
        return wanted
    for identifier, names in PRESIDENTS.items():
        if wanted in names:
            return identifier
    if "-" in wanted and " " not in wanted:
        return wanted  # an identifier eoparse does not list (an earlier president)
    known = ", ".join(PRESIDENTS)
    raise ValueError(f"unknown president {name!r}; use an API identifier such as {known}")


def _day(value: dt.date | str | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{name} is a date (YYYY-MM-DD), not {value!r}") from None


def _kinds(kind: str | Kind | Iterable[str | Kind] | None) -> tuple[Kind, ...]:
    if kind is None:
        return SEARCH_KINDS
    values = (kind,) if isinstance(kind, str | Kind) else tuple(kind)
    kinds = tuple(Kind(k) for k in values)
    for k in kinds:
        if k not in DOCUMENT_TYPES:
            raise ValueError(f"the Federal Register API does not index {k.value} documents")
    return kinds


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise MalformedResponse(f"not JSON ({error})") from None
    if not isinstance(data, dict):
        raise MalformedResponse(f"a JSON {type(data).__name__} where an object was expected")
    return data


class Client:
    """A configured connection to the Federal Register API (see the module notes).

    ``cache_dir=False`` turns the cache off; ``sleep`` is what waits between
    retries and requests (tests pass a no-op).
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        cache_dir: str | os.PathLike[str] | bool | None = None,
        offline: bool | None = None,
        policy: Policy | None = None,
        max_age: dt.timedelta = MAX_AGE,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = (base_url or env_base_url()).rstrip("/")
        self.offline = env_offline() if offline is None else offline
        if cache_dir is False:
            self.cache: DiskCache | None = None
        else:
            root = None if cache_dir is None or cache_dir is True else cache_dir
            self.cache = DiskCache(CACHE_NAMESPACE, root=root)
        if self.offline and self.cache is None:
            raise ValueError("offline mode reads the cache: it cannot be turned off too")
        self.max_age = max_age
        self.transport = Transport(policy, sleep=sleep)

    def __repr__(self) -> str:
        where = self.cache.root if self.cache else "no cache"
        mode = ", offline" if self.offline else ""
        return f"Client({self.base_url!r}, {where}{mode})"

    # -- cached GET ------------------------------------------------------------------

    def get(
        self,
        url: str,
        validate: Callable[[bytes], T],
        *,
        expires: bool,
        what: str,
    ) -> T:
        """``validate(body)`` of the answer to ``url``, from the cache when it serves.

        ``expires``: whether a cached answer goes stale after ``max_age``
        (API JSON) or never (full texts).  ``what`` names the resource in
        messages: a 404 raises :class:`~eoparse.errors.DocumentNotFound`,
        offline a miss :class:`~eoparse.errors.OfflineCacheMiss`.  Nothing that
        fails ``validate`` is stored.
        """
        cache = self.cache
        entry = cache.get(url) if cache else None
        if entry is not None:
            fresh = self.offline or not expires or entry.age() <= self.max_age
            if fresh:
                try:
                    return validate(entry.body)
                except MalformedResponse:
                    if cache:
                        cache.delete(url)  # a stored answer that no longer validates
        if self.offline:
            raise OfflineCacheMiss(
                f"offline, and the cache has no copy of {what} "
                f"(cache: {cache.root if cache else '-'}; fetch it once online to keep it)",
                url=url,
            )
        response = self.transport.get(url)
        if response.status == 404:
            raise DocumentNotFound(f"not found: {what}", url=url)
        try:
            value = validate(response.body)
        except MalformedResponse as error:
            raise MalformedResponse(error.reason, url=url) from None
        if cache:
            meta = {"status": response.status, "content_type": response.headers.get("content-type")}
            cache.put(url, response.body, meta)
        return value

    def get_json(self, url: str, shape: Callable[[dict[str, Any]], T], *, what: str) -> T:
        """``shape`` of the JSON object at an API ``url`` (cached, refreshed after ``max_age``).

        ``shape`` reads the object (and raises
        :class:`~eoparse.errors.MalformedResponse` when it is not what the
        API documents), so that only answers that read are stored.
        """
        return self.get(url, lambda body: shape(_json(body)), expires=True, what=what)

    def get_file(self, url: str, *, what: str) -> bytes:
        """The bytes of a full text at ``url`` (cached for good)."""
        return self.get(url, _nonempty, expires=False, what=what)

    # -- the endpoints -----------------------------------------------------------------

    def url(self, path: str, params: Sequence[tuple[str, str]] = ()) -> str:
        """``base_url/path?params`` with ``fields[]`` for every field eoparse reads."""
        pairs = [*params, *(("fields[]", name) for name in FIELDS)]
        return f"{self.base_url}/{path}?{urllib.parse.urlencode(pairs)}"

    def document(self, document_number: str) -> Record:
        """The record of one FR document number (``documents/{document_number}.json``)."""
        path = f"documents/{urllib.parse.quote(document_number, safe='')}.json"
        what = f"FR Doc. {document_number} in the Federal Register"
        return self.get_json(self.url(path), Record.from_api, what=what)

    def by_citation(self, citation: str) -> list[Record]:
        """The presidential documents on the FR page of ``citation`` (``90 FR 8439``)."""
        path = f"documents/{urllib.parse.quote(citation, safe='')}.json"
        records = self.get_json(self.url(path), _results, what=f"the documents at {citation}")
        return [r for r in records if r.kind is not None]

    def search_pages(
        self,
        params: Sequence[tuple[str, str]],
        *,
        per_page: int = PER_PAGE,
        order: str = "oldest",
    ) -> Iterator[tuple[list[Record], int]]:
        """Each page of a search as ``(records, count)``, following the pages in turn.

        The next page is asked while the answer names a ``next_page_url`` (or
        its ``total_pages`` says there is one); eoparse builds that URL itself
        from ``base_url``, so that a mirror's pages stay on the mirror and the
        cache keys stay the same offline.
        """
        page = 1
        while True:
            query = [*params, ("order", order), ("per_page", str(per_page)), ("page", str(page))]
            what = f"the Federal Register search ({_describe(params)}), page {page}"
            records, count, more = self.get_json(
                self.url("documents.json", query), functools.partial(_page, page), what=what
            )
            yield records, count
            if not more or not records:
                return
            page += 1

    def search(
        self,
        *,
        kind: str | Kind | Iterable[str | Kind] | None = None,
        president: str | Iterable[str] | None = None,
        signed_after: dt.date | str | None = None,
        signed_before: dt.date | str | None = None,
        signed_on: dt.date | str | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
        term: str | None = None,
        executive_order_numbers: Iterable[int] = (),
        limit: int | None = None,
        per_page: int = PER_PAGE,
        order: str = "oldest",
    ) -> list[Record]:
        """The records of the presidential documents that match, every page of them.

        ``kind``: one or several of executive_order, proclamation, memorandum,
        notice, determination (default: the first four); ``president``: a
        name or the API's identifier; date bounds are inclusive ISO dates or
        ``datetime.date``; ``term``: the API's full-text search; ``limit``:
        stop after that many records.  Oldest first by publication date.
        """
        if not 1 <= per_page <= 1000:
            raise ValueError("per_page is between 1 and 1000 (the API's limit)")
        params: list[tuple[str, str]] = [("conditions[type][]", "PRESDOCU")]
        params += [
            ("conditions[presidential_document_type][]", DOCUMENT_TYPES[k]) for k in _kinds(kind)
        ]
        presidents = (president,) if isinstance(president, str) else tuple(president or ())
        params += [("conditions[president][]", president_id(p)) for p in presidents]
        params += [
            ("conditions[executive_order_numbers][]", str(n)) for n in executive_order_numbers
        ]
        for name, value in (
            ("conditions[signing_date][is]", _day(signed_on, "signed_on")),
            ("conditions[signing_date][gte]", _day(signed_after, "signed_after")),
            ("conditions[signing_date][lte]", _day(signed_before, "signed_before")),
            ("conditions[publication_date][gte]", _day(published_after, "published_after")),
            ("conditions[publication_date][lte]", _day(published_before, "published_before")),
        ):
            if value is not None:
                params.append((name, value))
        if term:
            params.append(("conditions[term]", term))
        found: list[Record] = []
        for records, _ in self.search_pages(params, per_page=per_page, order=order):
            found.extend(records)
            if limit is not None and len(found) >= limit:
                return found[:limit]
        return found

    # -- one document ------------------------------------------------------------------

    def resolve(self, ref: Ref | DocRef) -> Record:
        """The record of the one document ``ref`` names.

        Raises :class:`~eoparse.errors.DocumentNotFound` when none matches and
        :class:`~eoparse.errors.AmbiguousReference` (with the candidates' FR
        document numbers) when several do.
        """
        wanted = read_ref(ref)
        if wanted.document_number is not None:
            return self.document(wanted.document_number)
        if wanted.citation is not None:
            return _one(self.by_citation(wanted.citation), wanted)
        if wanted.kind is Kind.EXECUTIVE_ORDER and wanted.number is not None:
            found = self.search(kind=wanted.kind, executive_order_numbers=(wanted.number,))
            return _one([r for r in found if r.number == wanted.number], wanted)
        if wanted.kind is Kind.PROCLAMATION and wanted.number is not None:
            # the API filters by executive order number only: search the number, keep exact hits
            found = self.search(kind=wanted.kind, term=str(wanted.number), limit=500)
            return _one([r for r in found if r.number == wanted.number], wanted)
        if wanted.kind is not None and wanted.date is not None:
            found = self.search(kind=wanted.kind, signed_on=wanted.date)
            return _one([r for r in found if r.signing_date == wanted.date], wanted)
        raise DocumentNotFound(f"{wanted.label()}: nothing to search the Federal Register by")


def _describe(params: Sequence[tuple[str, str]]) -> str:
    """``executive_order; executive_order_numbers 14157`` for the search's conditions."""
    kinds = [v for k, v in params if k == "conditions[presidential_document_type][]"]
    rest = [
        f"{k.removeprefix('conditions[').replace('[]', '').replace('][', ' ').rstrip(']')} {v}"
        for k, v in params
        if k.startswith("conditions[") and "type]" not in k
    ]
    return "; ".join([", ".join(kinds) or "any kind", *rest])


def _nonempty(body: bytes) -> bytes:
    if not body.strip():
        raise MalformedResponse("an empty document")
    return body


def _results(data: dict[str, Any]) -> list[Record]:
    """The records of a search answer (``results`` is absent when nothing matched)."""
    results = data.get("results", [])
    if not isinstance(results, list):
        raise MalformedResponse("'results' is not a list")
    return [Record.from_api(item) for item in results]


def _page(page: int, data: dict[str, Any]) -> tuple[list[Record], int, bool]:
    """One page of a search: its records, the count of all matches, whether more follow."""
    count = data.get("count")
    if not isinstance(count, int) or isinstance(count, bool):
        raise MalformedResponse("a search answer without a count")
    total = data.get("total_pages")
    more = bool(data.get("next_page_url")) or (isinstance(total, int) and page < total)
    return _results(data), count, more


def _one(records: list[Record], wanted: DocRef) -> Record:
    unique = list({r.document_number: r for r in records}.values())
    if not unique:
        raise DocumentNotFound(f"no {wanted.label()} in the Federal Register")
    if len(unique) > 1:
        listed = "; ".join(f"{r.document_number} ({r.title or 'untitled'})" for r in unique[:8])
        more = f" and {len(unique) - 8} more" if len(unique) > 8 else ""
        raise AmbiguousReference(
            f"{len(unique)} documents match {wanted.label()}: {listed}{more}; "
            "fetch one by its FR document number",
            candidates=tuple(r.document_number for r in unique),
        )
    return unique[0]
