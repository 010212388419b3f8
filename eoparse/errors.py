"""The exceptions eoparse raises.

Every error eoparse raises on purpose derives from :class:`EOParseError`, so a
caller can catch one class and know nothing else escapes (apart from
``FileNotFoundError`` / ``IsADirectoryError`` for a path that does not exist or
is a folder: :data:`eoparse.read.PATH_ERRORS`).  Any other failure to read a
path (no permission, a symbolic-link loop, a name too long, a device or FIFO)
is an :class:`UnreadableFile`.
Messages say *what* went wrong and *where* (the file, the offset or the line).
"""

from __future__ import annotations

from typing import Any


class EOParseError(Exception):
    """Base class of every error raised by eoparse."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
        self.reason = message


class NotAPresidentialDocument(EOParseError):
    """The input holds no recognisable presidential document (empty, binary, unrelated)."""


class UnreadableFile(EOParseError):
    """A path that cannot be read: no permission, a symbolic-link loop, a name too
    long, not a regular file (``/dev/zero``, a FIFO, a socket), or another ``OSError``.
    ``source`` is the path and ``reason`` says why."""


class UnsupportedFormat(EOParseError):
    """The input is in a format eoparse cannot read (yet)."""


class UnreadablePDF(EOParseError):
    """A PDF that cannot be read: no text layer, encrypted, truncated or not a PDF."""


class UnknownPDFBackend(EOParseError, ValueError):
    """``pdf_backend=`` names no PDF backend (both an ``EOParseError`` and a ``ValueError``)."""


class BadPattern(EOParseError, ValueError):
    """A file pattern (``glob=``, ``--glob``) that names no files under the folder read:
    an absolute pattern outside it, an empty pattern (both an ``EOParseError`` and a
    ``ValueError``)."""


class MalformedXML(EOParseError):
    """Federal Register XML or HTML that cannot be parsed."""


class InputTooLarge(EOParseError):
    """The input exceeds the size eoparse is willing to parse."""


class NotInCorpus(EOParseError, KeyError):
    """A document asked of a :class:`~eoparse.Corpus` that it does not hold
    (``corpus[12345]``, ``corpus.plot_lineage(12345)``, ``corpus.consolidated(12345)``).

    Both an ``EOParseError`` and a ``KeyError``; ``key`` is the document's identity
    (``("executive_order", "12345")``).
    """

    def __init__(self, message: str, *, key: tuple[str, str], source: str | None = None) -> None:
        self.key = key
        super().__init__(message, source=source)

    def __str__(self) -> str:
        return Exception.__str__(self)  # the message, not a KeyError's quoted repr


class StrictModeError(EOParseError):
    """Raised by ``strict=True`` parsing when the lenient parse found an error.

    ``warnings`` holds every warning the lenient parse collected (each a
    ``ParseWarning`` with a code and a severity); the message names the first of
    severity ``error`` and counts the others.
    """

    def __init__(self, warnings: tuple[Any, ...], *, source: str | None = None) -> None:
        self.warnings = warnings
        failing = [w for w in warnings if str(getattr(w, "severity", "error")) == "error"]
        first = str(failing[0]) if failing else "strict parse failed"
        more = f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""
        super().__init__(first + more, source=source)


__all__ = [
    "BadPattern",
    "EOParseError",
    "InputTooLarge",
    "MalformedXML",
    "NotAPresidentialDocument",
    "NotInCorpus",
    "StrictModeError",
    "UnknownPDFBackend",
    "UnreadableFile",
    "UnreadablePDF",
    "UnsupportedFormat",
]


# -- fetching from the Federal Register API (eoparse.fedreg) --------------------------


class FetchError(EOParseError):
    """Fetching a document or a search from the Federal Register API failed.

    ``url`` is the address asked for, where there was one.
    """

    def __init__(self, message: str, *, url: str | None = None, source: str | None = None) -> None:
        self.url = url
        super().__init__(message, source=source)


class DocumentNotFound(FetchError):
    """No document matches the reference (or the API answered 404)."""


class AmbiguousReference(FetchError):
    """Several documents match the reference; ``candidates`` lists their FR document numbers."""

    def __init__(
        self, message: str, *, candidates: tuple[str, ...] = (), source: str | None = None
    ) -> None:
        self.candidates = candidates
        super().__init__(message, source=source)


class ServerError(FetchError):
    """The server kept failing (5xx or 429 after the retries) or refused the request (4xx)."""

    def __init__(self, message: str, *, status: int | None = None, url: str | None = None) -> None:
        self.status = status
        super().__init__(message, url=url)


class MalformedResponse(FetchError):
    """The server answered with something that is not what the API documents (bad JSON …)."""


class NoNetwork(FetchError):
    """The server could not be reached: no network, name not resolved, connection refused."""


class FetchTimeout(NoNetwork):
    """The server did not answer within the timeout, on every try."""


class OfflineCacheMiss(FetchError):
    """Offline (``offline=True`` or ``EOPARSE_OFFLINE=1``) and the cache lacks what was asked."""


__all__ += [
    "AmbiguousReference",
    "DocumentNotFound",
    "FetchError",
    "FetchTimeout",
    "MalformedResponse",
    "NoNetwork",
    "OfflineCacheMiss",
    "ServerError",
]


class BadReference(FetchError, ValueError):
    """A reference eoparse cannot read (``"EO fourteen"``).

    Both a :class:`FetchError` and a ``ValueError``.
    """


__all__ += ["BadReference"]
