"""Extraction speed of two code trees, interleaved: is a change slower than its baseline?

On a shared or unfamiliar machine the absolute rate of ``bench/extract_speed.py`` moves with the
machine; this script times the current tree against another checkout (for example
``git worktree add /tmp/base <commit>``) in alternating subprocesses on the same generated articles
and prints the mean rates and their ratio.

    .venv/bin/python bench/extract_ab.py /tmp/base [--rounds 5] [--articles 1500]
    .venv/bin/python bench/extract_ab.py --rev v0.13.0   # or any commit: its tree is unpacked with git archive

Without either, the baseline is the last commit (``HEAD``): on a clean tree that is an A/A run, whose
ratio shows how much the machine itself varies (``make bench`` runs it that way).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Runs inside each tree: generated articles as bench/extract_speed.py makes them, CPU time only.
TIMER = """
import sys, time
sys.path.insert(0, "bench")
import extract_speed as es
from rasd.extract import extract_events
from rasd.extract.refdata import reference_data
ref = reference_data()
n = int(sys.argv[1])
arts = es.articles(n + 200)
for text, day in arts[:200]:
    extract_events(text, day, ref=ref)
t = time.process_time()
for text, day in arts[200:]:
    extract_events(text, day, ref=ref)
print(n / (time.process_time() - t))
"""


def rate(tree: Path, articles: int) -> float:
    env = dict(os.environ, PYTHONPATH=f"{tree}/include:{tree}/plugins")
    out = subprocess.run(
        [sys.executable, "-c", TIMER, str(articles)], cwd=tree, env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, nargs="?", help="checkout of the baseline commit")
    parser.add_argument("--rev", default="HEAD", help="without a checkout: this commit's tree (default HEAD)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1500)
    args = parser.parse_args()
    if args.baseline is not None:
        compare(args.baseline.resolve(), args.rounds, args.articles)
        return
    with tempfile.TemporaryDirectory(prefix="rasd-ab-") as tmp:
        archive = subprocess.run(
            ["git", "archive", args.rev, "include", "plugins", "bench"], cwd=REPO, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        print(f"baseline: {args.rev} ({tmp})")
        compare(Path(tmp), args.rounds, args.articles)


def compare(baseline: Path, rounds: int, articles: int) -> None:
    base, this = [], []
    for i in range(rounds):
        base.append(rate(baseline, articles))
        this.append(rate(REPO, articles))
        print(f"round {i + 1}: baseline {base[-1]:.0f}/s  this tree {this[-1]:.0f}/s", flush=True)
    b, t = statistics.mean(base), statistics.mean(this)
    print(f"EXTRACT A/B  baseline mean {b:.0f} articles/s, this tree {t:.0f}: ratio {t / b:.2f}")


if __name__ == "__main__":
    main()
