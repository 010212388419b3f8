"""The exceptions eoparse raises.

Every error eoparse raises on purpose derives from :class:`EOParseError`, so a
caller can catch one class and know nothing else escapes (apart from
``FileNotFoundError`` / ``IsADirectoryError`` for paths that do not exist).
Messages say *what* went wrong and *where* (the file, the offset or the line).
"""

from __future__ import annotations


class EOParseError(Exception):
    """Base class of every error raised by eoparse."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
        self.reason = message


class NotAPresidentialDocument(EOParseError):
    """The input holds no recognisable presidential document (empty, binary, unrelated)."""


class UnsupportedFormat(EOParseError):
    """The input is in a format eoparse cannot read (yet)."""


class UnreadablePDF(EOParseError):
    """A PDF that cannot be read: no text layer, encrypted, truncated or not a PDF."""


class UnknownPDFBackend(EOParseError, ValueError):
    """``pdf_backend=`` names no PDF backend (both an ``EOParseError`` and a ``ValueError``)."""


class MalformedXML(EOParseError):
    """Federal Register XML or HTML that cannot be parsed."""


class InputTooLarge(EOParseError):
    """The input exceeds the size eoparse is willing to parse."""


class StrictModeError(EOParseError):
    """Raised by ``strict=True`` parsing when the lenient parse would have warned.

    ``warnings`` holds every warning the lenient parse collected.
    """

    def __init__(self, warnings: tuple[str, ...], *, source: str | None = None) -> None:
        self.warnings = warnings
        first = warnings[0] if warnings else "strict parse failed"
        more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
        super().__init__(first + more, source=source)


__all__ = [
    "EOParseError",
    "InputTooLarge",
    "MalformedXML",
    "NotAPresidentialDocument",
    "StrictModeError",
    "UnknownPDFBackend",
    "UnreadablePDF",
    "UnsupportedFormat",
]
