"""HTML for every Rasd page: escaping, text direction, safe links, the page frame and its policy.

Every value that comes from the warehouse (titles, names, URLs, quarantine values) reaches HTML
only through ``esc``/``text``/``link`` here; pages never build markup from row values any other way.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from rasd.arabic import has_arabic

# No script at all: pages are static HTML with inline CSS; charts are inline SVG.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'self'"
)
# The same in the page itself (without frame-ancestors, which a <meta> cannot carry): a report file
# opened straight from disk runs no script either.
META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
# Report files on disk are served in a sandbox too (an opaque origin: even if a file carried markup,
# nothing in it could act as the signed-in Airflow user).
REPORT_CSP = "sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox; " + CSP

STYLE = """
body{font-family:system-ui,'Noto Sans Arabic','Noto Naskh Arabic',sans-serif;margin:1.2rem 1.5rem;color:#1d2733}
nav a{margin-right:1rem}h1{margin:.3rem 0 .2rem;font-size:1.5rem}h2{margin-top:1.6rem;font-size:1.2rem;
border-bottom:1px solid #d6dde5;padding-bottom:.2rem}.muted{color:#6b7785}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #d6dde5;padding:.35rem .5rem;
text-align:left;vertical-align:top}th{background:#eef3f7}tr.call:hover{background:#f6f9fb}
.ar{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.05em}[dir=rtl]{text-align:right}
.warn{color:#a0262c;font-weight:600}.tag{display:inline-block;background:#eef3f7;border-radius:4px;padding:0 .35rem;
margin:0 .15rem .15rem 0;font-size:.85em}details>summary{cursor:pointer;color:#2f6f9f}
.article{border-left:3px solid #2f6f9f;margin:.5rem 0 .8rem;padding:.2rem .8rem;background:#fbfcfd}
.spans td{border:none;padding:.15rem .5rem}mark{background:#ffe58a;padding:0 .1rem}
.kind,.date{white-space:nowrap}.kind{font-variant:small-caps;color:#44505c}form{margin:.6rem 0}.empty{padding:1rem 0}
form.filters{display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:end}form.filters label{display:flex;
flex-direction:column;font-size:.8rem;color:#44505c}form.filters input,form.filters select{font-size:.9rem}
.kpis{display:flex;gap:1rem;flex-wrap:wrap}.kpi{background:#eef3f7;border-radius:8px;padding:.6rem 1rem}
.kpi b{display:block;font-size:1.4rem}.critical{border-left:4px solid #a0262c;padding-left:.6rem}
.warning{border-left:4px solid #c98a12;padding-left:.6rem}.ok{color:#23703a}.fail{color:#a0262c;font-weight:600}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg text{font-size:11px;fill:#1d2733}
.names{display:flex;gap:.6rem;flex-wrap:wrap;align-items:baseline}.downloads a{margin-right:.6rem}
"""

NAV = (("calls", "Calls"), ("trends", "Trends"), ("quality", "Quality"), ("report/", "Quality report"))


def esc(value: Any) -> str:
    """Escaped text of any value; None is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


def text(value: Any, block: bool = False, cls: str = "") -> str:
    """Escaped text; Arabic text is marked right-to-left (and as Arabic) so it reads correctly."""
    if value is None or value == "":
        return ""
    s = str(value)
    if has_arabic(s):
        tag = "div" if block else "span"
        extra = f" {cls}" if cls else ""
        return f'<{tag} dir="rtl" lang="ar" class="ar{extra}">{esc(s)}</{tag}>'
    return f'<span class="{cls}">{esc(s)}</span>' if cls else esc(s)


def bilingual(en: Any, ar: Any) -> str:
    """An English name and its Arabic form side by side (each in its own direction)."""
    parts = [esc(en)] if en else []
    if ar and ar != en:
        parts.append(f'<bdi dir="rtl" lang="ar" class="ar">{esc(ar)}</bdi>')
    return " ".join(parts)


def is_web_url(url: Any) -> bool:
    """Only http(s) addresses become links (never javascript:, data:, file: or relative ones)."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def link(url: Any, label: Any = None) -> str:
    """An outbound link for http(s) URLs; anything else is shown as plain text."""
    shown = esc(url if label is None else label)
    if not is_web_url(url):
        return f'<span class="muted">{shown}</span>'
    return f'<a href="{esc(str(url).strip())}" target="_blank" rel="noopener noreferrer">{shown}</a>'


def href(path: str, params: dict[str, Any] | Sequence[tuple[str, Any]] | None = None) -> str:
    """An internal relative address with its query (escaped for an attribute)."""
    items = params.items() if isinstance(params, dict) else (params or [])
    query = urlencode([(k, str(v)) for k, v in items if v not in (None, "", [])])
    return esc(path + ("?" + query if query else ""))


def segment(value: str) -> str:
    """One path segment of an internal address (a key may hold '/', '?', '#' or '%')."""
    return quote(value, safe=":")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], empty: str = "None.") -> str:
    """A table of already-rendered cells (each cell built with the helpers above)."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    if not body:
        return f"<p class='empty muted'>{esc(empty)}</p>"
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def page(title: str, body: str, root: str = "") -> str:
    """A whole page. ``root`` is the relative way back to the app's root ("" or "../"), so the
    navigation works at any depth and behind any prefix."""
    nav = "".join(f'<a href="{esc(root + path)}">{esc(label)}</a>' for path, label in NAV)
    return f"""<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} · Rasd</title>
<meta http-equiv="Content-Security-Policy" content="{META_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="{esc(root)}icon.svg">
<style>{STYLE}</style></head><body>
<nav><b>Rasd <bdi lang="ar">رصد</bdi></b> · {nav}</nav>
{body}</body></html>"""
