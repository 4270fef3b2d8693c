"""The `rasd` command never crashes on input: one line and exit 2 for what it cannot read, an
error line per bad item of a batch (the batch goes on), a refusal over the size limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO
from rasd.config import MAX_ARTICLE_BYTES

TEXT = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا يوم الثلاثاء 16 نوفمبر 2021 مع نظيره الإيراني إبراهيم رئيسي."


def rasd(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO / "include"))
    return subprocess.run(
        [sys.executable, "-m", "rasd.cli", *args], input=stdin, env=env, capture_output=True, timeout=300
    )


def one_line_error(out: subprocess.CompletedProcess) -> str:
    err = out.stderr.decode()
    lines = [line for line in err.splitlines() if line.startswith("rasd ")]
    assert "Traceback" not in err and len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("binary.bin", bytes(range(256)) * 10, "binary"),
        ("latin1.txt", "Caf\xe9 ".encode("latin-1") * 20, "not valid UTF-8"),
        ("missing.txt", None, "no such file"),
        ("folder", "dir", "is a folder"),
    ],
)
def test_unreadable_input_is_one_line_and_exit_2(tmp_path, name, content, expected):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    out = rasd("extract", str(path))
    assert out.returncode == 2
    assert expected in one_line_error(out)


def test_input_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(("ا" * (MAX_ARTICLE_BYTES // 2 + 10)).encode("utf-8"))
    out = rasd("extract", str(path))
    assert out.returncode == 2 and "size limit" in one_line_error(out)
    out = rasd("extract", "-", stdin=path.read_bytes())
    assert out.returncode == 2 and "size limit" in one_line_error(out)


def test_a_bad_published_date_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = rasd("extract", str(path), "--published", "2021-13-45")
    assert out.returncode == 2 and "not a date" in one_line_error(out)


def test_jsonl_bad_items_get_an_error_line_and_the_batch_goes_on(tmp_path):
    good = {"id": "ok", "text": TEXT, "published": "2021-11-16"}
    lines = [
        json.dumps(good, ensure_ascii=False).encode(),
        b"{not json",
        json.dumps({"id": "num", "text": 12345}).encode(),
        json.dumps({"id": "list", "text": ["a", "b"]}).encode(),
        json.dumps({"id": "null", "text": None}).encode(),
        json.dumps({"id": "date", "text": TEXT, "published": "16/11/2021"}, ensure_ascii=False).encode(),
        json.dumps({"id": "date_type", "text": TEXT, "published": 20211116}, ensure_ascii=False).encode(),
        json.dumps([1, 2]).encode(),
        b'{"id": "utf", "text": "\xff\xfe"}',
        json.dumps({"id": "ok2", "text": TEXT}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = rasd("extract", "--jsonl", str(path))
    assert "Traceback" not in out.stderr.decode()
    assert out.returncode == 1  # some items failed
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(rows) == len(lines)
    by_id = {r["id"]: r for r in rows if r["id"] is not None}
    assert by_id["ok"]["events"] and "error" not in by_id["ok"]
    assert "error" not in by_id["ok2"]
    for item in ("num", "list", "null", "date", "date_type"):
        assert by_id[item]["error"] and by_id[item]["events"] == [], item
    anonymous = [r for r in rows if r["id"] is None]
    assert len(anonymous) == 3 and all(r["error"].startswith("line ") for r in anonymous)


def test_jsonl_of_only_good_lines_exits_0(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = rasd("extract", "--jsonl", str(path))
    assert out.returncode == 0, out.stderr.decode()


def test_jsonl_missing_file_is_one_line(tmp_path):
    out = rasd("extract", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert out.returncode == 2 and "nope.jsonl" in one_line_error(out)


def test_bad_configuration_is_one_line(tmp_path):
    env_out = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "run", "--home", str(tmp_path)],
        env=dict(os.environ, PYTHONPATH=str(REPO / "include"), RASD_CRITICAL_THRESHOLD="lots"),
        capture_output=True,
        timeout=120,
    )
    assert env_out.returncode == 2 and "RASD_CRITICAL_THRESHOLD" in one_line_error(env_out)


def test_unknown_outlet_and_missing_registry_are_one_line(tmp_path):
    out = rasd("run", "--home", str(tmp_path / "h"), "--sample-port", "0", "--outlet", "no_such_outlet")
    assert out.returncode == 2 and "no_such_outlet" in one_line_error(out)
    out = rasd("run", "--home", str(tmp_path / "h"), "--sources", str(tmp_path / "none.yaml"))
    assert out.returncode == 2 and "no outlet registry" in one_line_error(out)


def test_a_busy_sample_port_is_one_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = rasd("run", "--home", str(tmp_path / "h"), "--sample-port", str(port))
    assert out.returncode == 2 and f"port {port}" in one_line_error(out)


def test_a_jsonl_line_over_the_size_limit_is_an_error_line(tmp_path):
    path = tmp_path / "in.jsonl"
    big = json.dumps({"id": "big", "text": "ا" * (MAX_ARTICLE_BYTES // 2 + 10)}, ensure_ascii=False)
    path.write_text(big + "\n" + json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = rasd("extract", "--jsonl", str(path))
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert out.returncode == 1 and "size limit" in rows[0]["error"] and "error" not in rows[1]


def test_resume_refuses_what_it_cannot_honour(tmp_path):
    out = rasd("run", "--home", str(tmp_path / "h"), "--resume", "r1", "--outlet", "ufuq")
    assert out.returncode == 2 and "--resume" in one_line_error(out)
    out = rasd("run", "--home", str(tmp_path / "h"), "--resume", "no_such_run")
    assert out.returncode == 2 and "no run 'no_such_run'" in one_line_error(out)
