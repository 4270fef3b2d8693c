"""docker-compose.yml, the Dockerfile and .env.example describe the topology run_cluster.py runs.

No Docker here: the files are parsed and compared with scripts/run_cluster.py, the one list of
components and settings both use.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import run_cluster

AIRFLOW_SERVICES = ["airflow-init", *run_cluster.COMPONENTS]
SECRETS = (
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__API__SECRET_KEY",
    "AIRFLOW__CORE__FERNET_KEY",
    "RASD_PLUGIN_TOKEN",
)
COMPOSE_TEXT = (REPO / "docker-compose.yml").read_text()


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_TEXT)  # safe_load resolves the `<<:` merge keys


@pytest.fixture(scope="module")
def env_example() -> dict[str, str]:
    values = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, sep, value = line.partition("=")
            assert sep, f"not NAME=value: {line!r}"
            values[name.strip()] = value.strip()
    return values


def _env_files(service: dict) -> list[str]:
    files = service.get("env_file", [])
    files = [files] if isinstance(files, (str, dict)) else files
    return [f["path"] if isinstance(f, dict) else f for f in files]


def _command(service: dict) -> list[str]:
    cmd = service["command"]
    return shlex.split(cmd) if isinstance(cmd, str) else list(cmd)


def _compose_setting_names(compose: dict, env_example: dict) -> set[str]:
    names = set(compose["x-airflow"]["environment"]) | set(env_example)
    return {n for n in names if n.startswith(run_cluster.SETTING_PREFIXES)}


def _dummy_cluster_env():
    return run_cluster.cluster_env(
        home=Path("/tmp/x"),
        rasd_home=Path("/tmp/x/rasd"),
        port=8080,
        sample_port=8765,
        sql_conn="postgresql+psycopg2://u:p@h:5432/d",
        broker_url="redis://h:6379/3",
        secrets_={"jwt_secret": "j", "api_secret_key": "a", "fernet_key": "f", "plugin_token": "t"},
        worker_log_port=1,
        trigger_log_port=2,
        manual_only=True,
    )


def test_services_exist(compose):
    assert set(compose["services"]) >= {"postgres", "redis", *AIRFLOW_SERVICES}
    assert set(run_cluster.COMPONENTS) == {
        "airflow-apiserver",
        "airflow-scheduler",
        "airflow-dag-processor",
        "airflow-triggerer",
        "airflow-worker",
        "airflow-warehouse-worker",
    }


@pytest.mark.parametrize("service", list(run_cluster.COMPONENTS))
def test_each_component_runs_what_run_cluster_starts(compose, service):
    assert _command(compose["services"][service]) == ["airflow", *run_cluster.COMPONENTS[service]]


def test_airflow_services_share_image_env_and_volumes(compose):
    anchor = compose["x-airflow"]
    for name in AIRFLOW_SERVICES:
        svc = compose["services"][name]
        assert svc["build"] == anchor["build"] and svc["image"] == anchor["image"], name
        assert ".env" in _env_files(svc), name
        env = dict(svc["environment"])
        if name == run_cluster.WAREHOUSE_WORKER:  # it alone also preloads the gates' modules, as in run_cluster.py
            preload = env.pop("AIRFLOW__CELERY__EXTRA_CELERY_CONFIG")
            assert preload == run_cluster.WAREHOUSE_CELERY_CONFIG
            env["AIRFLOW__CELERY__EXTRA_CELERY_CONFIG"] = anchor["environment"]["AIRFLOW__CELERY__EXTRA_CELERY_CONFIG"]
        assert env == anchor["environment"], name
        assert svc["depends_on"]["postgres"] == {"condition": "service_healthy"}, name
        assert svc["depends_on"]["redis"] == {"condition": "service_healthy"}, name
        if name != "airflow-init":
            assert svc["depends_on"]["airflow-init"] == {"condition": "service_completed_successfully"}, name


def test_celery_postgres_redis_fab(compose):
    env = compose["x-airflow"]["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:6379/")
    assert re.fullmatch(
        r"postgresql\+psycopg2://\$\{POSTGRES_USER\}:\$\{POSTGRES_PASSWORD\}@postgres:5432/"
        r"\$\{POSTGRES_DB\}",
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"],
    )
    # Result backend: the metadata DB, spelled as run_cluster.py spells it.
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+" + env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert env["AIRFLOW__CORE__AUTH_MANAGER"] == run_cluster.FAB_AUTH_MANAGER
    # Workers reach the execution API of the api-server service on the port it publishes.
    api = compose["services"]["airflow-apiserver"]
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
    assert api["ports"] == ["${AIRFLOW_BIND_ADDRESS:-127.0.0.1}:8080:8080"]  # this host only by default
    assert "healthcheck" in api
    assert compose["services"]["airflow-worker"]["depends_on"]["airflow-apiserver"] == {"condition": "service_healthy"}
    assert compose["services"]["postgres"]["image"].startswith("postgres:")
    assert compose["services"]["redis"]["image"].startswith("redis:")


def test_secrets_come_from_env_file_not_compose(compose, env_example):
    env = compose["x-airflow"]["environment"]
    for name in SECRETS:
        assert name not in env, f"{name} must come from .env (env_file), not be written in compose"
        assert name in env_example, f"{name} missing from .env.example"


def test_env_example_has_no_real_secret(env_example):
    for name, value in env_example.items():
        if re.search(r"PASSWORD|SECRET|TOKEN|FERNET|_KEY$", name):
            assert value == "" or "change-me" in value, f"{name} looks like a real secret in .env.example"


def test_env_example_covers_every_variable_compose_references(env_example):
    # ${VAR} (compose interpolation) and $${VAR} (expanded by the container's shell from env_file).
    referenced = set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?-][^}]*)?\}", COMPOSE_TEXT))
    assert referenced >= {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "AIRFLOW_ADMIN_USER"}
    assert referenced <= set(env_example), referenced - set(env_example)


def test_volumes_for_duckdb_raw_store_and_postgres(compose):
    declared = set(compose["volumes"])
    rasd_home = compose["x-airflow"]["environment"]["RASD_HOME"]
    mounts = {}
    for spec in compose["x-airflow"]["volumes"]:
        source, target = spec.split(":")[:2]
        mounts[target] = source
    # RASD_HOME holds the DuckDB file, its snapshot and the raw store (RASD_RAW defaults under it).
    assert mounts.get(rasd_home) in declared
    assert "RASD_DB" not in compose["x-airflow"]["environment"]
    assert "RASD_RAW" not in compose["x-airflow"]["environment"]
    pg_volumes = {v.split(":")[1]: v.split(":")[0] for v in compose["services"]["postgres"]["volumes"]}
    assert pg_volumes.get("/var/lib/postgresql/data") in declared


def test_image_built_from_dockerfile_with_the_lock(compose):
    build = compose["x-airflow"]["build"]
    context = REPO / (build if isinstance(build, str) else build.get("context", "."))
    dockerfile = context / ("Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile"))
    text = dockerfile.read_text()
    assert re.search(r"^COPY .*requirements\.lock", text, re.M)
    install = re.search(r"pip install [^\n]*--no-deps[^\n]*-r requirements\.lock", text)
    assert install, "the image must install exactly the lock (--no-deps -r requirements.lock)"
    env = compose["x-airflow"]["environment"]
    assert f"COPY dags {env['AIRFLOW__CORE__DAGS_FOLDER']}" in text
    assert f"COPY plugins {env['AIRFLOW__CORE__PLUGINS_FOLDER']}" in text
    assert "COPY include ./include" in text and "WORKDIR /opt/rasd" in text
    assert env["PYTHONPATH"] == "/opt/rasd/include"


CHECK_IN_IMAGE = "/opt/rasd/scripts/check_secrets.py"
GOOD_SECRETS = {
    "POSTGRES_PASSWORD": "k3v9-Walnut-Harbour",
    "AIRFLOW_ADMIN_PASSWORD": "Quiet-Lantern-5821",
    "AIRFLOW__API_AUTH__JWT_SECRET": "x" * 20 + "Yq2v8rLmN4pT6wZs0bHc",
    "AIRFLOW__API__SECRET_KEY": "y" * 20 + "Pq7Vn2Rx9Lm4Tb6Wc1Zd",
    "AIRFLOW__CORE__FERNET_KEY": "",  # filled below with a generated key
    "RASD_PLUGIN_TOKEN": "tok-5f1e0c9a7b2d4e8f",
}


def _good_secrets() -> dict[str, str]:
    from cryptography.fernet import Fernet

    return {**GOOD_SECRETS, "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode()}


def _init_script(compose: dict, tmp_path: Path) -> tuple[str, dict[str, str]]:
    """The init command as the container's shell runs it, with a stub `airflow` that records its
    calls (optionally failing one) and the real check script at its path in the image."""
    cmd = _command(compose["services"]["airflow-init"])
    assert cmd[:2] == ["bash", "-c"]
    script = cmd[2].replace("$$", "$")  # compose's escape: the container's shell expands these
    assert script.startswith(f"python {CHECK_IN_IMAGE} &&"), "the secrets check must come first"
    script = script.replace(
        f"python {CHECK_IN_IMAGE}", f"{shlex.quote(sys.executable)} {REPO}/scripts/check_secrets.py"
    )
    stub = tmp_path / "airflow"
    stub.write_text('#!/bin/bash\nprintf "%q " "$@" >> "$CALLS"; echo >> "$CALLS"\n[ "$*" != "$FAIL" ]\n')
    stub.chmod(0o755)
    base = {
        "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
        "CALLS": str(tmp_path / "calls"),
        "AIRFLOW_ADMIN_USER": "admin",
        **_good_secrets(),
    }
    return script, base


def test_dockerfile_ships_the_secrets_check():
    assert "COPY scripts/check_secrets.py ./scripts/check_secrets.py" in (REPO / "Dockerfile").read_text()


def test_init_runs_run_clusters_init_steps_and_fails_when_one_fails(compose, tmp_path):
    script, base = _init_script(compose, tmp_path)
    ok = subprocess.run(["bash", "-c", script], env={**base, "FAIL": "-"}, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    assert [shlex.split(c) for c in calls] == run_cluster.init_commands("admin", base["AIRFLOW_ADMIN_PASSWORD"])
    (tmp_path / "calls").unlink()
    failed = subprocess.run(["bash", "-c", script], env={**base, "FAIL": "db migrate"}, capture_output=True)
    assert failed.returncode != 0, "a failed migration must fail airflow-init (nothing may mask it)"
    assert [shlex.split(c) for c in (tmp_path / "calls").read_text().splitlines()] == [["db", "migrate"]]


def test_init_refuses_the_env_example_placeholders(compose, env_example, tmp_path):
    """.env.example as shipped (change-me passwords and keys, an empty Fernet key): airflow-init
    stops with one clear line naming each bad variable, and runs no airflow command at all."""
    script, base = _init_script(compose, tmp_path)
    env = {**base, **{k: v for k, v in env_example.items() if k in base}}
    refused = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True)
    assert refused.returncode != 0
    assert not (tmp_path / "calls").exists()  # not even `db migrate`
    message = refused.stderr.strip()
    assert "\n" not in message and message.startswith("refusing to start:")
    for name in (
        "POSTGRES_PASSWORD",
        "AIRFLOW_ADMIN_PASSWORD",
        "AIRFLOW__API_AUTH__JWT_SECRET",
        "AIRFLOW__API__SECRET_KEY",
        "RASD_PLUGIN_TOKEN",
    ):
        assert f"{name} is the placeholder" in message, name
    assert "AIRFLOW__CORE__FERNET_KEY is empty" in message


@pytest.mark.parametrize(
    "name, value, why",
    [
        ("AIRFLOW__API_AUTH__JWT_SECRET", "", "is empty"),
        ("AIRFLOW__API__SECRET_KEY", "CHANGE-ME-please-0123456789abcdefghijkl", "placeholder"),
        ("AIRFLOW__CORE__FERNET_KEY", "not-a-fernet-key-but-long-enough-to-pass-length", "not a Fernet key"),
        ("RASD_PLUGIN_TOKEN", "short", "shorter than"),
        ("POSTGRES_PASSWORD", "   ", "is empty"),
    ],
)
def test_init_refuses_one_bad_secret(compose, tmp_path, name, value, why):
    script, base = _init_script(compose, tmp_path)
    refused = subprocess.run(["bash", "-c", script], env={**base, name: value}, capture_output=True, text=True)
    assert refused.returncode != 0 and not (tmp_path / "calls").exists()
    assert name in refused.stderr and why in refused.stderr


def test_api_server_honours_proxy_headers_only_from_trusted_proxies(compose, env_example):
    """Behind a TLS proxy the request must count as https (Airflow sets the login cookie's Secure
    flag from the request scheme): --proxy-headers, trusted proxies from FORWARDED_ALLOW_IPS."""
    assert _command(compose["services"]["airflow-apiserver"]) == ["airflow", "api-server", "--proxy-headers"]
    assert env_example["FORWARDED_ALLOW_IPS"] == "127.0.0.1"  # nobody else until the admin says so
    assert env_example["AIRFLOW_BIND_ADDRESS"] == "127.0.0.1"


def test_run_cluster_sets_the_settings_compose_sets(compose, env_example):
    env, topology = _dummy_cluster_env()
    compose_names = _compose_setting_names(compose, env_example)
    assert set(topology) == compose_names, set(topology) ^ compose_names
    # What run_cluster.py sets beyond the topology is local to one host (ports, paths, one small box)
    # and is not a compose setting.
    local = run_cluster.setting_names(env) - set(topology)
    assert not (local & compose_names), local & compose_names
    for name in topology:
        assert env[name] == topology[name]
    compose_env = compose["x-airflow"]["environment"]
    for name in (
        "AIRFLOW__CORE__EXECUTOR",
        "AIRFLOW__CORE__AUTH_MANAGER",
        "AIRFLOW__CORE__LOAD_EXAMPLES",
        "AIRFLOW__CELERY__EXTRA_CELERY_CONFIG",
        "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL",
    ):
        assert env[name] == compose_env[name], name
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+" + env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:8080/execution/"
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(REPO / "include")
    # Every component gets the same secrets.
    for name in SECRETS:
        assert env[name]


def test_run_cluster_generates_real_secrets():
    from cryptography.fernet import Fernet

    a, b = run_cluster.new_secrets(), run_cluster.new_secrets()
    Fernet(a["fernet_key"].encode())  # a valid key
    assert a["jwt_secret"] != b["jwt_secret"] and len(a["jwt_secret"]) >= 32
    assert a["api_secret_key"] != b["api_secret_key"]


def test_init_passes_a_password_that_starts_with_a_dash_as_one_argument(compose, tmp_path):
    """secrets.token_urlsafe may start a password with "-": written as "--password=VALUE" it stays the
    option's value (as "--password VALUE" Airflow's parser took it for an option and refused to create the user)."""
    script, base = _init_script(compose, tmp_path)
    ok = subprocess.run(
        ["bash", "-c", script],
        env={**base, "FAIL": "-", "AIRFLOW_ADMIN_PASSWORD": "-Ab3_x9Kq7vLm"},
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    calls = [shlex.split(c) for c in (tmp_path / "calls").read_text().splitlines()]
    assert calls == run_cluster.init_commands("admin", "-Ab3_x9Kq7vLm")
    assert "--password=-Ab3_x9Kq7vLm" in calls[2]
