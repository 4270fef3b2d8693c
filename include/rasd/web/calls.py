"""The Calls page (filters in the URL, evidence per article), one article's page, and the filter
parsing shared with the JSON API, the trends and the downloads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rasd.warehouse import queries as q
from rasd.warehouse.queries.base import CONTEXT_CHARS
from rasd.web.render import bilingual, esc, href, link, segment, table, text

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
ISO_INPUT = "size='10' placeholder='YYYY-MM-DD' pattern='[0-9]{4}-[0-9]{2}-[0-9]{2}'"


class BadFilter(ValueError):
    """A filter value that cannot be used (the message says which and why)."""


def _date(params: Mapping[str, str], key: str) -> dt.date | None:
    value = (params.get(key) or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadFilter(f"'{key}' must be a date as YYYY-MM-DD, not {value[:40]!r}") from None


def _int(params: Mapping[str, str], key: str, lo: int, hi: int) -> int | None:
    value = (params.get(key) or "").strip()
    if not value:
        return None
    if not value.isdigit() or not lo <= int(value) <= hi:
        raise BadFilter(f"'{key}' must be a whole number from {lo} to {hi}, not {value[:40]!r}")
    return int(value)


def parse_filter(params: Mapping[str, str], limited: bool = True) -> q.CallFilter:
    """A CallFilter from URL query parameters (the same names everywhere: page, API, downloads)."""

    def s(key: str) -> str | None:
        value = (params.get(key) or "").strip()
        if len(value) > 200:
            raise BadFilter(f"'{key}' is too long")
        return value or None

    limit = _int(params, "limit", 1, MAX_LIMIT) if limited else None
    return q.CallFilter(
        person=s("person"),
        country=s("country"),
        date_from=_date(params, "from"),
        date_to=_date(params, "to"),
        type=s("type"),
        status=s("status"),
        outlet=s("outlet"),
        min_outlets=_int(params, "min_outlets", 1, 1000),
        call_id=s("call"),
        limit=(limit or DEFAULT_LIMIT) if limited else None,
        offset=(_int(params, "offset", 0, 10**9) or 0) if limited else 0,
    )


def _select(name: str, label: str, options: list[tuple[str, str]], current: str | None) -> str:
    opts = "".join(
        f"<option value='{esc(v)}'{' selected' if v == current else ''}>{esc(shown)}</option>" for v, shown in options
    )
    return f"<label>{esc(label)}<select name='{name}'><option value=''>all</option>{opts}</select></label>"


def _input(name: str, label: str, value: Any, kind: str = "text", extra: str = "") -> str:
    return (
        f"<label>{esc(label)}<input name='{name}' type='{kind}' value='{esc('' if value is None else value)}' "
        f"{extra}></label>"
    )


def filter_form(f: q.CallFilter, choices: dict[str, list[Any]], action: str, with_limit: bool = True) -> str:
    outlets = [(o[0], f"{o[1]} · {o[2]}" if o[2] else o[1]) for o in choices["outlets"]]
    fields = [
        _input("person", "Person (English or Arabic)", f.person, extra="size='22' dir='auto'"),
        _input("country", "Country (code or name)", f.country, extra="size='12' dir='auto'"),
        # Text, not type=date: browsers show date inputs in the local format; the pages use ISO dates.
        _input("from", "From (YYYY-MM-DD)", f.date_from.isoformat() if f.date_from else None, extra=ISO_INPUT),
        _input("to", "To (YYYY-MM-DD)", f.date_to.isoformat() if f.date_to else None, extra=ISO_INPUT),
        _select("type", "Type", [(t, t) for t in choices["types"]], f.type),
        _select("status", "Status", [(t, t) for t in choices["statuses"]], f.status),
        _select("outlet", "Outlet", outlets, f.outlet),
        _input("min_outlets", "Min. outlets", f.min_outlets, "number", "min='1' style='width:4em'"),
    ]
    if with_limit:
        fields.append(_input("limit", "Rows", f.limit, "number", f"min='1' max='{MAX_LIMIT}' style='width:5em'"))
    return (
        f"<form class='filters' method='get' action='{esc(action)}'>{''.join(fields)}<button>Apply</button> "
        f"<a href='{esc(action)}'>clear</a></form>"
    )


def downloads(f: q.CallFilter, root: str) -> str:
    params = f.params()
    return (
        "<p class='downloads'>This view as: "
        f"<a class='csv' href='{href(root + 'calls.csv', params)}' download>CSV</a>"
        f"<a class='parquet' href='{href(root + 'calls.parquet', params)}' download>Parquet</a>"
        f"<a class='json' href='{href(root + 'api/calls', {**params, 'limit': f.limit})}'>JSON</a></p>"
    )


def person_links(people: list[dict[str, Any]], root: str) -> str:
    return "<br>".join(
        f"<a class='person' href='{href(root + 'person/' + segment(p['key']))}'>{bilingual(p.get('name_en'), p.get('name_ar'))}</a>"
        f" <span class='muted'>{esc(p.get('country'))}</span>"
        for p in people
    )


def _evidence_html(article: dict[str, Any], root: str) -> str:
    ev = article["event"]
    conflict = f" · <span class='warn'>date conflict: {esc(ev['date_conflict'])}</span>" if ev["date_conflict"] else ""
    people = "".join(
        f"<li>{bilingual(p['name_en'] or '(not in reference data)', p['name_ar'])} <span class='muted'>"
        f"{esc(p['country'])}{' · ' + esc(p['role']) if p['role'] else ''}</span> {text(p['mention'])}</li>"
        for p in article["participants"]
    )
    sources = "".join(
        f"<li>{esc(s['name_en'])} <span class='muted'>{esc(s['kind'])}</span> {text(s['mention'])}</li>"
        for s in article["sources"]
    )
    spans = []
    for s in article["evidence"]:
        if s["before"] is not None:
            before = ("…" if s["start"] > len(s["before"]) else "") + s["before"]
            after = s["after"] + ("…" if len(s["after"]) == CONTEXT_CHARS else "")
            context = (
                f'<div dir="rtl" lang="ar" class="ar">{esc(before)}<mark>{esc(s["text"])}</mark>{esc(after)}</div>'
            )
        else:
            context = text(s["text"], block=True)
        spans.append(
            f"<tr><td class='kind'>{esc(s['kind'])}</td><td>{context}</td><td class='muted'>{s['start']}–{s['end']}</td></tr>"
        )
    published = article["published_date"].isoformat() if article["published_date"] else "?"
    return f"""<div class="article">
<div><b>{bilingual(article["outlet"], article["outlet_ar"])}</b> · published {esc(published)} ·
{link(article["url"])} · <a href="{href(root + "article/" + segment(article["article_id"]))}">article page</a></div>
{text(article["title"], block=True)}
<div class="muted">{esc(ev["type"])} · {esc(ev["status"])} · date {esc(ev["date"].isoformat() if ev["date"] else "unknown")}
 ({esc(ev["date_basis"])}){conflict}</div>
<div style="display:flex;gap:2rem;flex-wrap:wrap"><div><b>Participants</b><ul>{people}</ul></div>
<div><b>Sources</b><ul>{sources or "<li class='muted'>none named</li>"}</ul></div></div>
<b>Evidence</b><table class="spans">{"".join(spans)}</table></div>"""


def _outlets(c: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The call's outlets with their Arabic names (from its articles; the names alone if none loaded)."""
    pairs = dict.fromkeys((a["outlet"], a["outlet_ar"]) for a in c.get("articles", []))
    return list(pairs) or [(o, None) for o in c["outlets"]]


def _call_row(c: dict[str, Any], opened: bool, root: str) -> str:
    conflict = "<span class='warn'>outlets disagree</span>" if c["date_conflict"] else ""
    evidence = "".join(_evidence_html(a, root) for a in c["articles"]) or "<p class='muted'>No evidence stored.</p>"
    n_a, n_o = c["n_articles"], c["n_outlets"]
    return (
        f"<tr class='call' id='call-{esc(c['call_id'])}'><td class='date'>{esc(c['date'].isoformat() if c['date'] else 'unknown')}"
        f"<div class='muted'>{esc(c['date_basis'])}</div></td><td>{esc(c['type'])}<div class='muted'>"
        f"{esc(', '.join(c['statuses']))}</div></td><td>{person_links(c['people'], root)}</td>"
        f"<td>{''.join(f'<span class=tag>{esc(x)}</span>' for x in c['countries'])}</td>"
        f"<td>{'<br>'.join(bilingual(en, ar) for en, ar in _outlets(c))}</td>"
        f"<td>{'<br>'.join(esc(s) for s in c['sources']) or '<span class=muted>none named</span>'}</td>"
        f"<td>{n_a}</td><td>{conflict}</td></tr>"
        f"<tr class='evidence'><td colspan='8'><details{' open' if opened else ''}><summary>Evidence: "
        f"{n_a} article{'s' if n_a != 1 else ''} from {n_o} outlet{'s' if n_o != 1 else ''}</summary>{evidence}</details></td></tr>"
    )


def _pager(f: q.CallFilter, shown: int, total: int) -> str:
    """Previous and next pages of the same view (the filters stay in the address)."""
    limit = f.limit or DEFAULT_LIMIT
    base = {**f.params(), "limit": limit}
    links = []
    if f.offset > 0:
        links.append(
            f"<a class='prev' href='{href('calls', {**base, 'offset': max(0, f.offset - limit) or None})}'>previous {limit}</a>"
        )
    if f.offset + shown < total:
        links.append(f"<a class='next' href='{href('calls', {**base, 'offset': f.offset + limit})}'>next {limit}</a>")
    first = f.offset + 1
    return f"<p class='pager'>Calls {first}–{f.offset + shown} of {total}. {' · '.join(links)}</p>"


def calls_body(
    calls: list[dict[str, Any]], total: int, info: dict[str, Any], f: q.CallFilter, choices: dict, open_: str | None
) -> str:
    run = info.get("latest_run") or {}
    latest = f" · latest run {esc(run.get('run_id'))} ({esc(run.get('status'))})" if run else ""
    header = (
        f"<h1>Calls</h1><p class='muted'>Snapshot published {esc(info.get('published_at') or '?')}{latest}"
        f" · <span class='shown'>{len(calls)}</span> of <span class='total'>{total}</span> matching calls shown"
        ". Expand a row for the articles and the evidence spans.</p>"
        + filter_form(f, choices, "calls")
        + downloads(f, "")
    )
    if not calls:
        return header + "<p class='empty'>No calls match.</p>"
    pager = _pager(f, len(calls), total)
    rows = "".join(
        _call_row(c, open_ == "all" or (open_ == "first" and i == 0) or open_ == c["call_id"], "")
        for i, c in enumerate(calls)
    )
    return header + (
        "<table><thead><tr><th>Date</th><th>Type</th><th>Participants</th><th>Countries</th>"
        f"<th>Outlets</th><th>Sources</th><th>Articles</th><th>Date check</th></tr></thead><tbody>{rows}</tbody></table>"
        + pager
    )


def article_body(a: dict[str, Any]) -> str:
    root = "../"
    events = [
        (
            esc(e["type"]),
            esc(e["status"]),
            esc(e["event_date"].isoformat() if e["event_date"] else "unknown")
            + f" <span class='muted'>({esc(e['date_basis'])})</span>",
            "<br>".join(bilingual(p["name_en"], p["name_ar"]) for p in e["participants"] or []),
            f"<a href='{href(root + 'calls', {'call': e['call_id'], 'open': e['call_id']})}'>call</a>"
            if e["call_id"]
            else "",
        )
        for e in a["events"]
    ]
    held = [
        (
            esc(r["stage"]),
            esc(r["reason"]),
            esc(r["value"]),
            f"<code>{esc(r['item_id'])}</code>",
            esc(r["first_run_id"]),
        )
        for r in a["quarantined"]
    ]
    published = a["published_date"].isoformat() if a["published_date"] else "unknown"
    return f"""<h1 class='article-title'>{text(a["title"], block=True) or esc(a["article_id"])}</h1>
<p>{bilingual(a["outlet"], a["outlet_ar"])} · published {esc(published)} ({esc(a["published_basis"])}) · {link(a["url"])}</p>
<h2>Events loaded from this article</h2>{table(["Type", "Status", "Date", "Participants", ""], events, "No event of this article is loaded.")}
<h2>Quarantined from this article</h2>{table(["Stage", "Reason", "Value", "Item", "First run"], held, "Nothing.")}
<h2>Text</h2>{text(a["text"], block=True)}"""
