"""`make run` on a home that a run holds says so in one line, without starting Airflow."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO
from rasd.pipeline.runs import RunLock


def test_make_run_on_a_held_home_names_the_holder(tmp_path):
    home = tmp_path / "var"
    with RunLock(home, "rasd run manual__busy"):
        out = subprocess.run(
            [sys.executable, str(REPO / "scripts" / "run_airflow.py"), "--home", str(home), "--port", "1"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stdout.strip().startswith("make run: another run is using") and "manual__busy" in out.stdout
    assert not (home / "airflow").exists()  # nothing was started
