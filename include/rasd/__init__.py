"""Rasd: Arabic news about diplomatic contacts -> quality-checked event data in DuckDB.

The package never imports Airflow; DAGs in ``dags/`` only wire these stages together:
fetch -> clean -> extract -> load, with a quality gate after each stage.
"""

__version__ = "0.1.0"
