"""HTTP GET for the Federal Register API, on the standard library (:mod:`urllib.request`).

What the API and its users need, and nothing more: a timeout on every
request; retries with exponential backoff on 429 and 5xx answers, on
timeouts and on dropped connections, honouring ``Retry-After``; a minimum
interval between two requests to the same host (a polite rate, shared by
every client in the process); a ``User-Agent`` naming eoparse and its
version; a cap on the size of an answer; and typed errors
(:mod:`eoparse.errors`) instead of ``urllib``'s.

Why the standard library and not ``requests``/``httpx``: the API is a handful
of GETs of JSON and files, with no keys, sessions, cookies or streaming
uploads; ``urllib`` does that with proxies from the environment and the
system's certificates, and keeps eoparse installable without a client
library.  The retry and rate logic below is what a client library would not
have given us either.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from attrs import field, frozen

from eoparse.errors import FetchTimeout, MalformedResponse, NoNetwork, ServerError

if TYPE_CHECKING:  # the HTTP stack is imported when a request is made, not with eoparse
    import http.client
    import urllib.error
    import urllib.request

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Answers worth asking again: too many requests, and the server's passing failures."""

MAX_BYTES = 200_000_000
"""The largest answer read (bytes): the biggest FR PDFs (tariff annexes) are tens of MB."""

_CHUNK = 1 << 16


def user_agent() -> str:
    """``eoparse/0.1.0 (+Federal Register API client; Python-urllib/3.11)``."""
    import sys

    from eoparse import __version__  # at call time: eoparse imports this package

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"eoparse/{__version__} (Federal Register API client; Python-urllib/{python})"


def _headers(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({k.lower(): v for k, v in value.items()})


@frozen
class Response:
    """A complete answer: the final URL, status, headers (lower-case names) and body."""

    url: str
    status: int
    headers: Mapping[str, str] = field(converter=_headers)
    body: bytes = field(repr=False)


@frozen
class Policy:
    """How patient a client is.

    ``timeout``: seconds to connect and between two reads; ``retries``: how
    many times a failed request is asked again (so ``retries + 1`` tries);
    ``backoff``: the first wait, doubled on each retry up to ``max_backoff``;
    ``max_retry_after``: the longest ``Retry-After`` honoured (a server asking
    for more gets a :class:`~eoparse.errors.ServerError` at once);
    ``min_interval``: the least time between two requests to one host.
    """

    timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_retry_after: float = 120.0
    min_interval: float = 0.25
    max_bytes: int = MAX_BYTES

    def wait(self, attempt: int) -> float:
        """The backoff before retry number ``attempt`` (0-based)."""
        return float(min(self.max_backoff, self.backoff * (2**attempt)))


class _Pacer:
    """The earliest time of the next request to each host, shared by the whole process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, interval: float, sleep: Callable[[float], None]) -> None:
        if interval <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + interval
        if start > now:
            sleep(start - now)


PACER = _Pacer()


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait: a number of seconds or an HTTP date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _read(handle: http.client.HTTPResponse, url: str, limit: int) -> bytes:
    """The whole body; an answer cut short (``Content-Length`` not reached) raises
    ``http.client.IncompleteRead``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = handle.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise MalformedResponse(f"the answer is larger than {limit:,} bytes", url=url)
        chunks.append(chunk)
    declared = (handle.headers.get("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) != size:
        # http.client's read(n) returns what came before the connection closed without a word
        import http.client

        raise http.client.IncompleteRead(b"", int(declared) - size)
    return b"".join(chunks)


class _Retry(Exception):
    """A try that failed in a way worth trying again; ``error`` is raised if none is left."""

    def __init__(self, error: Exception, wait: float | None = None) -> None:
        self.error = error
        self.wait = wait


def _scheme_ok(url: str) -> None:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise NoNetwork(f"eoparse fetches http(s) URLs only, not {scheme or 'this'}", url=url)


class Transport:
    """GET with the :class:`Policy`; ``sleep`` is injectable so tests do not wait."""

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        opener: urllib.request.OpenerDirector | None = None,
    ) -> None:
        import urllib.request

        self.policy = policy or Policy()
        self.sleep = sleep
        self.opener = opener or urllib.request.build_opener()
        self.requests = 0
        """How many requests went out (tries included)."""

    def get(self, url: str, *, accept: str = "*/*") -> Response:
        """The complete answer to ``GET url``, after retries; typed errors otherwise.

        A 2xx answer is returned; 404 too (the caller knows what was missing);
        429 and 5xx are retried, then raise :class:`~eoparse.errors.ServerError`;
        other 4xx raise it at once.
        """
        _scheme_ok(url)
        policy = self.policy
        host = urllib.parse.urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            PACER.wait(host, policy.min_interval, self.sleep)
            try:
                return self._once(url, accept)
            except _Retry as retry:
                if attempt >= policy.retries:
                    raise retry.error from None
                wait = policy.wait(attempt) if retry.wait is None else retry.wait
                self.sleep(wait)
                attempt += 1

    def _once(self, url: str, accept: str) -> Response:
        import http.client
        import urllib.error
        import urllib.request

        request = urllib.request.Request(
            url, headers={"User-Agent": user_agent(), "Accept": accept}, method="GET"
        )
        policy = self.policy
        self.requests += 1
        try:
            with self.opener.open(request, timeout=policy.timeout) as handle:
                body = _read(handle, url, policy.max_bytes)
                return Response(handle.geturl(), handle.status, dict(handle.headers), body)
        except urllib.error.HTTPError as error:
            return self._status(error, url)
        except TimeoutError as error:
            raise _Retry(
                FetchTimeout(f"no answer within {policy.timeout:g} s ({error})", url=url)
            ) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise _Retry(
                    FetchTimeout(f"no answer within {policy.timeout:g} s", url=url)
                ) from None
            if isinstance(reason, ConnectionResetError | ConnectionAbortedError):
                raise _Retry(NoNetwork(f"the connection was dropped ({reason})", url=url)) from None
            raise NoNetwork(f"cannot reach the server ({reason})", url=url) from None
        except (http.client.IncompleteRead, ConnectionError, http.client.HTTPException) as error:
            # the answer was cut short or the connection dropped mid-way: nothing was kept
            message = f"the answer was cut short ({type(error).__name__})"
            raise _Retry(NoNetwork(message, url=url)) from None
        except OSError as error:  # TLS failures and the like: no answer to be had
            raise NoNetwork(f"the request failed ({error})", url=url) from None

    def _status(self, error: urllib.error.HTTPError, url: str) -> Response:
        import http.client

        status = error.code
        try:
            body = error.read(self.policy.max_bytes + 1)[: self.policy.max_bytes]
        except (OSError, http.client.HTTPException):
            body = b""
        finally:
            error.close()
        headers = dict(error.headers or {})
        if status == 404:
            return Response(url, status, headers, body)
        if status in RETRY_STATUSES:
            asked = retry_after(headers.get("Retry-After") or headers.get("retry-after"))
            what = "too many requests (429)" if status == 429 else f"server error {status}"
            if asked is not None and asked > self.policy.max_retry_after:
                raise ServerError(
                    f"{what}; the server asks to wait {asked:.0f} s, more than "
                    f"{self.policy.max_retry_after:.0f} s",
                    status=status,
                    url=url,
                )
            retries = self.policy.retries
            raise _Retry(ServerError(f"{what}, {retries + 1} tries", status=status, url=url), asked)
        raise ServerError(
            f"the server refused the request ({status} {error.reason})", status=status, url=url
        )
