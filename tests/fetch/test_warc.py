"""WARC backfill: a small archive written with warcio itself, read back through rasd.fetch.warc."""

from __future__ import annotations

import gzip
import hashlib
import io

import fsspec
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.fetch import RawStore, read_warc
from rasd.records import Quarantined, RawPage

AR_TEXT = "أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي بحثا خلاله تطورات الأوضاع في المنطقة"
AR_PAGE = (
    f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اتصال</title></head>'
    f"<body><h1>اتصال هاتفي</h1><p>{AR_TEXT}</p></body></html>"
).encode()
CP1256_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
    f"<body><p>{AR_TEXT}</p></body></html>"
).encode("cp1256")
MISLABELLED = f'<html lang="en"><body><p>{AR_TEXT}</p><p>Share</p></body></html>'.encode()
EN_PAGE = (
    b'<html lang="en"><head><title>Call</title><script>var x = "\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84";'
    b"</script></head><body><p>The president held a phone call with his French counterpart about the "
    b"situation in the region.</p><p>\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7</p></body></html>"
)
EN_URL = "http://news.example/en/call.html"
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"

CASES = [
    # url, status, content-type, body, extra headers, expected
    ("http://news.example/ar/call.html", 200, "text/html; charset=utf-8", AR_PAGE, [], ("page", "utf-8")),
    ("http://news.example/ar/cp1256.html", 200, "text/html", CP1256_PAGE, [], ("page", "windows-1256")),
    (
        "http://news.example/ar/gz.html",
        200,
        "text/html; charset=utf-8",
        AR_PAGE,
        [("Content-Encoding", "gzip")],
        ("page", "utf-8"),
    ),
    ("http://news.example/ar/mislabelled.html", 200, "text/html", MISLABELLED, [], ("page", "utf-8")),
    # admitted like any live page: the language is judged once, by the clean stage (see below)
    ("http://news.example/en/call.html", 200, "text/html; charset=utf-8", EN_PAGE, [], ("page", "utf-8")),
    ("http://news.example/files/report.pdf", 200, "application/pdf", PDF, [], ("not_html",)),
    (
        "http://news.example/ar/missing.html",
        404,
        "text/html; charset=utf-8",
        b"<html lang=ar>404</html>",
        [],
        ("http_404",),
    ),
]


def build_warc(fh, gz: bool = True) -> None:
    writer = WARCWriter(fh, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "rasd tests"}))
    for url, status, ctype, body, extra, _ in CASES:
        payload = gzip.compress(body) if ("Content-Encoding", "gzip") in extra else body
        http_headers = StatusAndHeaders(
            f"{status} {'OK' if status == 200 else 'Not Found'}",
            [("Content-Type", ctype), ("Content-Length", str(len(payload)))] + extra,
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http_headers)
        )
        req = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def warc_path(tmp_path, request):
    path = tmp_path / ("sample.warc.gz" if request.param else "sample.warc")
    with open(path, "wb") as fh:
        build_warc(fh, gz=request.param)
    return path


def _outcome(item):
    if isinstance(item, RawPage):
        return ("page", item.charset)
    return (item.reason,)


def test_read_warc_outcomes(warc_path, tmp_path):
    store = RawStore(tmp_path / "raw")
    items = list(read_warc(str(warc_path), outlet_id="archive", store=store))
    assert [(i.url, _outcome(i)) for i in items] == [(c[0], c[5]) for c in CASES]  # one per response, in order
    pages = [i for i in items if isinstance(i, RawPage)]
    for p in pages:
        assert p.outlet_id == "archive" and p.discovered_via == "warc" and p.status == 200
        assert AR_TEXT in p.html or p.url == EN_URL
        body = store.get(p.content_hash)
        assert hashlib.sha256(body).hexdigest() == p.content_hash and len(body) == p.n_bytes
        assert body.decode(p.charset) == p.html  # content-encoding undone, bytes as served
        assert p.fetched_at.endswith("Z")
    quarantined = [i for i in items if isinstance(i, Quarantined)]
    assert all(q.stage == "fetch" and q.outlet_id == "archive" and q.url for q in quarantined)
    assert next(q for q in quarantined if q.reason == "http_404").value == "404"


def test_read_warc_over_fsspec_memory(warc_path):
    url = f"memory://warcs/{warc_path.name}"
    with fsspec.open(url, "wb") as fh:
        fh.write(warc_path.read_bytes())
    outcomes = [_outcome(i) for i in read_warc(url)]
    assert outcomes == [c[5] for c in CASES]


def test_archived_pages_are_judged_arabic_by_the_clean_stage_only(warc_path):
    """One admission test for archived and live pages: the WARC reader keeps every decodable HTML
    200; the clean stage's language check quarantines the English page (not_arabic) and keeps the
    Arabic ones, exactly as it does for fetched pages."""
    from rasd.clean import PageInput, clean_page

    pages = {p.url: p for p in read_warc(str(warc_path)) if isinstance(p, RawPage)}
    en = clean_page(PageInput(EN_URL, "warc", pages[EN_URL].html, None, pages[EN_URL].content_hash))
    assert isinstance(en, Quarantined) and en.reason == "not_arabic"
    for url in ("http://news.example/ar/call.html", "http://news.example/ar/cp1256.html"):
        page = pages[url]
        result = clean_page(PageInput(url, "warc", page.html, None, page.content_hash))
        assert getattr(result, "reason", None) != "not_arabic", url
