"""Politeness per host, measured on a real server on 127.0.0.1: outlets that share a host share its
budget (the slowest registry rate wins), a robots.txt Crawl-delay spaces requests, and the Airflow
fetch is mapped per host group so parallel tasks never meet on one host."""

from __future__ import annotations

import time

from fetch_server import FetchTestServer, arabic_html, html_page, make_fetcher, rss

from rasd.fetch import RawStore, fetch_outlets, fetch_urls, group_by_host, load_outlets, load_registry
from rasd.records import Outlet

JITTER = 0.015  # the server logs arrival from its own threads: allow a little scheduling noise


def _two_outlets_on_one_host(srv: FetchTestServer, pages: int) -> None:
    for name in ("a", "b"):
        items = []
        for i in range(pages):
            srv.route(f"/{name}/{i}.html", html_page(arabic_html("خبر", f"نص {name} {i}")))
            items.append((srv.url(f"/{name}/{i}.html"), None))
        srv.route(f"/{name}/rss.xml", html_page(rss(items), "application/rss+xml"))


def _registry(tmp_path, srv: FetchTestServer, rate_a: float, rate_b: float):
    path = tmp_path / "sources.yaml"
    path.write_text(
        "default_rate: 1.0\noutlets:\n"
        f"  - {{id: a, name: A, feeds: ['{srv.url('/a/rss.xml')}'], local: true, rate: {rate_a}}}\n"
        f"  - {{id: b, name: B, feeds: ['{srv.url('/b/rss.xml')}'], local: true, rate: {rate_b}}}\n",
        encoding="utf-8",
    )
    return path


def _gaps(srv: FetchTestServer, since: float) -> list[float]:
    times = [r.time for r in srv.log(since=since)]
    return [b - a for a, b in zip(times, times[1:])]


def test_outlets_sharing_a_host_share_its_budget(tmp_path):
    """Two outlets fetched in parallel threads, rates 10/s and 4/s in the registry: the host gets
    ONE budget, the slower one (250 ms between requests), not 10/s + 4/s."""
    with FetchTestServer() as srv:
        _two_outlets_on_one_host(srv, pages=3)
        registry = load_registry(_registry(tmp_path, srv, 10, 4))
        assert registry.host_rates() == {"127.0.0.1": 4.0}
        fetcher = make_fetcher(host_rates=registry.host_rates(), per_host_concurrency=4)
        t0 = time.monotonic()
        results = fetch_outlets(registry.outlets, fetcher, RawStore(tmp_path / "raw"))
        elapsed = time.monotonic() - t0
        assert [len(results[o].pages) for o in ("a", "b")] == [3, 3]
        gaps = _gaps(srv, t0)
        assert len(gaps) == 8  # robots.txt, 2 feeds, 6 pages
        assert min(gaps) >= 0.25 - JITTER, sorted(gaps)[:3]
        assert elapsed >= 8 * 0.25


def test_separate_limiters_would_double_the_rate(tmp_path):
    """The same two outlets with one fetcher EACH (one limiter per outlet, the old behaviour) send
    requests closer than the host's interval: the measurement above does discriminate."""
    with FetchTestServer() as srv:
        _two_outlets_on_one_host(srv, pages=3)
        registry = load_registry(_registry(tmp_path, srv, 4, 4))
        t0 = time.monotonic()
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(2) as ex:
            list(
                ex.map(
                    lambda o: fetch_outlets([o], make_fetcher(host_rates=registry.host_rates()), RawStore(tmp_path)),
                    registry.outlets,
                )
            )
        assert min(_gaps(srv, t0)) < 0.25 - JITTER


def test_fetch_stage_gives_a_host_group_one_budget(tmp_path):
    """The pipeline's fetch stage (what each mapped Airflow task runs for its host group)."""
    from rasd.config import settings
    from rasd.pipeline import fetch_stage

    with FetchTestServer() as srv:
        _two_outlets_on_one_host(srv, pages=2)
        cfg = settings(home=tmp_path / "home", sources_file=_registry(tmp_path, srv, 10, 5))
        outlets = load_outlets(cfg.sources_file)
        [group] = group_by_host(outlets)  # one host: one mapped task
        t0 = time.monotonic()
        counts = fetch_stage(cfg, "politeness_test", group)
        assert {oid: c["pages"] for oid, c in counts.items()} == {"a": 2, "b": 2}
        gaps = _gaps(srv, t0)
        assert len(gaps) == 6 and min(gaps) >= 0.2 - JITTER, sorted(gaps)[:3]


def test_robots_crawl_delay_spaces_requests(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nCrawl-delay: 0.4\n", "text/plain"))
        urls = []
        for i in range(4):
            srv.route(f"/{i}.html", html_page(arabic_html("خبر", f"نص {i}")))
            urls.append(srv.url(f"/{i}.html"))
        fetcher = make_fetcher(per_host_rate=50, per_host_concurrency=4)
        t0 = time.monotonic()
        result = fetch_urls(urls, Outlet(id="t", name="T", local=True), fetcher, RawStore(tmp_path))
        assert len(result.pages) == 4
        gaps = _gaps(srv, t0)
        assert len(gaps) == 4 and min(gaps) >= 0.4 - JITTER, sorted(gaps)[:3]


def test_crawl_delay_is_capped_by_the_policy(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nCrawl-delay: 3600\n", "text/plain"))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        fetcher = make_fetcher(max_crawl_delay=0.3)
        assert fetch_urls([srv.url("/a.html")], Outlet(id="t", name="T", local=True), fetcher, RawStore(tmp_path)).pages
        assert fetcher.limits.slot("127.0.0.1").interval == 0.3


def test_sample_outlets_share_one_host_group():
    outlets = load_outlets(sample_base_url="http://127.0.0.1:8765", enabled_only=True)
    groups = group_by_host(outlets)
    assert [[o.id for o in g] for g in groups] == [[o.id for o in outlets]]
