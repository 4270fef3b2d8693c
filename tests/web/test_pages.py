"""The analyst pages (Calls filters, person, article, Trends, Quality), downloads, links and escaping,
against the sample-site warehouse (and a copy of it carrying hostile markup)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pyarrow.parquet as pq
import pytest

from web.web_fixtures import HOSTILE, HOSTILE_URL, REPO, TOKEN, make_client, snapshot_rows, use_home


@pytest.fixture()
def authed(built, monkeypatch):
    use_home(monkeypatch, built)
    client = make_client()
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    return client


@pytest.fixture()
def hostile_client(hostile, monkeypatch):
    use_home(monkeypatch, hostile)
    client = make_client()
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    return client


def n_calls(cfg, where: str = "TRUE", params=None) -> int:
    return snapshot_rows(cfg, f"SELECT count(*) FROM calls c WHERE {where}", params)[0][0]


def shown(page: str) -> int:
    return page.count("<tr class='call'")


HREF = re.compile(r"""<a [^>]*href=(['"])(.*?)\1""")


def internal_links(page: str) -> list[str]:
    return [html.unescape(h) for _, h in HREF.findall(page) if not urlsplit(html.unescape(h)).scheme]


# --- security ----------------------------------------------------------------------------------------


def served_html_pages(client, cfg) -> dict[str, str]:
    """Every HTML page the app serves for this warehouse (report files included)."""
    person = snapshot_rows(cfg, "SELECT participant_key FROM call_participants ORDER BY 1 LIMIT 1")[0][0]
    paths = [
        "/rasd/calls?limit=500&open=all",
        "/rasd/calls?call=hostile-call&open=hostile-call",
        "/rasd/quality",
        "/rasd/trends",
        "/rasd/article/hostile-article",
        "/rasd/person/Q7747",
        f"/rasd/person/{person}",
        "/rasd/report/",
        "/rasd/report/nope.html",
        *(f"/rasd/report/runs/{p.name}" for p in (cfg.reports_dir / "runs").glob("*.html")),
    ]
    pages = {}
    for path in paths:
        resp = client.get(path)
        assert resp.status_code in (200, 404), (path, resp.status_code)
        assert resp.headers["content-type"].startswith("text/html"), path
        assert "default-src 'none'" in resp.headers["content-security-policy"], path
        if path.startswith("/rasd/report/"):
            assert resp.headers["content-security-policy"].startswith("sandbox"), path
        pages[path] = resp.text
    return pages


def test_hostile_markup_never_reaches_html_unescaped(hostile, hostile_client):
    pages = served_html_pages(hostile_client, hostile)
    for path, page in pages.items():
        assert HOSTILE not in page, path
        assert "<svg onload" not in page.lower(), path
        assert "<script" not in page.lower(), path
    escaped = html.escape(HOSTILE)
    # The hostile values are there, as text: in the failing rows, the quarantine and the calls.
    assert html.escape(HOSTILE_URL) in pages["/rasd/quality"]
    assert escaped in pages["/rasd/report/"]
    assert escaped in pages["/rasd/calls?call=hostile-call&open=hostile-call"]
    assert escaped in pages["/rasd/article/hostile-article"]


def test_person_links_hold_any_key(hostile_client):
    """A participant missing from the reference data has a key made of their name as written (here
    markup): the link to their page is encoded, the page opens and its navigation works."""
    page = hostile_client.get("/rasd/calls?call=hostile-call").text
    link = next(h for h in internal_links(page) if h.startswith("person/unk:"))
    assert "<" not in link and "%3Csvg" in link
    person = hostile_client.get("/rasd/" + link)
    assert person.status_code == 200 and html.escape(HOSTILE) in person.text and HOSTILE not in person.text
    for href in internal_links(person.text):
        assert hostile_client.get(urljoin("http://testserver/rasd/" + link, href)).status_code == 200, href


def test_csv_downloads_defuse_spreadsheet_formulas(hostile_client):
    rows = list(
        csv.DictReader(io.StringIO(hostile_client.get("/rasd/calls.csv?call=hostile-call").content.decode("utf-8-sig")))
    )
    assert len(rows) == 1
    assert rows[0]["participants"] == '\'=HYPERLINK("http://evil.example/x")'
    assert rows[0]["sources"].startswith("'=HYPERLINK(")
    parquet = pq.read_table(io.BytesIO(hostile_client.get("/rasd/calls.parquet?call=hostile-call").content))
    assert parquet.column("participants").to_pylist() == ['=HYPERLINK("http://evil.example/x")']  # data as is


def test_quarantined_rows_show_the_context_their_gate_kept(hostile, hostile_client):
    """A gate that keeps the event's participants and date with the quarantined row (detail as a
    JSON object) gets them shown, escaped, instead of "not stored"."""
    page = hostile_client.get("/rasd/quality").text
    block = page[page.index("Both sides of the contact are the same person") :]
    block = block[: block.index("</table>")]
    assert "Vladimir Putin" in block and "2024-01-01" in block and html.escape(HOSTILE) in block
    assert "not stored" not in block and HOSTILE not in block


def test_article_links_only_for_http_urls(hostile, hostile_client):
    page = hostile_client.get("/rasd/calls?call=hostile-call&open=hostile-call").text
    assert "javascript:alert(1)//" in page  # shown as text
    assert not re.search(r"href=['\"]\s*javascript:", page, re.I)
    article = hostile_client.get("/rasd/article/hostile-article").text
    assert "javascript:alert(1)//" in article and not re.search(r"href=['\"]\s*javascript:", article, re.I)
    # Real article links stay links.
    url = snapshot_rows(hostile, "SELECT url FROM articles WHERE url LIKE 'http%' LIMIT 1")[0][0]
    calls = hostile_client.get("/rasd/calls?limit=500&open=all").text
    assert f'href="{html.escape(url)}"' in calls


@pytest.mark.parametrize(
    "url,linked",
    [
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("vbscript:msgbox", False),
        ("//evil.example/x", False),
        ("/rasd/calls", False),
        ("http:/no-host", False),
        ("http://example.com/a?b=1&c=2", True),
        ("HTTPS://example.com/", True),
    ],
)
def test_link_renders_only_http_urls_as_links(url, linked):
    from rasd.web.render import link

    out = link(url)
    assert out.startswith("<a ") is linked
    assert "<b>" not in out


def test_web_and_queries_never_import_airflow():
    for folder in ("include/rasd/web", "include/rasd/warehouse/queries"):
        for path in (REPO / folder).rglob("*.py"):
            assert not re.search(r"^\s*(from|import) airflow", path.read_text(encoding="utf-8"), re.M), path


# --- navigation --------------------------------------------------------------------------------------


def test_every_internal_link_of_every_page_works(built, authed):
    """The nav links (and every other relative link) resolve from each page, at any depth."""
    start = ["/rasd/calls", "/rasd/quality", "/rasd/trends", "/rasd/report/", "/rasd/report/nope.html"]
    start += [f"/rasd/report/runs/{p.name}" for p in (built.reports_dir / "runs").glob("*.html")]
    start.append("/rasd/person/" + snapshot_rows(built, "SELECT participant_key FROM call_participants LIMIT 1")[0][0])
    start.append("/rasd/article/" + snapshot_rows(built, "SELECT article_id FROM articles LIMIT 1")[0][0])
    checked: set[str] = set()
    for path in start:
        page = authed.get(path).text
        links = internal_links(page)
        assert {"calls", "trends", "quality", "report/"} <= {h.rsplit("../", 1)[-1] for h in links}, path
        for href in links:
            target = urljoin("http://testserver" + path, href)
            if target in checked:
                continue
            checked.add(target)
            resp = authed.get(target)
            assert resp.status_code == 200, (path, href, resp.status_code)
    assert len(checked) > 20


# --- filters ---------------------------------------------------------------------------------------


def test_calls_filters_match_the_warehouse(built, authed):
    get = lambda query: authed.get("/rasd/calls?limit=500&" + query).text  # noqa: E731
    total = n_calls(built)
    assert shown(get("")) == total
    putin = n_calls(built, "c.call_id IN (SELECT call_id FROM call_participants WHERE person_id = 'Q7747')")
    assert putin >= 3
    assert shown(get("person=Putin")) == putin
    assert shown(get("person=" + "بوتين")) == putin  # Arabic name
    assert shown(get("person=Q7747")) == putin  # a participant key
    assert shown(get("person=erdogan")) == shown(get("person=Erdoğan")) > 0  # accents ignored
    tr = n_calls(built, "list_contains(countries, 'TR')")
    assert shown(get("country=TR")) == shown(get("country=Turkey")) == shown(get("country=tr")) == tr > 0
    assert shown(get("from=2022-01-01&to=2022-12-31")) == n_calls(
        built, "call_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'"
    )
    assert shown(get("type=meeting")) == n_calls(built, "type = 'meeting'")
    planned = n_calls(
        built, "call_id IN (SELECT call_id FROM call_events JOIN events USING (event_id) WHERE status = 'planned')"
    )
    assert shown(get("status=planned")) == planned
    manara = n_calls(
        built,
        "call_id IN (SELECT call_id FROM call_events JOIN events USING (event_id) JOIN articles USING (article_id)"
        " WHERE outlet_id = 'manara')",
    )
    assert 0 < shown(get("outlet=manara")) == manara < total
    assert shown(get("min_outlets=2")) == n_calls(built, "n_outlets >= 2") > 0
    both = n_calls(
        built,
        "list_contains(countries, 'TR') AND call_id IN (SELECT call_id FROM call_participants WHERE person_id = 'Q7747')",
    )
    page = get("person=Putin&country=TR")
    assert shown(page) == both
    # The view is in the URL: the form shows it and the downloads carry it.
    assert "name='person' type='text' value='Putin'" in page
    csv_link = next(h for h in internal_links(page) if h.startswith("calls.csv"))
    assert parse_qs(urlsplit(csv_link).query) == {"person": ["Putin"], "country": ["TR"]}
    assert authed.get("/rasd/calls?from=yesterday").status_code == 400
    assert "YYYY-MM-DD" in authed.get("/rasd/calls?from=yesterday").text


def test_api_takes_the_same_filters(built, authed):
    data = authed.get("/rasd/api/calls?limit=500&person=Putin&type=phone_call").json()
    expected = n_calls(
        built, "type = 'phone_call' AND call_id IN (SELECT call_id FROM call_participants WHERE person_id = 'Q7747')"
    )
    assert data["count"] == expected > 0
    assert all(c["type"] == "phone_call" and any(p["key"] == "Q7747" for p in c["people"]) for c in data["calls"])
    assert authed.get("/rasd/api/calls?min_outlets=x").status_code == 400


def test_downloads_carry_the_api_columns_for_the_filtered_view(built, authed):
    api = authed.get("/rasd/api/calls?limit=500&country=RU").json()["calls"]
    resp = authed.get("/rasd/calls.csv?country=RU")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))
    expected_columns = [k for k in api[0] if k != "articles"]
    assert list(rows[0]) == expected_columns
    assert [r["call_id"] for r in rows] == [c["call_id"] for c in api]
    first = rows[0]
    assert first["date"] == api[0]["date"] and first["participants"] == api[0]["participants"]
    assert first["countries"] == " | ".join(api[0]["countries"])
    assert any("\u0600" <= ch <= "\u06ff" for ch in first["participants_ar"])
    resp = authed.get("/rasd/calls.parquet?country=RU")
    assert resp.status_code == 200 and "attachment" in resp.headers["content-disposition"]
    table = pq.read_table(io.BytesIO(resp.content))
    assert table.column_names == expected_columns
    assert table.column("call_id").to_pylist() == [c["call_id"] for c in api]
    assert table.column("countries").to_pylist() == [c["countries"] for c in api]
    assert table.column("date").to_pylist() == [dt.date.fromisoformat(c["date"]) if c["date"] else None for c in api]


# --- person, article, trends, quality ----------------------------------------------------------------


def test_person_page_timeline_and_counterparts(built, authed):
    page = authed.get("/rasd/person/Q7747").text
    assert "Vladimir Putin" in page and "<bdi dir='rtl' lang='ar' class='ar'>فلاديمير بوتين</bdi>" in page
    expected = snapshot_rows(
        built,
        """SELECT counterpart, count(DISTINCT call_id), min(call_date), max(call_date) FROM leader_contacts
           WHERE person_id = 'Q7747' GROUP BY counterpart""",
    )
    assert expected
    for name, count, first, last in expected:
        assert html.escape(name) in page
        assert f">{count}</a></td><td>{first.isoformat()}</td><td>{last.isoformat()}</td>" in page
    n = n_calls(built, "call_id IN (SELECT call_id FROM call_participants WHERE person_id = 'Q7747')")
    timeline = page[page.index("class='chart timeline'") :]
    assert timeline[: timeline.index("</svg>")].count("<circle") == n
    assert authed.get("/rasd/person/nobody-at-all").status_code == 200
    assert "No person" in authed.get("/rasd/person/nobody-at-all").text


def test_person_counterparts_download(built, authed):
    page = authed.get("/rasd/person/Q7747").text
    link = next(h for h in internal_links(page) if h.startswith("../counterparts.csv"))
    rows = list(
        csv.DictReader(
            io.StringIO(authed.get(urljoin("http://testserver/rasd/person/Q7747", link)).content.decode("utf-8-sig"))
        )
    )
    shown = authed.get("/rasd/api/calls?person=Q7747&limit=500").json()["calls"]
    assert rows and list(rows[0]) == [
        "key",
        "name_en",
        "name_ar",
        "country",
        "n_contacts",
        "first_contact",
        "last_contact",
        "types",
    ]
    for row in rows:
        theirs = [c for c in shown if any(p["key"] == row["key"] for p in c["people"])]
        assert int(row["n_contacts"]) == len(theirs), row["name_en"]
        assert row["last_contact"] == max(c["date"] for c in theirs)
    table = pq.read_table(io.BytesIO(authed.get("/rasd/counterparts.parquet?person=Q7747").content))
    assert table.column("key").to_pylist() == [r["key"] for r in rows]


def test_trends_use_a_continuous_axis_with_empty_periods(built, authed):
    page = authed.get("/rasd/trends").text
    first, last = snapshot_rows(built, "SELECT min(call_date), max(call_date) FROM calls")[0]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    assert (last - first).days > 366
    assert f"data-periods='{months}' data-unit='month'" in page
    bars = re.findall(r"<rect [^>]*height='([0-9.]+)'", page[page.index("time-bars") :])
    assert len(bars) == months and bars.count("0.0") > 0  # empty months drawn
    assert "Calls per country pair" in page and "Quarantine share per outlet over runs" in page
    # A year or less: weeks.
    weekly = authed.get("/rasd/trends?from=2022-01-01&to=2022-06-30").text
    assert "data-unit='week'" in weekly


def test_quality_page_rows_lead_to_the_article_and_the_call(built, authed):
    page = authed.get("/rasd/quality").text
    assert "Critical (rows quarantined)" in page and "Warnings (rows kept, reported)" in page
    critical = page[page.index("Critical (rows quarantined)") : page.index("Warnings (rows kept")]
    article_link = next(h for _, h in HREF.findall(critical) if h.startswith("article/"))
    title = snapshot_rows(
        built, "SELECT title FROM articles WHERE article_id = ?", [html.unescape(article_link).split("/")[-1]]
    )[0][0]
    article = authed.get("/rasd/" + html.unescape(article_link))
    assert article.status_code == 200 and html.escape(title) in article.text
    assert "office_not_held_on_event_date" in article.text  # what was quarantined from it
    warnings = page[page.index("Warnings (rows kept") :]
    call_link = html.unescape(next(h for _, h in HREF.findall(warnings) if h.startswith("calls?call=")))
    call_id = parse_qs(urlsplit(call_link).query)["call"][0]
    calls = authed.get("/rasd/" + call_link).text
    assert shown(calls) == 1 and f"id='call-{call_id}'" in calls and "<details open>" in calls


def test_reasons_file_covers_every_suite_reason():
    import json

    import yaml

    from rasd.web.quality import REASONS_FILE, SUITES_DIR

    words = yaml.safe_load(REASONS_FILE.read_text(encoding="utf-8"))
    for path in Path(SUITES_DIR).glob("*.json"):
        for item in json.loads(path.read_text(encoding="utf-8"))["expectations"]:
            assert item["meta"]["reason"] in words, (path.name, item["meta"]["reason"])


def test_a_republished_snapshot_is_read_at_the_next_request(built, tmp_path, monkeypatch):
    """Pages keep the snapshot's database open between requests (warm cache), and still see a
    newly published snapshot at the next request."""
    import shutil

    import duckdb

    from rasd.warehouse.snapshot import publish_snapshot
    from rasd.web import app as web_app

    home = tmp_path / "home"
    shutil.copytree(built.home, home, ignore=shutil.ignore_patterns("raw", "reports"))
    cfg = use_home(monkeypatch, built.__class__(**{**built.__dict__, "home": home, "db_path": home / "rasd.duckdb"}))
    monkeypatch.setenv("RASD_HOME", str(home))
    client = make_client()
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    before = client.get("/rasd/api/calls?limit=500").json()["count"]
    assert client.get("/rasd/api/calls?limit=500").json()["count"] == before
    assert web_app.READER.is_open
    con = duckdb.connect(str(cfg.db_path))
    con.execute("DELETE FROM calls WHERE call_id IN (SELECT call_id FROM calls ORDER BY call_id LIMIT 3)")
    con.execute("CHECKPOINT")
    con.close()
    publish_snapshot(cfg.db_path, cfg.snapshot_path)
    assert client.get("/rasd/api/calls?limit=500").json()["count"] == before - 3


def test_calls_pages_through_a_view(built, authed):
    total = n_calls(built)
    first = authed.get("/rasd/calls?limit=10").text
    ids = re.findall(r"id='call-([0-9a-f]+)'", first)
    assert len(ids) == 10 and f"Calls 1–10 of {total}" in first
    nxt = html.unescape(re.search(r"class='next' href='([^']+)'", first).group(1))
    assert parse_qs(urlsplit(nxt).query) == {"limit": ["10"], "offset": ["10"]}
    second = authed.get("/rasd/" + nxt).text
    ids2 = re.findall(r"id='call-([0-9a-f]+)'", second)
    assert ids2 and not set(ids) & set(ids2) and "class='prev'" in second
    everything = [c["call_id"] for c in authed.get("/rasd/api/calls?limit=500").json()["calls"]]
    assert ids + ids2 == everything[:20]
    page = authed.get("/rasd/api/calls?limit=5&offset=5").json()
    assert page["calls"][0]["call_id"] == everything[5] and page["total"] == total and page["count"] == 5
