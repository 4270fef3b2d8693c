"""A small, reusable HTTP server for fetch tests and benchmarks (127.0.0.x only, port 0).

``FetchTestServer`` answers from a route table (path without query -> handler) and keeps a log of
every request it received (path with query, monotonic time, headers), so tests can check what the
client actually did: robots.txt first, spacing between requests, Retry-After honoured, conditional
headers sent. ``scenario_routes`` builds the standard set of awkward cases used by the tests in tests/fetch.

    with FetchTestServer() as srv:
        srv.route("/a.html", html_page("<p>مرحبا</p>"))
        ... srv.base_url + "/a.html" ...
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
from xml.sax.saxutils import escape


@dataclass
class Request:
    method: str
    path: str  # with query string
    time: float  # time.monotonic() when the request line was read
    headers: dict[str, str]
    client: str

    @property
    def route(self) -> str:
        return urlsplit(self.path).path


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering (slow server)
    chunked: bool = False  # no Content-Length: stream the body in chunks


Handler = Callable[[Request, "FetchTestServer"], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        owner = self.server.owner
        req = Request(
            self.command,
            self.path,
            time.monotonic(),
            {k.lower(): v for k, v in self.headers.items()},
            self.client_address[0],
        )
        owner._record(req)
        handler = owner.routes.get(req.route)
        reply = handler(req, owner) if handler else Reply(404, b"not found", {"Content-Type": "text/plain"})
        try:
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            headers = dict(reply.headers)
            if reply.chunked:
                headers["Transfer-Encoding"] = "chunked"
            else:
                headers["Content-Length"] = str(len(reply.body))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if head or reply.status == 304:
                return
            if reply.chunked:
                for i in range(0, len(reply.body), 16384):
                    piece = reply.body[i : i + 16384]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: FetchTestServer

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # clients hanging up are routine here


class FetchTestServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, routes: dict[str, Handler] | None = None) -> None:
        self.routes: dict[str, Handler] = dict(routes or {})
        self.requests: list[Request] = []
        self.state: dict[str, int] = {}  # per-route counters for stateful handlers
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> FetchTestServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fetch-test-server-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FetchTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # routes and log
    def route(self, path: str, handler: Handler | Reply) -> None:
        self.routes[path] = handler if callable(handler) else (lambda req, srv, r=handler: r)

    def url(self, path: str) -> str:
        return self.base_url + path

    def _record(self, req: Request) -> None:
        with self._lock:
            self.requests.append(req)

    def hit(self, key: str) -> int:
        """Increment and return a counter (1 on the first call)."""
        with self._lock:
            self.state[key] = self.state.get(key, 0) + 1
            return self.state[key]

    def log(self, route: str | None = None, since: float = 0.0) -> list[Request]:
        with self._lock:
            reqs = list(self.requests)
        return [r for r in reqs if r.time >= since and (route is None or r.route == route)]

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()


# ---------------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------------

HTML_UTF8 = "text/html; charset=utf-8"
LAST_MODIFIED = email.utils.formatdate(time.time() - 86400, usegmt=True)


def arabic_html(title: str, text: str, *, lang: str = "ar", meta: str = '<meta charset="utf-8">') -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl"><head>{meta}<title>{title}</title></head>'
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def _validators(body: bytes) -> dict[str, str]:
    return {"ETag": '"' + hashlib.sha1(body).hexdigest()[:16] + '"', "Last-Modified": LAST_MODIFIED}


def html_page(
    html: str | bytes,
    content_type: str = HTML_UTF8,
    *,
    etag: bool = True,
    last_modified: bool = True,
    extra: dict[str, str] | None = None,
) -> Handler:
    """A page that honours If-None-Match / If-Modified-Since with 304."""
    body = html.encode("utf-8") if isinstance(html, str) else html
    v = _validators(body)

    def handler(req: Request, srv: FetchTestServer) -> Reply:
        headers = {"Content-Type": content_type, **(extra or {})}
        if etag:
            headers["ETag"] = v["ETag"]
        if last_modified:
            headers["Last-Modified"] = v["Last-Modified"]
        inm = req.headers.get("if-none-match")
        ims = req.headers.get("if-modified-since")
        if (etag and inm and v["ETag"] in [t.strip() for t in inm.split(",")]) or (
            not (etag and inm) and last_modified and ims and _not_after(v["Last-Modified"], ims)
        ):
            return Reply(304, b"", {k: h for k, h in headers.items() if k in ("ETag", "Last-Modified")})
        return Reply(200, body, headers)

    return handler


def _not_after(last_modified: str, since: str) -> bool:
    try:
        return email.utils.parsedate_to_datetime(last_modified) <= email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def redirect(to: str, status: int = 302) -> Handler:
    return lambda req, srv: Reply(status, b"", {"Location": to, "Content-Type": "text/plain"})


def rss(items: list[tuple[str, str | None]], title: str = "تغذية") -> bytes:
    entries = "".join(
        f"<item><title>خبر {i}</title><link>{escape(link)}</link>"
        + (f"<pubDate>{pub}</pubDate>" if pub else "")
        + "</item>"
        for i, (link, pub) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.invalid/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def urlset(locs: list[tuple[str, str | None]], news: bool = False) -> bytes:
    ns = ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if news:
        ns += ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    urls = []
    for loc, pub in locs:
        extra = ""
        if news and pub:
            extra = (
                f"<news:news><news:publication><news:name>T</news:name><news:language>ar</news:language>"
                f"</news:publication><news:publication_date>{pub}</news:publication_date>"
                f"<news:title>t</news:title></news:news>"
            )
        urls.append(f"<url><loc>{escape(loc)}</loc><lastmod>2020-01-01</lastmod>{extra}</url>")
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset{ns}>{"".join(urls)}</urlset>'.encode()


def sitemap_index(locs: list[str]) -> bytes:
    maps = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    ).encode()


def xml_doc(body: bytes, content_type: str = "application/xml") -> Handler:
    return html_page(body, content_type)


# ---------------------------------------------------------------------------------------------
# The standard scenario
# ---------------------------------------------------------------------------------------------

CP1256_TEXT = "أجرى وزير الخارجية اتصالا هاتفيا مع نظيره العماني بحثا خلاله العلاقات الثنائية"
BIG_BYTES = 300_000  # above the test fetcher's max_bytes


def scenario_routes(srv: FetchTestServer, *, slow_delay: float = 1.5) -> dict[str, tuple[str, ...]]:
    """Register the standard awkward cases on ``srv``.

    Returns ``{path: expected}`` where expected is ``("page",)`` or ``("quarantined", reason)``
    for every article URL the feed and sitemaps list (paths relative to the server)."""
    b = srv.base_url
    expected: dict[str, tuple[str, ...]] = {}

    srv.route("/robots.txt", html_page(b"User-agent: *\nDisallow: /private/\n", "text/plain"))

    def page(path: str, title: str, **kw: object) -> None:
        srv.route(path, html_page(arabic_html(title, f"نص الخبر {title} " * 5), **kw))  # type: ignore[arg-type]
        expected[path] = ("page",)

    page("/articles/ok-1.html", "خبر أول")
    page("/articles/ok-2.html", "خبر ثان")
    page("/articles/same.html", "الخبر نفسه")  # also listed as ?utm_source=... -> fetched once
    page("/articles/etag-only.html", "وسم", last_modified=False)
    page("/articles/lastmod-only.html", "تاريخ", etag=False)
    srv.route("/articles/final.html", html_page(arabic_html("نهاية", "وصلنا بعد ثلاث تحويلات")))

    # flaky: 500 then 200
    ok_flaky = html_page(arabic_html("متقطع", "نجح في المحاولة الثانية"))
    srv.route(
        "/articles/flaky.html",
        lambda req, s: Reply(500, b"oops", {"Content-Type": "text/plain"}) if s.hit("flaky") == 1 else ok_flaky(req, s),
    )
    expected["/articles/flaky.html"] = ("page",)

    # 429 with Retry-After: 1, then 200
    ok_429 = html_page(arabic_html("مزدحم", "أعيدت المحاولة بعد ثانية"))
    srv.route(
        "/articles/ratelimited.html",
        lambda req, s: (
            Reply(429, b"slow down", {"Retry-After": "1", "Content-Type": "text/plain"})
            if s.hit("429") == 1
            else ok_429(req, s)
        ),
    )
    expected["/articles/ratelimited.html"] = ("page",)

    # always 503
    srv.route("/articles/broken.html", lambda req, s: Reply(503, b"down", {"Content-Type": "text/plain"}))
    expected["/articles/broken.html"] = ("quarantined", "http_5xx")

    # 3-hop redirect chain, a loop, and a chain longer than the limit
    srv.route("/redirect/1", redirect("/redirect/2", 301))
    srv.route("/redirect/2", redirect(b + "/redirect/3", 302))
    srv.route("/redirect/3", redirect("/articles/final.html", 307))
    expected["/redirect/1"] = ("page",)
    srv.route("/loop/a", redirect("/loop/b"))
    srv.route("/loop/b", redirect("/loop/a"))
    expected["/loop/a"] = ("quarantined", "redirect_loop")
    for i in range(1, 12):
        srv.route(f"/chain/{i}", redirect(f"/chain/{i + 1}"))
    expected["/chain/1"] = ("quarantined", "too_many_redirects")

    # slow, oversize (declared and streamed), PDF
    srv.route(
        "/articles/slow.html",
        lambda req, s: Reply(200, arabic_html("بطيء", "بطيء").encode(), {"Content-Type": HTML_UTF8}, delay=slow_delay),
    )
    expected["/articles/slow.html"] = ("quarantined", "timeout")
    big = arabic_html("كبير", "كلام " * (BIG_BYTES // 8)).encode()
    srv.route("/articles/big.html", lambda req, s: Reply(200, big, {"Content-Type": HTML_UTF8}))
    expected["/articles/big.html"] = ("quarantined", "too_large")
    srv.route("/articles/big-stream.html", lambda req, s: Reply(200, big, {"Content-Type": HTML_UTF8}, chunked=True))
    expected["/articles/big-stream.html"] = ("quarantined", "too_large")
    srv.route(
        "/files/report.pdf",
        lambda req, s: Reply(
            200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", {"Content-Type": "application/pdf"}
        ),
    )
    expected["/files/report.pdf"] = ("quarantined", "not_html")

    # windows-1256: declared only in a meta tag; and not declared at all
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    srv.route(
        "/articles/cp1256-meta.html",
        html_page(arabic_html("اتصال", CP1256_TEXT, meta=meta).encode("cp1256"), "text/html"),
    )
    expected["/articles/cp1256-meta.html"] = ("page",)
    srv.route(
        "/articles/cp1256-bare.html",
        html_page(arabic_html("اتصال", CP1256_TEXT, meta="", lang="").encode("cp1256"), "text/html"),
    )
    expected["/articles/cp1256-bare.html"] = ("page",)

    # gzip (and brotli when the client asks for it)
    gz_body = arabic_html("مضغوط", "صفحة مضغوطة بـ gzip").encode()
    srv.route(
        "/articles/gzip.html",
        lambda req, s: Reply(200, gzip.compress(gz_body), {"Content-Type": HTML_UTF8, "Content-Encoding": "gzip"}),
    )
    expected["/articles/gzip.html"] = ("page",)

    def brotli_page(req: Request, s: FetchTestServer) -> Reply:
        import brotli

        body = arabic_html("بروتلي", "صفحة مضغوطة بـ brotli").encode()
        if "br" in req.headers.get("accept-encoding", ""):
            return Reply(200, brotli.compress(body), {"Content-Type": HTML_UTF8, "Content-Encoding": "br"})
        return Reply(200, body, {"Content-Type": HTML_UTF8})

    srv.route("/articles/brotli.html", brotli_page)
    expected["/articles/brotli.html"] = ("page",)

    # HTML content type, binary body: no charset makes sense of it
    import random

    rnd = random.Random(7)
    junk = bytes(rnd.randrange(256) for _ in range(4000))
    srv.route("/articles/binary.html", lambda req, s: Reply(200, junk, {"Content-Type": "text/html"}))
    expected["/articles/binary.html"] = ("quarantined", "decode_error")

    # errors and robots
    srv.route("/articles/gone.html", lambda req, s: Reply(410, b"gone", {"Content-Type": "text/plain"}))
    expected["/articles/gone.html"] = ("quarantined", "http_410")
    expected["/articles/missing.html"] = ("quarantined", "http_404")  # no route -> 404
    page("/private/secret.html", "سري")
    expected["/private/secret.html"] = ("quarantined", "robots_disallowed")
    srv.route("/articles/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
    expected["/articles/to-metadata"] = ("quarantined", "blocked_address")

    # discovery documents: RSS feed + sitemap index -> (news sitemap, plain sitemap)
    feed_items = [
        ("/articles/ok-1.html", "Tue, 05 Mar 2024 10:30:00 +0300"),
        ("/articles/same.html", "Tue, 05 Mar 2024 11:00:00 +0300"),
        ("/articles/flaky.html", None),
        ("/articles/ratelimited.html", None),
        ("/redirect/1", None),
        ("/loop/a", None),
        ("/chain/1", None),
        ("/articles/slow.html", None),
        ("/articles/big.html", None),
        ("/files/report.pdf", None),
        ("/articles/cp1256-meta.html", None),
        ("/private/secret.html", None),
    ]
    srv.route("/feed.xml", xml_doc(rss([(b + p, d) for p, d in feed_items]), "application/rss+xml"))
    news_items = [
        ("/articles/ok-2.html", "2024-03-06T09:15:00+03:00"),
        ("/articles/same.html?utm_source=twitter&utm_medium=social", "2024-03-05T11:00:00+03:00"),
        ("/articles/ok-1.html", None),  # also in the feed
        ("/articles/cp1256-bare.html", None),
        ("/articles/gzip.html", None),
        ("/articles/brotli.html", None),
    ]
    srv.route("/sitemap-news.xml", xml_doc(urlset([(b + p, d) for p, d in news_items], news=True)))
    plain = [
        "/articles/etag-only.html",
        "/articles/lastmod-only.html",
        "/articles/broken.html",
        "/articles/big-stream.html",
        "/articles/gone.html",
        "/articles/missing.html",
        "/articles/to-metadata",
        "/articles/binary.html",
    ]
    srv.route("/sitemap-pages.xml", xml_doc(urlset([(b + p, None) for p in plain])))
    srv.route("/sitemap_index.xml", xml_doc(sitemap_index([b + "/sitemap-news.xml", "/sitemap-pages.xml"])))
    assert set(expected) == {p for p, _ in feed_items} | {p.split("?")[0] for p, _ in news_items} | set(plain)
    return expected


# --------------------------------------------------------------------------------------------
# Shared helpers of the fetch tests
# --------------------------------------------------------------------------------------------

RATE = 20.0  # requests/s per host in these tests: 50 ms between request starts


def make_fetcher(**kw):
    """A ``Fetcher`` with fast test timings; ``on_send``/``host_rates`` go to the fetcher, the rest
    to its ``FetchPolicy``."""
    from rasd.fetch import Fetcher, FetchPolicy

    extra = {k: kw.pop(k) for k in ("on_send", "host_rates") if k in kw}
    opts: dict = dict(
        per_host_rate=RATE,
        per_host_concurrency=2,
        timeout=0.5,
        max_bytes=200_000,
        max_redirects=5,
        retries=2,
        backoff=0.05,
        max_retry_after=5.0,
    )
    opts.update(kw)
    return Fetcher(FetchPolicy(**opts), **extra)


def make_outlet(base: str, **kw):
    from rasd.records import Outlet

    opts: dict = dict(
        id="t", name="Test outlet", feeds=(base + "/feed.xml",), sitemaps=(base + "/sitemap_index.xml",), local=True
    )
    opts.update(kw)
    return Outlet(**opts)


def path_of(url: str) -> str:
    return urlsplit(url).path


def assert_partition(result, discovered: list[str]) -> None:
    """Every distinct discovered URL is in exactly one of pages / quarantined(fetch) / not_modified."""
    from rasd.fetch import canonicalize_url

    landed = (
        [p.url for p in result.pages]
        + [q.url for q in result.quarantined if q.stage == "fetch"]
        + list(result.not_modified)
    )
    canon = [canonicalize_url(u) for u in landed]
    assert len(canon) == len(set(canon)) == len({canonicalize_url(u) for u in discovered})
    assert set(canon) == {canonicalize_url(u) for u in discovered}
