"""Fetch stage against real HTTP servers on 127.0.0.1 (no internet, no mocks of requests)."""

from __future__ import annotations

import socket
import time
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fetch_server import CP1256_TEXT, FetchTestServer, Reply, arabic_html, html_page, rss, scenario_routes
from rasd import fetch as F
from rasd.fetch import (
    Discovered,
    Fetcher,
    FetchResult,
    OutletConfigError,
    canonicalize_url,
    decode_html,
    discover,
    fetch_outlet,
    fetch_urls,
    ip_block_reason,
    known_from_log,
    load_outlets,
    parse_retry_after,
)
from rasd.rawstore import CorruptBlobError, RawStore, content_hash
from rasd.records import Outlet, RawPage

RATE = 20.0  # requests/s per host in these tests: 50 ms between request starts


def make_fetcher(**kw) -> Fetcher:
    opts = dict(
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
    return Fetcher(**opts)


def make_outlet(base: str, **kw) -> Outlet:
    opts = dict(
        id="t", name="Test outlet", feeds=(base + "/feed.xml",), sitemaps=(base + "/sitemap_index.xml",), local=True
    )
    opts.update(kw)
    return Outlet(**opts)


def path_of(url: str) -> str:
    return urlsplit(url).path


def assert_partition(result: FetchResult, discovered: list[str]) -> None:
    """Every distinct discovered URL is in exactly one of pages / quarantined(fetch) / not_modified."""
    landed = (
        [p.url for p in result.pages]
        + [q.url for q in result.quarantined if q.stage == "fetch"]
        + list(result.not_modified)
    )
    canon = [canonicalize_url(u) for u in landed]
    assert len(canon) == len(set(canon)) == len({canonicalize_url(u) for u in discovered})
    assert set(canon) == {canonicalize_url(u) for u in discovered}


# ---------------------------------------------------------------------------------------------
# canonicalize_url
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTP://Example.COM:80/a/b.html#top", "http://example.com/a/b.html"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        (
            "http://example.com/a?utm_source=tw&b=2&a=1&fbclid=X&gclid=Y&mc_cid=1&mc_eid=2&ref=home&ocid=z",
            "http://example.com/a?a=1&b=2",
        ),
        ("http://example.com/a?UTM_Campaign=x", "http://example.com/a"),
        ("http://example.com/%7euser/%e2%82%ac", "http://example.com/~user/%E2%82%AC"),
        ("http://example.com/a/./b/../c", "http://example.com/a/c"),
        (
            "http://example.com/أخبار/مقال?ق=سلام",
            "http://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%A7%D9%84?%D9%82=%D8%B3%D9%84%D8%A7%D9%85",
        ),
        ("http://user:pw@Example.com/x", "http://example.com/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://example.com/a%2Fb", "http://example.com/a%2Fb"),  # an escaped slash is not a slash
        ("http://example.com/a?utm_source=x", "http://example.com/a"),
    ],
)
def test_canonicalize_examples(url, expected):
    assert canonicalize_url(url) == expected


_seg = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"), max_size=8)
_key = st.one_of(
    st.sampled_from(
        [
            "utm_source",
            "UTM_MEDIUM",
            "utm_campaign",
            "fbclid",
            "gclid",
            "mc_cid",
            "mc_eid",
            "ref",
            "ocid",
            "utm%5Fterm",
            "id",
            "page",
            "q",
            "a",
            "ref_x",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_%0123456789", min_size=1, max_size=8),
)
_val = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="&#"), max_size=8)


@st.composite
def urls(draw):
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "HttpS"]))
    host = draw(st.sampled_from(["example.com", "EXAMPLE.com", "news.Example.org", "127.0.0.1", "عربي.example"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/" + "/".join(draw(st.lists(_seg, max_size=4)))
    params = draw(st.lists(st.tuples(_key, _val), max_size=6))
    query = "&".join(f"{k}={v}" for k, v in params)
    frag = draw(st.sampled_from(["", "#x", "#!/a?b=c"]))
    return f"{scheme}://{host}{port}{path}" + (f"?{query}" if query else "") + frag


@settings(max_examples=300, deadline=None)
@given(urls())
def test_canonicalize_is_idempotent(url):
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


@settings(max_examples=300, deadline=None)
@given(urls())
def test_canonicalize_drops_tracking_params_and_fragment(url):
    out = canonicalize_url(url)
    parts = urlsplit(out)
    assert parts.fragment == "" and "#" not in out
    assert parts.scheme in ("http", "https") and parts.netloc == parts.netloc.lower()
    keys = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
    assert not [k for k in keys if F.is_tracking_param(k)]
    raw_keys = [p.partition("=")[0] for p in parts.query.split("&") if p]
    assert raw_keys == sorted(raw_keys)


# ---------------------------------------------------------------------------------------------
# charset detection, Retry-After, address vetting
# ---------------------------------------------------------------------------------------------

AR = "اتصال هاتفي بين وزيري الخارجية"


def test_decode_header_charset_wins():
    body = f"<html><body>{AR}</body></html>".encode("cp1256")
    assert decode_html(body, "text/html; charset=windows-1256") == (f"<html><body>{AR}</body></html>", "windows-1256")


def test_decode_bom_then_meta_then_bare():
    assert decode_html(b"\xef\xbb\xbf" + f"<p>{AR}</p>".encode(), None) == (f"<p>{AR}</p>", "utf-8")
    meta = f'<html><head><meta charset="windows-1256"></head><body>{AR}</body></html>'
    assert decode_html(meta.encode("cp1256"), "text/html")[0] == meta
    bare = f"<html><body><p>{AR}</p></body></html>"
    assert decode_html(bare.encode("cp1256"), "text/html") == (bare, "windows-1256")


def test_decode_default_latin1_header_yields_to_meta():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>{AR}</html>'
    text, charset = decode_html(page.encode("cp1256"), "text/html; charset=ISO-8859-1")
    assert (text, charset) == (page, "windows-1256")


def test_decode_wrong_declaration_falls_through():
    # a declared charset that does not decode strictly is not trusted blindly
    cp = f"<p>{AR}</p>".encode("cp1256")
    assert decode_html(cp, "text/html; charset=utf-8") == (f"<p>{AR}</p>", "windows-1256")


def test_decode_binary_garbage_is_an_error():
    import random

    rnd = random.Random(7)
    with pytest.raises(F.DecodeError):
        decode_html(bytes(rnd.randrange(256) for _ in range(4000)), "text/html")


def test_parse_retry_after():
    assert parse_retry_after("3") == 3.0
    now = time.time()
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 30))
    assert 28 <= parse_retry_after(date, now=now) <= 31
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


@pytest.mark.parametrize(
    "ip, local, blocked",
    [
        ("10.0.0.1", True, True),
        ("192.168.1.1", False, True),
        ("172.16.0.5", False, True),
        ("169.254.169.254", True, True),
        ("fd00:ec2::254", True, True),
        ("fe80::1", False, True),
        ("224.0.0.1", False, True),
        ("240.0.0.1", False, True),
        ("0.0.0.0", True, True),
        ("100.64.0.1", False, True),
        ("::ffff:10.0.0.1", False, True),
        ("::ffff:127.0.0.1", False, True),
        ("127.0.0.1", False, True),
        ("::1", False, True),
        ("127.0.0.1", True, False),
        ("127.0.0.9", True, False),
        ("8.8.8.8", False, False),
        ("2001:4860:4860::8888", False, False),
    ],
)
def test_ip_block_reason(ip, local, blocked):
    assert (ip_block_reason(ip, allow_loopback=local) is not None) is blocked


# ---------------------------------------------------------------------------------------------
# Outlet registry
# ---------------------------------------------------------------------------------------------


def test_repo_registry_loads_with_sample_outlets():
    from rasd.sample_site import site

    outlets = load_outlets(sample_base_url="http://127.0.0.1:8765/")
    by_id = {o.id: o for o in outlets}
    sample_ids = {o["id"] for o in site.outlets()}
    assert sample_ids <= set(by_id)
    for oid in sample_ids:
        o = by_id[oid]
        assert o.enabled and o.local
        assert o.feeds == (f"http://127.0.0.1:8765/{oid}/rss.xml",)
        assert o.sitemaps == (f"http://127.0.0.1:8765/{oid}/sitemap.xml",)
    real = [o for o in outlets if not o.local]
    assert len(real) >= 12 and not any(o.enabled for o in real)
    assert all(o.feeds and all(u.startswith("https://") for u in o.feeds) for o in real)
    assert all(o.name_ar and o.country and o.founded for o in outlets)


def test_registry_without_sample_url_disables_placeholder_outlets(monkeypatch):
    monkeypatch.delenv(F.SAMPLE_URL_ENV, raising=False)
    outlets = load_outlets()
    assert all(not o.enabled for o in outlets)
    assert not any("{sample}" in u for o in load_outlets(enabled_only=True) for u in o.feeds)


@pytest.mark.parametrize(
    "body, message",
    [
        ("outlets:\n  - {id: a, name: A, colour: red}\n", "unknown key"),
        ("outlets:\n  - {name: A}\n", "missing 'id'"),
        ("outlets:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", "duplicate id 'a'"),
        ("outlets:\n  - {id: a, name: A, country: Qatar}\n", "ISO 3166"),
        ("outlets:\n  - {id: a, name: A, founded: 1996-13-01}\n", "YYYY-MM-DD"),
        ("outlets:\n  - {id: a, name: A, feeds: http://x/rss}\n", "list of URLs"),
        ("outlets:\n  - {id: a, name: A, feeds: [ftp://x/rss]}\n", "absolute http"),
        ("outlets:\n  - {id: a, name: A, enabled: maybe}\n", "true or false"),
        ("sources: []\n", "outlets"),
        ("outlets: []\nextra: 1\n", "unknown top-level"),
    ],
)
def test_registry_validation_errors(tmp_path, body, message):
    path = tmp_path / "sources.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(OutletConfigError, match=message):
        load_outlets(path)


def test_registry_placeholder_substitution(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(
        "outlets:\n  - id: s\n    name: S\n    feeds: ['{sample}/s/rss.xml']\n    local: true\n"
        "    founded: 2001-02-03\n",
        encoding="utf-8",
    )
    [o] = load_outlets(path, sample_base_url="http://127.0.0.1:9999/")
    assert o.feeds == ("http://127.0.0.1:9999/s/rss.xml",) and o.local and o.enabled and o.founded == "2001-02-03"


# ---------------------------------------------------------------------------------------------
# Raw store
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("root", ["local", "memory://rasd-test-store"])
def test_rawstore_roundtrip(tmp_path, root):
    store = RawStore(tmp_path / "raw" if root == "local" else root)
    body = "<p>مرحبا</p>".encode()
    h = store.put(body)
    assert h == content_hash(body) and store.exists(h) and h in store
    assert store.put(body) == h  # idempotent
    assert store.get(h) == body
    assert store.path(h).endswith(f"/{h[:2]}/{h[2:4]}/{h}.gz")
    assert not store.exists("0" * 64) and not store.exists("nonsense")
    with pytest.raises(KeyError):
        store.get("0" * 64)
    if root == "local":
        (tmp_path / "raw" / h[:2] / h[2:4] / f"{h}.gz").write_bytes(__import__("gzip").compress(b"tampered"))
        with pytest.raises(CorruptBlobError):
            store.get(h)


# ---------------------------------------------------------------------------------------------
# The scenario: one server, every awkward case, one full run + incremental re-runs
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    with FetchTestServer() as srv:
        expected = scenario_routes(srv)
        store = RawStore(tmp_path_factory.mktemp("raw"))
        sends: list[tuple[str, float]] = []
        fetcher = make_fetcher(on_send=lambda host, url: sends.append((url, time.monotonic())))
        outlet = make_outlet(srv.base_url)
        t0 = time.monotonic()
        result = fetch_outlet(outlet, fetcher, store)
        t1 = time.monotonic()
        yield dict(
            srv=srv,
            expected=expected,
            store=store,
            fetcher=fetcher,
            outlet=outlet,
            result=result,
            t0=t0,
            t1=t1,
            sends=sends,
        )
        fetcher.close()


def _by_path(result: FetchResult):
    pages = {path_of(p.url): p for p in result.pages}
    quarantined = {path_of(q.url): q for q in result.quarantined if q.stage == "fetch"}
    return pages, quarantined


def test_every_case_ends_where_it_should(scenario):
    result, expected = scenario["result"], scenario["expected"]
    pages, quarantined = _by_path(result)
    got = {p: ("page",) for p in pages} | {p: ("quarantined", q.reason) for p, q in quarantined.items()}
    assert got == expected
    assert not result.not_modified
    assert not [q for q in result.quarantined if q.stage != "fetch"]  # feed and sitemaps were fine


def test_each_discovered_url_lands_exactly_once(scenario):
    result = scenario["result"]
    discovered = [row["url"] for row in result.log if row["kind"] == "page"]
    assert_partition(result, discovered)
    dupes = [row for row in result.log if row["status"] == "duplicate"]
    # ok-1 twice (feed + news sitemap); same.html via utm-tagged URL: both deduped silently
    assert sorted(path_of(r["url"]) for r in dupes) == ["/articles/ok-1.html", "/articles/same.html"]
    assert all(r["error"].startswith("duplicate_url") for r in dupes)
    srv = scenario["srv"]
    assert len(srv.log("/articles/same.html", since=scenario["t0"])) == 1  # fetched once


def test_log_rows_have_the_contract_columns(scenario):
    cols = {
        "url",
        "canonical_url",
        "final_url",
        "outlet_id",
        "status",
        "n_bytes",
        "content_hash",
        "elapsed_ms",
        "attempts",
        "error",
        "fetched_at",
    }
    for row in scenario["result"].log:
        assert cols <= set(row)
    kinds = Counter(row["kind"] for row in scenario["result"].log)
    assert kinds["feed"] == 1 and kinds["sitemap"] == 3


def test_pages_are_decoded_stored_and_hinted(scenario):
    pages, _ = _by_path(scenario["result"])
    store = scenario["store"]
    for p in pages.values():
        assert isinstance(p, RawPage) and p.status == 200 and p.outlet_id == "t"
        assert store.get(p.content_hash).decode(p.charset) == p.html  # the store holds the exact body
        assert p.n_bytes == len(store.get(p.content_hash))
    for name in ("cp1256-meta", "cp1256-bare"):
        p = pages[f"/articles/{name}.html"]
        assert p.charset == "windows-1256" and CP1256_TEXT in p.html
    assert "gzip" in pages["/articles/gzip.html"].html and "brotli" in pages["/articles/brotli.html"].html
    assert pages["/articles/ok-1.html"].published_hint == "2024-03-05T10:30:00+03:00"  # RSS pubDate
    assert pages["/articles/ok-2.html"].published_hint == "2024-03-06T09:15:00+03:00"  # news:publication_date
    assert pages["/articles/ok-2.html"].discovered_via == "sitemap"
    assert pages["/articles/same.html"].published_hint == "2024-03-05T11:00:00+03:00"
    assert pages["/articles/etag-only.html"].published_hint is None
    final = pages["/redirect/1"]
    assert path_of(final.final_url) == "/articles/final.html"


def test_brotli_offered_only_when_supported(scenario):
    req = scenario["srv"].log("/articles/brotli.html")[0]
    assert "br" in req.headers["accept-encoding"] and "gzip" in req.headers["accept-encoding"]


def test_robots_fetched_once_and_first(scenario):
    srv, t0 = scenario["srv"], scenario["t0"]
    reqs = srv.log(since=t0)
    assert reqs[0].route == "/robots.txt"
    assert len(srv.log("/robots.txt")) == 1
    assert not srv.log("/private/secret.html")  # disallowed: never requested
    assert reqs[0].headers["user-agent"] == scenario["fetcher"].user_agent
    assert all(r.headers["user-agent"] == scenario["fetcher"].user_agent for r in reqs)


def test_requests_to_one_host_are_spaced_by_the_rate_limit(scenario):
    reqs = scenario["srv"].log(since=scenario["t0"])
    reqs = [r for r in reqs if r.time <= scenario["t1"]]
    gaps = [b.time - a.time for a, b in zip(reqs, reqs[1:])]
    assert len(reqs) > 30
    # as logged by the server (in this process: its threads' scheduling adds a little jitter) ...
    assert min(gaps) >= 1 / RATE - 0.015, sorted(gaps)[:5]
    # ... and exactly, at the moment each request left the client
    sends = [t for _, t in scenario["sends"]]
    assert len(sends) == len(reqs)
    assert min(b - a for a, b in zip(sends, sends[1:])) >= 1 / RATE


def test_retry_after_and_backoff(scenario):
    srv, result = scenario["srv"], scenario["result"]
    first, second = srv.log("/articles/ratelimited.html")[:2]
    assert second.time - first.time >= 0.95  # Retry-After: 1
    rows = {path_of(r["url"]): r for r in result.log if r["kind"] == "page" and r["status"] != "duplicate"}
    assert rows["/articles/ratelimited.html"]["attempts"] == 2
    assert rows["/articles/flaky.html"]["attempts"] == 2 and rows["/articles/flaky.html"]["status"] == "ok"
    assert rows["/articles/broken.html"]["attempts"] == 3  # 1 + retries=2
    assert rows["/redirect/1"]["attempts"] == 4  # three hops + the final page
    assert rows["/articles/slow.html"]["attempts"] == 1  # timeouts are not retried
    assert len(srv.log("/articles/broken.html")) == 3
    assert len(srv.log("/articles/to-metadata")) == 1  # the redirect was requested, its target never
    b1, b2, b3 = srv.log("/articles/broken.html")
    assert b2.time - b1.time >= 0.05 - 0.01 and b3.time - b2.time >= 0.1 - 0.01  # exponential backoff


def test_incremental_rerun_downloads_nothing(scenario):
    srv, store, outlet = scenario["srv"], scenario["store"], scenario["outlet"]
    first = scenario["result"]
    known = known_from_log(first.log)
    assert {canonicalize_url(p.url) for p in first.pages} <= set(known)
    t0 = time.monotonic()
    again = fetch_outlet(outlet, make_fetcher(), store, known=known)
    reqs = srv.log(since=t0)
    page_paths = {path_of(p.url) for p in first.pages}
    assert not [r for r in reqs if r.route in page_paths]  # no page requested at all
    assert not again.pages
    assert sorted(again.not_modified) == sorted(p.url for p in first.pages)
    # discovery documents were revalidated: conditional GET -> 304, URLs re-read from the store
    for route in ("/feed.xml", "/sitemap_index.xml", "/sitemap-news.xml", "/sitemap-pages.xml"):
        [r] = [r for r in reqs if r.route == route]
        assert "if-none-match" in r.headers and "if-modified-since" in r.headers
    assert Counter(r["status"] for r in again.log if r["kind"] in ("feed", "sitemap")) == {"not_modified": 4}
    _, quarantined = _by_path(again)
    assert {p: q.reason for p, q in quarantined.items()} == {
        p: e[1] for p, e in scenario["expected"].items() if e[0] == "quarantined"
    }
    assert_partition(again, [r["url"] for r in again.log if r["kind"] == "page"])


def test_revalidating_rerun_gets_304s(scenario):
    srv, store, outlet = scenario["srv"], scenario["store"], scenario["outlet"]
    first = scenario["result"]
    t0 = time.monotonic()
    again = fetch_urls(
        [p.url for p in first.pages], outlet, make_fetcher(), store, known=known_from_log(first.log), revalidate=True
    )
    assert not again.pages and not again.quarantined
    assert sorted(again.not_modified) == sorted(p.url for p in first.pages)
    statuses = {path_of(r["url"]): r["http_status"] for r in again.log}
    # pages served without ETag/Last-Modified come back 200 with the same hash: still not_modified
    assert statuses == {
        path_of(p.url): 200 if "/articles/gzip" in p.url or "/articles/brotli" in p.url else 304 for p in first.pages
    }
    [etag_req] = srv.log("/articles/etag-only.html", since=t0)
    assert etag_req.headers.get("if-none-match") and "if-modified-since" not in etag_req.headers
    [lm_req] = srv.log("/articles/lastmod-only.html", since=t0)
    assert lm_req.headers.get("if-modified-since") and "if-none-match" not in lm_req.headers


def test_limit_caps_requests(scenario, tmp_path):
    srv = scenario["srv"]
    out = make_outlet(srv.base_url, feeds=(srv.base_url + "/feed.xml",), sitemaps=())
    result = fetch_outlet(out, make_fetcher(), RawStore(tmp_path), limit=2)
    assert len(result.pages) + len(result.quarantined) == 2


# ---------------------------------------------------------------------------------------------
# SSRF: refuse before any packet leaves, for every address class
# ---------------------------------------------------------------------------------------------


@pytest.fixture()
def connections(monkeypatch):
    """Every outgoing TCP connect() of the process, recorded."""
    seen: list[str] = []
    real = socket.socket.connect

    def spy(self, address):
        seen.append(address[0] if isinstance(address, tuple) else str(address))
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    return seen


def test_ssrf_refusals_send_nothing(connections, tmp_path):
    with FetchTestServer() as srv:
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        outlet = Outlet(id="remote", name="Remote", local=False)
        urls = [
            "http://10.0.0.1/news.html",
            "http://169.254.169.254/latest/meta-data/",
            srv.url("/a.html"),
            f"http://localhost:{srv.port}/a.html",
            "http://[::ffff:a9fe:a9fe]/",
            "http://192.168.0.1/",
        ]
        result = fetch_urls(urls, outlet, make_fetcher(), RawStore(tmp_path))
        assert not result.pages
        assert [q.reason for q in result.quarantined] == ["blocked_address"] * len(urls)
        assert "metadata" in result.quarantined[1].detail and "loopback" in result.quarantined[2].detail
        assert srv.log() == []  # not even robots.txt
    assert connections == []


def test_redirect_to_private_address_is_refused(connections, tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nAllow: /\n", "text/plain"))
        srv.route("/go", lambda req, s: Reply(302, b"", {"Location": "http://10.0.0.1/internal"}))
        result = fetch_urls([srv.url("/go")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path))
        [q] = result.quarantined
        assert q.reason == "blocked_address" and "10.0.0.1" in q.detail
    assert set(connections) == {"127.0.0.1"}


def test_connect_time_guard_catches_rebinding(connections, monkeypatch, tmp_path):
    """If DNS answered differently between the check and the connect, the dial is still vetted."""
    monkeypatch.setattr(F, "address_block_reason", lambda host, **kw: None)  # the first check is fooled
    monkeypatch.setattr(F.Fetcher, "_robots_for", lambda self, *a: F._Robots(None))
    result = fetch_urls(["http://10.0.0.1/x"], Outlet(id="r", name="R"), make_fetcher(), RawStore(tmp_path))
    [q] = result.quarantined
    assert q.reason == "blocked_address"
    assert connections == []


def test_allow_loopback_hosts_flag(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        outlet = Outlet(id="remote", name="Remote", local=False)
        assert fetch_urls(
            [srv.url("/a.html")], outlet, make_fetcher(allow_loopback_hosts=True), RawStore(tmp_path)
        ).pages
        assert fetch_urls(
            [srv.url("/a.html")], outlet, make_fetcher(allow_loopback_hosts=["127.0.0.1"]), RawStore(tmp_path)
        ).pages
        assert not fetch_urls(
            [srv.url("/a.html")], outlet, make_fetcher(allow_loopback_hosts=False), RawStore(tmp_path)
        ).pages


# ---------------------------------------------------------------------------------------------
# Smaller behaviours
# ---------------------------------------------------------------------------------------------


def test_retry_after_beyond_cap_gives_up_at_once(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/busy.html", lambda req, s: Reply(503, b"", {"Retry-After": "3600"}))
        t = time.monotonic()
        result = fetch_urls([srv.url("/busy.html")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path))
        assert time.monotonic() - t < 1.0
        [q] = result.quarantined
        assert q.reason == "http_5xx" and "exceeds cap" in q.detail
        assert len(srv.log("/busy.html")) == 1


def test_robots_5xx_means_disallow_and_4xx_means_allow(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", lambda req, s: Reply(500, b""))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        r = fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), make_fetcher(retries=0), RawStore(tmp_path))
        assert [q.reason for q in r.quarantined] == ["robots_disallowed"] and not srv.log("/a.html")
    with FetchTestServer() as srv:  # no robots.txt at all (404): everything allowed
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        r = fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path))
        assert len(r.pages) == 1


def test_redirect_that_strips_tracking_params_is_not_a_loop(tmp_path):
    with FetchTestServer() as srv:
        srv.route(
            "/x.html",
            lambda req, s: (
                Reply(301, b"", {"Location": "/x.html"})
                if "?" in req.path
                else html_page(arabic_html("خبر", "نص"))(req, s)
            ),
        )
        r = fetch_urls(
            [srv.url("/x.html?utm_source=rss")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path)
        )
        [page] = r.pages
        assert page.final_url == srv.url("/x.html") and page.url == srv.url("/x.html?utm_source=rss")


def test_robots_cache_is_shared_across_runs(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        urls = [srv.url("/a.html"), srv.url("/private/b.html")]
        for _ in range(2):  # two runs, two fetchers, one cache directory
            r = fetch_urls(
                urls,
                make_outlet(srv.base_url),
                make_fetcher(robots_cache=tmp_path / "robots"),
                RawStore(tmp_path / "raw"),
            )
            assert [q.reason for q in r.quarantined] == ["robots_disallowed"] and len(r.pages) == 1
        assert len(srv.log("/robots.txt")) == 1
        r = fetch_urls(
            urls[:1],
            make_outlet(srv.base_url),
            make_fetcher(robots_cache=tmp_path / "robots", robots_ttl=0),
            RawStore(tmp_path / "raw"),
        )
        assert len(srv.log("/robots.txt")) == 2  # expired: fetched again


def test_crawl_delay_slows_the_host_down(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nCrawl-delay: 2\n", "text/plain"))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        fetcher = make_fetcher()
        assert fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), fetcher, RawStore(tmp_path)).pages
        assert fetcher._slot("127.0.0.1").interval == 2.0


def test_feed_304_without_stored_body_refetches(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        srv.route("/rss.xml", html_page(rss([(srv.url("/a.html"), None)]), "application/rss+xml"))
        outlet = make_outlet(srv.base_url, feeds=(srv.url("/rss.xml"),), sitemaps=())
        first = fetch_outlet(outlet, make_fetcher(), RawStore(tmp_path / "raw1"))
        again = fetch_outlet(outlet, make_fetcher(), RawStore(tmp_path / "raw2"), known=known_from_log(first.log))
        assert [r.headers.get("if-none-match") is not None for r in srv.log("/rss.xml")] == [False, True, False]
        # the known page is not in this store either, so it is asked for conditionally (304 -> not_modified)
        assert again.not_modified == [srv.url("/a.html")] and not again.pages
        assert srv.log("/a.html")[-1].headers.get("if-none-match")


def test_discover_public_api_and_index_cycles():
    with FetchTestServer() as srv:
        b = srv.base_url
        srv.route(
            "/rss.xml",
            html_page(
                rss([(b + "/x.html", "Wed, 06 Mar 2024 08:00:00 GMT"), ("/rel.html", None)]), "application/rss+xml"
            ),
        )
        srv.route(
            "/self-index.xml",
            html_page(
                f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{b}/self-index.xml</loc></sitemap></sitemapindex>".encode(),
                "text/xml",
            ),
        )
        outlet = make_outlet(b, feeds=(b + "/rss.xml",), sitemaps=(b + "/self-index.xml",), urls=(b + "/u.html",))
        found = discover(outlet, make_fetcher())
        assert found == [
            Discovered(b + "/x.html", "t", "feed", "2024-03-06T08:00:00+00:00"),
            Discovered(b + "/rel.html", "t", "feed", None),
            Discovered(b + "/u.html", "t", "urls", None),
        ]
        assert len(srv.log("/self-index.xml")) == 1


def test_bad_feed_is_quarantined_at_discovery(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/rss.xml", html_page(b"<html><body>not a feed</body></html>", "text/html"))
        result = fetch_outlet(
            make_outlet(srv.base_url, feeds=(srv.url("/rss.xml"),), sitemaps=(srv.url("/nope.xml"),)),
            make_fetcher(),
            RawStore(tmp_path),
        )
        assert sorted((q.stage, q.reason) for q in result.quarantined) == [
            ("discover", "http_404"),
            ("discover", "parse_error"),
        ]
        assert not result.pages and not result.not_modified


def test_sample_site_outlet_end_to_end(sample_site, tmp_path):
    from rasd.sample_site import site

    outlets = {o.id: o for o in load_outlets(sample_base_url=sample_site, enabled_only=True)}
    oid = site.outlets()[0]["id"]
    result = fetch_outlet(outlets[oid], make_fetcher(per_host_rate=100), RawStore(tmp_path))
    n_articles = sum(1 for a in site.load_articles() if a["outlet"] == oid)
    assert len(result.pages) == n_articles and not result.quarantined
    assert all(p.published_hint and p.charset == "utf-8" for p in result.pages)
