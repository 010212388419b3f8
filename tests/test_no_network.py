"""No network, no entity expansion (issue #7).

Parsing never opens a socket: with ``socket.socket``, ``create_connection`` and
``getaddrinfo`` made to raise, and an audit hook recording every socket and
URL event, documents of every format — some full of URLs, external images
and entity declarations — parse as before.  XML entities are never expanded:
a billion-laughs document and external entities are refused at once.
"""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import eoparse
from eoparse import MalformedXML, Order

from .conftest import CORPUS, HAVE_CORPUS, SAMPLES

_EVENTS: list[str] = []
_RECORDING = False
_HOOKED = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _RECORDING and event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.")):
        _EVENTS.append(event)


class NetworkUsed(AssertionError):
    """Raised by the patched socket functions."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"eoparse tried to use the network: {args!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Sockets raise; audit events of the network modules are collected and returned."""
    global _RECORDING, _HOOKED
    if not _HOOKED:  # an audit hook cannot be removed: it records only while a test asks
        sys.addaudithook(_audit)
        _HOOKED = True
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "gethostbyname", _refuse)
    _EVENTS.clear()
    _RECORDING = True
    try:
        yield _EVENTS
    finally:
        _RECORDING = False


XML_WITH_URLS = """<?xml version="1.0" encoding="UTF-8"?>
<PRESDOCU xmlns:xlink="http://www.w3.org/1999/xlink">
<EXECORD>
<PRTPAGE P="101"/>
<EXECORDR>Executive Order 14990 of July 4, 2026</EXECORDR>
<HD SOURCE="HED">Remote Resources</HD>
<FP>By the authority vested in me as President, it is hereby ordered:</FP>
<P><E T="04">Section 1.</E> See https://www.federalregister.gov/ and
 <E xlink:href="http://127.0.0.1:9/x">this link</E>.</P>
<GPH><GID>http://127.0.0.1:9/image.eps</GID></GPH>
<PSIG>DJT</PSIG><PLACE>THE WHITE HOUSE,</PLACE><DATE>July 4, 2026.</DATE>
<FRDOC>[FR Doc. 2026-00001 Filed 7-6-26; 8:45 am]</FRDOC>
</EXECORD>
</PRESDOCU>
"""

HTML_WITH_URLS = """<html><head>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script src="http://127.0.0.1:9/x.js"></script></head><body>
Executive Order 14990 of July 4, 2026
<h1>Remote Resources</h1>
<p data-page="101">By the authority vested in me as President, it is hereby ordered:</p>
<p data-page="101"><strong>Section 1.</strong> See <a href="http://127.0.0.1:9/">this</a>.
<img src="http://127.0.0.1:9/sig.png"> &amp; &copy; &#169; &unknown;</p>
THE WHITE HOUSE,<br>July 4, 2026.
</body></html>
"""

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">\n'
        for n in range(1, 10)
    )
    + "]>\n<EXECORD><P>&lol9;</P></EXECORD>\n"
)
"""Nine levels of ten: expanded, a gigabyte of ``lol``."""

EXTERNAL_ENTITIES = [
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/e">]>'
    "<EXECORD><P>&e;</P></EXECORD>",
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    "<EXECORD><P>&e;</P></EXECORD>",
    '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/fr.dtd"><EXECORD/>',
    '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><EXECORD/>',
    '<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE EXECORD PUBLIC "-//GPO//FR" '
    '"http://127.0.0.1:9/fr.dtd"><EXECORD/>',
    '<?xml version="1.0"?><EXECORD><P>x</P></EXECORD><!DOCTYPE late [<!ENTITY e "e">]>',
]


def test_text_xml_html_and_markdown_parse_without_the_network(no_network: list[str]) -> None:
    orders = [
        eoparse.parse_text(XML_WITH_URLS),
        eoparse.parse_text(HTML_WITH_URLS),
        *(eoparse.parse(path) for path in sorted(SAMPLES.iterdir()) if path.suffix != ".py"),
    ]
    assert all(isinstance(order, Order) for order in orders)
    assert orders[0].number == orders[1].number == 14990
    assert no_network == []


@pytest.mark.skipif(not HAVE_CORPUS, reason=f"no corpus at {CORPUS}")
def test_every_format_of_the_corpus_parses_without_the_network(no_network: list[str]) -> None:
    paths = [
        CORPUS / "text" / "EO-13224.txt",
        CORPUS / "xml" / "EO-13224.xml",
        CORPUS / "html" / "EO-13224.html",
        CORPUS / "pdf" / "EO-13224.pdf",
        *sorted((CORPUS / "whitehouse_md").iterdir())[:1],
        *sorted((CORPUS / "pdftext").iterdir())[:1],
    ]
    for path in paths:
        assert isinstance(eoparse.parse(path), Order)
    assert isinstance(eoparse.parse(paths[3], pdf_backend="pdfplumber"), Order)
    assert no_network == []


def test_the_fixture_catches_a_socket(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.socket()


def test_billion_laughs_is_refused_unexpanded(no_network: list[str]) -> None:
    started = time.perf_counter()
    for parse in (
        lambda: eoparse.parse_text(BILLION_LAUGHS),
        lambda: eoparse.parse_bytes(BILLION_LAUGHS.encode(), "EO-14990.xml"),
    ):
        with pytest.raises(MalformedXML, match="DOCTYPE"):
            parse()
    assert time.perf_counter() - started < 2.0  # expanded, it would take minutes and gigabytes
    assert no_network == []


@pytest.mark.parametrize("source", EXTERNAL_ENTITIES)
def test_external_entities_and_dtds_are_refused(source: str, no_network: list[str]) -> None:
    with pytest.raises(MalformedXML):
        eoparse.parse_text(source)
    with pytest.raises(MalformedXML):
        eoparse.parse_bytes(source.encode("utf-8"), "order.xml")
    assert no_network == []


def test_a_refused_file_names_the_file(tmp_path: Path, no_network: list[str]) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(BILLION_LAUGHS)
    with pytest.raises(MalformedXML) as caught:
        eoparse.parse(path)
    assert str(path) in str(caught.value)
    assert no_network == []
