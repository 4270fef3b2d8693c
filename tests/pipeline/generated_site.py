"""A generated news site on 127.0.0.1 for pipeline tests: the sample site's articles republished
under new URLs, a share of them with no publication date anywhere (no meta, no JSON-LD, no
dateline, no date in the URL), plus hostile pages (binary, mislabelled, empty, not Arabic)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from rasd.sample_site import site


def generate(n_pages: int = 90, undated_every: int = 4, hostile: int = 0) -> dict[str, tuple[str, bytes]]:
    """path -> (content type, body). Every ``undated_every``-th article carries no date."""
    articles = [a for a in site.load_articles() if a["kind"] == "article"]
    pages: dict[str, tuple[str, bytes]] = {}
    for i in range(n_pages - hostile):
        base = dict(articles[i % len(articles)])
        undated = i % undated_every == 0
        base.update({"id": f"gen-{i}", "path": f"/gen/item-{i}.html"})
        if undated:
            base.update({"published": None, "published_time": None, "date_in": None, "dateline": None})
        html = site.render_article(base, base.get("outlet") or "ufuq")
        pages[base["path"]] = ("text/html; charset=utf-8", html.encode("utf-8"))
    hostile_pages = [
        ("application/octet-stream", bytes(range(256)) * 40),  # binary
        ("text/html; charset=utf-8", b"\xff\xfe<html><body>" + bytes(range(128, 256)) * 30 + b"</body></html>"),
        (
            "text/html; charset=utf-8",
            b"<html><body>" + b"Plain English words, no Arabic here. " * 60 + b"</body></html>",
        ),
        ("text/html; charset=utf-8", b"<html><body><svg onload=alert(1)></svg><script>x()</script></body></html>" * 5),
        ("text/html; charset=utf-8", b""),
    ]
    for j in range(hostile):
        pages[f"/gen/odd-{j}.html"] = hostile_pages[j % len(hostile_pages)]
    return pages


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self._send(200, "text/plain", b"User-agent: *\nAllow: /\n")
        elif self.path in self.pages:
            self._send(200, *self.pages[self.path])
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def serve(pages: dict[str, tuple[str, bytes]]) -> tuple[ThreadingHTTPServer, str]:
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def registry(path: Path, base_url: str, pages: dict[str, tuple[str, bytes]], founded: str = "2000-01-01") -> Path:
    """An outlet registry with one local outlet listing every generated page."""
    outlet = {
        "id": "gen",
        "name": "Generated Outlet",
        "name_ar": "منفذ مولد",
        "country": "JO",
        "urls": [base_url + p for p in sorted(pages)],
        "enabled": True,
        "local": True,
        "rate": 50,  # a loopback test site takes more than the 1 request/s real hosts get
        "founded": founded,
    }
    path.write_text(yaml.safe_dump({"outlets": [outlet]}, allow_unicode=True), encoding="utf-8")
    return path
