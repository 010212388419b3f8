"""Fetching from the Federal Register API (issue #19), against a loopback mirror.

Nothing here touches the network: the ``mirror`` fixture serves API-shaped
JSON built from the metadata in :mod:`tests.fetch_fixtures` (written by us)
on 127.0.0.1, with the corpus's texts of EO 13224 and EO 14157 where the
corpus is present and short fictional texts otherwise; faults (429, 500,
slow and cut-short answers, bad JSON) are scripted with the mirror's hook.
An autouse fixture points ``EOPARSE_FR_API`` at a closed loopback port and
``EOPARSE_CACHE`` at a temporary folder, so a test that forgot ``base_url``
fails instead of reaching the real API.  Retries wait through a recording
no-op, so the suite stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import eoparse
from eoparse.cache import DiskCache
from eoparse.cli import main
from eoparse.errors import (
    AmbiguousReference,
    BadReference,
    DocumentNotFound,
    EOParseError,
    FetchError,
    FetchTimeout,
    MalformedResponse,
    NoNetwork,
    OfflineCacheMiss,
    ServerError,
)
from eoparse.fedreg import Client, MetadataDisagreement, Policy, fetch_corpus
from eoparse.fedreg.client import CACHE_NAMESPACE
from eoparse.fedreg.http import retry_after, user_agent
from eoparse.fedreg.mirror import Mirror, Reply
from eoparse.model import Kind

from .conftest import ROOT, requires_corpus
from .fetch_fixtures import NOTICES, corpus_documents, written_documents

CLOSED = "http://127.0.0.1:9/api/v1"
"""The discard port on loopback: nothing listens, so a stray request fails at once."""


class Sleeps(list[float]):
    """A ``sleep`` that waits for nothing and remembers what it was asked."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOPARSE_FR_API", CLOSED)
    monkeypatch.setenv("EOPARSE_CACHE", str(tmp_path / "default-cache"))
    monkeypatch.delenv("EOPARSE_OFFLINE", raising=False)


@pytest.fixture
def mirror() -> Iterator[Mirror]:
    with Mirror([*written_documents(), *corpus_documents()]) as served:
        yield served


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def client_for(
    mirror: Mirror,
    cache_dir: Path,
    sleeps: Sleeps | None = None,
    *,
    offline: bool = False,
    **policy: float,
) -> Client:
    options = {"min_interval": 0.0, "backoff": 0.5, "timeout": 5.0, **policy}
    return Client(
        base_url=mirror.url,
        cache_dir=cache_dir,
        offline=offline,
        policy=Policy(**options),
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def paths(mirror: Mirror, part: str) -> list[str]:
    return [r for r in mirror.requests if part in r]


def once(path_part: str, reply: Reply, times: int = 1) -> object:
    """A hook answering the first ``times`` requests whose path has ``path_part`` with ``reply``."""
    left = [times]

    def hook(path: str, query: Mapping[str, list[str]]) -> Reply | None:
        if path_part in path and left[0] > 0:
            left[0] -= 1
            return reply
        return None

    return hook


# -- found ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref",
    ["EO 14990", "Executive Order 14990", "E.O. 14990", 14990, "2026-14990", "91 FR 1101"],
)
def test_found_by_every_kind_of_reference(
    ref: object, mirror: Mirror, cache_dir: Path, sleeps: Sleeps
) -> None:
    fetched = eoparse.fetch_document(ref, client=client_for(mirror, cache_dir, sleeps))
    assert fetched.order.kind is Kind.EXECUTIVE_ORDER
    assert fetched.order.number == 14990
    assert fetched.source == "xml"  # the XML full text is preferred
    assert fetched.source_url.endswith("/files/2026-14990.xml")
    assert fetched.metadata.document_number == "2026-14990"
    assert fetched.metadata.notes == "See: EO 14991, July 10, 2026"
    assert fetched.disagreements == ()
    assert sleeps == []


def test_fetch_returns_the_order_parse_bytes_gives(mirror: Mirror, cache_dir: Path) -> None:
    from .fetch_fixtures import EO_14990_XML

    order = eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir)
    assert order == eoparse.parse_bytes(EO_14990_XML.encode(), "2026-14990.xml")


def test_a_reference_target_is_fetched(mirror: Mirror, cache_dir: Path) -> None:
    from .fetch_fixtures import EO_14991_TEXT

    amending = eoparse.parse_text(EO_14991_TEXT)
    [reference] = [r for r in amending.references if r.target.number == 14990]
    order = eoparse.fetch(reference, base_url=mirror.url, cache_dir=cache_dir)
    assert order.number == 14990
    assert eoparse.fetch(reference.target, base_url=mirror.url, cache_dir=cache_dir) == order


def test_proclamations_memoranda_and_notices(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    with pytest.warns(MetadataDisagreement):
        proclamation = eoparse.fetch("Proclamation 10990", client=client)
    assert (proclamation.kind, proclamation.number) == (Kind.PROCLAMATION, 10990)
    notice = eoparse.fetch("Notice of January 13, 2025", client=client)
    assert notice.kind is Kind.NOTICE
    assert notice.signed == dt.date(2025, 1, 13)
    assert notice.emergencies[0].action == "continue"


def test_source_text_reads_the_raw_text(mirror: Mirror, cache_dir: Path) -> None:
    fetched = eoparse.fetch_document(
        "EO 14990", source="text", client=client_for(mirror, cache_dir)
    )
    assert fetched.source == "text"
    assert fetched.order.number == 14990


def test_an_unreadable_xml_falls_back_to_the_raw_text(mirror: Mirror, cache_dir: Path) -> None:
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><EXECORD>&e;</EXECORD>'
    mirror.hook = once(".xml", Reply(200, entity))
    fetched = eoparse.fetch_document("EO 14990", client=client_for(mirror, cache_dir))
    assert fetched.source == "text"
    assert fetched.order.number == 14990
    assert "could not be read" in fetched.notes[0]
    with pytest.raises(eoparse.MalformedXML):  # asked for the XML only, the error stands
        eoparse.fetch_document("EO 14990", source="xml", client=client_for(mirror, cache_dir))


def test_no_pdf_unless_asked(mirror: Mirror, cache_dir: Path) -> None:
    with pytest.raises(DocumentNotFound, match="no pdf full text"):
        eoparse.fetch("EO 14990", source="pdf", client=client_for(mirror, cache_dir))
    assert paths(mirror, "/files/") == []


@requires_corpus
def test_corpus_texts_xml_then_raw_text_then_pdf_on_request(
    mirror: Mirror, cache_dir: Path
) -> None:
    client = client_for(mirror, cache_dir)
    fetched = eoparse.fetch_document("EO 13224", client=client)
    assert (fetched.source, fetched.order.source_format) == ("xml", "xml")
    assert fetched.order.citation == "66 FR 49079"
    assert "EO 13268" in (fetched.metadata.notes or "")
    assert fetched.disagreements == ()
    text = eoparse.fetch_document("Executive Order 14157", client=client)
    assert (text.source, text.order.number, text.order.document_number) == (
        "text",
        14157,
        "2025-02004",
    )
    pdf = eoparse.fetch_document("2025-02004", source="pdf", client=client)
    assert (pdf.source, pdf.order.source_format, pdf.order.number) == ("pdf", "pdf", 14157)
    assert pdf.disagreements == ()


def test_the_user_agent_names_eoparse_and_its_version(mirror: Mirror, cache_dir: Path) -> None:
    eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir))
    agents = {h.get("user-agent") for h in mirror.headers}
    assert agents == {user_agent()}
    assert user_agent().startswith(f"eoparse/{eoparse.__version__} ")


# -- provenance -------------------------------------------------------------------------


def test_metadata_never_overrides_the_text_and_a_disagreement_warns(
    mirror: Mirror, cache_dir: Path
) -> None:
    with pytest.warns(MetadataDisagreement, match="signed: the text says 2026-03-01"):
        fetched = eoparse.fetch_document("Proclamation 10990", client=client_for(mirror, cache_dir))
    assert fetched.order.signed == dt.date(2026, 3, 1)  # the text's date
    assert fetched.metadata.signing_date == dt.date(2026, 3, 2)
    [disagreement] = fetched.disagreements
    assert disagreement.to_dict() == {
        "field": "signed",
        "text": "2026-03-01",
        "metadata": "2026-03-02",
    }
    data = json.loads(json.dumps(fetched.to_dict()))
    assert data["order"]["signed"] == "2026-03-01"
    assert data["metadata"]["signing_date"] == "2026-03-02"


def test_save_writes_the_source_and_its_provenance(
    mirror: Mirror, cache_dir: Path, tmp_path: Path
) -> None:
    fetched = eoparse.fetch_document("EO 14990", client=client_for(mirror, cache_dir))
    source, provenance = fetched.save(tmp_path / "out")
    assert source.name == "EO-14990.xml"
    assert eoparse.parse(source) == fetched.order
    assert json.loads(provenance.read_text())["metadata"]["document_number"] == "2026-14990"


# -- not found, several matches, bad references ----------------------------------------


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("EO 14999", "no EO 14999 in the Federal Register"),
        ("Proclamation 10999", "no Proclamation 10999"),
        ("2026-99999", "not found: FR Doc. 2026-99999"),
        ("Memorandum of 2026-06-03", "no Memorandum of 2026-06-03"),
        ("99 FR 1", "no FR 99 FR 1|no 99 FR 1"),
    ],
)
def test_not_found(ref: str, message: str, mirror: Mirror, cache_dir: Path) -> None:
    with pytest.raises(DocumentNotFound, match=message):
        eoparse.fetch(ref, client=client_for(mirror, cache_dir))


@pytest.mark.parametrize(
    ("ref", "candidates"),
    [
        ("EO 14991", ("2026-15001", "R1-2026-15001")),
        ("Memorandum of June 2, 2026", ("2026-11001", "2026-11002")),
    ],
)
def test_several_matches(
    ref: str, candidates: tuple[str, ...], mirror: Mirror, cache_dir: Path
) -> None:
    client = client_for(mirror, cache_dir)
    with pytest.raises(AmbiguousReference, match="2 documents match") as caught:
        eoparse.fetch(ref, client=client)
    assert caught.value.candidates == candidates
    # each candidate is then fetched by its FR document number
    assert eoparse.fetch(candidates[-1], client=client).signed is not None


@pytest.mark.parametrize("ref", ["EO fourteen", "", "NSPM 7", True, -3, 2.5])
def test_bad_references(ref: object) -> None:
    with pytest.raises(BadReference) as caught:
        eoparse.fetch(ref, offline=True)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, FetchError)


# -- search and paging -------------------------------------------------------------------


def test_search_pages_through_the_results(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    records = eoparse.search(kind="notice", per_page=10, client=client)
    assert len(records) == NOTICES
    assert [r.kind for r in records] == [Kind.NOTICE] * NOTICES
    assert len({r.document_number for r in records}) == NOTICES
    assert [r.publication_date for r in records] == sorted(r.publication_date for r in records)
    pages = paths(mirror, "documents.json")
    assert [p.split("page=")[-1].split("&")[0] for p in pages] == ["1", "2", "3"]
    assert all("conditions%5Bpresidential_document_type%5D%5B%5D=notice" in p for p in pages)


def test_search_filters_and_limit(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    early = client.search(kind="notice", signed_before="2025-01-31")
    assert [r.signing_date for r in early] == [
        dt.date(2025, 1, 6),
        dt.date(2025, 1, 13),
        dt.date(2025, 1, 20),
        dt.date(2025, 1, 27),
    ]
    assert len(client.search(kind="notice", limit=3, per_page=2)) == 3
    default = client.search(president="Donald Trump", signed_after=dt.date(2026, 1, 1))
    assert {r.kind for r in default} == {
        Kind.EXECUTIVE_ORDER,
        Kind.PROCLAMATION,
        Kind.MEMORANDUM,
    }
    assert client.search(kind="executive_order", term="Test Fixtures")[0].number == 14990
    assert client.search(kind="determination") == []  # "results" is absent: no records


def test_search_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown president"):
        eoparse.search(president="Nobody", offline=True)
    with pytest.raises(ValueError, match="does not index"):
        eoparse.search(kind="other", offline=True)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        eoparse.search(signed_after="last week", offline=True)
    with pytest.raises(ValueError, match="per_page"):
        eoparse.search(per_page=5000, offline=True)


def test_corpus_fetch_from_a_search_and_from_references(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    notices = eoparse.Corpus.fetch(kind="notice", client=client, progress=False)
    assert len(notices) == NOTICES
    assert notices.failures == ()
    assert all(o.kind is Kind.NOTICE for o in notices)
    source = notices.source(notices.orders[0])
    assert source is not None
    assert source.startswith(mirror.root)
    pair = fetch_corpus(["EO 14990", "EO 14999", "2026-15001"], client=client, progress=False)
    assert sorted(o.number for o in pair if o.number) == [14990, 14991]
    [failure] = pair.failures
    assert (failure.source, failure.error) == ("EO 14999", "DocumentNotFound")
    assert [e.label for e in pair.lineage(14990)] == ["Executive Order 14991"]


# -- the network misbehaving -------------------------------------------------------------


def test_429_then_success_honours_retry_after(
    mirror: Mirror, cache_dir: Path, sleeps: Sleeps
) -> None:
    mirror.hook = once("documents.json", Reply(429, b"slow down", {"Retry-After": "7"}))
    order = eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir, sleeps))
    assert order.number == 14990
    assert sleeps == [7.0]  # the server's Retry-After, not the backoff
    assert len(paths(mirror, "documents.json")) == 2


def test_500_three_times_is_a_server_error(mirror: Mirror, cache_dir: Path, sleeps: Sleeps) -> None:
    mirror.hook = once("documents.json", Reply(500, b"oops"), times=3)
    with pytest.raises(ServerError, match="server error 500, 3 tries") as caught:
        eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir, sleeps))
    assert caught.value.status == 500
    assert sleeps == [0.5, 1.0]  # exponential backoff
    assert len(paths(mirror, "documents.json")) == 3
    assert DiskCache(CACHE_NAMESPACE, root=cache_dir).info().entries == 0


def test_500_twice_then_success(mirror: Mirror, cache_dir: Path, sleeps: Sleeps) -> None:
    mirror.hook = once("documents.json", Reply(503, b""), times=2)
    assert eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir, sleeps)).number == 14990


def test_a_long_retry_after_is_not_waited_for(
    mirror: Mirror, cache_dir: Path, sleeps: Sleeps
) -> None:
    mirror.hook = once("documents.json", Reply(429, b"", {"Retry-After": "3600"}))
    with pytest.raises(ServerError, match="asks to wait 3600 s"):
        eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir, sleeps))
    assert sleeps == []


def test_a_refusal_is_not_retried(mirror: Mirror, cache_dir: Path, sleeps: Sleeps) -> None:
    mirror.hook = once("documents.json", Reply(400, b'{"errors": {}}'))
    with pytest.raises(ServerError, match="refused the request"):
        eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir, sleeps))
    assert len(paths(mirror, "documents.json")) == 1


def test_timeout(mirror: Mirror, cache_dir: Path, sleeps: Sleeps) -> None:
    mirror.hook = once("documents.json", Reply(200, b"{}", delay=1.0), times=2)
    client = client_for(mirror, cache_dir, sleeps, timeout=0.2, retries=1)
    with pytest.raises(FetchTimeout, match=r"no answer within 0\.2 s") as caught:
        eoparse.fetch("EO 14990", client=client)
    assert isinstance(caught.value, NoNetwork)
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'{"count": "many"}', b'{"count": 1, "results": [{"title": "x"}]}'],
)
def test_malformed_json_is_an_error_and_is_not_cached(
    body: bytes, mirror: Mirror, cache_dir: Path
) -> None:
    mirror.hook = once("documents.json", Reply(200, body, {"Content-Type": "application/json"}))
    with pytest.raises(MalformedResponse) as caught:
        eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir))
    assert caught.value.url is not None
    assert "documents.json" in caught.value.url
    assert DiskCache(CACHE_NAMESPACE, root=cache_dir).info().entries == 0


def test_an_interrupted_download_leaves_no_cache_entry(mirror: Mirror, cache_dir: Path) -> None:
    from .fetch_fixtures import EO_14990_XML

    cut = Reply(200, EO_14990_XML.encode(), {"Content-Type": "application/xml"}, cut_after=120)
    mirror.hook = once(".xml", cut, times=3)
    client = client_for(mirror, cache_dir)
    with pytest.raises(NoNetwork, match="cut short"):
        eoparse.fetch("EO 14990", source="xml", client=client)
    cache = DiskCache(CACHE_NAMESPACE, root=cache_dir)
    [xml_url] = {r for r in mirror.requests if r.endswith(".xml")}
    assert cache.get(mirror.root + xml_url) is None
    assert not list(cache_dir.rglob(".tmp-*"))
    # the search's answer was whole and is kept; the next try downloads the text again
    assert cache.info().entries == 1
    assert eoparse.fetch("EO 14990", source="xml", client=client).number == 14990


def test_no_server_is_no_network(cache_dir: Path, sleeps: Sleeps) -> None:
    client = Client(
        base_url=CLOSED, cache_dir=cache_dir, policy=Policy(min_interval=0), sleep=sleeps
    )
    with pytest.raises(NoNetwork, match="cannot reach the server"):
        eoparse.fetch("EO 14990", client=client)
    with pytest.raises(NoNetwork):
        eoparse.fetch("EO 14990", base_url="ftp://127.0.0.1/api", cache_dir=cache_dir)


def test_requests_are_spaced_politely(mirror: Mirror, cache_dir: Path, sleeps: Sleeps) -> None:
    client = client_for(mirror, cache_dir, sleeps, min_interval=0.5)
    eoparse.fetch("EO 14990", client=client)  # a search, then the XML: two requests
    assert len(mirror.requests) == 2
    assert len(sleeps) == 1
    assert 0.3 < sleeps[0] <= 0.5


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None


# -- the cache, online and offline -------------------------------------------------------


def test_offline_with_a_cache_hit(mirror: Mirror, cache_dir: Path) -> None:
    online = eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir)
    served = len(mirror.requests)
    offline = eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir, offline=True)
    assert offline == online
    assert len(mirror.requests) == served  # nothing asked of the server


def test_offline_from_the_environment(
    mirror: Mirror, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir)
    served = len(mirror.requests)
    monkeypatch.setenv("EOPARSE_OFFLINE", "1")
    monkeypatch.setenv("EOPARSE_FR_API", mirror.url)
    monkeypatch.setenv("EOPARSE_CACHE", str(cache_dir))
    assert eoparse.fetch("EO 14990").number == 14990
    with pytest.raises(OfflineCacheMiss):
        eoparse.fetch("EO 14991")
    assert len(mirror.requests) == served
    # offline=False overrides the environment
    assert eoparse.fetch("2026-15001", offline=False).number == 14991


def test_offline_with_a_cache_miss(mirror: Mirror, cache_dir: Path) -> None:
    with pytest.raises(OfflineCacheMiss, match="offline, and the cache has no copy") as caught:
        eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir, offline=True)
    assert "executive_order_numbers 14990" in str(caught.value)
    assert caught.value.url is not None
    assert mirror.requests == []


def test_offline_with_the_metadata_but_not_the_pdf(mirror: Mirror, cache_dir: Path) -> None:
    eoparse.fetch("EO 14990", base_url=mirror.url, cache_dir=cache_dir)
    with pytest.raises(OfflineCacheMiss, match="the text full text of Executive Order 14990"):
        eoparse.fetch(
            "EO 14990", source="text", base_url=mirror.url, cache_dir=cache_dir, offline=True
        )


def test_offline_auto_reads_the_text_that_is_cached(mirror: Mirror, cache_dir: Path) -> None:
    eoparse.fetch("EO 14990", source="text", base_url=mirror.url, cache_dir=cache_dir)
    fetched = eoparse.fetch_document(
        "EO 14990", base_url=mirror.url, cache_dir=cache_dir, offline=True
    )
    assert fetched.source == "text"
    assert fetched.notes[0].startswith("the xml full text is missing (offline")


def test_stale_api_answers_are_asked_again_texts_are_not(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    eoparse.fetch("EO 14990", client=client)
    client.max_age = dt.timedelta(0)
    eoparse.fetch("EO 14990", client=client)
    assert len(paths(mirror, "documents.json")) == 2
    assert len(paths(mirror, ".xml")) == 1


def test_a_damaged_cache_entry_is_fetched_again(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    eoparse.fetch("EO 14990", client=client)
    for entry in cache_dir.rglob("*.entry"):
        entry.write_bytes(entry.read_bytes()[:-5])  # cut short on disk
    assert eoparse.fetch("EO 14990", client=client).number == 14990
    assert len(mirror.requests) == 4
    offline = client_for(mirror, cache_dir, offline=True)
    assert eoparse.fetch("EO 14990", client=offline).number == 14990


def test_client_or_options_not_both(mirror: Mirror, cache_dir: Path) -> None:
    with pytest.raises(ValueError, match="not both"):
        eoparse.fetch("EO 14990", client=client_for(mirror, cache_dir), offline=True)
    with pytest.raises(ValueError, match="offline mode reads the cache"):
        Client(cache_dir=False, offline=True)


def test_a_misspelt_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="'ofline'"):
        eoparse.fetch("EO 14990", ofline=True)
    with pytest.raises(TypeError, match="'signed_since'"):
        eoparse.search(signed_since="2025-01-01")
    with pytest.raises(TypeError, match="'per_page'"):
        fetch_corpus(per_page=10)


def test_every_fetch_error_is_an_eoparse_error() -> None:
    for error in (
        AmbiguousReference,
        BadReference,
        DocumentNotFound,
        FetchTimeout,
        MalformedResponse,
        NoNetwork,
        OfflineCacheMiss,
        ServerError,
    ):
        assert issubclass(error, FetchError)
        assert issubclass(error, EOParseError)
        assert getattr(eoparse, error.__name__) is error


# -- the command line --------------------------------------------------------------------


def run(argv: list[str]) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the command turns warnings into lines, never leaks them
        status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_offline_on_an_empty_cache_is_one_line_and_fails(tmp_path: Path) -> None:
    env = {"EOPARSE_CACHE": str(tmp_path / "empty"), "PATH": "", "EOPARSE_FR_API": CLOSED}
    result = subprocess.run(
        [sys.executable, "-m", "eoparse", "fetch", "EO 14157", "--offline"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("eoparse: EO 14157: offline, and the cache has no copy of ")


def test_cli_fetch_prints_saves_and_warns(mirror: Mirror, cache_dir: Path, tmp_path: Path) -> None:
    base = ["--base-url", mirror.url, "--cache-dir", str(cache_dir)]
    status, out, err = run(["fetch", "EO 14990", *base])
    assert (status, err) == (0, "")
    assert json.loads(out)["number"] == 14990
    status, out, err = run(["fetch", "EO 14990", "2026-15001", "--format", "outline", *base])
    assert status == 0
    assert "14990" in out
    assert "14991" in out
    status, out, err = run(["fetch", "Proclamation 10990", "--format", "metadata", *base])
    assert status == 0
    assert json.loads(out)["disagreements"][0]["field"] == "signed"
    assert err == "eoparse: Proclamation 10990: warning: Proclamation 10990 (2026-04455): " + (
        "signed: the text says 2026-03-01, the API says 2026-03-02\n"
    )
    folder = tmp_path / "orders"
    status, out, err = run(["fetch", "EO 14990", "EO 14999", "EO 14991", "-o", str(folder), *base])
    assert status == 2
    assert (
        out == f"EO 14990: Executive Order 14990 → {folder / 'EO-14990.xml'} (+ EO-14990.fr.json)\n"
    )
    assert err.splitlines() == [
        "eoparse: EO 14999: no EO 14999 in the Federal Register",
        "eoparse: EO 14991: 2 documents match EO 14991: 2026-15001 (Amending Executive Order "
        "14990); R1-2026-15001 (Amending Executive Order 14990); fetch one by its FR document "
        "number",
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["EO-14990.fr.json", "EO-14990.xml"]
    corpus = eoparse.Corpus.from_dir(folder, progress=False, jobs=1)
    assert [o.number for o in corpus] == [14990]


def test_cli_cache_info_and_clear(mirror: Mirror, cache_dir: Path) -> None:
    run(["fetch", "EO 14990", "--base-url", mirror.url, "--cache-dir", str(cache_dir)])
    (cache_dir / "notes.txt").write_text("not the cache's: clear leaves it")
    status, out, _ = run(["cache", "info", "--cache-dir", str(cache_dir)])
    assert status == 0
    assert out.splitlines()[0] == f"cache: {cache_dir}"
    assert "http: 2 entries" in out
    status, out, _ = run(["cache", "clear", "--cache-dir", str(cache_dir)])
    assert status == 0
    assert out.startswith("removed http: 2 entries")
    assert [p.name for p in cache_dir.iterdir()] == ["notes.txt"]
    assert "http: 0 entries" in run(["cache", "info", "--cache-dir", str(cache_dir)])[1]


# -- the mirror and the import ---------------------------------------------------------


def test_the_mirror_refuses_what_it_does_not_implement(mirror: Mirror, cache_dir: Path) -> None:
    client = client_for(mirror, cache_dir)
    url = client.url("documents.json", [("conditions[agencies][]", "commerce-department")])
    with pytest.raises(ServerError, match="400") as caught:
        client.get_json(url, dict, what="a search by agency")
    assert caught.value.status == 400


@requires_corpus
def test_a_mirror_of_the_corpus(cache_dir: Path) -> None:
    from .conftest import CORPUS

    wanted = {"13224", "13268", "10886"}
    with Mirror.from_corpus(CORPUS, select=lambda row: row["number"] in wanted) as served:
        assert len(served.documents) == 3
        client = client_for(served, cache_dir)
        order = eoparse.fetch("EO 13268", client=client)
        assert (order.number, order.source_format) == (13268, "xml")
        records = client.search(president="george-w-bush")
        assert [r.number for r in records] == [13224, 13268]
        proclamation = eoparse.fetch_document("Proclamation 10886", client=client)
        assert proclamation.metadata.number == 10886
        assert proclamation.order.source_format == "whitehouse_md"


def test_importing_eoparse_loads_no_http_stack() -> None:
    code = (
        "import sys, eoparse, eoparse.fedreg, eoparse.cache\n"
        "print(sorted(m for m in ('urllib.request', 'http.client', 'http.server', "
        "'platformdirs') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
