"""Loaded once by the ``warehouse`` queue's Celery worker as it starts, after ``preload``: what the
gates and the load import (Great Expectations, about 4 s, and the quality suites), inherited by
every gate task it forks, as ``preload`` is by the clean and extract tasks (the reference data the
events gate checks offices against is loaded there). Set for that worker alone
(docker-compose.yml's airflow-warehouse-worker, scripts/run_cluster.py): the default queue's
workers run no gate. Opens no file, connection or thread; imports no Airflow.
"""

from __future__ import annotations

import logging
import os
import time

_started = time.perf_counter()
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # as rasd.quality.gx does before its import
import great_expectations  # noqa: E402,F401

import rasd.quality  # noqa: E402
import rasd.quality.frames  # noqa: E402
import rasd.warehouse.load  # noqa: E402,F401

logging.getLogger("rasd").warning(
    "rasd.pipeline.preload_gates: the gates' modules loaded in this worker in %.1f s (inherited by its tasks)",
    time.perf_counter() - _started,
)
