"""The ``rasd`` command: run the pipeline without Airflow, extract events, serve the sample site.

Bad input never ends in a traceback: a file that cannot be read as UTF-8 text, a missing file or a
folder gives one line on stderr and exit status 2; a bad line of a ``--jsonl`` batch gives an
``{"id": ..., "error": ...}`` line and the batch goes on (exit 1 at the end); a tripped gate or a
second run on the same home gives one line and exit 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Any

from rasd.config import MAX_ARTICLE_BYTES, ConfigError, settings
from rasd.records import Quarantined


class InputError(ValueError):
    """Input the command cannot take, said in one line."""


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{name} is {len(data)} bytes; the article size limit is {MAX_ARTICLE_BYTES} bytes")
    if b"\x00" in data:
        raise InputError(f"{name} is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid UTF-8 (byte {exc.start})") from None


def _read_input(path: str) -> str:
    if path == "-":
        return _decode(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), "stdin")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path} is a folder, not a file")
    try:
        with file.open("rb") as fh:
            return _decode(fh.read(MAX_ARTICLE_BYTES + 1), path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or "<html" in head or "<body" in head


def _valid_date(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"'published' is not a date (YYYY-MM-DD): {value[:40]!r}") from None


def extract_document(text: str, url: str | None, published: str | None, html: bool | None = None) -> dict:
    """One input (plain text or HTML) -> ``{"events": [...]}`` following the public contract.
    HTML goes through the clean stage first; its publication date is used unless one is given."""
    from rasd.clean import PageInput, clean_page
    from rasd.extract import extract_events

    published = _valid_date(published)
    if html if html is not None else _looks_like_html(text):
        cleaned = clean_page(PageInput(url or "file:///input.html", "cli", text))
        if isinstance(cleaned, Quarantined):
            return {"events": [], "quarantined": {"reason": cleaned.reason, "detail": cleaned.detail}}
        events = extract_events(cleaned.text, published or cleaned.published_date, cleaned.source_line)
        return {
            "events": [e.to_dict() for e in events],
            "published": published or cleaned.published_date,
            "text": cleaned.text,
        }
    return {"events": [e.to_dict() for e in extract_events(text, published)]}


def _jsonl_item(line: str, line_no: int) -> dict[str, Any]:
    """One batch line -> its output line; InputError for anything wrong with this line alone."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {line_no}: not JSON ({exc.msg})") from None
    if not isinstance(item, dict):
        raise InputError(f"line {line_no}: expected a JSON object, got {type(item).__name__}")
    item_id = item.get("id")
    field = "html" if item.get("html") is not None else "text"
    content = item.get(field)
    if not isinstance(content, str):
        what = "missing" if content is None else f"a {type(content).__name__}, not a string"
        raise InputError(f"line {line_no}: 'text' or 'html' is {what}", item_id)
    for key in ("url",):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(f"line {line_no}: '{key}' must be a string", item_id)
    try:
        result = extract_document(content, item.get("url"), item.get("published"), html=field == "html")
    except InputError as exc:
        raise InputError(f"line {line_no}: {exc}", item_id) from None
    out = {"id": item_id, "events": result["events"]}
    if "quarantined" in result:
        out["quarantined"] = result["quarantined"]
    return out


def _cmd_extract_jsonl(source: str) -> int:
    failed = 0
    if source == "-":
        lines = sys.stdin.buffer
    else:
        if Path(source).is_dir():
            raise InputError(f"{source} is a folder, not a file")
        try:
            lines = open(source, "rb")
        except OSError as exc:
            raise InputError(f"{source}: {exc.strerror or exc}") from None
    with lines:
        for line_no, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                out = _jsonl_item(_decode(raw, f"line {line_no}"), line_no)
            except InputError as exc:
                failed += 1
                item_id = exc.args[1] if len(exc.args) > 1 else None
                out = {"id": item_id, "events": [], "error": str(exc.args[0])}
            print(json.dumps(out, ensure_ascii=False), flush=True)
    if failed:
        print(f"rasd extract: {failed} line(s) failed (see their 'error')", file=sys.stderr)
    return 1 if failed else 0


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _cmd_extract_jsonl(args.jsonl)
    if not args.file:
        raise InputError("give a FILE, '-' for stdin, or --jsonl IN.jsonl")
    result = extract_document(_read_input(args.file), args.url, args.published)
    result.pop("text", None)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _summary(counts: dict[str, Any], cfg) -> str:
    fetch = counts.get("fetch", {})
    pages = sum(v.get("pages", 0) for v in fetch.values())
    quarantined = sum(v.get("quarantined", 0) for k, v in counts.items() if k != "fetch" and isinstance(v, dict))
    quarantined += sum(v.get("quarantined", 0) for v in fetch.values())
    load = counts.get("load", {})
    return (
        f"run {counts.get('run_id')}: success: {pages} pages, {counts.get('clean', {}).get('articles', 0)} articles, "
        f"{counts.get('extract', {}).get('events', 0)} events ({load.get('events_loaded', 0)} newly loaded), "
        f"{quarantined} quarantined; database {cfg.db_path}; report {cfg.reports_dir / 'index.html'}"
    )


def _cmd_run(args: argparse.Namespace) -> int:
    # Long on purpose (about 60 lines): every way a run can end (lock busy, bad input, gate tripped,
    # resume) is turned into one line and an exit status here, in one place a reader can check.
    from rasd.pipeline import resume_run, run_all
    from rasd.pipeline.folder import folder_name
    from rasd.pipeline.parallel import default_workers
    from rasd.pipeline.runs import RunLock, new_run_id
    from rasd.quality import GateFailed
    from rasd.sample_site.site import start_in_thread

    cfg = settings(
        db_path=args.db,
        reports_dir=args.reports,
        sources_file=args.sources,
        home=args.home,
        critical_threshold=None if args.resume is not None else args.critical_threshold,
    )
    if not cfg.sources_file.is_file():
        raise InputError(f"no outlet registry at {cfg.sources_file}")
    if args.resume is not None and (args.outlet or args.run_id is not None or args.warc):
        raise InputError("--resume goes on with the run's own pages: it takes no --outlet, --run-id or --warc")
    workers = default_workers() if args.workers is None else args.workers
    if workers < 1:
        raise InputError("--workers must be 1 or more")
    given = args.resume if args.resume is not None else args.run_id
    run_id = new_run_id(cfg) if given is None else given
    folder_name(run_id)  # refuses '.', '..' and ids that cannot name a folder, before anything runs
    # Archives only unless --sources (or --outlet) names outlets to fetch; then both.
    fetch = not args.warc or args.sources is not None or bool(args.outlet)
    with RunLock(cfg.home, f"rasd run {run_id}"):
        try:
            if args.resume is not None:
                counts = resume_run(cfg, run_id, args.critical_threshold, workers=workers)
            elif not fetch:
                counts = run_all(cfg, run_id, workers=workers, warc=args.warc, fetch=False, overlap=not args.sequential)
            else:
                try:
                    server, base_url = start_in_thread(args.sample_port)
                except OSError as exc:
                    raise InputError(
                        f"cannot serve the sample site on port {args.sample_port} ({exc.strerror}); "
                        "is another run or `make run` using it? pass --sample-port"
                    ) from None
                try:
                    counts = run_all(
                        cfg,
                        run_id,
                        outlet_ids=args.outlet or None,
                        sample_base_url=base_url,
                        workers=workers,
                        warc=args.warc,
                        overlap=not args.sequential,
                    )
                finally:
                    server.shutdown()
        except GateFailed as exc:
            print(
                f"rasd run {run_id}: FAILED at {exc.stage}: {exc}. Quarantine, quality results and the run are in "
                f"{cfg.db_path}; resume with: rasd run --resume {run_id} --critical-threshold X",
                file=sys.stderr,
            )
            return 1
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2, default=str))
    print(_summary(counts, cfg))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from rasd.report import build_report

    cfg = settings(db_path=args.db, reports_dir=args.reports, home=args.home)
    print(build_report(cfg))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from rasd.warehouse.export import export_parquet
    from rasd.warehouse.schema import connect

    cfg = settings(db_path=args.db, home=args.home)
    source = cfg.snapshot_path if cfg.snapshot_path.exists() else cfg.db_path
    if not source.exists():
        raise InputError(f"no warehouse at {cfg.db_path}; run `rasd run` first")
    con = connect(source, read_only=True)
    try:
        print(export_parquet(con, args.out, force=args.force))
    finally:
        con.close()
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from rasd.sample_site.site import serve_forever

    serve_forever(args.port)
    return 0


def _parser() -> argparse.ArgumentParser:
    # One declarative block per sub-command: splitting it would scatter the CLI's contract.
    parser = argparse.ArgumentParser(prog="rasd", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run every stage once on the configured outlets (no Airflow)")
    run.add_argument("--sources", help="outlet registry YAML (default include/sources.yaml)")
    run.add_argument("--db", help="DuckDB file (default $RASD_HOME/rasd.duckdb)")
    run.add_argument("--reports", help="reports folder (default $RASD_HOME/reports)")
    run.add_argument("--home", help="working folder (default $RASD_HOME or ./var)")
    run.add_argument("--outlet", action="append", help="only this outlet id (repeatable)")
    run.add_argument(
        "--warc",
        nargs="+",
        action="extend",
        metavar="FILE",
        help="backfill from these WARC/ARC archives (paths, fsspec URLs or globs); nothing is fetched "
        "unless --sources or --outlet names outlets",
    )
    run.add_argument("--run-id", help="name this run (default manual__<UTC time to the microsecond>)")
    run.add_argument(
        "--resume", metavar="RUN_ID", help="resume a run that failed at a gate, from that gate (no fetching)"
    )
    run.add_argument(
        "--critical-threshold",
        type=float,
        help="share of critical rows a gate tolerates, for this run only (default $RASD_CRITICAL_THRESHOLD or 0.2)",
    )
    run.add_argument(
        "--workers", type=int, help="processes for clean and extract (default: the cores this process may use)"
    )
    run.add_argument(
        "--sequential",
        action="store_true",
        help="run the steps one after another, each alone (default: reading, clean, extract and gates overlap)",
    )
    run.add_argument("--json", action="store_true", help="also print the counts of every stage as JSON")
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
    exp.add_argument("--out", required=True, help="an empty or new folder")
    exp.add_argument("--force", action="store_true", help="replace --out if it holds anything")
    exp.add_argument("--db")
    exp.add_argument("--home")
    exp.set_defaults(func=_cmd_export)

    serve = sub.add_parser("serve-sample", help="serve the bundled sample news site on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.set_defaults(func=_cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    from rasd.pipeline.folder import InvalidRunId
    from rasd.pipeline.runs import NothingToResume, RunInProgress
    from rasd.pipeline.stages import ArchiveError, UnknownOutlet
    from rasd.warehouse.export import ExportRefused
    from rasd.warehouse.snapshot import WriterBusy

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, ConfigError, InvalidRunId, NothingToResume, ExportRefused, UnknownOutlet, ArchiveError) as exc:
        print(f"rasd {args.command}: {exc.args[0]}", file=sys.stderr)
        return 2
    except (RunInProgress, WriterBusy) as exc:
        print(f"rasd {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"rasd {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
