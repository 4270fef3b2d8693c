"""The outlet registry (sources.yaml) as a validated model."""

from __future__ import annotations

import pytest

from rasd import fetch as F
from rasd.fetch import OutletConfigError, load_outlets
from rasd.records import Outlet

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


@pytest.mark.parametrize(
    "body, outlet, field",
    [
        ("outlets:\n  - {id: a, name: A, country: Qatar}\n", "outlet 'a'", "country"),
        ("outlets:\n  - {id: a, name: A, rate: 0}\n", "outlet 'a'", "rate"),
        ("outlets:\n  - {id: a, name: A, rate: fast}\n", "outlet 'a'", "rate"),
        ("outlets:\n  - {id: a, name: A}\n  - {id: b, name: B, feeds: [12]}\n", "outlet 'b' (outlets[1])", "feeds"),
        ("outlets:\n  - {id: a, name: ''}\n", "outlet 'a'", "name"),
        ("outlets:\n  - {id: a, name: A, urls: [ftp://x/]}\n", "outlet 'a'", "urls"),
    ],
)
def test_registry_errors_are_one_line_naming_outlet_and_field(tmp_path, body, outlet, field):
    path = tmp_path / "sources.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(OutletConfigError) as e:
        load_outlets(path)
    message = str(e.value)
    assert "\n" not in message and str(path) in message
    assert outlet in message and field in message, message


def test_registry_rates_per_outlet_with_a_per_host_default(tmp_path):
    from rasd.fetch import load_registry

    path = tmp_path / "sources.yaml"
    path.write_text(
        "default_rate: 0.5\n"
        "hosts: {Slow.Example: 0.2}\n"
        "outlets:\n"
        "  - {id: a, name: A, feeds: ['https://news.example/a.xml'], rate: 4}\n"
        "  - {id: b, name: B, sitemaps: ['https://news.example/b.xml'], rate: 2}\n"
        "  - {id: c, name: C, feeds: ['https://slow.example/c.xml', 'https://cdn.example/c.xml'], rate: 3}\n"
        "  - {id: d, name: D, feeds: ['https://other.example/d.xml']}\n",
        encoding="utf-8",
    )
    reg = load_registry(path)
    assert reg.default_rate == 0.5
    # a and b share news.example: the slower of the two is the host's single budget
    assert reg.host_rates() == {"news.example": 2.0, "slow.example": 0.2, "cdn.example": 3.0}
    assert reg.host_rates([o for o in reg.outlets if o.id == "a"]) == {"news.example": 4.0, "slow.example": 0.2}
    # d sets nothing: other.example gets the default (the fetcher's per_host_rate)
    assert "other.example" not in reg.host_rates()


def test_group_by_host_joins_outlets_that_share_any_host():
    from rasd.fetch import group_by_host

    def o(oid, *urls):
        return Outlet(id=oid, name=oid, feeds=urls)

    outlets = [
        o("a", "https://x.example/f"),
        o("b", "https://y.example/f"),
        o("c", "https://z.example/f", "https://y.example/g"),  # shares y with b
        o("d", "https://x.example/g"),  # shares x with a
        o("e", "https://w.example/f", "https://z.example/h"),  # shares z with c, so with b too
    ]
    assert [[x.id for x in g] for g in group_by_host(outlets)] == [["a", "d"], ["b", "c", "e"]]
