"""The :class:`Corpus`: many orders indexed by identity — lineage, emergencies, in force.

``Corpus.from_dir(path)`` parses every document eoparse reads under ``path``
(``.txt``, ``.md``, ``.xml``, ``.html``/``.htm``, ``.pdf``; ``README`` files
are skipped) in parallel processes, with a progress bar when ``tqdm`` is
installed (``pip install 'eoparse[progress]'``; without it loading is
silent).  A file that cannot be parsed is listed in ``corpus.failures`` and
the load goes on.  ``Corpus(orders)`` wraps orders already parsed.

**One order per document.**  Orders are indexed by kind and number (an
unnumbered document — a memorandum, a notice — by kind and signing date).
When the same document was read from several files (``text/EO-13224.txt``,
``xml/EO-13224.xml``, ``pdf/EO-13224.pdf``), the version the corpus uses is
the most complete (:func:`completeness`): one with its signature before one
without, one whose end is there (no ``fr-no-trailer``, ``fr-no-signature`` or
``pdf-truncated`` warning) before one cut short, then the one with the most
sections.  Among versions as complete as each other, the first in
:data:`FORMAT_PREFERENCE` wins: Federal Register raw text, then XML,
federalregister.gov HTML, the PDF, pdftotext output, plain text and last the
White House web text.  Raw text and XML are the printed text with the least
layout to undo; web text is not the Federal Register text at all.  (A raw
text cut short at its first page used to win over the complete XML: EO 13224
came back with 1 section instead of 11.)  The chosen version records why in
:attr:`Version.reason` (:meth:`Corpus.choice`); the other versions stay
available from :meth:`Corpus.versions`.

Lineage, priors, emergencies and what is in force are read from the
preferred versions: what the corpus's own orders say they do to each other.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from eoparse.compare import PowerDiff, diff
from eoparse.corpus.emergencies import Emergency, emergencies_of
from eoparse.corpus.lineage import LINEAGE_ACTIONS, LineageEvent, acts_on
from eoparse.corpus.load import LoadFailure, Version, find_files, load_files
from eoparse.errors import NotInCorpus
from eoparse.identity import Target, target_key
from eoparse.model import DocumentKey, Kind, Order, Span
from eoparse.read import DEFAULT_PDF_BACKEND

if TYPE_CHECKING:
    from eoparse.compare.consolidate import Consolidated

FORMAT_PREFERENCE = ("fr_text", "xml", "html", "pdf", "pdftext", "plain", "whitehouse_md")
"""Which version of a document the corpus uses, best first (``Order.source_format``)."""


CUT_SHORT = frozenset({"fr-no-trailer", "fr-no-signature", "pdf-truncated"})
"""The warnings that say a version's end is missing."""


def _rank(order: Order) -> int:
    fmt = order.source_format
    return FORMAT_PREFERENCE.index(fmt) if fmt in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)


def completeness(order: Order) -> tuple[bool, bool, int]:
    """How complete a version is, compared as a tuple (more is better): whether it has
    its signature, whether its end is there (no warning in :data:`CUT_SHORT`), and how
    many sections it has."""
    whole = not any(w.code in CUT_SHORT for w in order.warnings)
    return (order.signature is not None, whole, len(order.sections))


def _choice_key(version: Version) -> tuple[int, int, int, int, str]:
    signed, whole, sections = completeness(version.order)
    return (-signed, -whole, -sections, _rank(version.order), version.source or "")


def _describe(version: Version) -> str:
    signed, whole, sections = completeness(version.order)
    parts = [f"{sections} section{'s' if sections != 1 else ''}"]
    if not signed:
        parts.append("no signature")
    if not whole:
        parts.append("cut short")
    return f"{version.source or version.format} ({', '.join(parts)})"


def _reason(ranked: Sequence[Version]) -> str:
    """Why ``ranked[0]`` is the version the corpus uses."""
    chosen = ranked[0]
    if len(ranked) == 1:
        return "the only version"
    others = "; ".join(_describe(v) for v in ranked[1:])
    if all(completeness(v.order) == completeness(chosen.order) for v in ranked[1:]):
        return (
            f"as complete as the others ({others}); {chosen.format} comes first in "
            "FORMAT_PREFERENCE"
        )
    return f"the most complete: {_describe(chosen)}, against {others}"


def _ranked(group: Sequence[Version]) -> tuple[Version, ...]:
    """The versions of one document, the chosen one first and carrying its reason."""
    ranked = sorted(group, key=_choice_key)
    chosen = attrs.evolve(ranked[0], reason=_reason(ranked))
    return (chosen, *ranked[1:])


def _sort_key(order: Order) -> tuple[dt.date, str, int, str]:
    return (order.signed or dt.date.max, order.kind.value, order.number or 0, order.title or "")


def _referred(order: Order) -> list[tuple[Span, DocumentKey]]:
    """Where ``order`` refers to another document, and which: its references (of any
    relation, citing included) and the emergencies it acts on that another declared."""
    found = [(r.span, r.target.key) for r in order.references]
    found += [(e.span, e.target.key) for e in order.emergencies if e.target is not None]
    return found


@frozen(init=False, repr=False, eq=False)
class Corpus:
    """Many parsed orders, indexed by kind and number, with their lineage.

    ``Corpus(orders)`` takes orders (or :class:`Version` objects); see
    :meth:`from_dir` to parse a folder.  Iterating gives the preferred
    version of each document in signing-date order.
    """

    all_versions: tuple[Version, ...]
    """Every version loaded, preferred or not."""
    failures: tuple[LoadFailure, ...]
    """The files that could not be loaded (``from_dir``)."""
    _index: MappingProxyType[DocumentKey, tuple[Version, ...]]
    _orders: tuple[Order, ...]
    _acts: MappingProxyType[DocumentKey, tuple[LineageEvent, ...]]

    def __init__(
        self, orders: Iterable[Order | Version] = (), *, failures: Iterable[LoadFailure] = ()
    ) -> None:
        versions = tuple(v if isinstance(v, Version) else Version(v) for v in orders)
        groups: dict[DocumentKey, list[Version]] = {}
        for number, version in enumerate(versions):
            key = version.order.key
            if key is None:  # neither number nor date: one entry of its own
                key = (version.order.kind.value, f"#{number}:{version.order.title or ''}")
            groups.setdefault(key, []).append(version)
        index = {key: _ranked(group) for key, group in groups.items()}
        preferred = tuple(sorted((g[0].order for g in index.values()), key=_sort_key))
        self.__attrs_init__(
            versions,
            tuple(failures),
            MappingProxyType(index),
            preferred,
            MappingProxyType(acts_on(preferred)),
        )

    # -- loading --------------------------------------------------------------

    @classmethod
    def from_dir(
        cls,
        path: str | os.PathLike[str],
        *,
        glob: str | Sequence[str] | None = None,
        jobs: int | None = None,
        progress: bool = True,
        pdf_backend: str = DEFAULT_PDF_BACKEND,
        cache: bool = False,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> Corpus:
        """Parse every document under ``path`` (recursively).

        ``glob`` restricts the files (``"text/*.txt"``, or several patterns,
        relative to ``path``); ``jobs`` is the number of worker processes
        (default: the CPUs; 1 parses in this process); ``progress`` shows a
        bar (tqdm, in a terminal or a notebook) when tqdm is installed.
        ``cache=True`` keeps each parsed file in the user's cache directory
        (``cache_dir``, else ``$EOPARSE_CACHE``, else the platform's; see
        :mod:`eoparse.corpus.parsed`) and reads it back while the file is
        unchanged, so that loading the same folder again takes a fraction of
        the time.  Raises ``FileNotFoundError`` when ``path`` does not exist
        and ``NotADirectoryError`` when it is not a folder.
        """
        files = find_files(path, glob)
        return cls.from_paths(
            files,
            jobs=jobs,
            progress=progress,
            pdf_backend=pdf_backend,
            cache=cache,
            cache_dir=cache_dir,
        )

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        jobs: int | None = None,
        progress: bool = True,
        pdf_backend: str = DEFAULT_PDF_BACKEND,
        cache: bool = False,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> Corpus:
        """Parse the files at ``paths`` (see :meth:`from_dir` for the options)."""

        def load(files: list[str]) -> tuple[list[Version], list[LoadFailure]]:
            return load_files(files, jobs=jobs, progress=progress, pdf_backend=pdf_backend)

        files = [str(p) for p in paths]
        if not cache:
            versions, failures = load(files)
        else:
            from eoparse.corpus.parsed import ParsedCache

            store = ParsedCache(pdf_backend=pdf_backend, root=cache_dir)
            versions, failures = store.load(files, load)
        return cls(versions, failures=failures)

    @classmethod
    def fetch(cls, refs: Iterable[Any] | None = None, **options: Any) -> Corpus:
        """Fetch documents from the Federal Register: those a search finds, or ``refs``.

        Takes the arguments of :func:`eoparse.fedreg.fetch_corpus` (``kind=``,
        ``president=``, ``signed_after=`` … ``offline=``, ``cache_dir=``; see
        :class:`eoparse.fedreg.CorpusOptions`).
        """
        from eoparse.fedreg import fetch_corpus

        return fetch_corpus(refs, **options)

    # -- looking orders up ---------------------------------------------------------

    @property
    def orders(self) -> tuple[Order, ...]:
        """The preferred version of each document, in signing-date order."""
        return self._orders

    def __len__(self) -> int:
        return len(self._orders)

    def __iter__(self) -> Iterator[Order]:
        return iter(self._orders)

    def __contains__(self, target: object) -> bool:
        try:
            return target_key(target) in self._index  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            return False

    def __getitem__(self, target: Target) -> Order:
        """The preferred version of ``target``; :class:`~eoparse.NotInCorpus` (a
        ``KeyError``) naming it when the corpus does not hold it."""
        found = self.get(target)
        if found is None:
            key = target_key(target)
            raise NotInCorpus(f"{_key_label(key)} is not in the corpus", key=key)
        return found

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self._orders)} documents, {len(self.all_versions)} versions, "
            f"{len(self.failures)} failures)"
        )

    def get(self, target: Target) -> Order | None:
        """The preferred version of the document ``target`` names, or ``None``."""
        versions = self._index.get(target_key(target))
        return versions[0].order if versions else None

    def versions(self, kind: str | Kind, number: int | str | dt.date) -> tuple[Version, ...]:
        """Every version of a document, the preferred one first (empty if there is none)."""
        return self._index.get(target_key((kind, number)), ())

    def choice(self, target: Target) -> Version | None:
        """The version of ``target`` the corpus uses, with its file and, in
        :attr:`Version.reason`, why it was chosen (``None`` if there is none)."""
        versions = self._index.get(target_key(target))
        return versions[0] if versions else None

    def source(self, order: Order) -> str | None:
        """The file the corpus read ``order`` from."""
        key = order.key
        for version in self._index.get(key, ()) if key else ():
            if version.order is order:
                return version.source
        return None

    def by_kind(self, kind: str | Kind) -> tuple[Order, ...]:
        """The documents of one kind, in signing-date order."""
        wanted = Kind(kind)
        return tuple(o for o in self._orders if o.kind is wanted)

    def counts(self) -> dict[str, dict[str, int]]:
        """Documents per kind and versions per format."""
        kinds: dict[str, int] = {}
        formats: dict[str, int] = {}
        for order in self._orders:
            kinds[order.kind.value] = kinds.get(order.kind.value, 0) + 1
        for version in self.all_versions:
            formats[version.format] = formats.get(version.format, 0) + 1
        return {"kinds": kinds, "formats": formats}

    # -- how orders act on each other --------------------------------------------------

    def lineage(
        self, target: Target, *, actions: Iterable[str] = LINEAGE_ACTIONS
    ) -> tuple[LineageEvent, ...]:
        """What the corpus's orders did to ``target``, in date order, with their words.

        By default: amended, superseded, revoked, suspended or continued it, and
        expanded, continued, modified or terminated the emergency it declared
        (see :data:`LINEAGE_ACTIONS`; pass ``actions=`` to choose, e.g. add
        ``"invokes"``).
        """
        wanted = set(actions)
        return tuple(e for e in self._acts.get(target_key(target), ()) if e.action in wanted)

    def mentions(self, target: Target) -> tuple[Order, ...]:
        """The corpus orders that refer to ``target`` in any way (a reference of any
        relation, citing included, or an action on the emergency it declared), in
        signing-date order; ``target`` itself is left out."""
        key = target_key(target)
        return tuple(
            order
            for order in self._orders
            if order.key != key and any(k == key for _, k in _referred(order))
        )

    def prior(self, order: Order) -> tuple[Order, ...]:
        """The corpus orders ``order`` refers to (any relation, emergencies too), first
        mention first."""
        own = order.key
        seen: dict[DocumentKey, None] = {}
        for _, key in sorted(_referred(order), key=lambda mention: mention[0]):
            if key != own and key in self._index:
                seen.setdefault(key, None)
        return tuple(self._index[key][0].order for key in seen)

    def diff_with_prior(self, order: Order) -> PowerDiff:
        """The powers diff of ``order`` against the orders it refers to (:meth:`prior`).

        With no prior order in the corpus, everything ``order`` holds is added.
        """
        return diff(self.prior(order), order)

    def revoked(self, target: Target, *, as_of: dt.date | None = None) -> LineageEvent | None:
        """The first whole revocation or supersession of ``target`` (signed by ``as_of``)."""
        for event in self._acts.get(target_key(target), ()):
            if event.action not in ("revokes", "supersedes") or event.partial:
                continue
            if as_of is None or (event.signed is not None and event.signed <= as_of):
                return event
        return None

    def in_force(self, as_of: dt.date | None = None) -> tuple[Order, ...]:
        """The orders signed by ``as_of`` (default today) that no corpus order signed by
        then revoked or superseded in whole."""
        day = as_of or dt.date.today()
        out = []
        for order in self._orders:
            if order.signed is None or order.signed > day:
                continue
            if self.revoked(order, as_of=day) is None:
                out.append(order)
        return tuple(out)

    def emergencies(self, *, as_of: dt.date | None = None) -> tuple[Emergency, ...]:
        """Every national emergency the corpus declares or acts on, by declaration date: one
        row each, with the declaring instrument, threat and statutes, the orders that
        expanded, modified, continued, invoked or terminated it, and its ``status``
        (``active``, ``terminated``, ``revoked``) as of ``as_of`` (default: every order of
        the corpus).  See :mod:`eoparse.corpus.emergencies`."""
        return emergencies_of(self, as_of)

    def consolidated(self, target: Target, *, as_of: dt.date | None = None) -> Consolidated:
        """``target`` as amended by the corpus's orders signed by ``as_of`` (default: all).

        See :func:`eoparse.consolidate.consolidate`.
        """
        from eoparse.compare.consolidate import consolidate

        order = self[target]
        amending = [e.order for e in self.lineage(order)]
        return consolidate(order, amending, as_of=as_of)

    # -- tables ------------------------------------------------------------------

    def records(self, kind: str) -> list[dict[str, Any]]:
        """One plain row per item of ``kind`` over all documents (:mod:`eoparse.present.frames`)."""
        from eoparse.present.frames import records

        return records(self._orders, kind)

    def to_frame(self, kind: str) -> Any:
        """A pandas DataFrame of :meth:`records` (needs ``pip install 'eoparse[pandas]'``)."""
        from eoparse.present.frames import to_frame

        return to_frame(self._orders, kind)

    def designations(self, *, frame: bool = True) -> Any:
        """Every designation of the corpus's documents, one row each, in signing-date order.

        The columns are :data:`eoparse.present.frames.COMMON` (the order, its number and
        date, the section path, the span and the quote), then the designation's
        own (``designee``, ``designation``, ``category``, ``directed``,
        ``designator``, ``consulted``, ``names``, ``rank``, ``quoted``,
        ``terminated``, ``basis``; lists joined with ``"; "``).  A pandas
        DataFrame (``pip install 'eoparse[pandas]'``); ``frame=False`` gives the
        same rows as plain dicts, without pandas.
        """
        if not frame:
            return self.records("designations")
        return self.to_frame("designations")

    # -- display ---------------------------------------------------------------------

    def _repr_html_(self) -> str:
        """Notebook display: a summary table (:func:`eoparse.present.html.corpus_html`)."""
        from eoparse.present.html import corpus_html

        return corpus_html(self._orders, failures=self.failures, formats=self.counts()["formats"])

    def plot_lineage(self, target: Target, **options: Any) -> Any:
        """A timeline of :meth:`lineage` as a matplotlib Figure (``pip install 'eoparse[plot]'``).

        ``options`` go to :func:`eoparse.present.plot.plot_lineage` (``ax``, ``title``).
        Raises :class:`~eoparse.NotInCorpus` when the corpus does not hold ``target``:
        the timeline is drawn around it (``corpus.lineage(target)`` still lists what
        the corpus's documents did to it).
        """
        from eoparse.present.plot import plot_lineage

        root = self.get(target)
        events = self.lineage(target)
        if root is None:
            key = target_key(target)
            count = len({id(e.order) for e in events})
            documents = "1 corpus document acts" if count == 1 else f"{count} corpus documents act"
            acted = f" ({documents} on it: see Corpus.lineage)" if count else ""
            raise NotInCorpus(
                f"cannot plot the lineage of {_key_label(key)}: it is not in the corpus{acted}",
                key=key,
            )
        return plot_lineage(events, root=root, **options)


def _key_label(key: DocumentKey) -> str:
    """``Executive Order 12345``, ``Memorandum of 2025-05-14``, ``NSPM-7``: a key for people."""
    kind, ident = key
    name = kind.replace("_", " ").title()
    if ident.isdigit():
        return f"{name} {ident}"
    try:
        return f"{name} of {dt.date.fromisoformat(ident).isoformat()}"
    except ValueError:
        return ident or name


__all__ = ["FORMAT_PREFERENCE", "Corpus", "Emergency"]
