"""A fetched document: the order parsed from the text, and the API's metadata beside it.

**Why a separate class and not fields on** :class:`~eoparse.model.Order`: an
order is what its text says, and the same whichever way the text arrived —
``eoparse.fetch_document(ref).order`` equals ``eoparse.parse_bytes`` of the
file downloaded.  What the Federal Register API says about the document
(signing date, citation, document number, disposition notes) is provenance,
not text: it travels beside the order in :class:`FetchedDocument`, and where
the two disagree the difference is listed in ``disagreements`` and issued as a
:class:`MetadataDisagreement` warning.  The text is never overridden by the
metadata.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

from attrs import field, frozen

from eoparse.api import parse_bytes
from eoparse.cache import write_atomic
from eoparse.errors import (
    DocumentNotFound,
    EOParseError,
    FetchError,
    OfflineCacheMiss,
    StrictModeError,
)
from eoparse.fedreg.client import Client
from eoparse.fedreg.records import Record
from eoparse.fedreg.refs import DocRef, Ref
from eoparse.model import Kind, Order
from eoparse.read import DEFAULT_PDF_BACKEND

SOURCES = ("auto", "xml", "text", "pdf")
"""What ``source=`` takes: ``auto`` (XML full text, else raw text), or one format only."""

_EXTENSIONS = {"xml": "xml", "text": "txt", "pdf": "pdf"}


class MetadataDisagreement(UserWarning):
    """The Federal Register API's metadata and the document's text disagree on a fact."""


@frozen
class Disagreement:
    """One fact on which the text and the API's metadata differ (both values as given)."""

    field: str
    """``kind``, ``number``, ``signed``, ``citation`` or ``document_number``."""
    text: Any
    metadata: Any

    def __str__(self) -> str:
        return (
            f"{self.field}: the text says {_show(self.text)}, the API says {_show(self.metadata)}"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON."""
        return {"field": self.field, "text": _plain(self.text), "metadata": _plain(self.metadata)}


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _show(value: Any) -> str:
    return str(_plain(value))


@frozen
class FetchedDocument:
    """An order fetched from the Federal Register, with its provenance.

    ``order``: parsed from the text alone; ``metadata``: the API's
    :class:`~eoparse.fedreg.records.Record`; ``source``: the format read
    (``xml``, ``text`` or ``pdf``) and ``source_url`` where from;
    ``disagreements``: the facts on which text and metadata differ; ``notes``:
    what happened on the way (a full text that could not be read, and what
    was read instead).
    """

    order: Order
    metadata: Record
    source: str
    source_url: str
    disagreements: tuple[Disagreement, ...] = ()
    notes: tuple[str, ...] = ()
    content: bytes = field(default=b"", repr=False, eq=False)
    """The bytes of the source as downloaded (what :meth:`save` writes)."""

    @property
    def filename(self) -> str:
        """A file name for the source: ``EO-14157.xml``, ``PROC-10886.txt``, ``2025-12345.pdf``."""
        record = self.metadata
        extension = _EXTENSIONS[self.source]
        if record.number is not None and record.kind is Kind.EXECUTIVE_ORDER:
            return f"EO-{record.number}.{extension}"
        if record.number is not None and record.kind is Kind.PROCLAMATION:
            return f"PROC-{record.number}.{extension}"
        return f"{record.document_number}.{extension}"

    def provenance(self) -> dict[str, Any]:
        """Plain JSON without the order: the metadata, the source, disagreements and notes."""
        return {
            "metadata": self.metadata.to_dict(),
            "source": self.source,
            "source_url": self.source_url,
            "disagreements": [d.to_dict() for d in self.disagreements],
            "notes": list(self.notes),
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: ``{"order": order.to_dict(), **provenance()}``."""
        return {"order": self.order.to_dict(), **self.provenance()}

    def save(self, folder: str | os.PathLike[str]) -> tuple[Path, Path]:
        """Write the source as downloaded and its provenance beside it; returns both paths.

        ``EO-14157.xml`` and ``EO-14157.fr.json`` (the metadata, source URL and
        disagreements), each written atomically.  ``Corpus.from_dir`` reads the
        folder afterwards (it skips the ``.json`` files).
        """
        root = Path(folder)
        source = root / self.filename
        provenance = source.with_name(source.stem + ".fr.json")
        text = json.dumps(self.provenance(), indent=2, ensure_ascii=False) + "\n"
        write_atomic(source, [self.content])
        write_atomic(provenance, [text.encode("utf-8")])
        return source, provenance


def _docnum(value: str) -> tuple[str, int] | str:
    """``2012-07333`` and ``2012-7333`` are the same FR document number."""
    head, _, tail = value.strip().upper().replace("\u2013", "-").rpartition("-")
    return (head, int(tail)) if head and tail.isdigit() else value.strip().upper()


def _citation(value: str) -> str:
    return " ".join(value.upper().split())


def disagreements(order: Order, record: Record) -> tuple[Disagreement, ...]:
    """The facts that both the text and the metadata state, and state differently."""
    found: list[Disagreement] = []
    if record.kind is not None and record.kind is not Kind.OTHER and order.kind != record.kind:
        found.append(Disagreement("kind", order.kind.value, record.kind.value))
    if order.number is not None and record.number is not None and order.number != record.number:
        found.append(Disagreement("number", order.number, record.number))
    if order.signed and record.signing_date and order.signed != record.signing_date:
        found.append(Disagreement("signed", order.signed, record.signing_date))
    if (
        order.citation
        and record.citation
        and _citation(order.citation) != _citation(record.citation)
    ):
        found.append(Disagreement("citation", order.citation, record.citation))
    if order.document_number and _docnum(order.document_number) != _docnum(record.document_number):
        found.append(Disagreement("document_number", order.document_number, record.document_number))
    return tuple(found)


def _candidates(record: Record, source: str) -> list[tuple[str, str]]:
    if source not in SOURCES:
        raise ValueError(f"source is one of {', '.join(SOURCES)}, not {source!r}")
    urls = {"xml": record.full_text_xml_url, "text": record.raw_text_url, "pdf": record.pdf_url}
    wanted = ("xml", "text") if source == "auto" else (source,)
    return [(fmt, url) for fmt in wanted if (url := urls[fmt])]


def fetch_record(
    client: Client,
    record: Record,
    *,
    source: str = "auto",
    strict: bool = False,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
) -> FetchedDocument:
    """Download and parse the full text of ``record`` (see :func:`fetch_document`)."""
    candidates = _candidates(record, source)
    if not candidates:
        offer = " (a PDF is: source='pdf')" if source == "auto" and record.pdf_url else ""
        what = "no XML or raw text" if source == "auto" else f"no {source} full text"
        raise DocumentNotFound(
            f"{record.label()} ({record.document_number}): the Federal Register has {what}{offer}"
        )
    notes: list[str] = []
    for index, (fmt, url) in enumerate(candidates):
        last = index == len(candidates) - 1
        name = f"{record.document_number}.{_EXTENSIONS[fmt]}"
        try:
            data = client.get_file(url, what=f"the {fmt} full text of {record.label()}")
            order = parse_bytes(data, name, strict=strict, pdf_backend=pdf_backend)
        except StrictModeError:
            raise
        except (DocumentNotFound, OfflineCacheMiss) as error:
            if last:
                raise
            notes.append(f"the {fmt} full text is missing ({error.reason}); read the next source")
            continue
        except FetchError:
            raise
        except EOParseError as error:
            if last:
                raise
            notes.append(f"the {fmt} full text could not be read ({error.reason}); read the next")
            continue
        found = disagreements(order, record)
        if found:
            listed = "; ".join(str(d) for d in found)
            warnings.warn(
                f"{record.label()} ({record.document_number}): {listed}",
                MetadataDisagreement,
                stacklevel=3,
            )
        return FetchedDocument(order, record, fmt, url, found, tuple(notes), data)
    raise AssertionError("unreachable: the last candidate returns or raises")  # pragma: no cover


def fetch_document(
    ref: Ref | DocRef,
    *,
    client: Client,
    source: str = "auto",
    strict: bool = False,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
) -> FetchedDocument:
    """Find the document ``ref`` names, download its full text and parse it."""
    record = client.resolve(ref)
    return fetch_record(client, record, source=source, strict=strict, pdf_backend=pdf_backend)
