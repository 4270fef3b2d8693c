"""WARC archives for pipeline tests, written with warcio: generated article pages (the sample
site's articles under new URLs) plus records that must end in quarantine."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.sample_site import site


def article_pages(n: int, start: int = 0, host: str = "archive.example") -> list[tuple[str, bytes]]:
    """(url, html) for ``n`` distinct dated article pages."""
    articles = [a for a in site.load_articles() if a["kind"] == "article"]
    pages = []
    for i in range(start, start + n):
        base = dict(articles[i % len(articles)])
        base.update({"id": f"arc-{i}", "path": f"/news/arc-{i}.html"})
        html = site.render_article(base, base.get("outlet") or "ufuq")
        pages.append((f"http://{host}{base['path']}", html.encode("utf-8")))
    return pages


def write_warc(path: Path, pages: list[tuple[str, bytes]], extra: list[tuple[str, int, str, bytes]] = ()) -> Path:
    """A gzipped WARC with one response (and its request) per page, then the ``extra`` responses
    (url, status, content type, body)."""
    records = [(url, 200, "text/html; charset=utf-8", body) for url, body in pages] + list(extra)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rasd tests"}))
        for url, status, ctype, body in records:
            headers = StatusAndHeaders(
                f"{status} {'OK' if status == 200 else 'Not Found'}",
                [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "archive.example")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request)
            )
    return path
