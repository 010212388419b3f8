"""The eoparse data model: frozen value classes, one per thing an analyst talks about.

An :class:`Order` is the parsed document: header facts, the normalised ``text``,
the :class:`Section` tree and the extracted items.  Every extracted item carries
``where`` (a section path such as ``2(a)(i)``, ``preamble`` or ``signature``) and
``span`` (start, end) into ``Order.text``; ``order.quote(item)`` gives its words.

All classes are immutable (attrs ``frozen`` with slots) and hold tuples, never
lists, so orders can be hashed, cached and shared between threads.


The model is a package of three modules: :mod:`~eoparse.model.vocabulary` (spans, keys,
enums), :mod:`~eoparse.model.items` (the section tree and the extracted items) and
:mod:`~eoparse.model.order` (the :class:`Order`); everything is importable from here.
"""

from __future__ import annotations

from eoparse.model.items import (
    Amendment,
    Authority,
    Body,
    Designation,
    EmergencyAction,
    Grant,
    Instrument,
    Measure,
    ParseWarning,
    Reference,
    Section,
)
from eoparse.model.order import Order, evolve
from eoparse.model.vocabulary import (
    SCHEMA_VERSION,
    BodyAction,
    DesignationCategory,
    DocumentKey,
    EmergencyActionType,
    HasSpan,
    Kind,
    Location,
    MeasureAction,
    Modality,
    PageMark,
    Relation,
    SectionKind,
    Severity,
    Span,
    WordBox,
    document_key,
)

__all__ = [
    "SCHEMA_VERSION",
    "Amendment",
    "Authority",
    "Body",
    "BodyAction",
    "Designation",
    "DesignationCategory",
    "DocumentKey",
    "EmergencyAction",
    "EmergencyActionType",
    "Grant",
    "HasSpan",
    "Instrument",
    "Kind",
    "Location",
    "Measure",
    "MeasureAction",
    "Modality",
    "Order",
    "PageMark",
    "ParseWarning",
    "Reference",
    "Relation",
    "Section",
    "SectionKind",
    "Severity",
    "Span",
    "WordBox",
    "document_key",
    "evolve",
]
