"""The ``rasd`` command: run the pipeline without Airflow, extract events, serve the sample site."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from rasd.config import settings


def _read_input(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or "<html" in head or "<body" in head


def extract_document(text: str, url: str | None, published: str | None, html: bool | None = None) -> dict:
    """One input (plain text or HTML) -> ``{"events": [...]}`` following the public contract.
    HTML goes through the clean stage first; its publication date is used unless one is given."""
    from rasd.clean import PageInput, clean_page
    from rasd.extract import extract_events

    if html if html is not None else _looks_like_html(text):
        cleaned = clean_page(PageInput(url or "file:///input.html", "cli", text))
        if not hasattr(cleaned, "text"):
            return {"events": [], "quarantined": {"reason": cleaned.reason, "detail": cleaned.detail}}
        events = extract_events(cleaned.text, published or cleaned.published_date, cleaned.source_line)
        return {
            "events": [e.to_dict() for e in events],
            "published": published or cleaned.published_date,
            "text": cleaned.text,
        }
    return {"events": [e.to_dict() for e in extract_events(text, published)]}


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.jsonl:
        stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        with stream:
            for line_no, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    content = item.get("html") if item.get("html") is not None else item.get("text")
                    if content is None:
                        raise ValueError("each line needs 'text' or 'html'")
                    result = extract_document(
                        content, item.get("url"), item.get("published"), html=item.get("html") is not None
                    )
                    out = {"id": item.get("id"), "events": result["events"]}
                    if "quarantined" in result:
                        out["quarantined"] = result["quarantined"]
                except (ValueError, KeyError) as exc:
                    out = {"id": None, "events": [], "error": f"line {line_no}: {exc}"}
                print(json.dumps(out, ensure_ascii=False))
        return 0
    if not args.file:
        print("rasd extract: give a FILE, '-' for stdin, or --jsonl IN.jsonl", file=sys.stderr)
        return 2
    result = extract_document(_read_input(args.file), args.url, args.published)
    result.pop("text", None)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from rasd.pipeline import run_all
    from rasd.sample_site.site import start_in_thread

    cfg = settings(db_path=args.db, reports_dir=args.reports, sources_file=args.sources, home=args.home)
    server, base_url = start_in_thread(args.sample_port)
    try:
        counts = run_all(cfg, outlet_ids=args.outlet or None, sample_base_url=base_url)
    finally:
        server.shutdown()
    print(json.dumps(counts, ensure_ascii=False, indent=2, default=str))
    print(f"database: {cfg.db_path}\nreport:   {cfg.reports_dir / 'index.html'}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from rasd.report import build_report

    cfg = settings(db_path=args.db, reports_dir=args.reports, home=args.home)
    print(build_report(cfg))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from rasd.load import connect, export_parquet

    cfg = settings(db_path=args.db, home=args.home)
    source = cfg.snapshot_path if cfg.snapshot_path.exists() else cfg.db_path
    con = connect(source, read_only=True)
    try:
        print(export_parquet(con, args.out))
    finally:
        con.close()
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from rasd.sample_site.site import serve_forever

    serve_forever(args.port)
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="rasd", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run every stage once on the configured outlets (no Airflow)")
    run.add_argument("--sources", help="outlet registry YAML (default include/sources.yaml)")
    run.add_argument("--db", help="DuckDB file (default $RASD_HOME/rasd.duckdb)")
    run.add_argument("--reports", help="reports folder (default $RASD_HOME/reports)")
    run.add_argument("--home", help="working folder (default $RASD_HOME or ./var)")
    run.add_argument("--outlet", action="append", help="only this outlet id (repeatable)")
    run.add_argument(
        "--sample-port",
        type=int,
        default=8765,
        help="port for the bundled sample site (fixed by default: its URLs are the articles' keys)",
    )
    run.set_defaults(func=_cmd_run)

    ex = sub.add_parser("extract", help="print the events of one article (text or HTML) as JSON")
    ex.add_argument("file", nargs="?", help="text or HTML file, '-' for stdin")
    ex.add_argument("--published", help="publication date YYYY-MM-DD (anchors 'today', weekdays, ...)")
    ex.add_argument("--url", help="the article's URL (HTML input)")
    ex.add_argument("--jsonl", help="batch mode: JSON lines with id, url, published, text|html ('-' for stdin)")
    ex.set_defaults(func=_cmd_extract)

    rep = sub.add_parser("report", help="build the quality report from the published snapshot")
    rep.add_argument("--db")
    rep.add_argument("--reports")
    rep.add_argument("--home")
    rep.set_defaults(func=_cmd_report)

    exp = sub.add_parser("export", help="write events as Parquet, partitioned by month")
    exp.add_argument("--out", required=True)
    exp.add_argument("--db")
    exp.add_argument("--home")
    exp.set_defaults(func=_cmd_export)

    serve = sub.add_parser("serve-sample", help="serve the bundled sample news site on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.set_defaults(func=_cmd_serve)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
