"""An API-shaped mirror of local documents, served on the loopback interface.

:class:`Mirror` answers the part of the Federal Register API v1 that eoparse
uses — ``documents/{document_number}.json``, ``documents/{citation}.json``
and the search ``documents.json`` with its conditions, ``fields[]``,
``order``, ``per_page`` and ``page`` — from documents held locally, and
serves their full texts.  Point eoparse at it with ``base_url=mirror.url``:
a notebook, a class or a test then runs the real fetch code with no network.

:meth:`Mirror.from_corpus` serves a folder laid out like eoparse's test
corpus (``index.csv`` and ``xml/``, ``text/``, ``pdf/`` …).  The JSON it
answers is built by this module from the documents' metadata, in the shape
the API documents (``count``, ``description``, ``total_pages``,
``next_page_url``, ``results``; ``results`` absent when nothing matched);
it is no recording of the API.  A condition it does not implement is
refused with a 400 answer, never silently ignored.

``hook`` lets a caller answer a request itself (tests script 429s, server
errors, slow and cut-short answers with it): it is called with the path and
the query of every request and returns a :class:`Reply`, or ``None`` to let
the mirror answer.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any

from attrs import field, frozen

from eoparse.fedreg.client import president_id
from eoparse.fedreg.records import DOCUMENT_TYPES, FIELDS, SUBTYPES

API_PATH = "/api/v1"

_TYPES = {subtype: DOCUMENT_TYPES[kind] for subtype, kind in SUBTYPES.items()}
"""The API's ``subtype`` → its ``presidential_document_type`` identifier."""

_SUBTYPE_OF_KIND = {"executive_order": "Executive Order", "proclamation": "Proclamation"}

_FILE_TYPES = {
    "xml": "application/xml",
    "text": "text/plain; charset=utf-8",
    "pdf": "application/pdf",
}
_EXTENSIONS = {"xml": "xml", "text": "txt", "pdf": "pdf"}
_URL_FIELDS = {"xml": "full_text_xml_url", "text": "raw_text_url", "pdf": "pdf_url"}

_CONDITIONS = frozenset(
    {
        "conditions[type][]",
        "conditions[presidential_document_type][]",
        "conditions[executive_order_numbers][]",
        "conditions[president][]",
        "conditions[term]",
        *(
            f"conditions[{d}][{op}]"
            for d in ("signing_date", "publication_date")
            for op in ("is", "gte", "lte")
        ),
    }
)
_PARAMETERS = frozenset({"fields[]", "per_page", "page", "order"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that hung up early is no error of the mirror's."""


def _readonly(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@frozen
class MirrorDocument:
    """One document of a mirror: its API metadata and its full texts.

    ``metadata`` holds API fields (``document_number``, ``title``, ``type``,
    ``subtype``, ``executive_order_number``, ``signing_date``, ``citation``,
    ``president`` …); the mirror adds the URL fields itself.  ``files`` maps
    ``xml``, ``text`` and ``pdf`` to bytes or to a file read when asked for.
    """

    metadata: Mapping[str, Any] = field(converter=_readonly)
    files: Mapping[str, bytes | Path] = field(converter=_readonly, factory=dict)

    @property
    def document_number(self) -> str:
        """The FR document number, the mirror's key."""
        return str(self.metadata["document_number"])

    def content(self, fmt: str) -> bytes:
        """The bytes of one full text."""
        value = self.files[fmt]
        return value.read_bytes() if isinstance(value, Path) else value


@frozen
class Reply:
    """An answer a ``hook`` gives instead of the mirror's.

    ``delay``: seconds to wait before answering (a slow server);
    ``cut_after``: send the headers for the whole ``body`` but only this many
    bytes of it, then close the connection (an interrupted download).
    """

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(converter=_readonly, factory=dict)
    delay: float = 0.0
    cut_after: int | None = None


Hook = Callable[[str, Mapping[str, list[str]]], Reply | None]


def _json_reply(data: object, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    return Reply(status, body, {"Content-Type": "application/json; charset=utf-8"})


def _not_found(message: str) -> Reply:
    return _json_reply({"status": 404, "message": message}, 404)


def _bad_request(message: str) -> Reply:
    return _json_reply({"errors": {"request": message}}, 400)


def _citation_matches(metadata: Mapping[str, Any], volume: int, page: int) -> bool:
    citation = str(metadata.get("citation") or "")
    parts = citation.split()
    if len(parts) != 3 or not parts[0].isdigit() or int(parts[0]) != volume:
        return False
    start = metadata.get("start_page")
    end = metadata.get("end_page")
    if isinstance(start, int) and isinstance(end, int):
        return start <= page <= end
    return parts[2].isdigit() and int(parts[2]) == page


class Mirror:
    """Serve ``documents`` API-style on ``http://127.0.0.1:PORT/api/v1`` from a thread.

    Use it as a context manager (or call :meth:`start` and :meth:`stop`);
    ``url`` is the base URL to give eoparse; ``requests`` lists the path and
    query of every request, in order.
    """

    def __init__(
        self,
        documents: Iterable[MirrorDocument],
        *,
        hook: Hook | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.documents = {d.document_number: d for d in documents}
        self.hook = hook
        self.requests: list[str] = []
        self.headers: list[Mapping[str, str]] = []
        """The headers of every request, in the order of ``requests``."""
        self._lock = threading.Lock()
        self._server = _Server((host, port), _handler(self))
        self._thread: threading.Thread | None = None

    @property
    def root(self) -> str:
        """``http://127.0.0.1:PORT``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        """The API base URL to give eoparse: ``http://127.0.0.1:PORT/api/v1``."""
        return self.root + API_PATH

    def start(self) -> Mirror:
        """Start serving in a daemon thread (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Mirror:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Mirror({len(self.documents)} documents at {self.url})"

    # -- building ----------------------------------------------------------------------

    @classmethod
    def from_corpus(
        cls,
        folder: str | Path,
        *,
        select: Callable[[Mapping[str, str]], bool] | None = None,
        hook: Hook | None = None,
    ) -> Mirror:
        """A mirror of a corpus folder: ``index.csv`` and the files its rows name.

        ``select(row)`` keeps the rows wanted (all by default).  Each row's
        XML is served as the full-text XML, its best text as the raw text
        (FR raw text, else the text of the PDF, else White House text) and its
        PDF as the PDF.  Rows without an FR document number are left out.
        """
        root = Path(folder)
        with (root / "index.csv").open(encoding="utf-8", newline="") as handle:
            rows = [row for row in csv.DictReader(handle) if select is None or select(row)]
        documents = [doc for doc in (_corpus_document(root, row) for row in rows) if doc]
        return cls(documents, hook=hook)

    # -- answering ---------------------------------------------------------------------

    def answer(
        self, path: str, query: Mapping[str, list[str]], headers: Mapping[str, str] | None = None
    ) -> Reply:
        """The reply to ``GET path?query`` (what the request handler sends)."""
        with self._lock:
            encoded = urllib.parse.urlencode([(k, v) for k, vs in query.items() for v in vs])
            self.requests.append(f"{path}?{encoded}" if encoded else path)
            self.headers.append(dict(headers or {}))
        if self.hook is not None:
            scripted = self.hook(path, query)
            if scripted is not None:
                return scripted
        if path.startswith("/files/"):
            return self._file(path[len("/files/") :])
        if path == f"{API_PATH}/documents.json":
            return self._search(query)
        prefix = f"{API_PATH}/documents/"
        if path.startswith(prefix) and path.endswith(".json"):
            return self._show(path[len(prefix) : -len(".json")], query)
        return _not_found(f"no such endpoint: {path}")

    def _record(self, document: MirrorDocument, fields: list[str] | None) -> dict[str, Any]:
        data = dict(document.metadata)
        number = document.document_number
        for fmt, name in _URL_FIELDS.items():
            url = (
                f"{self.root}/files/{number}.{_EXTENSIONS[fmt]}" if fmt in document.files else None
            )
            data[name] = url
        data["json_url"] = f"{self.url}/documents/{number}.json"
        data.setdefault("html_url", None)
        wanted = fields or list(FIELDS)
        return {name: data.get(name) for name in wanted}

    def _file(self, name: str) -> Reply:
        number, _, extension = name.rpartition(".")
        document = self.documents.get(number)
        for fmt, ext in _EXTENSIONS.items():
            if document is not None and ext == extension and fmt in document.files:
                return Reply(200, document.content(fmt), {"Content-Type": _FILE_TYPES[fmt]})
        return _not_found(f"no file {name}")

    def _show(self, name: str, query: Mapping[str, list[str]]) -> Reply:
        fields = query.get("fields[]")
        words = name.split()
        if (
            len(words) == 3
            and words[1].upper() == "FR"
            and words[0].isdigit()
            and words[2].isdigit()
        ):
            volume, page = int(words[0]), int(words[2])
            hits = [
                self._record(d, fields)
                for d in self.documents.values()
                if _citation_matches(d.metadata, volume, page)
            ]
            return _json_reply({"count": len(hits), "results": hits})
        document = self.documents.get(name)
        if document is None:
            return _not_found(f"no document {name}")
        return _json_reply(self._record(document, fields))

    def _search(self, query: Mapping[str, list[str]]) -> Reply:
        for name in query:
            if name not in _CONDITIONS and name not in _PARAMETERS:
                return _bad_request(f"eoparse's mirror does not implement {name}")
        try:
            per_page = int(query.get("per_page", ["20"])[0])
            page = int(query.get("page", ["1"])[0])
        except ValueError:
            return _bad_request("per_page and page are numbers")
        if not 1 <= per_page <= 1000 or page < 1:
            return _bad_request("per_page is 1 to 1000 and page at least 1")
        hits = [d for d in self.documents.values() if _matches(d, query)]
        order = query.get("order", ["relevance"])[0]
        if order in ("oldest", "newest"):
            hits.sort(
                key=lambda d: (str(d.metadata.get("publication_date") or ""), d.document_number),
                reverse=order == "newest",
            )
        data: dict[str, Any] = {"count": len(hits), "description": _description(query)}
        if hits:
            pages = math.ceil(len(hits) / per_page)
            chunk = hits[(page - 1) * per_page : page * per_page]
            if chunk:
                data["total_pages"] = pages
                if page < pages:
                    data["next_page_url"] = self._page_url(query, page + 1)
                if page > 1:
                    data["previous_page_url"] = self._page_url(query, page - 1)
                data["results"] = [self._record(d, query.get("fields[]")) for d in chunk]
        return _json_reply(data)

    def _page_url(self, query: Mapping[str, list[str]], page: int) -> str:
        pairs = [(k, v) for k, vs in query.items() if k != "page" for v in vs]
        return f"{self.url}/documents.json?{urllib.parse.urlencode([*pairs, ('page', str(page))])}"


def _description(query: Mapping[str, list[str]]) -> str:
    kinds = query.get("conditions[presidential_document_type][]", [])
    what = " or ".join(k.replace("_", " ") for k in kinds) or "document"
    return f"Documents of type Presidential Document ({what}) in eoparse's mirror"


def _haystack(document: MirrorDocument) -> str:
    meta = document.metadata
    parts = [
        str(meta.get(name) or "")
        for name in ("title", "executive_order_number", "proclamation_number")
    ]
    for fmt in ("text", "xml"):
        if fmt in document.files:
            parts.append(document.content(fmt).decode("utf-8", "replace"))
            break
    return " ".join(parts).lower()


def _matches(document: MirrorDocument, query: Mapping[str, list[str]]) -> bool:
    meta = document.metadata
    types = query.get("conditions[type][]")
    if types and meta.get("type") not in types:
        return False
    kinds = query.get("conditions[presidential_document_type][]")
    if kinds and _TYPES.get(str(meta.get("subtype"))) not in kinds:
        return False
    numbers = query.get("conditions[executive_order_numbers][]")
    if numbers and str(meta.get("executive_order_number")) not in numbers:
        return False
    presidents = query.get("conditions[president][]")
    president = meta.get("president")
    identifier = president.get("identifier") if isinstance(president, Mapping) else None
    if presidents and identifier not in presidents:
        return False
    for name in ("signing_date", "publication_date"):
        value = str(meta.get(name) or "")
        for op, test in (
            ("is", value.__eq__),
            ("gte", value.__ge__),
            ("lte", value.__le__),
        ):
            bound = query.get(f"conditions[{name}][{op}]")
            if bound and not (value and test(bound[0])):
                return False
    term = query.get("conditions[term]")
    if term:
        haystack = _haystack(document)
        return all(word in haystack for word in term[0].lower().split())
    return True


def _corpus_document(root: Path, row: Mapping[str, str]) -> MirrorDocument | None:
    number = (row.get("document_number") or "").strip()
    subtype = _SUBTYPE_OF_KIND.get(row.get("kind", ""))
    if not number or subtype is None:
        return None
    paths = [root / p for p in (row.get("files") or "").split(";") if p]
    by_folder = {path.parent.name: path for path in paths}
    files: dict[str, Path] = {}
    if "xml" in by_folder:
        files["xml"] = by_folder["xml"]
    for folder in ("text", "pdftext", "whitehouse_md"):
        if folder in by_folder:
            files["text"] = by_folder[folder]
            break
    if "pdf" in by_folder:
        files["pdf"] = by_folder["pdf"]
    citation = (row.get("citation") or "").strip() or None
    start = int(citation.split()[-1]) if citation and citation.split()[-1].isdigit() else None
    metadata: dict[str, Any] = {
        "document_number": number,
        "title": row.get("title") or None,
        "type": "PRESDOCU",
        "subtype": subtype,
        "executive_order_number": int(row["number"]) if subtype == "Executive Order" else None,
        "proclamation_number": row["number"] if subtype == "Proclamation" else None,
        "presidential_document_number": row["number"],
        "signing_date": row.get("signing_date") or None,
        "publication_date": row.get("publication_date") or None,
        "citation": citation,
        "start_page": start,
        "end_page": start,
        "president": _president(row.get("president") or ""),
        "disposition_notes": None,
    }
    return MirrorDocument(metadata, files)


def _president(name: str) -> dict[str, str] | None:
    if not name:
        return None
    with contextlib.suppress(ValueError):
        return {"name": name, "identifier": president_id(name)}
    return {"name": name, "identifier": "-".join(name.lower().replace(".", "").split())}


def _handler(mirror: Mirror) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "eoparse-mirror"

        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
            headers = {name.lower(): value for name, value in self.headers.items()}
            reply = mirror.answer(urllib.parse.unquote(parts.path), query, headers)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                body = reply.body if reply.cut_after is None else reply.body[: reply.cut_after]
                self.wfile.write(body)
                self.wfile.flush()
            except OSError:  # the client gave up (a timeout): nothing to tell it
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: a notebook or a test shows no request log."""

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except OSError:
                self.close_connection = True

    return Handler
