"""Clean + extract on Celery workers: two workers (concurrency 1 each) against one.

Writes a generated archive of N pages (default 5,000; bench/scale.py's), then runs the team
topology for real twice (scripts/run_cluster.py: CeleryExecutor, Redis, a metadata database of its
own on the local PostgreSQL, named ``rasd_bench_*`` and dropped afterwards, so tests never see it):
once with one default-queue worker, once with two, each of concurrency 1, plus the one worker of
the ``warehouse`` queue. Each time rasd_ingest is triggered on the archive alone (an empty outlet
registry: nothing is fetched). Prints, from the metadata database's task instances:

* the clean+extract part: wall time from the first mapped ``clean_extract`` task's start (one
  per shard: it cleans the shard, then extracts its articles) to the end of the articles gate
  after them (which keeps the events of the articles that passed), and the mapped tasks alone;
  the speedup of two workers over one on each (issue 14's goal: >= 1.5); the mean wait of a
  mapped task from queued to started;
* how the mapped tasks spread over the workers, and each worker's peak RSS and PSS (its whole process
  tree, sampled with psutil every half second): flat memory per worker is the goal;
* whether both runs loaded the same tables, and the load average next to every figure.

    .venv/bin/python bench/celery_scale.py [--pages 5000] [--shard-size 250] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import load, tables, write_archive

REPO = Path(__file__).resolve().parents[1]
CLUSTER = REPO / "scripts" / "run_cluster.py"
WAREHOUSE_WORKER = "airflow-warehouse-worker"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MemorySampler(threading.Thread):
    """Peak RSS of each Celery worker's process tree (the worker, its pool, the task processes), and
    its peak PSS: a worker that preloads clean and extract shares those pages with every process it
    forks, which the sum of RSS counts once per process and PSS once."""

    def __init__(self, pids_file: Path, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pids_file, self.interval = pids_file, interval
        self.peak: dict[str, int] = {}
        self.peak_pss: dict[str, int] = {}
        self.finished = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.finished.is_set() and not self.pids_file.exists():
            time.sleep(self.interval)
        if self.finished.is_set():
            return
        time.sleep(self.interval)  # the file is written whole, but let it be
        pids = json.loads(self.pids_file.read_text())
        workers = {name: pid for name, pid in pids.items() if "worker" in name}
        while not self.finished.is_set():
            for name, pid in workers.items():
                try:
                    root = psutil.Process(pid)
                    procs = [root, *root.children(recursive=True)]
                except psutil.NoSuchProcess:
                    continue
                rss = pss = 0
                for proc in procs:
                    try:
                        info = proc.memory_full_info()
                        rss, pss = rss + info.rss, pss + getattr(info, "pss", info.rss)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
                self.peak[name] = max(self.peak.get(name, 0), rss)
                self.peak_pss[name] = max(self.peak_pss.get(name, 0), pss)
            time.sleep(self.interval)


def _when(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def workers_of_tasks(logs: Path) -> dict[str, str]:
    """Celery task id -> the worker (compose service) that received it, from the workers' logs
    (every worker here runs on the same host, so the task instances' hostname cannot tell them apart)."""
    received = re.compile(r"Task execute_workload\[([0-9a-f-]+)\] received")
    return {
        task_id: log.stem
        for log in sorted(logs.glob("airflow-*worker*.log"))
        for task_id in received.findall(log.read_text(errors="replace"))
    }


def _span(rows: list[dict]) -> tuple[dt.datetime, dt.datetime]:
    return min(_when(t["start_date"]) for t in rows), max(_when(t["end_date"]) for t in rows)


def task_figures(summary: dict, workers: dict[str, str]) -> dict:
    """Walls of the clean+extract part and where the mapped tasks ran, from the task instances.
    One mapped ``clean_extract`` task per shard, then the articles gate; a tree of before that
    change (``clean`` mapped, the gate, ``extract`` mapped) is measured on the same terms."""
    tis = summary["task_instances"]
    names = ("clean_extract",) if any(t["task_id"] == "clean_extract" for t in tis) else ("clean", "extract")
    mapped = {k: [t for t in tis if t["task_id"] == k] for k in (*names, "gate_articles")}
    for task, rows in mapped.items():
        bad = [t for t in rows if t["state"] != "success" or not t["start_date"] or not t["end_date"]]
        if not rows or bad:
            raise SystemExit(f"{task}: {len(rows)} task instances, {len(bad)} not successful")
    spans = {k: _span(rows) for k, rows in mapped.items()}
    first = spans[names[0]][0]
    last = max(spans[k][1] for k in (*names, "gate_articles"))  # the last extract, or the gate after it
    busy = sum((_when(t["end_date"]) - _when(t["start_date"])).total_seconds() for k in names for t in mapped[k])
    work = [t for k in names for t in mapped[k]]
    queued = [(_when(t["start_date"]) - _when(t["queued_dttm"])).total_seconds() for t in work if t.get("queued_dttm")]
    hosts: dict[str, int] = {}
    for t in work:
        worker = workers.get(t["external_executor_id"] or "", t["hostname"])
        hosts[worker] = hosts.get(worker, 0) + 1
    return {
        # first clean start -> the clean+extract work and the articles gate all done
        "span": (last - first).total_seconds(),
        # the mapped tasks' phases alone, without the articles gate
        "phases": sum((spans[k][1] - spans[k][0]).total_seconds() for k in names),
        "task_seconds": busy,
        "tasks": {k: len(mapped[k]) for k in names},
        "queued_to_start": sum(queued) / len(queued) if queued else None,
        "hosts": hosts,
    }


def run_cluster(archive: Path, sources: Path, home: Path, workers: int, shard_size: int, timeout: float) -> dict:
    cmd = [
        sys.executable,
        str(CLUSTER),
        "--port",
        str(free_port()),
        "--sample-port",
        str(free_port()),
        "--home",
        str(home),
        "--manual-only",
        "--exit-after-run",
        "--default-workers",
        str(workers),
        "--worker-concurrency",
        "1",
        "--shard-size",
        str(shard_size),
        "--sources",
        str(sources),
        "--conf",
        json.dumps({"warc": [str(archive)]}),
        "--db-prefix",
        "rasd_bench",
        "--timeout",
        str(timeout),
    ]
    sampler = MemorySampler(home / "pids.json")
    home.mkdir(parents=True)
    sampler.start()
    with open(home / "run_cluster.log", "w") as log:
        out = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    sampler.finished.set()
    sampler.join()
    summary_file = home / "cluster-run.json"
    if out.returncode or not summary_file.exists():
        tail = (home / "run_cluster.log").read_text(errors="replace")[-3000:]
        raise SystemExit(f"run_cluster.py with {workers} worker(s) failed (exit {out.returncode}):\n{tail}")
    summary = json.loads(summary_file.read_text())
    if summary["state"] != "success":
        raise SystemExit(f"rasd_ingest {summary['state']} with {workers} worker(s); logs: {summary['logs']}")
    return {
        **task_figures(summary, workers_of_tasks(Path(summary["logs"]))),
        "peak_rss": sampler.peak,
        "peak_pss": sampler.peak_pss,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--shard-size", type=int, default=250)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds to wait for each run")
    parser.add_argument("--keep", help="keep the homes and logs in this folder (default: a temporary one)")
    args = parser.parse_args()
    sys.path.insert(0, str(CLUSTER.parent))
    from run_cluster import check_services

    problems = check_services()
    if problems:  # `make bench` runs every benchmark: say why this one cannot run here, and go on
        print("bench/celery_scale.py skipped: " + "; ".join(problems))
        return
    print("The machine may be shared with other jobs: every figure carries the load average at its time.")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep).resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        archive = root / "backfill.warc.gz"
        size = write_archive(archive, args.pages)
        sources = root / "no-outlets.yaml"
        sources.write_text("outlets: []\n")
        print(f"archive: {args.pages:,} pages, {size / 2**20:.1f} MB gzipped, shards of {args.shard_size}  {load()}")
        results, loaded = {}, {}
        for workers in (1, 2):
            home = root / f"celery{workers}"
            started = time.perf_counter()
            results[workers] = r = run_cluster(archive, sources, home, workers, args.shard_size, args.timeout)
            loaded[workers] = tables(home)
            rss = "  ".join(
                f"{name} {peak / 2**20:.0f} MB (PSS {r['peak_pss'].get(name, 0) / 2**20:.0f} MB)"
                for name, peak in sorted(r["peak_rss"].items())
            )
            print(
                f"{workers} worker(s): clean+extract {r['span']:.1f} s (first clean start -> last extract and the "
                f"articles gate done), {r['phases']:.1f} s without the articles gate; {r['task_seconds']:.1f} task-seconds in "
                f"{' + '.join(f'{n} {k}' for k, n in r['tasks'].items())} tasks"
                f" (mean queued -> start {r['queued_to_start'] or 0:.1f} s); by worker {r['hosts']}; "
                f"whole cluster run {time.perf_counter() - started:.0f} s  {load()}"
            )
            print(f"    peak RSS (process tree): {rss}", flush=True)
        one, two = results[1], results[2]
        same = loaded[1] == loaded[2] and bool(loaded[1]["articles"])
        print(
            f"CELERY SPEEDUP  2 workers / 1 (concurrency 1 each): clean+extract {one['span'] / two['span']:.2f}, "
            f"mapped tasks alone {one['phases'] / two['phases']:.2f}   (goal >= 1.5)   "
            f"identical tables: {same} ({len(loaded[1]['articles']):,} articles)  {load()}"
        )
        for kind in ("rss", "pss"):
            default = {w: [v for k, v in results[w][f"peak_{kind}"].items() if k != WAREHOUSE_WORKER] for w in (1, 2)}
            print(
                f"MEMORY  peak {kind.upper()} per default-queue worker: 1 worker {max(default[1]) / 2**20:.0f} MB; "
                f"2 workers {', '.join(f'{v / 2**20:.0f} MB' for v in default[2])}"
            )


if __name__ == "__main__":
    main()
