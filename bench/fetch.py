"""Fetch throughput against the politeness ceiling, and the cost of an incremental re-run.

20 local hosts (127.0.0.2 ... 127.0.0.21, one HTTP server each, in a child process) publish an RSS feed of P Arabic
pages. The fetcher allows N requests/s per host, so no polite crawler can do better than 20*N
requests/s. Each host needs robots.txt + feed + P pages = P+2 requests, i.e. at least (P+1)/N
seconds: the best possible pages/s ratio to the 20*N ceiling is P/(P+1) (0.968 for P=30).

Run 1: cold, everything downloaded.                 target: pages/s >= 0.90 of 20*N
Run 2: a new run (fresh Fetcher, robots.txt from the shared 24 h cache, `known` from run 1's log):
       feeds get a conditional GET (304), known pages are not requested.
                                                     target: time < 0.05 of run 1
Also shown: run 2 without the robots cache (robots.txt re-fetched, then the feed one interval later).

    .venv/bin/python bench/fetch.py [--hosts 20] [--rate 5] [--pages 30] [--strict]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fetch"))

from fetch_server import FetchTestServer, arabic_html, html_page, rss

from rasd.fetch import Fetcher, FetchPolicy, RawStore, fetch_outlets, known_from_log
from rasd.records import Outlet

PUB = "Tue, 05 Mar 2024 10:30:00 +0300"


def _serve(conn, n_hosts: int, pages: int) -> None:
    """Child process: the 20 hosts, so their request logs are not delayed by the client's threads."""
    servers = []
    for i in range(n_hosts):
        srv = FetchTestServer(host=f"127.0.0.{i + 2}").start()
        srv.route("/robots.txt", html_page(b"User-agent: *\nDisallow: /admin/\n", "text/plain"))
        links = []
        for j in range(pages):
            path = f"/news/{j}.html"
            srv.route(path, html_page(arabic_html(f"خبر {j} من المضيف {i}", "اتصال هاتفي بين الوزيرين " * 40)))
            links.append((srv.url(path), PUB))
        srv.route("/rss.xml", html_page(rss(links), "application/rss+xml"))
        servers.append(srv)
    conn.send([s.base_url for s in servers])
    while True:
        cmd, arg = conn.recv()
        if cmd == "log":  # per host: [(route, monotonic time, headers)] since arg
            conn.send([[(r.route, r.time, r.headers) for r in s.log(since=arg)] for s in servers])
        else:
            break
    for s in servers:
        s.stop()
    conn.send("stopped")


class Hosts:
    def __init__(self, n_hosts: int, pages: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, n_hosts, pages), daemon=True)
        self._proc.start()
        self.base_urls: list[str] = self._conn.recv()

    def log(self, since: float) -> list[list[tuple[str, float, dict]]]:
        self._conn.send(("log", since))
        return self._conn.recv()

    def stop(self) -> None:
        self._conn.send(("stop", None))
        self._conn.recv()
        self._proc.join(5)


def min_gap(reqs: list[tuple[str, float, dict]]) -> float:
    times = sorted(t for _, t, _ in reqs)
    return min((b - a for a, b in zip(times, times[1:])), default=float("inf"))


def run(outlets, fetcher, store, known=None):
    t0 = time.monotonic()
    results = fetch_outlets(outlets, fetcher, store, known=known, max_workers=len(outlets))
    return time.monotonic() - t0, t0, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--rate", type=float, default=5.0, help="requests/s allowed per host (N)")
    ap.add_argument("--pages", type=int, default=30, help="pages per host (P)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    H, N, P = args.hosts, args.rate, args.pages

    hosts = Hosts(H, P)
    outlets = [
        Outlet(id=f"host{i:02d}", name=f"Host {i}", feeds=(base + "/rss.xml",), local=True)
        for i, base in enumerate(hosts.base_urls)
    ]
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = RawStore(Path(tmp) / "raw")
        robots_cache = Path(tmp) / "robots"
        policy = FetchPolicy(per_host_rate=N, per_host_concurrency=2, timeout=5.0)

        # --- run 1: cold
        sends: dict[str, list[float]] = {}
        on_send = lambda host, url: sends.setdefault(host, []).append(time.monotonic())  # noqa: E731
        with Fetcher(policy.replace(robots_cache=robots_cache), on_send=on_send) as fetcher:
            t1, start1, res1 = run(outlets, fetcher, store)
        n_pages = sum(len(r.pages) for r in res1.values())
        log1 = hosts.log(start1)
        n_req = sum(len(reqs) for reqs in log1)
        server_gap = min(min_gap(reqs) for reqs in log1)
        client_gap = min(min((b - a for a, b in zip(ts, ts[1:])), default=float("inf")) for ts in sends.values())
        if n_pages != H * P or any(r.quarantined for r in res1.values()):
            failures.append(f"run 1 fetched {n_pages} of {H * P} pages")
        ceiling = H * N
        pages_per_s = n_pages / t1
        ratio1 = pages_per_s / ceiling
        print(f"hosts={H}  rate={N:g} req/s/host  pages/host={P}  politeness ceiling={ceiling:g} req/s")
        print(f"run 1 (cold):        {n_pages} pages, {n_req} requests in {t1:.3f} s")
        print(
            f"  pages/s            {pages_per_s:.1f}   (best possible {ceiling * P / (P + 1):.1f} = ceiling x P/(P+1))"
        )
        print(
            f"  requests/s         {n_req / t1:.1f}   ({n_req // H} per host = {n_req // H - 1} intervals of "
            f"{1000 / N:.0f} ms: {(n_req // H - 1) / N:.2f} s at best)"
        )
        print(
            f"  min gap per host   {client_gap * 1000:.1f} ms between sends (limit {1000 / N:.1f} ms); "
            f"{server_gap * 1000:.1f} ms as logged by the servers (their own scheduling jitter included)"
        )
        if client_gap < 1 / N or n_req != len([t for ts in sends.values() for t in ts]):
            failures.append(f"two requests to one host sent {client_gap * 1000:.1f} ms apart")

        # --- run 2: nothing new; a new run as the pipeline would start it
        known = known_from_log([row for r in res1.values() for row in r.log])
        with Fetcher(policy.replace(robots_cache=robots_cache)) as fetcher:
            t2, start2, res2 = run(outlets, fetcher, store, known)
        page_reqs = sum(1 for reqs in hosts.log(start2) for route, _, _ in reqs if route.startswith("/news/"))
        n_nm = sum(len(r.not_modified) for r in res2.values())
        feed_304 = sum(1 for r in res2.values() for row in r.log if row["kind"] == "feed" and row["http_status"] == 304)
        if page_reqs or n_nm != H * P or any(r.pages for r in res2.values()) or feed_304 != H:
            failures.append(f"run 2: {page_reqs} page requests, {n_nm} not_modified, {feed_304} feed 304s")
        ratio2 = t2 / t1
        print(
            f"run 2 (nothing new): {n_nm} not_modified, {page_reqs} page requests, {feed_304} feeds 304, in {t2:.3f} s"
        )

        # --- run 2 without the robots cache, for reference
        with Fetcher(policy) as fetcher:
            t3, _, _ = run(outlets, fetcher, store, known)
        print(
            f"  (same without the robots.txt cache: {t3:.3f} s, ratio {t3 / t1:.3f}: robots.txt and the feed "
            f"are one {1000 / N:.0f} ms interval apart)"
        )

    hosts.stop()
    ok1, ok2 = ratio1 >= 0.90, ratio2 < 0.05
    print()
    print(f"THROUGHPUT RATIO  pages/s / (hosts x N) = {ratio1:.3f}   target >= 0.90   {'OK' if ok1 else 'MISSED'}")
    print(f"RE-RUN TIME RATIO run 2 / run 1          = {ratio2:.3f}   target <  0.05   {'OK' if ok2 else 'MISSED'}")
    for f in failures:
        print("FAILED:", f)
    if failures or (args.strict and not (ok1 and ok2)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
