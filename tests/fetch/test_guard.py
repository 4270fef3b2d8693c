"""SSRF guard: address classes, refusals before any packet, redirects and DNS rebinding."""

from __future__ import annotations

import socket

import pytest
from fetch_server import (
    FetchTestServer,
    Reply,
    arabic_html,
    html_page,
    make_fetcher,
    make_outlet,
)

from rasd import fetch as F
from rasd.fetch import (
    RawStore,
    fetch_urls,
    ip_block_reason,
)
from rasd.fetch import http as fetch_http
from rasd.records import Outlet


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
    monkeypatch.setattr(fetch_http, "address_block_reason", lambda host, **kw: None)  # the first check is fooled
    monkeypatch.setattr(F.RobotsBook, "rules", lambda self, *a: F.Robots(None))
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


def test_failed_guarded_lookup_never_falls_back_to_an_unchecked_one(connections, monkeypatch, tmp_path):
    """A hostile resolver answers public (the pre-check passes), then fails (the connect-time check),
    then 127.0.0.1 (what urllib3's own lookup would get). Loopback must never be dialled."""
    answers: list[str] = []

    def hostile_getaddrinfo(host, port, *args, **kw):
        step = len(answers)
        answers.append(host)
        if step == 0:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]
        if step == 1:
            raise socket.gaierror(socket.EAI_AGAIN, "temporary failure in name resolution")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    with FetchTestServer() as srv:  # a real service on loopback, where the attacker wants us to go
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        monkeypatch.setattr(socket, "getaddrinfo", hostile_getaddrinfo)
        url = f"http://news.attacker.example:{srv.port}/a.html"
        fetcher = make_fetcher(retries=0, respect_robots=False)  # one hop: pre-check, then connect
        result = fetch_urls([url], Outlet(id="remote", name="Remote"), fetcher, RawStore(tmp_path))
        monkeypatch.undo()
        assert srv.log() == []  # the page never reached the loopback server
    assert connections == []
    [q] = result.quarantined
    assert q.reason == "connection_error" and "resolve" in q.detail and not result.pages
    assert answers[:2] == ["news.attacker.example"] * 2  # both checks asked; nobody asked a third time
    assert len(answers) == 2
