"""eoparse: U.S. executive orders and other presidential documents as structured, citable data.

>>> import eoparse
>>> order = eoparse.parse("EO-14157.txt")          # doctest: +SKIP
>>> order.number, order.title, order.signed          # doctest: +SKIP
>>> print(order.outline())                            # doctest: +SKIP
"""

from __future__ import annotations

from eoparse.api import parse, parse_bytes, parse_text
from eoparse.compare import (
    Change,
    Consolidated,
    FieldChange,
    Headline,
    ItemChange,
    PowerDiff,
    Relatedness,
    SectionChange,
    consolidate,
    diff,
)
from eoparse.corpus import Corpus, Emergency, LineageEvent
from eoparse.errors import (
    AmbiguousReference,
    BadReference,
    DocumentNotFound,
    EOParseError,
    FetchError,
    FetchTimeout,
    InputTooLarge,
    MalformedResponse,
    MalformedXML,
    NoNetwork,
    NotAPresidentialDocument,
    OfflineCacheMiss,
    ServerError,
    StrictModeError,
    UnknownPDFBackend,
    UnreadablePDF,
    UnsupportedFormat,
)
from eoparse.fedreg import FetchedDocument, fetch, fetch_document, search
from eoparse.model import (
    SCHEMA_VERSION,
    Amendment,
    Authority,
    Designation,
    DocumentKey,
    EmergencyAction,
    EmergencyActionType,
    Grant,
    Instrument,
    Kind,
    Modality,
    Order,
    Reference,
    Relation,
    Section,
    SectionKind,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Amendment",
    "Authority",
    "Change",
    "Consolidated",
    "Corpus",
    "Designation",
    "DocumentKey",
    "EOParseError",
    "Emergency",
    "EmergencyAction",
    "EmergencyActionType",
    "FieldChange",
    "Grant",
    "Headline",
    "InputTooLarge",
    "Instrument",
    "ItemChange",
    "Kind",
    "LineageEvent",
    "MalformedXML",
    "Modality",
    "NotAPresidentialDocument",
    "Order",
    "PowerDiff",
    "Reference",
    "Relatedness",
    "Relation",
    "Section",
    "SectionChange",
    "SectionKind",
    "StrictModeError",
    "UnknownPDFBackend",
    "UnreadablePDF",
    "UnsupportedFormat",
    "__version__",
    "consolidate",
    "diff",
    "parse",
    "parse_bytes",
    "parse_text",
]

# Fetching from the Federal Register API (eoparse.fedreg, issue #19)
__all__ += [
    "AmbiguousReference",
    "BadReference",
    "DocumentNotFound",
    "FetchError",
    "FetchTimeout",
    "FetchedDocument",
    "MalformedResponse",
    "NoNetwork",
    "OfflineCacheMiss",
    "ServerError",
    "fetch",
    "fetch_document",
    "search",
]
