"""The run folder: the declared hand-off between a run's stages.

Each stage reads the previous stage's files and writes its own, so Airflow tasks pass only a run
id between them and any task can be retried alone. ``RunFolder`` is the only code that knows the
file names; ``RunManifest`` (``run.json``) says where the pages came from, which gate tripped and
which threshold override applies, so that a failed run can be resumed.

Files: ``pages.<outlet>.jsonl`` and ``fetch_log.<outlet>.jsonl`` (fetch), ``quarantine.<stage>.jsonl``
(every stage and gate), ``passed.<gate>.jsonl`` (ids a gate let through), ``quality.<gate>.jsonl``
(expectation results), ``counts.<step>.json`` (what each step reported), ``run.json`` (the manifest).

Shards: the pages that passed their gate are split into shards of ``RASD_SHARD_SIZE`` pages
(``shard.<k>.pages.jsonl``, ``k`` a zero-padded number), so that clean and extract run as one task
per shard on any worker: ``articles.<k>.jsonl`` and ``quarantine.clean.<k>.jsonl`` (clean),
``events.<k>.jsonl`` (extract), ``counts.clean.<k>.json`` and ``counts.extract.<k>.json`` (summed
into ``clean`` and ``extract`` by ``counts()``). ``duplicates.jsonl`` holds the near-duplicate marks
that need every shard (made once, on the union, before the articles gate); ``articles()`` applies them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

from upath import UPath

from rasd.config import Settings
from rasd.records import CleanArticle, Event, Participant, Quarantined, RawPage, SourceRef, Span

PageSource = Literal["fetched", "stored"]
_RUN_ID = re.compile(r"[A-Za-z0-9_.:+\-]{1,200}")


class InvalidRunId(ValueError):
    """A run id that cannot name a folder of its own."""


def folder_name(run_id: str) -> str:
    """The folder of a run id; refuses ids that would escape the runs folder or collide with it."""
    if not _RUN_ID.fullmatch(run_id or "") or set(run_id) == {"."}:
        raise InvalidRunId(f"invalid run id {run_id!r}: use letters, digits and _ . : + - (not '.' or '..')")
    return run_id.replace(":", "_").replace("+", "_")


@dataclass
class RunManifest:
    run_id: str
    source: PageSource = "fetched"  # "stored": pages come from raw_pages; the load keeps their fetch record
    critical_threshold: float | None = None  # a one-off override for this run's gates
    failed_gate: str | None = None
    failure: str | None = None
    started_at: str | None = None


def _json_default(value: Any) -> Any:
    return str(value)


class JsonlWriter:
    """Rows written one at a time to a temporary file that takes the final name only when the
    block ends without error: a retried task never sees half a file, and nothing is held in memory."""

    def __init__(self, path: UPath) -> None:
        self.path = path
        self.count = 0
        self._tmp = path.with_suffix(path.suffix + ".tmp")
        self._fh = self._tmp.open("w", encoding="utf-8")

    def write(self, row: Any) -> None:
        data = dataclasses.asdict(row) if dataclasses.is_dataclass(row) and not isinstance(row, type) else row
        self._fh.write(json.dumps(data, ensure_ascii=False, default=_json_default) + "\n")
        self.count += 1

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._fh.close()
        if exc_type is None:
            _replace(self._tmp, self.path)
        elif self._tmp.exists():
            self._tmp.unlink()


def _replace(tmp: UPath, final: UPath) -> None:
    """Give ``tmp`` the name ``final`` (atomic on a local disk; a copy then a delete on object stores)."""
    try:
        tmp.replace(final)
    except NotImplementedError:  # fsspec paths without replace(): rename() overwrites there
        tmp.rename(final)


def _write_text(path: UPath, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
    _replace(tmp, path)


def write_jsonl(path: UPath, rows: Iterable[Any]) -> int:
    with JsonlWriter(path) as out:
        for row in rows:
            out.write(row)
    return out.count


def read_jsonl(path: UPath) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _count_lines(path: UPath) -> int:
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        type=d["type"],
        status=d["status"],
        background=d["background"],
        date=d["date"],
        date_basis=d["date_basis"],
        participants=[Participant(**p) for p in d["participants"]],
        sources=[SourceRef(**s) for s in d["sources"]],
        topics=list(d["topics"]),
        evidence=[Span(**s) for s in d["evidence"]],
        extractor_version=d["extractor_version"],
        date_conflict=d.get("date_conflict"),
        initiator=d.get("initiator"),
        confidence=float(d.get("confidence", 1.0)),
        flags=list(d.get("flags") or []),
    )


class RunFolder:
    """Every file of one run's stage hand-off."""

    def __init__(self, runs_dir: str | os.PathLike[str], run_id: str) -> None:
        """``runs_dir``: a local folder or any fsspec URL (``s3://bucket/runs``)."""
        self.run_id = run_id
        self.path = UPath(runs_dir) / folder_name(run_id)

    @classmethod
    def of(cls, settings: Settings, run_id: str) -> RunFolder:
        return cls(settings.runs_dir or settings.home / "runs", run_id)

    def exists(self) -> bool:
        return (self.path / "run.json").exists()

    def _file(self, name: str) -> UPath:
        self.path.mkdir(parents=True, exist_ok=True)
        return self.path / name

    # --- manifest -------------------------------------------------------------------------------
    def manifest(self) -> RunManifest:
        path = self.path / "run.json"
        if not path.exists():
            return RunManifest(self.run_id)
        return RunManifest(**json.loads(path.read_text(encoding="utf-8")))

    def save_manifest(self, manifest: RunManifest) -> None:
        _write_text(self._file("run.json"), json.dumps(dataclasses.asdict(manifest), indent=1))

    def update_manifest(self, **changes: Any) -> RunManifest:
        manifest = dataclasses.replace(self.manifest(), **changes)
        self.save_manifest(manifest)
        return manifest

    # --- fetch ----------------------------------------------------------------------------------
    def write_pages(self, outlet_id: str, pages: Iterable[RawPage | dict[str, Any]]) -> int:
        rows = (self.page_row(p) if isinstance(p, RawPage) else p for p in pages)
        return write_jsonl(self._file(f"pages.{outlet_id}.jsonl"), rows)

    def page_writer(self, outlet_id: str) -> JsonlWriter:
        """Write an outlet's pages one at a time (an archive's pages are never all in memory)."""
        return JsonlWriter(self._file(f"pages.{outlet_id}.jsonl"))

    @staticmethod
    def page_row(page: RawPage) -> dict[str, Any]:
        """A page as the run folder keeps it: its record without the body (that is in the raw store)."""
        return {k: v for k, v in dataclasses.asdict(page).items() if k != "html"}

    def iter_pages(self) -> Iterator[dict[str, Any]]:
        """Every page record of the run, one at a time."""
        for path in sorted(self.path.glob("pages.*.jsonl"), key=str):
            yield from read_jsonl(path)

    def pages(self) -> list[RawPage]:
        return [RawPage(**row) for path in sorted(self.path.glob("pages.*.jsonl"), key=str) for row in read_jsonl(path)]

    def page_counts(self) -> dict[str, int]:
        return {
            p.name[len("pages.") : -len(".jsonl")]: _count_lines(p)
            for p in sorted(self.path.glob("pages.*.jsonl"), key=str)
        }

    def write_fetch_log(self, outlet_id: str, rows: Iterable[dict[str, Any]]) -> int:
        return write_jsonl(self._file(f"fetch_log.{outlet_id}.jsonl"), rows)

    def fetch_log(self) -> list[dict[str, Any]]:
        return [row for path in sorted(self.path.glob("fetch_log.*.jsonl"), key=str) for row in read_jsonl(path)]

    # --- quarantine, gates, quality -------------------------------------------------------------
    def quarantine_writer(self, stage: str) -> JsonlWriter:
        return JsonlWriter(self._file(f"quarantine.{stage}.jsonl"))

    def write_quarantine(self, stage: str, items: Iterable[Quarantined]) -> int:
        return write_jsonl(self._file(f"quarantine.{stage}.jsonl"), items)

    def quarantined(self) -> list[Quarantined]:
        return [
            Quarantined(**r) for path in sorted(self.path.glob("quarantine.*.jsonl"), key=str) for r in read_jsonl(path)
        ]

    def quarantine_count(self, stage: str) -> int:
        return _count_lines(self.path / f"quarantine.{stage}.jsonl")

    def write_passed(self, gate: str, ids: Iterable[str]) -> int:
        return write_jsonl(self._file(f"passed.{gate}.jsonl"), sorted(ids))

    def passed(self, gate: str) -> set[str] | None:
        """Ids the gate let through; None when the gate has not run (everything passes)."""
        path = self.path / f"passed.{gate}.jsonl"
        return {str(x) for x in read_jsonl(path)} if path.exists() else None

    def write_quality(self, gate: str, rows: Iterable[dict[str, Any]]) -> int:
        return write_jsonl(self._file(f"quality.{gate}.jsonl"), rows)

    def quality(self) -> list[dict[str, Any]]:
        return [row for path in sorted(self.path.glob("quality.*.jsonl"), key=str) for row in read_jsonl(path)]

    # --- shards -----------------------------------------------------------------------------------
    def shards(self) -> list[str]:
        """The run's shard ids, in order (empty until the pages have been split)."""
        return sorted(p.name.split(".")[1] for p in self.path.glob("shard.*.pages.jsonl"))

    def clear_shards(self) -> None:
        """Forget a previous split and everything made from it (a retried split starts afresh)."""
        patterns = (
            "shard.*.pages.jsonl",
            "articles.*.jsonl",
            "events.*.jsonl",
            "pending_events.*.jsonl",
            "quarantine.clean.*.jsonl",
        )
        for pattern in (*patterns, "counts.clean.*.json", "counts.extract.*.json", "duplicates.jsonl"):
            for path in self.path.glob(pattern):
                path.unlink()

    def write_shard(self, shard: str, pages: Iterable[dict[str, Any]]) -> int:
        return write_jsonl(self._file(f"shard.{shard}.pages.jsonl"), pages)

    def shard_rows(self, shard: str) -> list[dict[str, Any]]:
        return list(read_jsonl(self.path / f"shard.{shard}.pages.jsonl"))

    def shard_pages(self, shard: str) -> list[RawPage]:
        return [RawPage(**row) for row in self.shard_rows(shard)]

    # --- clean and extract (per shard) ------------------------------------------------------------
    def write_articles(self, articles: Iterable[CleanArticle], shard: str) -> int:
        return write_jsonl(self._file(f"articles.{shard}.jsonl"), articles)

    def shard_articles(self, shard: str) -> list[CleanArticle]:
        return [CleanArticle(**row) for row in read_jsonl(self.path / f"articles.{shard}.jsonl")]

    def write_duplicates(self, articles: Iterable[CleanArticle]) -> int:
        """The near-duplicate marks and signatures of the run's articles (made on the union)."""
        rows = ({"article_id": a.article_id, "duplicate_of": a.duplicate_of, "minhash": a.minhash} for a in articles)
        return write_jsonl(self._file("duplicates.jsonl"), rows)

    def _with_duplicates(self, articles: list[CleanArticle]) -> list[CleanArticle]:
        marks = {row["article_id"]: row for row in read_jsonl(self.path / "duplicates.jsonl")}
        for article in articles:
            mark = marks.get(article.article_id)
            if mark is not None:
                article.duplicate_of, article.minhash = mark["duplicate_of"], mark["minhash"]
        return articles

    def articles(self, shard: str | None = None) -> list[CleanArticle]:
        """The run's articles (every shard in order, or one), with their near-duplicate marks."""
        shards = self.shards() if shard is None else [shard]
        return self._with_duplicates([a for k in shards for a in self.shard_articles(k)])

    def write_events(
        self, rows: Iterable[tuple[str, Sequence[Event | dict[str, Any]]]], shard: str, pending: bool = False
    ) -> int:
        """One line per article: its events, as records or as their dicts (``Event.to_dict``).
        ``pending``: extracted before the articles gate ran (``pending_events.<k>.jsonl``, an
        overlapped run's), until ``promote_events`` keeps those of the articles that passed."""
        return write_jsonl(
            self._file(f"{'pending_events' if pending else 'events'}.{shard}.jsonl"),
            (
                {"article_id": aid, "events": [e if isinstance(e, dict) else e.to_dict() for e in events]}
                for aid, events in rows
            ),
        )

    def promote_events(self, shard: str, passed: set[str] | None, counts: dict[str, int]) -> dict[str, int]:
        """A shard's pending events become its events, keeping the articles that passed the gate
        (``passed``; ``None`` when all did: the file is only renamed and ``counts``, what
        extracting the shard gave, stand). The counts kept. A shard promoted already (a gate task
        run again) is left as it is."""
        pending, final = self.path / f"pending_events.{shard}.jsonl", self._file(f"events.{shard}.jsonl")
        if not pending.exists() and final.exists():
            rows = list(read_jsonl(final))
            return {"articles": len(rows), "events": sum(len(row["events"]) for row in rows)}
        if passed is None:
            _replace(pending, final)
            return dict(counts)
        rows = [row for row in read_jsonl(pending) if row["article_id"] in passed]
        write_jsonl(final, rows)
        pending.unlink()
        return {"articles": len(rows), "events": sum(len(row["events"]) for row in rows)}

    def drop_pending_events(self) -> None:
        """Forget events extracted ahead of an articles gate that tripped."""
        for path in self.path.glob("pending_events.*.jsonl"):
            path.unlink()

    def extracted(self) -> list[tuple[CleanArticle, list[Event]]]:
        articles = {a.article_id: a for a in self.articles()}
        return [
            (articles[row["article_id"]], [event_from_dict(e) for e in row["events"]])
            for shard in self.shards()
            for row in read_jsonl(self.path / f"events.{shard}.jsonl")
        ]

    # --- counts ---------------------------------------------------------------------------------
    def write_counts(self, step: str, counts: dict[str, Any]) -> None:
        _write_text(self._file(f"counts.{step}.json"), json.dumps(counts, default=_json_default))

    def counts(self) -> dict[str, Any]:
        """What each step reported, in the shape ``rasd run`` returns: ``fetch`` by outlet, then one
        entry per stage and gate."""
        out: dict[str, Any] = {"fetch": {}}
        for path in sorted(self.path.glob("counts.*.json"), key=str):
            step = path.name[len("counts.") : -len(".json")]
            data = json.loads(path.read_text(encoding="utf-8"))
            stage, _, shard = step.partition(".")
            if stage == "fetch":
                out["fetch"][shard] = data
            elif stage in ("clean", "extract") and shard:  # per shard: summed over the shards
                total = out.setdefault(stage, {})
                for key, value in data.items():
                    total[key] = total.get(key, 0) + value
            else:
                out[step] = data
        return out
