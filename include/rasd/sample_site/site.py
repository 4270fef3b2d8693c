"""Bundled sample Arabic news site: the default source of the Rasd pipeline and of
the end-to-end tests.

Three fictional outlets publish the articles of ``articles.yaml`` (real diplomatic
contacts, original wording) through one Jinja2 template each.  Everything is
rendered in memory; :func:`make_server` serves it over HTTP on localhost.

Pure Python: jinja2, PyYAML and the standard library only (no Airflow).

    >>> from rasd.sample_site import site
    >>> server, base_url = site.make_server()        # port 0 = any free port
    >>> threading.Thread(target=server.serve_forever, daemon=True).start()
    >>> urllib.request.urlopen(base_url + "/ufuq/rss.xml").read()

Run ``python -m rasd.sample_site --port 8765`` to
serve it in the foreground.
"""

from __future__ import annotations

import copy
import datetime as dt
import email.utils
import functools
import json
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from rasd.config import read_yaml

HERE = Path(__file__).resolve().parent
DATA_FILE = HERE / "articles.yaml"
TEMPLATE_DIR = HERE / "templates"

CT_HTML = "text/html; charset=utf-8"
CT_RSS = "application/rss+xml; charset=utf-8"
CT_XML = "application/xml; charset=utf-8"
CT_TEXT = "text/plain; charset=utf-8"

ARTICLE_KINDS = ("article", "reject_not_arabic", "reject_no_body", "reject_too_short")
DATE_IN = ("meta", "jsonld", "dateline")
COPYRIGHT_YEAR = 2024
DEFAULT_TZ = "+03:00"

_AR_MONTHS = {  # outlet style -> month names
    "levant": [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
    "gulf": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}
_AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_SECTIONS = {
    "news": "أخبار",
    "video": "فيديو",
    "article": "أخبار",
    "world": "عربي ودولي",
    "egypt": "مصر",
    "arab": "الوطن العربي",
    "breaking": "عاجل",
    "en": "English",
}


# --------------------------------------------------------------------------- data


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    data = read_yaml(DATA_FILE)
    ids = [a["id"] for a in data["articles"]]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate article ids in articles.yaml")
    known = {o["id"] for o in data["outlets"]}
    for art in data["articles"]:
        if art["outlet"] not in known:
            raise ValueError(f"article {art['id']}: unknown outlet {art['outlet']}")
        art.setdefault("gold", [])
    return data


def load_articles() -> list[dict]:
    """All article records of articles.yaml (a fresh copy), rejects included."""
    return copy.deepcopy(_data()["articles"])


def outlets() -> list[dict]:
    """Outlets: id, name_ar, name_en, country (ISO alpha-2), base (path prefix), tz."""
    return copy.deepcopy(_data()["outlets"])


def get_outlet(outlet_id: str) -> dict:
    for o in _data()["outlets"]:
        if o["id"] == outlet_id:
            return copy.deepcopy(o)
    raise KeyError(outlet_id)


def _norm_base_url(base_url: str) -> str:
    return base_url.rstrip("/")


def _outlet_dict(outlet: Mapping[str, Any] | str | None, article: Mapping[str, Any]) -> dict:
    """Accept an outlet record, an outlet id, or a partial (synthetic) dict."""
    if outlet is None:
        outlet = article.get("outlet") or _data()["outlets"][0]["id"]
    if isinstance(outlet, str):
        try:
            return get_outlet(outlet)
        except KeyError:
            outlet = {"id": outlet}
    o = dict(outlet)
    o.setdefault("id", "outlet")
    known = next((k for k in _data()["outlets"] if k["id"] == o["id"]), None)
    for key, val in (known or {}).items():
        o.setdefault(key, val)
    o.setdefault("name_ar", o.get("name_en") or o["id"])
    o.setdefault("name_en", o["id"])
    o.setdefault("country", "")
    o.setdefault("base", "/" + o["id"])
    o.setdefault("tz", DEFAULT_TZ)
    o.setdefault("tagline", "")
    return o


def article_path(article: Mapping[str, Any], outlet: Mapping[str, Any] | str | None = None) -> str:
    """The URL path of an article page: outlet prefix + record path."""
    o = _outlet_dict(outlet, article)
    base = o["base"].rstrip("/")
    path = article.get("path") or f"/news/{_article_id(article)}.html"
    if not path.startswith("/"):
        path = "/" + path
    if base and (path == base or path.startswith(base + "/")):
        return path
    return base + path


def article_url(article: Mapping[str, Any], base_url: str, outlet: Mapping[str, Any] | str | None = None) -> str:
    return _norm_base_url(base_url) + article_path(article, outlet)


def _article_id(article: Mapping[str, Any]) -> str:
    if article.get("id"):
        return str(article["id"])
    path = str(article.get("path") or "")
    slug = re.sub(r"\.html?$", "", path.rstrip("/").rsplit("/", 1)[-1])
    return re.sub(r"[^A-Za-z0-9_-]+", "-", slug) or "article"


# --------------------------------------------------------------------------- dates


def _tzinfo(tz: str) -> dt.timezone:
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", tz or DEFAULT_TZ)
    if not m:
        return dt.UTC
    delta = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return dt.timezone(-delta if m.group(1) == "-" else delta)


def published_datetime(article: Mapping[str, Any], outlet: Mapping[str, Any] | str | None = None) -> dt.datetime | None:
    """Timezone-aware publication time (outlet local time), or None."""
    pub = article.get("published")
    if not pub:
        return None
    if isinstance(pub, dt.datetime):
        d = pub
    else:
        day = pub if isinstance(pub, dt.date) else dt.date.fromisoformat(str(pub))
        hh, mm = (str(article.get("published_time") or "12:00").split(":") + ["0"])[:2]
        d = dt.datetime(day.year, day.month, day.day, int(hh), int(mm))
    if d.tzinfo is None:
        d = d.replace(tzinfo=_tzinfo(_outlet_dict(outlet, article)["tz"]))
    return d


def _display_date(d: dt.datetime, outlet_id: str) -> str:
    """Visible byline date, in a different house style per outlet."""
    if outlet_id == "manara":
        txt = f"{d.day} {_AR_MONTHS['gulf'][d.month - 1]} {d.year} | {d:%H:%M}"
        return txt.translate(_ARABIC_INDIC)
    if outlet_id == "marafi":
        ampm = "ص" if d.hour < 12 else "م"
        h12 = d.hour % 12 or 12
        return (
            f"{_AR_WEEKDAYS[d.weekday()]}، {d.day} {_AR_MONTHS['gulf'][d.month - 1]} "
            f"{d.year} {h12:02d}:{d.minute:02d} {ampm}"
        )
    return f"{d:%d/%m/%Y} - {d:%H:%M}"


# --------------------------------------------------------------------------- rendering


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _template_name(o: Mapping[str, Any]) -> str:
    name = o.get("template") or f"{o['id']}.html"
    if not (TEMPLATE_DIR / name).is_file():
        name = f"{_data()['outlets'][0]['id']}.html"
    return name


def _json_script(obj: Any) -> str:
    """JSON for a <script> element (no '</' can close the element)."""
    return json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")


def _section(path: str) -> str:
    parts = [p for p in path.split("/") if p]
    for p in parts[1:]:
        if p in _SECTIONS:
            return _SECTIONS[p]
    return "أخبار"


def _site_links(o: Mapping[str, Any], base_url: str) -> dict:
    home = _norm_base_url(base_url) + o["base"].rstrip("/") + "/"
    return {"home_url": home, "rss_url": home + "rss.xml", "sitemap_url": home + "sitemap.xml"}


def _link_list(
    article: Mapping[str, Any], o: Mapping[str, Any], base_url: str, pool: list[dict] | None
) -> tuple[list[dict], list[dict]]:
    """(related, most_read) link lists: other articles of the same outlet."""
    if pool is None:
        pool = _data()["articles"]
    me = _article_id(article)
    same = [a for a in pool if a.get("outlet") == o["id"] and a["kind"] == "article" and a["id"] != me]
    if not same:
        same = [a for a in pool if a["kind"] == "article" and a["id"] != me]
        src_outlet = None
    else:
        src_outlet = o

    def link(a: dict) -> dict:
        return {"title": a["title"], "url": article_url(a, base_url, src_outlet or a["outlet"])}

    # related: the next stories after this one in publication order; most read: newest
    me_pub = str(article.get("published") or "")
    ordered = sorted(same, key=lambda a: (str(a.get("published") or ""), a["id"]))
    start = sum(1 for a in ordered if str(a.get("published") or "") <= me_pub)
    related = [link(a) for a in (ordered[start:] + ordered[:start])[:3]]
    most_read = [link(a) for a in sorted(same, key=lambda a: (len(a["title"]), a["id"]))[:5]]
    return related, most_read


def _page_context(article: Mapping[str, Any], o: dict, base_url: str, pool: list[dict] | None = None) -> dict:
    # The template's whole context for one page, field by field; no branching worth splitting.
    lang = article.get("lang") or "ar"
    date_in = article.get("date_in") or ("meta" if article.get("published") else None)
    canonical = article_url(article, base_url, o)
    pub = published_datetime(article, o)
    paragraphs = [str(p) for p in (article.get("paragraphs") or [])]
    author = article.get("author")
    links = _site_links(o, base_url)
    site = dict(o, **links)

    jsonld_obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.get("title", ""),
        "inLanguage": lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "publisher": {"@type": "Organization", "name": o["name_ar"], "url": links["home_url"]},
    }
    if author:
        jsonld_obj["author"] = {"@type": "Person", "name": author}
    else:
        jsonld_obj["author"] = {"@type": "Organization", "name": o["name_ar"]}
    if date_in == "jsonld" and pub:
        jsonld_obj["datePublished"] = pub.isoformat()
        jsonld_obj["dateModified"] = pub.isoformat()
    org_obj = {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": o["name_ar"],
        "alternateName": o["name_en"],
        "url": links["home_url"],
    }

    description = paragraphs[0] if paragraphs else str(article.get("title", ""))
    if len(description) > 160:
        description = description[:157].rsplit(" ", 1)[0] + "…"

    related, most_read = _link_list(article, o, base_url, pool)
    view = {
        "id": _article_id(article),
        "title": article.get("title", ""),
        "lang": lang,
        "dir": "ltr" if lang in ("en", "fr", "de", "es") else "rtl",
        "paragraphs": paragraphs,
        "dateline": article.get("dateline") if date_in == "dateline" else None,
        "source_line": article.get("source_line"),
        "photo_credit": article.get("photo_credit"),
        "author": author,
        "kind": article.get("kind", "article"),
        "video_duration": article.get("video_duration"),
        "section": _section(article_path(article, o)),
        "description": description,
    }
    return {
        "a": view,
        "site": site,
        "canonical": canonical,
        "meta_published": pub.isoformat() if (date_in == "meta" and pub) else None,
        "jsonld": _json_script(jsonld_obj if date_in == "jsonld" else org_obj),
        "display_date": _display_date(pub, o["id"]) if (pub and date_in in ("meta", "jsonld")) else None,
        "related": related,
        "most_read": most_read,
        "year": COPYRIGHT_YEAR,
    }


def render_article(
    article: Mapping[str, Any], outlet: Mapping[str, Any] | str | None = None, base_url: str = "http://127.0.0.1:8765"
) -> str:
    """Render one article page with its outlet's template.

    Works on synthetic article dicts too: only ``title`` and ``paragraphs`` are
    needed; ``path``, ``published``, ``published_time``, ``date_in``, ``dateline``,
    ``author``, ``source_line``, ``photo_credit`` and ``lang`` are used when present.
    ``outlet`` may be an outlet record, an outlet id or a partial dict.
    """
    o = _outlet_dict(outlet, article)
    ctx = _page_context(article, o, base_url)
    return _env().get_template(_template_name(o)).render(**ctx)


def _render_listing(o: dict, arts: list[dict], base_url: str) -> str:
    items = []
    for a in sorted(arts, key=lambda a: (str(a.get("published", "")), a["id"]), reverse=True):
        paras = a.get("paragraphs") or []
        items.append({"title": a["title"], "url": article_url(a, base_url, o), "teaser": paras[0] if paras else ""})
    site = dict(o, **_site_links(o, base_url))
    return _env().get_template("listing.html").render(site=site, items=items, year=COPYRIGHT_YEAR)


def _render_index(outs: list[dict], base_url: str) -> str:
    sites = [dict(o, **_site_links(o, base_url)) for o in outs]
    return _env().get_template("index.html").render(sites=sites, year=COPYRIGHT_YEAR)


def _rss(o: dict, arts: list[dict], base_url: str) -> bytes:
    links = _site_links(o, base_url)
    ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
    rss = ET.Element("rss", {"version": "2.0"})
    ch = ET.SubElement(rss, "channel")
    ET.SubElement(ch, "title").text = o["name_ar"]
    ET.SubElement(ch, "link").text = links["home_url"]
    ET.SubElement(ch, "description").text = o.get("tagline") or o["name_ar"]
    ET.SubElement(ch, "language").text = "ar"
    ET.SubElement(
        ch,
        "{http://www.w3.org/2005/Atom}link",
        {"href": links["rss_url"], "rel": "self", "type": "application/rss+xml"},
    )
    dated = sorted(arts, key=lambda a: published_datetime(a, o) or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True)
    newest = published_datetime(dated[0], o) if dated else None
    if newest:
        ET.SubElement(ch, "lastBuildDate").text = email.utils.format_datetime(newest)
    for a in dated:
        url = article_url(a, base_url, o)
        it = ET.SubElement(ch, "item")
        ET.SubElement(it, "title").text = a["title"]
        ET.SubElement(it, "link").text = url
        ET.SubElement(it, "guid", {"isPermaLink": "true"}).text = url
        pub = published_datetime(a, o)
        if pub:
            ET.SubElement(it, "pubDate").text = email.utils.format_datetime(pub)
        paras = a.get("paragraphs") or []
        ET.SubElement(it, "description").text = paras[0] if paras else a["title"]
        ET.SubElement(it, "category").text = _section(article_path(a, o))
    ET.indent(rss)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="utf-8") + b"\n"


def _sitemap(o: dict, arts: list[dict], base_url: str) -> bytes:
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}urlset")
    for a in sorted(arts, key=lambda a: (str(a.get("published", "")), a["id"])):
        url = ET.SubElement(root, f"{{{ns}}}url")
        ET.SubElement(url, f"{{{ns}}}loc").text = article_url(a, base_url, o)
        pub = published_datetime(a, o)
        if pub:
            ET.SubElement(url, f"{{{ns}}}lastmod").text = pub.isoformat()
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _robots(outs: list[dict], base_url: str) -> bytes:
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {_site_links(o, base_url)['sitemap_url']}" for o in outs]
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_site(base_url: str) -> dict[str, tuple[str, bytes]]:
    """Every page of the site: URL path -> (content type, body).

    Article pages, ``/<outlet>/`` listing pages, ``/<outlet>/rss.xml`` (RSS 2.0),
    ``/<outlet>/sitemap.xml``, ``/robots.txt`` and the index ``/``.  Feed and
    sitemap URLs are absolute, built on ``base_url``.
    """
    base_url = _norm_base_url(base_url)
    pool = _data()["articles"]
    outs = [_outlet_dict(o, {}) for o in _data()["outlets"]]
    site: dict[str, tuple[str, bytes]] = {}
    for o in outs:
        arts = [a for a in pool if a["outlet"] == o["id"]]
        for a in arts:
            path = article_path(a, o)
            if path in site:
                raise ValueError(f"two pages at {path}")
            html = _env().get_template(_template_name(o)).render(**_page_context(a, o, base_url, pool))
            site[path] = (CT_HTML, html.encode("utf-8"))
        prefix = o["base"].rstrip("/")
        site[prefix + "/"] = (CT_HTML, _render_listing(o, arts, base_url).encode("utf-8"))
        site[prefix + "/rss.xml"] = (CT_RSS, _rss(o, arts, base_url))
        site[prefix + "/sitemap.xml"] = (CT_XML, _sitemap(o, arts, base_url))
    site["/robots.txt"] = (CT_TEXT, _robots(outs, base_url))
    site["/"] = (CT_HTML, _render_index(outs, base_url).encode("utf-8"))
    return site


# --------------------------------------------------------------------------- server


class _Handler(BaseHTTPRequestHandler):
    server_version = "RasdSampleSite/1.0"

    def _lookup(self) -> tuple[str, bytes] | None:
        path = urlsplit(self.path).path or "/"
        pages = self.server.pages  # type: ignore[attr-defined]
        if path in pages:
            return pages[path]
        if path.endswith("/index.html") and path[: -len("index.html")] in pages:
            return pages[path[: -len("index.html")]]
        return None

    def _send(self, head_only: bool) -> None:
        page = self._lookup()
        if page is None:
            ctype, body, status = (
                CT_HTML,
                '<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>404</title></head><body><h1>الصفحة غير موجودة</h1></body></html>'.encode(),
                404,
            )
        else:
            (ctype, body), status = page, 200
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(head_only=False)

    def do_HEAD(self) -> None:
        self._send(head_only=True)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def make_server(port: int = 0, host: str = "127.0.0.1") -> tuple[ThreadingHTTPServer, str]:
    """Bind an HTTP server for the sample site; returns (server, base_url).

    ``port=0`` picks a free port.  The server is not started: call
    ``server.serve_forever()`` (e.g. in a daemon thread) and ``server.shutdown()``
    / ``server.server_close()`` when done.
    """
    server = ThreadingHTTPServer((host, port), _Handler)
    server.daemon_threads = True
    base_url = f"http://{host}:{server.server_address[1]}"
    server.pages = render_site(base_url)  # type: ignore[attr-defined]
    server.base_url = base_url  # type: ignore[attr-defined]
    return server, base_url


def start_in_thread(port: int = 0, host: str = "127.0.0.1") -> tuple[ThreadingHTTPServer, str]:
    """make_server + serve_forever in a daemon thread (handy for tests)."""
    server, base_url = make_server(port, host)
    threading.Thread(target=server.serve_forever, name="rasd-sample-site", daemon=True).start()
    return server, base_url


def serve_forever(port: int = 8765, host: str = "127.0.0.1") -> None:
    server, base_url = make_server(port, host)
    print(f"Rasd sample site on {base_url}/ (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Serve the Rasd sample Arabic news site.")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--host", default="127.0.0.1")
    args = ap.parse_args(argv)
    serve_forever(args.port, args.host)


if __name__ == "__main__":
    main()
