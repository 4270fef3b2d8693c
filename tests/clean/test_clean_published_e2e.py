"""Dateline-only pages served on 127.0.0.1, fetched and loaded by `rasd run` (issue 12, item 3)."""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from test_clean_published import page_html

# path -> (dateline opening the body, expected published_date)
PAGES = {
    "/news/cairo-call.html": ("القاهرة في 12 مارس 2024 -", "2024-03-12"),
    "/news/amman-call.html": ("عمان 3 آذار (بترا) -", "2024-03-03"),  # yearless; footer "© 2024"
    "/news/rabat-call.html": ("الرباط في ١٥ أبريل ٢٠٢٤ -", "2024-04-15"),
    "/news/algiers-call.html": ("الجزائر 7 جوان 2024 (واج) -", "2024-06-07"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path not in PAGES:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = page_html(PAGES[self.path][0]).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def dateline_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.e2e
def test_rasd_run_dates_dateline_only_pages_by_their_dateline(tmp_path, dateline_site, monkeypatch):
    urls = [dateline_site + path for path in PAGES]
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "outlets:\n  - id: datelines\n    name: Dateline Test\n    country: JO\n    enabled: true\n"
        "    local: true\n    rate: 50\n    urls: [" + ", ".join(urls) + "]\n",
        encoding="utf-8",
    )
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES", "RASD_HOME"):
        monkeypatch.delenv(var, raising=False)
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "run", "--sources", str(sources), "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    con = duckdb.connect(str(home / "rasd.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT url, CAST(published_date AS VARCHAR), published_basis FROM articles").fetchall()
    finally:
        con.close()
    got = {url.removeprefix(dateline_site): (day, basis) for url, day, basis in rows}
    assert got == {path: (expected, "dateline") for path, (_, expected) in PAGES.items()}
