"""What the tests of the bench scripts share (one home): running a script as a user would, and the held-out rows."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
HELDOUT = sorted((REPO / "bench" / "data").glob("realset_heldout*.jsonl"))


def run_bench(script: Path, *args: str, with_stderr: bool = True) -> str:
    """The output of ``python script args`` with the repository's library on the path (stderr appended)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "include"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=True, env=env, timeout=600
    )
    return out.stdout + out.stderr if with_stderr else out.stdout


def heldout_rows() -> list[dict]:
    """Every gold row of the held-out sets (ids and people only are used: to check that output hides them)."""
    return [json.loads(line) for path in HELDOUT for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_bench(script: Path) -> ModuleType:
    """A bench script imported as a module (its folder on the path, for ``import extract_eval``)."""
    sys.path.insert(0, str(script.parent))
    spec = importlib.util.spec_from_file_location(script.stem, script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
