"""The team topology of docker-compose.yml, for real and without Docker.

CeleryExecutor with Redis as broker, a fresh PostgreSQL database as metadata DB and Celery result
backend, the FAB auth manager, and each Airflow component in its own process with the same
environment (what each compose service runs). Creates what the DAGs need (the duckdb_writer pool) and
an admin user, serves the bundled sample site, triggers rasd_ingest through the REST API and waits
for it. On exit it stops every process it started, drops the database and flushes the Redis db.

    .venv/bin/python scripts/run_cluster.py --port 8080 --sample-port 8765 [--exit-after-run]

Needs PostgreSQL (a role allowed to create databases; default postgres@127.0.0.1:5432, set
RASD_PG_DSN or --pg) and Redis (default redis://127.0.0.1:6379, RASD_REDIS_URL or --redis).
After a run it writes ``cluster-run.json`` under --home: the run's task instances as the metadata DB
recorded them (state, hostname, queue, Celery task id) and the Celery result backend's task states.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from airflow_env import REPO, airflow_env
from run_airflow import BIN, api, token_for, trigger_and_wait, wait_for

# One source of truth with docker-compose.yml: compose service -> `airflow ...` arguments it runs.
COMPONENTS: dict[str, tuple[str, ...]] = {
    "airflow-apiserver": ("api-server", "--proxy-headers"),  # trusts FORWARDED_ALLOW_IPS (default 127.0.0.1)
    "airflow-scheduler": ("scheduler",),
    "airflow-dag-processor": ("dag-processor",),
    "airflow-triggerer": ("triggerer",),
    "airflow-worker": ("celery", "worker"),
    # The one worker of the `warehouse` queue (load, gates): on the machine holding the DuckDB file.
    "airflow-warehouse-worker": (
        "celery",
        "worker",
        "--queues",
        "warehouse",
        "--concurrency",
        "1",
        "--celery-hostname",
        "warehouse@%h",
    ),
}
# Settings one component needs for itself on a shared host (each worker serves its logs on its own port).
WAREHOUSE_WORKER = "airflow-warehouse-worker"
INIT_SERVICE = "airflow-init"
POOL = ("duckdb_writer", "1", "Rasd: one writer of the DuckDB file at a time")
FAB_AUTH_MANAGER = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
DAG_ID = "rasd_ingest"
# Settings names compared with docker-compose.yml: only names with these prefixes are settings.
SETTING_PREFIXES = ("AIRFLOW__", "RASD_")

# Celery settings beyond Airflow's: the module every worker imports at start (rasd/pipeline/preload.py).
PRELOAD_CELERY_CONFIG = '{"imports": ["rasd.pipeline.preload"]}'
# The warehouse queue's worker also loads what the gates and the load import (preload_gates.py).
WAREHOUSE_CELERY_CONFIG = '{"imports": ["rasd.pipeline.preload", "rasd.pipeline.preload_gates"]}'

DEFAULT_PG = os.environ.get("RASD_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
DEFAULT_REDIS = os.environ.get("RASD_REDIS_URL", "redis://127.0.0.1:6379")
CLAIM_KEY = "rasd:run_cluster:claim"


def with_default_workers(n: int) -> dict[str, tuple[str, ...]]:
    """``COMPONENTS`` with ``n`` default-queue workers (``airflow-worker``, ``airflow-worker-2``, ...),
    each with a Celery hostname of its own: what ``docker compose up --scale airflow-worker=n`` gives."""
    components = dict(COMPONENTS)
    for i in range(2, n + 1):
        components[f"airflow-worker-{i}"] = (*COMPONENTS["airflow-worker"], "--celery-hostname", f"celery{i}@%h")
    return components


def init_commands(admin_user: str, admin_password: str) -> list[list[str]]:
    """What compose's airflow-init service runs, as `airflow` arguments."""
    return [
        ["db", "migrate"],
        ["pools", "set", *POOL],
        [
            "users",
            "create",
            "--username",
            admin_user,
            f"--password={admin_password}",  # one argument: a password may start with "-" (token_urlsafe)
            "--firstname",
            "Rasd",
            "--lastname",
            "Admin",
            "--role",
            "Admin",
            "--email",
            "admin@example.org",
        ],
    ]


def topology_settings(
    *,
    sql_conn: str,
    broker_url: str,
    execution_api_url: str,
    rasd_home: str,
    secrets_: dict[str, str],
    worker_concurrency: int = 2,
    parallelism: int = 4,
) -> dict[str, str]:
    """The settings that make the topology: the same names docker-compose.yml sets (in `environment`
    or through `env_file: .env`). Everything else run_cluster.py sets is local to one host."""
    return {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sql_conn,
        "AIRFLOW__CELERY__BROKER_URL": broker_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + sql_conn,
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(worker_concurrency),
        "AIRFLOW__CORE__PARALLELISM": str(parallelism),
        "AIRFLOW__CORE__AUTH_MANAGER": FAB_AUTH_MANAGER,
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": execution_api_url,
        # Shared by every component: JWTs (scheduler signs task tokens, api-server checks them),
        # the Flask/log-fetch secret (api-server <-> worker log server), the connection encryption key.
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets_["jwt_secret"],
        "AIRFLOW__API__SECRET_KEY": secrets_["api_secret_key"],
        "AIRFLOW__CORE__FERNET_KEY": secrets_["fernet_key"],
        # Per-task overhead (README, "Airflow"): each Celery worker loads clean and extract once, at
        # start, and the task processes it forks inherit them; the task runner's supervisor notices
        # its task's exit within this many seconds (it waits that long when the exit comes after the
        # task's last log line; Airflow's default 5 s cost ~2.5 s a mapped task).
        "AIRFLOW__CELERY__EXTRA_CELERY_CONFIG": PRELOAD_CELERY_CONFIG,
        "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
        "RASD_HOME": rasd_home,
        "RASD_PLUGIN_TOKEN": secrets_["plugin_token"],
        "RASD_CRITICAL_THRESHOLD": os.environ.get("RASD_CRITICAL_THRESHOLD", "0.2"),
    }


def new_secrets() -> dict[str, str]:
    from cryptography.fernet import Fernet

    return {
        "jwt_secret": secrets.token_urlsafe(48),
        "api_secret_key": secrets.token_urlsafe(32),
        "fernet_key": Fernet.generate_key().decode(),
        "plugin_token": os.environ.get("RASD_PLUGIN_TOKEN") or secrets.token_urlsafe(24),
    }


def cluster_env(
    *,
    home: Path,
    rasd_home: Path,
    port: int,
    sample_port: int,
    sql_conn: str,
    broker_url: str,
    secrets_: dict[str, str],
    worker_log_port: int,
    trigger_log_port: int,
    manual_only: bool = False,
) -> tuple[dict[str, str], dict[str, str]]:
    """(full environment for every component, the topology settings in it)."""
    base = f"http://127.0.0.1:{port}"
    topology = topology_settings(
        sql_conn=sql_conn,
        broker_url=broker_url,
        execution_api_url=f"{base}/execution/",
        rasd_home=str(rasd_home),
        secrets_=secrets_,
    )
    env = airflow_env(
        home, port, f"http://127.0.0.1:{sample_port}", executor="CeleryExecutor", sql_conn=sql_conn, broker=broker_url
    )
    for name in ("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"):
        env.pop(name, None)
    env.update(topology)
    # Local to one host: all components share loopback, so every listening port must differ.
    env.update(
        {
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(worker_log_port),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(trigger_log_port),
            "AIRFLOW__API__WORKERS": "1",  # small machine: one uvicorn worker
        }
    )
    if manual_only:  # only the runs triggered through the API (no hourly run next to ours)
        env["AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE"] = "False"
    return env, topology


def setting_names(env: dict[str, str]) -> set[str]:
    return {k for k in env if k.startswith(SETTING_PREFIXES)}


# ---- services ------------------------------------------------------------------------------------


def with_db(dsn: str, dbname: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def sqlalchemy_url(dsn: str) -> str:
    scheme, rest = dsn.split("://", 1)
    return "postgresql+psycopg2://" + rest if scheme in ("postgres", "postgresql") else dsn


def check_services(pg_dsn: str = DEFAULT_PG, redis_url: str = DEFAULT_REDIS) -> list[str]:
    """Problems reaching PostgreSQL (with CREATEDB) and Redis; empty when both are usable."""
    problems = []
    try:
        import psycopg2

        con = psycopg2.connect(pg_dsn, connect_timeout=5)
        try:
            with con.cursor() as cur:
                cur.execute("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
                if not cur.fetchone()[0]:
                    problems.append(f"PostgreSQL role at {pg_dsn} may not create databases")
        finally:
            con.close()
    except Exception as exc:
        problems.append(f"PostgreSQL not reachable at {pg_dsn}: {str(exc).strip()}")
    try:
        import redis

        redis.Redis.from_url(redis_url, socket_connect_timeout=5).ping()
    except Exception as exc:
        problems.append(f"Redis not reachable at {redis_url}: {exc}")
    return problems


def create_database(pg_dsn: str, prefix: str = "rasd_airflow") -> str:
    import psycopg2

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    con = psycopg2.connect(pg_dsn)
    con.autocommit = True
    try:
        with con.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        con.close()
    return name


def drop_database(pg_dsn: str, name: str) -> None:
    import psycopg2

    con = psycopg2.connect(pg_dsn)
    con.autocommit = True
    try:
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        con.close()


def claim_redis_db(redis_url: str) -> int:
    """An empty Redis db 1-15, claimed with a marker key so parallel runs do not share it."""
    import redis

    for db in random.sample(range(1, 16), 15):
        client = redis.Redis.from_url(redis_url, db=db)
        if client.dbsize() == 0 and client.set(CLAIM_KEY, os.getpid(), nx=True):
            if client.dbsize() == 1:
                return db
            client.delete(CLAIM_KEY)
    raise RuntimeError(f"no empty Redis db (1-15) at {redis_url}")


def flush_redis_db(redis_url: str, db: int) -> None:
    import redis

    redis.Redis.from_url(redis_url, db=db).flushdb()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_summary(sql_conn_dsn: str, run_id: str, settle_seconds: float = 30) -> dict:
    """The run's task instances and the Celery result backend's tasks. The worker writes a task's
    final Celery state just after Airflow records the task instance's, so wait for it to settle."""
    deadline = time.time() + settle_seconds
    while True:
        summary = _run_summary(sql_conn_dsn, run_id)
        states = {row["task_id"]: row["status"] for row in summary["celery_taskmeta"]}
        pending = [
            ti
            for ti in summary["task_instances"]
            if states.get(ti["external_executor_id"]) in (None, "PENDING", "STARTED", "RETRY")
        ]
        if not pending or time.time() > deadline:
            return summary
        time.sleep(1)


def _run_summary(sql_conn_dsn: str, run_id: str) -> dict:
    import psycopg2
    import psycopg2.extras

    con = psycopg2.connect(sql_conn_dsn)
    try:
        with con.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                """SELECT task_id, map_index, state, try_number, hostname, queue, executor,
                                  external_executor_id, pool, scheduled_dttm, queued_dttm, start_date, end_date
                           FROM task_instance
                           WHERE dag_id = %s AND run_id = %s ORDER BY task_id, map_index""",
                (DAG_ID, run_id),
            )
            tis = [dict(r) for r in cur.fetchall()]
            cur.execute("SELECT to_regclass('celery_taskmeta') IS NOT NULL AS present")
            celery = []
            if cur.fetchone()["present"]:
                cur.execute("SELECT task_id, status FROM celery_taskmeta ORDER BY id")
                celery = [dict(r) for r in cur.fetchall()]
    finally:
        con.close()
    return {"task_instances": tis, "celery_taskmeta": celery}


# ---- processes -----------------------------------------------------------------------------------


def preflight(env: dict[str, str]) -> None:
    """Fail in seconds, with the reason, when the Celery worker could not even start here."""
    out = subprocess.run(
        [sys.executable, "-c", "import airflow.providers.celery.executors.celery_executor_utils"],
        env=env,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        hint = ""
        if "cannot import name 'retry' from 'celery.backends.database'" in out.stderr:
            hint = (
                "\ncelery 5.7 removed celery.backends.database.retry, which apache-airflow-providers-celery "
                "(3.26.0) still imports: pin celery below 5.7 (celery==5.6.3) in requirements.in/.lock."
            )
        raise SystemExit(f"the Celery executor cannot be imported:\n{out.stderr.strip()[-1500:]}{hint}")


def start(name: str, args: list[str], env: dict, logs: Path, cwd: Path | None = None) -> subprocess.Popen:
    log = open(logs / f"{name}.log", "w")
    # Own process group, so stopping a component also stops its children (uvicorn, Celery pool, ...).
    return subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=cwd)


def start_s3() -> tuple[object, dict[str, str]]:
    """A local S3-compatible endpoint (moto's server mode) with a fresh bucket; the settings that put
    the raw store and the run folders on it, and give the default-queue worker a working folder of
    its own (no disk shared with the warehouse worker: shards travel through S3)."""
    import fsspec
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    env = {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_ACCESS_KEY_ID": "rasd-cluster",
        "AWS_SECRET_ACCESS_KEY": "rasd-cluster-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    os.environ.update(env)
    bucket = f"rasd-{uuid.uuid4().hex[:8]}"
    fsspec.filesystem("s3", skip_instance_cache=True).mkdir(bucket)
    env.update({"RASD_RAW": f"s3://{bucket}/raw", "RASD_RUNS": f"s3://{bucket}/runs"})
    return server, env


def stop(procs: dict[str, subprocess.Popen], grace: float = 20) -> None:
    for proc in procs.values():
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.time() + grace
    for proc in procs.values():
        try:
            proc.wait(max(0.1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            pass
    for proc in procs.values():  # whatever is left of each group, including orphaned children
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if proc.poll() is None:
            proc.wait(5)


def check_alive(procs: dict[str, subprocess.Popen], logs: Path) -> None:
    for name, proc in procs.items():
        if proc.poll() is not None:
            tail = (logs / f"{name}.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{tail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="api-server port")
    parser.add_argument("--sample-port", type=int, default=8765)
    parser.add_argument("--home", default=str(REPO / "var" / "cluster"), help="AIRFLOW_HOME parent, logs")
    parser.add_argument("--rasd-home", default=os.environ.get("RASD_HOME"), help="RASD_HOME (default: --home)")
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL DSN of a role that may create databases")
    parser.add_argument("--redis", default=DEFAULT_REDIS, help="Redis URL (a free db 1-15 is used)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for the run")
    parser.add_argument("--manual-only", action="store_true", help="no scheduled runs, only the triggered one")
    parser.add_argument("--exit-after-run", action="store_true", help="stop once the triggered run finished")
    parser.add_argument(
        "--s3",
        action="store_true",
        help="raw store and run folders on a local S3-compatible endpoint; the default-queue worker in a folder of its own",
    )
    parser.add_argument("--shard-size", type=int, help="RASD_SHARD_SIZE for the run (default: the setting's)")
    parser.add_argument(
        "--default-workers", type=int, default=1, help="Celery workers of the default queue (each its own process tree)"
    )
    parser.add_argument(
        "--worker-concurrency", type=int, help="task slots of each default-queue worker (default: the setting's, 2)"
    )
    parser.add_argument("--conf", default="{}", help="the triggered run's conf, as JSON (e.g. '{\"warc\": [...]}')")
    parser.add_argument("--sources", help="RASD_SOURCES: the outlet registry (an empty one: archives only)")
    parser.add_argument("--db-prefix", default="rasd_airflow", help="name prefix of the metadata database made")
    args = parser.parse_args()

    problems = check_services(args.pg, args.redis)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    # A SIGTERM (pytest timeout, kill) still runs the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.time()
    home = Path(args.home).resolve()
    rasd_home = Path(args.rasd_home or home).resolve()
    logs = home / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    rasd_home.mkdir(parents=True, exist_ok=True)
    admin_user = os.environ.get("AIRFLOW_ADMIN_USER", "admin")
    admin_password = os.environ.get("AIRFLOW_ADMIN_PASSWORD") or secrets.token_urlsafe(12)

    dbname = redis_db = None
    procs: dict[str, subprocess.Popen] = {}
    s3_server = None
    try:
        dbname = create_database(args.pg, args.db_prefix)
        redis_db = claim_redis_db(args.redis)
        db_dsn = with_db(args.pg, dbname)
        broker = f"{args.redis.rstrip('/')}/{redis_db}"
        print(f"metadata DB: {dbname}   broker: {broker}", flush=True)
        env, _ = cluster_env(
            home=home,
            rasd_home=rasd_home,
            port=args.port,
            sample_port=args.sample_port,
            sql_conn=sqlalchemy_url(db_dsn),
            broker_url=broker,
            secrets_=new_secrets(),
            worker_log_port=free_port(),
            trigger_log_port=free_port(),
            manual_only=args.manual_only,
        )

        if args.shard_size:
            env["RASD_SHARD_SIZE"] = str(args.shard_size)
        if args.worker_concurrency:
            env["AIRFLOW__CELERY__WORKER_CONCURRENCY"] = str(args.worker_concurrency)
        if args.sources:
            env["RASD_SOURCES"] = str(Path(args.sources).resolve())
        components = with_default_workers(args.default_workers)
        own_home: dict[str, Path] = {}
        if args.s3:
            s3_server, s3_env = start_s3()
            env.update(s3_env)
            for i, service in enumerate(
                s for s in components if s.startswith("airflow-worker") and s != WAREHOUSE_WORKER
            ):
                own_home[service] = home / ("worker-default" if i == 0 else f"worker-default-{i + 1}")
                own_home[service].mkdir(parents=True, exist_ok=True)
            print(f"S3 endpoint: {s3_env['AWS_ENDPOINT_URL']}   runs: {s3_env['RASD_RUNS']}", flush=True)
        preflight(env)
        with open(logs / "airflow-init.log", "w") as init_log:
            for cmd in init_commands(admin_user, admin_password):  # = compose's airflow-init
                if subprocess.run(
                    [str(BIN / "airflow"), *cmd], env=env, stdout=init_log, stderr=subprocess.STDOUT
                ).returncode:
                    init_log.flush()
                    tail = (logs / "airflow-init.log").read_text(errors="replace")[-2000:]
                    raise SystemExit(f"airflow {' '.join(cmd[:2])} failed:\n{tail}")
        print(f"initialised in {time.time() - started:.0f}s", flush=True)

        procs["sample-site"] = start(
            "sample-site", [str(BIN / "rasd"), "serve-sample", "--port", str(args.sample_port)], env, logs
        )
        own_env = {
            service: {"AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port())}
            for service in components
            if service == WAREHOUSE_WORKER or service.startswith("airflow-worker-")
        }
        own_env[WAREHOUSE_WORKER]["AIRFLOW__CELERY__EXTRA_CELERY_CONFIG"] = WAREHOUSE_CELERY_CONFIG  # as compose
        for service, component in components.items():
            procs[service] = start(
                service,
                [str(BIN / "airflow"), *component],
                {**env, **own_env.get(service, {})},
                logs,
                cwd=own_home.get(service),
            )
        # Which process is which component (bench/celery_scale.py samples the workers' memory).
        (home / "pids.json").write_text(json.dumps({name: proc.pid for name, proc in procs.items()}))

        base = f"http://127.0.0.1:{args.port}"

        def healthy():
            check_alive(procs, logs)
            return api(base, "GET", "/api/v2/monitor/health")

        wait_for("the Airflow API", healthy, 240)
        token = token_for(base, admin_user, admin_password)  # FAB auth manager: POST /auth/token
        print(
            f"\nAirflow UI: {base}   login: {admin_user} / {admin_password}\n"
            f"Sample site: http://127.0.0.1:{args.sample_port}\nlogs: {logs}\n",
            flush=True,
        )

        run_before = time.time()
        state = trigger_and_wait(base, token, DAG_ID, conf=json.loads(args.conf), timeout=args.timeout)
        print(
            f"{DAG_ID} finished: {state} in {time.time() - run_before:.0f}s ({time.time() - started:.0f}s since start)",
            flush=True,
        )
        runs = api(base, "GET", f"/api/v2/dags/{DAG_ID}/dagRuns?limit=100", token)["dag_runs"]
        run_id = max((r for r in runs if r["run_type"] == "manual"), key=lambda r: r["run_after"])["dag_run_id"]
        summary = {
            "state": state,
            "run_id": run_id,
            "metadata_db": dbname,
            "redis_db": redis_db,
            "components": {k: list(v) for k, v in components.items()},
            "storage": {k: env[k] for k in ("RASD_RAW", "RASD_RUNS") if k in env},
            "logs": str(logs),
            **run_summary(db_dsn, run_id),
        }
        (home / "cluster-run.json").write_text(json.dumps(summary, indent=2, default=str))
        print(f"DuckDB: {rasd_home / 'rasd.duckdb'}   summary: {home / 'cluster-run.json'}", flush=True)
        if args.exit_after_run:
            return 0 if state == "success" else 1
        print("Serving; press Ctrl-C to stop.", flush=True)
        while True:
            check_alive(procs, logs)
            time.sleep(5)
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # let the clean-up finish
        stop(procs)
        if s3_server is not None:
            s3_server.stop()
        try:
            if dbname:
                drop_database(args.pg, dbname)
        finally:
            if redis_db is not None:
                flush_redis_db(args.redis, redis_db)
        print(f"stopped; dropped {dbname}, flushed Redis db {redis_db} ({time.time() - started:.0f}s)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
