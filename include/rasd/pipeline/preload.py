"""Loaded once by each Celery worker as it starts, inherited by every task it runs.

Airflow's Celery worker runs each task in a process forked from itself, which then imports and
loads what the task needs: for a shard's clean and extract that was the stages, trafilatura, the
Arabic tables, the word lists and the reference data (its automata), about 3-5 s of a task's
wall time whatever the shard's size (README, "Airflow": the per-task overhead). A worker that
imports this module at start (Celery's ``imports`` setting: ``AIRFLOW__CELERY__EXTRA_CELERY_CONFIG``
``{"imports": ["rasd.pipeline.preload"]}``, set in docker-compose.yml and scripts/run_cluster.py)
has loaded them before it forks, so every task starts with them. It opens no file, connection or
thread: forking afterwards is safe. Nothing here imports Airflow.
"""

from __future__ import annotations

import logging
import time

import rasd.pipeline  # noqa: F401  (the stages every task calls, and what they import)
from rasd.pipeline.parallel import warm

_started = time.perf_counter()
warm()
logging.getLogger("rasd").warning(
    "rasd.pipeline.preload: clean and extract loaded in this worker in %.1f s (inherited by its tasks)",
    time.perf_counter() - _started,
)
